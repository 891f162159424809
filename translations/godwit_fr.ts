<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>godwit::cli::CliApp</name>
    <message>
        <source>Usage: godwit-cli [connection options] GROUP VERB [options]

Runs one operation of the Database Migration Service API (version %1) against a Godwit engine
or any endpoint that speaks it.

Connection:
  --profile NAME            a profile saved by the console (remote engine or Azure)
  --endpoint URL            the engine or ARM endpoint (or GODWIT_ENDPOINT)
  --token-file FILE         file holding the bearer token (or GODWIT_TOKEN_FILE)
  --subscription ID         default %2 with a bare endpoint
  --resource-group NAME     default %3 with a bare endpoint
  --output table|json       readable table (default) or the raw JSON resources

Groups and verbs:
  service       list, show, create, update, delete, start, stop, check-status, check-name, skus
  project       list, show, create, delete
  task          list, show, create, cancel, command, delete, wait, validate
  service-task  list, show, create, cancel, delete
  file          list, show, create, delete, read, readwrite
  sku           list
  usage         list --location L
  connection    list, show, save, delete   (saved database connections, passwords in the keychain)

Common options: --service S --project P --name N --location L --sku NAME
  task create --file task.json   (or --input-file input.json --task-type TYPE)
  task show --expand output      include the task&apos;s output
  task list --task-type TYPE
  task command --type Migrate.Sync.Complete.Database --database NAME
  task command --type finish|cancel|restart [--object-name DB[.COLLECTION]] [--immediate]
  task wait --until State[,State...] [--timeout SECONDS] [--poll-interval SECONDS]
  task validate FILE.json        checks a ProjectTask document offline
  delete ... --delete-running-tasks

  task create ... --source-connection NAME --target-connection NAME --connection NAME
                                 fill null passwords from saved connections
  connection save --name N --file info.json [--password-stdin]
                                 info.json is a ConnectionInfo, e.g. PostgreSqlConnectionInfo

Passwords are never given on the command line: a connection info whose &quot;password&quot; is null in
the task file is taken from the keychain when a saved connection is named for it
(--source-connection for sourceConnectionInfo, --target-connection for targetConnectionInfo,
--connection for any other; the saved connection must name the same server, port and user),
else asked for on the terminal, without echo.

Exit status:
  0  success (task wait: the task reached one of the --until states)
  1  the operation failed, or the validated document is not valid
  2  the command line is wrong
  3  the resource does not exist
  4  the server refused the credentials
  5  the server could not be reached
  6  task wait: the time ran out
  7  task wait: the task ended in a state that was not asked for
</source>
        <translation>Utilisation : godwit-cli [options de connexion] GROUPE VERBE [options]

Exécute une opération de l&apos;API Database Migration Service (version %1) sur un moteur Godwit
ou sur tout point de terminaison qui la prend en charge.

Connexion :
  --profile NAME            un profil enregistré par la console (moteur distant ou Azure)
  --endpoint URL            le point de terminaison du moteur ou d&apos;ARM (ou GODWIT_ENDPOINT)
  --token-file FILE         le fichier contenant le jeton bearer (ou GODWIT_TOKEN_FILE)
  --subscription ID         %2 par défaut avec un simple point de terminaison
  --resource-group NAME     %3 par défaut avec un simple point de terminaison
  --output table|json       tableau lisible (par défaut) ou ressources JSON brutes

Groupes et verbes :
  service       list, show, create, update, delete, start, stop, check-status, check-name, skus
  project       list, show, create, delete
  task          list, show, create, cancel, command, delete, wait, validate
  service-task  list, show, create, cancel, delete
  file          list, show, create, delete, read, readwrite
  sku           list
  usage         list --location L
  connection    list, show, save, delete   (connexions de base de données enregistrées, mots de passe dans le trousseau)

Options courantes : --service S --project P --name N --location L --sku NAME
  task create --file task.json   (ou --input-file input.json --task-type TYPE)
  task show --expand output      inclut la sortie de la tâche
  task list --task-type TYPE
  task command --type Migrate.Sync.Complete.Database --database NAME
  task command --type finish|cancel|restart [--object-name DB[.COLLECTION]] [--immediate]
  task wait --until State[,State...] [--timeout SECONDS] [--poll-interval SECONDS]
  task validate FILE.json        vérifie un document ProjectTask hors ligne
  delete ... --delete-running-tasks

  task create ... --source-connection NAME --target-connection NAME --connection NAME
                                 remplit les mots de passe null à partir des connexions enregistrées
  connection save --name N --file info.json [--password-stdin]
                                 info.json est un ConnectionInfo, par ex. PostgreSqlConnectionInfo

Les mots de passe ne sont jamais donnés sur la ligne de commande : une information de connexion
dont &quot;password&quot; vaut null dans le fichier de tâche est lue dans le trousseau quand une connexion
enregistrée est indiquée pour elle (--source-connection pour sourceConnectionInfo,
--target-connection pour targetConnectionInfo, --connection pour toute autre ; la connexion
enregistrée doit désigner le même serveur, le même port et le même utilisateur), sinon elle est
demandée dans le terminal, sans écho.

Code de sortie :
  0  succès (task wait : la tâche a atteint l&apos;un des états de --until)
  1  l&apos;opération a échoué, ou le document validé n&apos;est pas valide
  2  la ligne de commande est incorrecte
  3  la ressource n&apos;existe pas
  4  le serveur a refusé les identifiants
  5  le serveur est injoignable
  6  task wait : le délai est écoulé
  7  task wait : la tâche s&apos;est terminée dans un état qui n&apos;était pas demandé
</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>passwords are never taken on the command line; put &quot;password&quot;: null in the task file and you will be asked for it</source>
        <translation>les mots de passe ne sont jamais acceptés sur la ligne de commande ; mettez &quot;password&quot;: null dans le fichier de tâche et le mot de passe vous sera demandé</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>--output: expected table or json, got &apos;%1&apos;</source>
        <translation>--output : table ou json attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>Run with --help for the groups, verbs and options.</source>
        <translation>Lancez avec --help pour voir les groupes, verbes et options.</translation>
    </message>
    <message>
        <source>--%1 is required here</source>
        <translation>--%1 est obligatoire ici</translation>
    </message>
    <message>
        <source>--profile and --endpoint/--token-file exclude each other</source>
        <translation>--profile et --endpoint/--token-file s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--profile: no profile named &apos;%1&apos; (profiles: %2)</source>
        <translation>--profile : aucun profil nommé « %1 » (profils : %2)</translation>
    </message>
    <message>
        <source>--profile: the Local profile&apos;s engine runs inside the console with a token that never leaves it; use --endpoint and --token-file of a godwit-engine instead</source>
        <translation>--profile : le moteur du profil Local s&apos;exécute dans la console avec un jeton qui n&apos;en sort jamais ; utilisez plutôt --endpoint et --token-file d&apos;un godwit-engine</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation>Pour vous connecter, ouvrez %1 et saisissez le code %2</translation>
    </message>
    <message>
        <source>To sign in, open this address: %1</source>
        <translation>Pour vous connecter, ouvrez cette adresse : %1</translation>
    </message>
    <message>
        <source>no endpoint: pass --profile NAME, or --endpoint URL (or set GODWIT_ENDPOINT)</source>
        <translation>aucun point de terminaison : indiquez --profile NAME, ou --endpoint URL (ou définissez GODWIT_ENDPOINT)</translation>
    </message>
    <message>
        <source>--endpoint: &apos;%1&apos; is not an http(s) URL</source>
        <translation>--endpoint : « %1 » n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>--token-file: cannot read %1: %2</source>
        <translation>--token-file : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1 : pas un objet JSON (%2 à la position %3)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Password for %1@%2 (%3): </source>
        <translation>Mot de passe pour %1@%2 (%3) : </translation>
    </message>
    <message>
        <source>%1 is null and there is no terminal to ask for it</source>
        <translation>%1 vaut null et aucun terminal n&apos;est disponible pour le demander</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>aucun mot de passe fourni pour %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a verb</source>
        <translation>« %1 » nécessite un verbe</translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos;</source>
        <translation>groupe inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown verb &apos;service %1&apos;</source>
        <translation>verbe inconnu « service %1 »</translation>
    </message>
    <message>
        <source>unknown verb &apos;project %1&apos;</source>
        <translation>verbe inconnu « project %1 »</translation>
    </message>
    <message>
        <source>task create needs --file task.json, or --input-file input.json with --task-type TYPE</source>
        <translation>task create nécessite --file task.json, ou --input-file input.json avec --task-type TYPE</translation>
    </message>
    <message>
        <source>the command is not valid: %1</source>
        <translation>la commande n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1 %2&apos;</source>
        <translation>verbe inconnu « %1 %2 »</translation>
    </message>
    <message>
        <source>--until: &apos;%1&apos; is not a task state (states: %2)</source>
        <translation>--until : « %1 » n&apos;est pas un état de tâche (états : %2)</translation>
    </message>
    <message>
        <source>--timeout: expected a number of seconds</source>
        <translation>--timeout : nombre de secondes attendu</translation>
    </message>
    <message>
        <source>--poll-interval: expected a number of seconds</source>
        <translation>--poll-interval : nombre de secondes attendu</translation>
    </message>
    <message>
        <source>the task ended as %1, not %2</source>
        <translation>la tâche s&apos;est terminée à l&apos;état %1, et non %2</translation>
    </message>
    <message>
        <source>timed out after %1 s; the task is %2</source>
        <translation>délai dépassé après %1 s ; la tâche est à l&apos;état %2</translation>
    </message>
    <message>
        <source>unknown verb &apos;file %1&apos;</source>
        <translation>verbe inconnu « file %1 »</translation>
    </message>
    <message>
        <source>unknown verb &apos;sku %1&apos;</source>
        <translation>verbe inconnu « sku %1 »</translation>
    </message>
    <message>
        <source>unknown verb &apos;usage %1&apos;</source>
        <translation>verbe inconnu « usage %1 »</translation>
    </message>
    <message>
        <source>task validate needs a file: godwit-cli task validate task.json</source>
        <translation>task validate nécessite un fichier : godwit-cli task validate task.json</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>%1: a valid ProjectTask of API version %2</source>
        <translation>%1 : un ProjectTask valide de la version d&apos;API %2</translation>
    </message>
    <message>
        <source>request id: %1</source>
        <translation>identifiant de requête : %1</translation>
    </message>
    <message>
        <source> (server: %1)</source>
        <translation> (serveur : %1)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>--%1 %2: the task has no connection info with a null password for it</source>
        <translation>--%1 %2 : la tâche n&apos;a aucune information de connexion dont le mot de passe est null pour cette connexion</translation>
    </message>
    <message>
        <source>%1: there is no saved connection named &apos;%2&apos; (saved: %3)</source>
        <translation>%1 : il n&apos;existe aucune connexion enregistrée nommée « %2 » (enregistrées : %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1.%2: the saved connection &apos;%3&apos; is for %4, not this connection; its password is not used</source>
        <translation>%1.%2 : la connexion enregistrée « %3 » concerne %4, et non cette connexion ; son mot de passe n&apos;est pas utilisé</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>there is no saved connection named &apos;%1&apos;</source>
        <translation>il n&apos;existe aucune connexion enregistrée nommée « %1 »</translation>
    </message>
    <message>
        <source>--password-stdin: standard input ended before a password</source>
        <translation>--password-stdin : l&apos;entrée standard s&apos;est terminée avant un mot de passe</translation>
    </message>
    <message>
        <source>password: null in %1 and there is no terminal to ask for it (use --password-stdin)</source>
        <translation>password : null dans %1 et aucun terminal n&apos;est disponible pour le demander (utilisez --password-stdin)</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; not saved: %2</source>
        <translation>connexion « %1 » non enregistrée : %2</translation>
    </message>
    <message>
        <source>saved connection &apos;%1&apos; (%2%3)</source>
        <translation>connexion « %1 » enregistrée (%2%3)</translation>
    </message>
    <message>
        <source>, password in the keychain</source>
        <translation>, mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; not deleted: %2</source>
        <translation>connexion « %1 » non supprimée : %2</translation>
    </message>
    <message>
        <source>unknown verb &apos;connection %1&apos;</source>
        <translation>verbe inconnu « connection %1 »</translation>
    </message>
</context>
<context>
    <name>godwit::core::ResourceName</name>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Use 1 to 260 characters, none of &lt;&gt;%&amp;:\?/#* or control characters, not ending in a dot or a space.</source>
        <translation>Utilisez 1 à 260 caractères, sans &lt;&gt;%&amp;:\?/#* ni caractères de contrôle, et sans point ni espace à la fin.</translation>
    </message>
</context>
<context>
    <name>godwit::core::TaskRules</name>
    <message>
        <source>task type %1 takes no commands</source>
        <translation>le type de tâche %1 n&apos;accepte aucune commande</translation>
    </message>
    <message>
        <source>task type %1 does not take command %2 (it takes: %3)</source>
        <translation>le type de tâche %1 n&apos;accepte pas la commande %2 (il accepte : %3)</translation>
    </message>
    <message>
        <source>the task is %1; commands are taken only while it is Running</source>
        <translation>la tâche est à l&apos;état %1 ; les commandes ne sont acceptées que lorsqu&apos;elle est à l&apos;état Running</translation>
    </message>
    <message>
        <source>input.%1: database &apos;%2&apos; is not part of this migration (it migrates: %3)</source>
        <translation>input.%1 : la base de données « %2 » ne fait pas partie de cette migration (elle migre : %3)</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; has not reported its state yet</source>
        <translation>la base de données « %1 » n&apos;a pas encore signalé son état</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; is %2; it can be completed only when it is %3</source>
        <translation>la base de données « %1 » est à l&apos;état %2 ; elle ne peut être finalisée que lorsqu&apos;elle est à l&apos;état %3</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>en cours de migration</translation>
    </message>
</context>
<context>
    <name>godwit::core::Validator</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>unknown definition %1</source>
        <translation>définition inconnue %1</translation>
    </message>
    <message>
        <source>expected an object (%1), got %2</source>
        <translation>objet attendu (%1), %2 reçu</translation>
    </message>
    <message>
        <source>required field is null</source>
        <translation>le champ obligatoire vaut null</translation>
    </message>
    <message>
        <source>expected string, got %1</source>
        <translation>chaîne attendue, %1 reçu</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (known: %3)</source>
        <translation>%1 inconnu « %2 » (connus : %3)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (%3 known values)</source>
        <translation>%1 inconnu « %2 » (%3 valeurs connues)</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>not a member of %1; kept as is</source>
        <translation>n&apos;est pas un membre de %1 ; conservé tel quel</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, %2 reçu</translation>
    </message>
    <message>
        <source>number sent where a string is expected</source>
        <translation>nombre envoyé là où une chaîne est attendue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2 value; kept as is</source>
        <translation>« %1 » n&apos;est pas une valeur connue de %2 ; conservée telle quelle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 value (expected one of: %3)</source>
        <translation>« %1 » n&apos;est pas une valeur valide de %2 (valeurs attendues : %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date-time</source>
        <translation>« %1 » n&apos;est pas une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>number sent as a string</source>
        <translation>nombre envoyé sous forme de chaîne</translation>
    </message>
    <message>
        <source>a map sent as a string that is not a JSON object; kept as is</source>
        <translation>un dictionnaire envoyé sous forme de chaîne qui n&apos;est pas un objet JSON ; conservé tel quel</translation>
    </message>
</context>
<context>
    <name>godwit::models::MigrationProgress</name>
    <message>
        <source>Full load complete</source>
        <translation>Chargement initial terminé</translation>
    </message>
    <message>
        <source>%1 of %2 tables loaded, %3 failed</source>
        <translation>%1 tables chargées sur %2, %3 en échec</translation>
    </message>
    <message>
        <source>%1 of %2 tables loaded</source>
        <translation>%1 tables chargées sur %2</translation>
    </message>
    <message>
        <source>Changes replicating</source>
        <translation>Réplication des modifications</translation>
    </message>
    <message>
        <source>Replication is running (%1)</source>
        <translation>La réplication est en cours (%1)</translation>
    </message>
    <message>
        <source>Replication is not running yet (%1)</source>
        <translation>La réplication n’a pas encore commencé (%1)</translation>
    </message>
    <message>
        <source>no state reported</source>
        <translation>aucun état signalé</translation>
    </message>
    <message>
        <source>Target caught up</source>
        <translation>Cible à jour</translation>
    </message>
    <message>
        <source>No pending-change count reported yet</source>
        <translation>Aucun nombre de modifications en attente signalé pour l’instant</translation>
    </message>
    <message>
        <source>%1 changes pending; at most %2 for %3 needed</source>
        <translation>%1 modifications en attente ; au plus %2 pendant %3 requis</translation>
    </message>
    <message>
        <source>%1 changes pending; at most %2 for %3</source>
        <translation>%1 modifications en attente ; au plus %2 depuis %3</translation>
    </message>
    <message>
        <source>%1 changes pending; at most %2 for %3 of %4</source>
        <translation>%1 modifications en attente ; au plus %2 depuis %3 sur %4</translation>
    </message>
    <message>
        <source>Engine ready to complete</source>
        <translation>Moteur prêt à terminer</translation>
    </message>
    <message>
        <source>The engine accepts the cutover of %1</source>
        <translation>Le moteur accepte le basculement de %1</translation>
    </message>
    <message>
        <source>The database is %1; the cutover is accepted when it is READY_TO_COMPLETE</source>
        <translation>La base de données est %1 ; le basculement est accepté lorsqu’elle est READY_TO_COMPLETE</translation>
    </message>
    <message>
        <source>without a state</source>
        <translation>sans état</translation>
    </message>
    <message>
        <source>No errors</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>No errors reported</source>
        <translation>Aucune erreur signalée</translation>
    </message>
    <message>
        <source>%1 tables failed</source>
        <translation>%1 tables en échec</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>migration in progress</source>
        <translation>migration en cours</translation>
    </message>
    <message>
        <source>validating the migration</source>
        <translation>validation de la migration</translation>
    </message>
    <message>
        <source>the migration needs action</source>
        <translation>la migration demande une intervention</translation>
    </message>
    <message>
        <source>migration complete</source>
        <translation>migration terminée</translation>
    </message>
    <message>
        <source>migration failed</source>
        <translation>migration échouée</translation>
    </message>
</context>
<context>
    <name>godwit::models::MigrationRowsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 tables)</source>
        <translation>%1 (%2 tables sur %3)</translation>
    </message>
    <message>
        <source>%1 changes/s</source>
        <translation>%1 modifications/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Database / table</source>
        <translation>Base de données / table</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rows copied</source>
        <translation>Lignes copiées</translation>
    </message>
    <message>
        <source>Copy rate</source>
        <translation>Débit de copie</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Insertions</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>Apply rate</source>
        <translation>Débit d’application</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>No state reported</source>
        <translation>Aucun état signalé</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>État : %1 (%2)</translation>
    </message>
    <message>
        <source>State: %1 (ready for cutover)</source>
        <translation>État : %1 (prête pour la bascule)</translation>
    </message>
</context>
<context>
    <name>godwit::models::NavigationModel</name>
    <message>
        <source>Service %1 (%2)</source>
        <translation>Service %1 (%2)</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>godwit::models::ProjectsModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>godwit::models::ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
</context>
<context>
    <name>godwit::models::StateKind</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Demande de l’attention</translation>
    </message>
</context>
<context>
    <name>godwit::models::TaskOutputModel</name>
    <message>
        <source>Database / table</source>
        <translation>Base de données / table</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Insertions</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>%1 of %2 tables</source>
        <translation>%1 tables sur %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>godwit::models::TasksModel</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Failed input validation</source>
        <translation>Échec de la validation de l&apos;entrée</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>En erreur</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
</context>
<context>
    <name>godwit::models::taskinput::ConnectionSettings</name>
    <message>
        <source>SQL Server / Azure SQL Database</source>
        <translation>SQL Server / Azure SQL Database</translation>
    </message>
    <message>
        <source>Azure SQL Managed Instance</source>
        <translation>Azure SQL Managed Instance</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>Oracle</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>%1 is not an authentication type for %2.</source>
        <translation>%1 n&apos;est pas un type d&apos;authentification pour %2.</translation>
    </message>
    <message>
        <source>Enter the resource id of the managed instance.</source>
        <translation>Saisissez l&apos;identifiant de ressource de l&apos;instance gérée.</translation>
    </message>
    <message>
        <source>The resource id must look like /subscriptions/…/resourceGroups/…/providers/Microsoft.Sql/managedInstances/NAME.</source>
        <translation>L&apos;identifiant de ressource doit avoir la forme /subscriptions/…/resourceGroups/…/providers/Microsoft.Sql/managedInstances/NOM.</translation>
    </message>
    <message>
        <source>Enter the application (client) id of the Azure AD application.</source>
        <translation>Saisissez l&apos;identifiant d&apos;application (client) de l&apos;application Azure AD.</translation>
    </message>
    <message>
        <source>Enter the tenant id of the Azure AD application.</source>
        <translation>Saisissez l&apos;identifiant de locataire de l&apos;application Azure AD.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s key (client secret).</source>
        <translation>Saisissez la clé de l&apos;application (secret client).</translation>
    </message>
    <message>
        <source>Enter the connection string (mongodb://host:port or mongodb+srv://host).</source>
        <translation>Saisissez la chaîne de connexion (mongodb://hôte:port ou mongodb+srv://hôte).</translation>
    </message>
    <message>
        <source>The connection string must start with mongodb:// or mongodb+srv:// (or be an Azure Storage connection string).</source>
        <translation>La chaîne de connexion doit commencer par mongodb:// ou mongodb+srv:// (ou être une chaîne de connexion Azure Storage).</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The server name must be a host name or an address, without spaces, / or @.</source>
        <translation>Le nom du serveur doit être un nom d&apos;hôte ou une adresse, sans espace, / ni @.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter the Oracle service name (for example ORCLPDB1).</source>
        <translation>Saisissez le nom de service Oracle (par exemple ORCLPDB1).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>&quot;Trust the server certificate&quot; only applies to encrypted connections: turn on encryption or turn it off.</source>
        <translation>« Faire confiance au certificat du serveur » ne s&apos;applique qu&apos;aux connexions chiffrées : activez le chiffrement ou désactivez cette option.</translation>
    </message>
</context>
<context>
    <name>godwit::models::taskinput::TaskInputModel</name>
    <message>
        <source>MongoDB (source or target)</source>
        <translation>MongoDB (source ou cible)</translation>
    </message>
    <message>
        <source>Azure Database for PostgreSQL (target of an Oracle migration)</source>
        <translation>Azure Database for PostgreSQL (cible d&apos;une migration Oracle)</translation>
    </message>
    <message>
        <source>SQL Server (source of an online migration)</source>
        <translation>SQL Server (source d&apos;une migration en ligne)</translation>
    </message>
    <message>
        <source>Azure SQL Database (target)</source>
        <translation>Azure SQL Database (cible)</translation>
    </message>
    <message>
        <source>Azure SQL Database (target of an online migration, with its source)</source>
        <translation>Azure SQL Database (cible d&apos;une migration en ligne, avec sa source)</translation>
    </message>
    <message>
        <source>Azure SQL Managed Instance (target)</source>
        <translation>Azure SQL Managed Instance (cible)</translation>
    </message>
    <message>
        <source>Azure SQL Managed Instance (target of an online migration, by resource id)</source>
        <translation>Azure SQL Managed Instance (cible d&apos;une migration en ligne, par identifiant de ressource)</translation>
    </message>
    <message>
        <source>Azure Database for PostgreSQL (target, with its source)</source>
        <translation>Azure Database for PostgreSQL (cible, avec sa source)</translation>
    </message>
    <message>
        <source>Azure Database for MySQL (target, with its source)</source>
        <translation>Azure Database for MySQL (cible, avec sa source)</translation>
    </message>
    <message>
        <source>SQL Server (source)</source>
        <translation>SQL Server (source)</translation>
    </message>
    <message>
        <source>%1 (source)</source>
        <translation>%1 (source)</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (cible)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Schema migration: SQL Server to Azure SQL Database</source>
        <translation>Migration du schéma : SQL Server vers Azure SQL Database</translation>
    </message>
    <message>
        <source>Online migration: PostgreSQL to Azure Database for PostgreSQL</source>
        <translation>Migration en ligne : PostgreSQL vers Azure Database for PostgreSQL</translation>
    </message>
    <message>
        <source>Online migration: MySQL to Azure Database for MySQL</source>
        <translation>Migration en ligne : MySQL vers Azure Database for MySQL</translation>
    </message>
    <message>
        <source>Offline migration: MySQL to Azure Database for MySQL</source>
        <translation>Migration hors ligne : MySQL vers Azure Database for MySQL</translation>
    </message>
    <message>
        <source>Offline migration: SQL Server to Azure SQL Database</source>
        <translation>Migration hors ligne : SQL Server vers Azure SQL Database</translation>
    </message>
    <message>
        <source>Select at least one database to migrate.</source>
        <translation>Sélectionnez au moins une base de données à migrer.</translation>
    </message>
    <message>
        <source>Two databases are migrated into the target database %1: give one another name.</source>
        <translation>Deux bases de données sont migrées vers la base cible %1 : donnez un autre nom à l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>%1 is not a valid database name (at most 128 characters, no / or \).</source>
        <translation>%1 n&apos;est pas un nom de base de données valide (128 caractères au plus, ni / ni \).</translation>
    </message>
    <message>
        <source>No table of %1 is selected: select tables, or go back and leave the database out.</source>
        <translation>Aucune table de %1 n&apos;est sélectionnée : sélectionnez des tables, ou revenez en arrière et retirez la base de données.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid setting name.</source>
        <translation>%1 : « %2 » n&apos;est pas un nom de paramètre valide.</translation>
    </message>
    <message>
        <source>Migration settings</source>
        <translation>Paramètres de migration</translation>
    </message>
    <message>
        <source>Source settings</source>
        <translation>Paramètres de la source</translation>
    </message>
    <message>
        <source>Target settings</source>
        <translation>Paramètres de la cible</translation>
    </message>
    <message>
        <source>Agent settings</source>
        <translation>Paramètres de l&apos;agent</translation>
    </message>
    <message>
        <source>Choose where the schema of %1 comes from.</source>
        <translation>Choisissez d&apos;où vient le schéma de %1.</translation>
    </message>
    <message>
        <source>Name the project file that holds the schema script of %1 (its id or its file name).</source>
        <translation>Indiquez le fichier du projet qui contient le script du schéma de %1 (son identifiant ou son nom).</translation>
    </message>
    <message>
        <source>Query analysis compares the schema too: turn on schema validation with it.</source>
        <translation>L&apos;analyse des requêtes compare aussi le schéma : activez la validation du schéma avec elle.</translation>
    </message>
    <message>
        <source>Enter a name for the task.</source>
        <translation>Saisissez un nom pour la tâche.</translation>
    </message>
    <message>
        <source>No wizard builds tasks of type %1.</source>
        <translation>Aucun assistant ne crée de tâches de type %1.</translation>
    </message>
</context>
<context>
    <name>godwit::service::AadTokenProvider</name>
    <message>
        <source>The sign-in server&apos;s answer has no access token.</source>
        <translation>La réponse du serveur d&apos;authentification ne contient aucun jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>godwit::service::AzureCliTokenProvider</name>
    <message numerus="yes">
        <source>The Azure CLI did not answer within %n second(s). Run “az account get-access-token” in a terminal to see what it waits for.</source>
        <translation>
            <numerusform>Azure CLI n&apos;a pas répondu dans le délai de %n seconde. Lancez « az account get-access-token » dans un terminal pour voir ce qu&apos;il attend.</numerusform>
            <numerusform>Azure CLI n&apos;a pas répondu dans le délai de %n secondes. Lancez « az account get-access-token » dans un terminal pour voir ce qu&apos;il attend.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Azure CLI (%1) was not found. Install it and run “az login”, or choose another sign-in method for this profile.</source>
        <translation>Azure CLI (%1) est introuvable. Installez-le et lancez « az login », ou choisissez une autre méthode de connexion pour ce profil.</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>Azure CLI n&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <source>The Azure CLI stopped unexpectedly. %1</source>
        <translation>Azure CLI s&apos;est arrêté de façon inattendue. %1</translation>
    </message>
    <message>
        <source>The Azure CLI could not get a token (exit code %1).</source>
        <translation>Azure CLI n&apos;a pas pu obtenir de jeton (code de sortie %1).</translation>
    </message>
    <message>
        <source>The Azure CLI could not get a token (exit code %1): %2</source>
        <translation>Azure CLI n&apos;a pas pu obtenir de jeton (code de sortie %1) : %2</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer could not be read: %1</source>
        <translation>La réponse d&apos;Azure CLI n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has no access token.</source>
        <translation>La réponse d&apos;Azure CLI ne contient aucun jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>godwit::service::BrowserSignInTokenProvider</name>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n second(s). Start it again.</source>
        <translation>
            <numerusform>La connexion dans le navigateur ne s&apos;est pas terminée dans le délai de %n seconde. Recommencez-la.</numerusform>
            <numerusform>La connexion dans le navigateur ne s&apos;est pas terminée dans le délai de %n secondes. Recommencez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser sign-in could not start: no port on 127.0.0.1 could be opened for the browser&apos;s answer (%1).</source>
        <translation>La connexion dans le navigateur n&apos;a pas pu démarrer : aucun port de 127.0.0.1 n&apos;a pu être ouvert pour la réponse du navigateur (%1).</translation>
    </message>
    <message>
        <source>The sign-in was stopped in Godwit.</source>
        <translation>La connexion a été arrêtée dans Godwit.</translation>
    </message>
    <message>
        <source>This address only receives the answer of a Godwit sign-in.</source>
        <translation>Cette adresse ne reçoit que la réponse d&apos;une connexion Godwit.</translation>
    </message>
    <message>
        <source>This sign-in has already been answered.</source>
        <translation>Cette connexion a déjà reçu une réponse.</translation>
    </message>
    <message>
        <source>The browser&apos;s sign-in answer was rejected: it does not carry the state this sign-in sent, so it may belong to an older sign-in or come from another site. Start the sign-in again.</source>
        <translation>La réponse de connexion du navigateur a été rejetée : elle ne contient pas l&apos;état (state) envoyé par cette connexion ; elle provient peut-être d&apos;une connexion plus ancienne ou d&apos;un autre site. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: the server answered “%1”.</source>
        <translation>La connexion n&apos;a pas abouti : le serveur a répondu « %1 ».</translation>
    </message>
    <message>
        <source>The sign-in was not completed: the server answered “%1”: %2</source>
        <translation>La connexion n&apos;a pas abouti : le serveur a répondu « %1 » : %2</translation>
    </message>
    <message>
        <source>The browser&apos;s sign-in answer has no authorization code.</source>
        <translation>La réponse de connexion du navigateur ne contient aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed.</source>
        <translation>La connexion n&apos;a pas pu aboutir.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer has no access token.</source>
        <translation>La réponse du serveur d&apos;authentification ne contient aucun jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>godwit::service::ClientSecretTokenProvider</name>
    <message>
        <source>Signing in as the service principal failed: no keychain is available for its client secret.</source>
        <translation>La connexion en tant que principal de service a échoué : aucun trousseau n&apos;est disponible pour son secret client.</translation>
    </message>
    <message>
        <source>Signing in as the service principal failed: no client secret is saved for it. Enter the secret in the profile&apos;s settings.</source>
        <translation>La connexion en tant que principal de service a échoué : aucun secret client n&apos;est enregistré pour lui. Saisissez le secret dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>Signing in as the service principal failed.</source>
        <translation>La connexion en tant que principal de service a échoué.</translation>
    </message>
    <message>
        <source>Signing in as the service principal %1 failed.</source>
        <translation>La connexion en tant que principal de service %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>godwit::service::Cloud</name>
    <message>
        <source>Azure (public)</source>
        <translation>Azure (public)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure Chine (21Vianet)</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Points de terminaison personnalisés</translation>
    </message>
</context>
<context>
    <name>godwit::service::ConnectionStore</name>
    <message>
        <source>The connection &quot;%1&quot; has no saved password.</source>
        <translation>La connexion « %1 » n&apos;a pas de mot de passe enregistré.</translation>
    </message>
    <message>
        <source>There is no saved connection named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune connexion enregistrée nommée « %1 ».</translation>
    </message>
</context>
<context>
    <name>godwit::service::DeviceCodeTokenProvider</name>
    <message>
        <source>The sign-in could not be started.</source>
        <translation>La connexion n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>The sign-in could not be started: the server&apos;s answer lacks the device code, the user code or the verification address.</source>
        <translation>La connexion n&apos;a pas pu être démarrée : la réponse du serveur ne contient pas le code d&apos;appareil, le code utilisateur ou l&apos;adresse de vérification.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation>Pour vous connecter, ouvrez %1 dans un navigateur et saisissez le code %2.</translation>
    </message>
    <message>
        <source>The sign-in code expired before the sign-in was completed. Start the sign-in again.</source>
        <translation>Le code de connexion a expiré avant la fin de la connexion. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>godwit::service::HttpJob</name>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
    <message>
        <source>the server redirected from HTTPS to plain HTTP; not followed</source>
        <translation>le serveur a redirigé de HTTPS vers HTTP non chiffré ; redirection non suivie</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé : %1</translation>
    </message>
</context>
<context>
    <name>godwit::service::InteractiveTokenProvider</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Renewing the sign-in failed.</source>
        <translation>Le renouvellement de la connexion a échoué.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer has no access token.</source>
        <translation>La réponse du serveur d&apos;authentification ne contient aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept for the next start.</source>
        <translation>Connecté, mais la connexion n&apos;a pas pu être conservée pour le prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>godwit::service::Keychain</name>
    <message>
        <source>Reading “%1” from the keychain failed.</source>
        <translation>La lecture de « %1 » dans le trousseau a échoué.</translation>
    </message>
    <message>
        <source>Saving “%1” in the keychain failed.</source>
        <translation>L&apos;enregistrement de « %1 » dans le trousseau a échoué.</translation>
    </message>
    <message>
        <source>Removing “%1” from the keychain failed.</source>
        <translation>La suppression de « %1 » du trousseau a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); it may be locked or not running.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu dans le délai de %n seconde ; il est peut-être verrouillé ou arrêté.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu dans le délai de %n secondes ; il est peut-être verrouillé ou arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no secret “%1” in the keychain.</source>
        <translation>Le trousseau ne contient aucun secret « %1 ».</translation>
    </message>
    <message>
        <source>No keychain is available. Godwit keeps secrets only in a keychain (a Secret Service such as GNOME Keyring or KWallet), never in plain files.</source>
        <translation>Aucun trousseau n&apos;est disponible. Godwit ne conserve les secrets que dans un trousseau (un Secret Service comme GNOME Keyring ou KWallet), jamais dans des fichiers en clair.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>Le trousseau a refusé l&apos;accès (est-il verrouillé ?) : %1</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation>Le trousseau n&apos;a pas pu supprimer l&apos;entrée : %1</translation>
    </message>
    <message>
        <source>The keychain reported: %1</source>
        <translation>Le trousseau a signalé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be removed from the keychain.</source>
        <translation>
            <numerusform>%n secret n&apos;a pas pu être supprimé du trousseau.</numerusform>
            <numerusform>%n secrets n&apos;ont pas pu être supprimés du trousseau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::service::KeychainTokenProvider</name>
    <message>
        <source>The engine&apos;s token cannot be read: no keychain is available.</source>
        <translation>Le jeton du moteur ne peut pas être lu : aucun trousseau n&apos;est disponible.</translation>
    </message>
    <message>
        <source>No token is saved for this engine. Enter the engine&apos;s token in the profile&apos;s settings.</source>
        <translation>Aucun jeton n&apos;est enregistré pour ce moteur. Saisissez le jeton du moteur dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>The engine&apos;s token could not be read.</source>
        <translation>Le jeton du moteur n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The engine rejected the token saved for this profile. Save the engine&apos;s current token in the profile&apos;s settings.</source>
        <translation>Le moteur a rejeté le jeton enregistré pour ce profil. Enregistrez le jeton actuel du moteur dans les paramètres du profil.</translation>
    </message>
</context>
<context>
    <name>godwit::service::ListJob</name>
    <message>
        <source>a list without a value array</source>
        <translation>une liste sans tableau value</translation>
    </message>
    <message>
        <source>the next page is on another server (%1); not followed</source>
        <translation>la page suivante se trouve sur un autre serveur (%1) ; non suivie</translation>
    </message>
    <message>
        <source>the list does not end</source>
        <translation>la liste ne se termine pas</translation>
    </message>
</context>
<context>
    <name>godwit::service::LroJob</name>
    <message>
        <source>The operation ended as %1.</source>
        <translation>L&apos;opération s&apos;est terminée à l&apos;état %1.</translation>
    </message>
</context>
<context>
    <name>godwit::service::Profile</name>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>Only the built-in Local profile uses the embedded engine.</source>
        <translation>Seul le profil intégré Local utilise le moteur embarqué.</translation>
    </message>
    <message>
        <source>The engine&apos;s address must be an http or https URL, e.g. https://engine.example:7420.</source>
        <translation>L&apos;adresse du moteur doit être une URL http ou https, par ex. https://engine.example:7420.</translation>
    </message>
    <message>
        <source>A custom cloud needs both the Resource Manager URL and the sign-in (authority) URL.</source>
        <translation>Un cloud personnalisé nécessite à la fois l&apos;URL de Resource Manager et l&apos;URL de connexion (autorité).</translation>
    </message>
    <message>
        <source>A service principal signs in to one tenant: enter the tenant id or domain.</source>
        <translation>Un principal de service se connecte à un seul locataire : saisissez l&apos;identifiant ou le domaine du locataire.</translation>
    </message>
    <message>
        <source>A service principal needs its application (client) id.</source>
        <translation>Un principal de service nécessite son identifiant d&apos;application (client).</translation>
    </message>
    <message>
        <source>Azure CLI (az login)</source>
        <translation>Azure CLI (az login)</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Sign in on another device (code)</source>
        <translation>Se connecter sur un autre appareil (code)</translation>
    </message>
    <message>
        <source>Service principal with a client secret</source>
        <translation>Principal de service avec un secret client</translation>
    </message>
</context>
<context>
    <name>godwit::service::ProfileStore</name>
    <message>
        <source>The Local profile is built in and cannot be changed.</source>
        <translation>Le profil Local est intégré et ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>godwit::service::SavedConnection</name>
    <message>
        <source>name: a saved connection needs a name</source>
        <translation>name : une connexion enregistrée doit avoir un nom</translation>
    </message>
    <message>
        <source>name: &quot;%1&quot; is not a valid connection name (up to 80 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit)</source>
        <translation>name : « %1 » n&apos;est pas un nom de connexion valide (jusqu&apos;à 80 lettres, chiffres, espaces, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, commençant par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <source>type: the connection has no type (e.g. PostgreSqlConnectionInfo)</source>
        <translation>type : la connexion n&apos;a pas de type (par ex. PostgreSqlConnectionInfo)</translation>
    </message>
    <message>
        <source>type: &quot;%1&quot; is not a connection type of the API (%2)</source>
        <translation>type : « %1 » n&apos;est pas un type de connexion de l&apos;API (%2)</translation>
    </message>
</context>
<context>
    <name>godwit::service::ServiceError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server refused the connection. Is the engine running, and is the address right?</source>
        <translation>Le serveur a refusé la connexion. Le moteur est-il en cours d&apos;exécution, et l&apos;adresse est-elle correcte ?</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>Le nom d&apos;hôte du serveur n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation>La connexion sécurisée a échoué : le certificat du serveur n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>La requête n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2: %3</source>
        <translation>Le serveur a répondu %1 %2 : %3</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood: %1</source>
        <translation>La réponse du serveur n&apos;a pas pu être comprise : %1</translation>
    </message>
    <message>
        <source>(request %1%2)</source>
        <translation>(requête %1%2)</translation>
    </message>
    <message>
        <source>, server id %1</source>
        <translation>, identifiant serveur %1</translation>
    </message>
</context>
<context>
    <name>godwit::service::Session</name>
    <message>
        <source>The server requires authentication, and this profile has no credentials.</source>
        <translation>Le serveur exige une authentification, et ce profil n&apos;a pas d&apos;identifiants.</translation>
    </message>
</context>
<context>
    <name>godwit::service::StaticTokenProvider</name>
    <message>
        <source>The server rejected the access token. Check the engine&apos;s token for this profile.</source>
        <translation>Le serveur a rejeté le jeton d&apos;accès. Vérifiez le jeton du moteur pour ce profil.</translation>
    </message>
</context>
<context>
    <name>godwit::service::TokenResponse</name>
    <message numerus="yes">
        <source>The sign-in server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur d&apos;authentification %1 n&apos;a pas répondu dans le délai de %n seconde.</numerusform>
            <numerusform>Le serveur d&apos;authentification %1 n&apos;a pas répondu dans le délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in server %1 could not be reached: %2</source>
        <translation>Le serveur d&apos;authentification %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>The sign-in server answered “%1”.</source>
        <translation>Le serveur d&apos;authentification a répondu « %1 ».</translation>
    </message>
    <message>
        <source>The sign-in server answered “%1”: %2</source>
        <translation>Le serveur d&apos;authentification a répondu « %1 » : %2</translation>
    </message>
    <message>
        <source>The sign-in server %1 answered with HTTP status %2.</source>
        <translation>Le serveur d&apos;authentification %1 a répondu avec le statut HTTP %2.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer could not be understood: %1</source>
        <translation>La réponse du serveur d&apos;authentification n&apos;a pas pu être comprise : %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ConnectionForm</name>
    <message>
        <source>User name and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Windows authentication</source>
        <translation>Authentification Windows</translation>
    </message>
    <message>
        <source>Azure AD user and password</source>
        <translation>Utilisateur Azure AD et mot de passe</translation>
    </message>
    <message>
        <source>Azure AD integrated</source>
        <translation>Azure AD intégré</translation>
    </message>
    <message>
        <source>None (trust or certificate)</source>
        <translation>Aucune (confiance ou certificat)</translation>
    </message>
    <message>
        <source>&amp;Server name: *</source>
        <translation>Nom du &amp;serveur : *</translation>
    </message>
    <message>
        <source>Server name (required)</source>
        <translation>Nom du serveur (obligatoire)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connect to &amp;database:</source>
        <translation>Se connecter à la base de &amp;données :</translation>
    </message>
    <message>
        <source>Database to connect to</source>
        <translation>Base de données de connexion</translation>
    </message>
    <message>
        <source>Ser&amp;vice name: *</source>
        <translation>Nom du ser&amp;vice : *</translation>
    </message>
    <message>
        <source>Oracle service name (required)</source>
        <translation>Nom de service Oracle (obligatoire)</translation>
    </message>
    <message>
        <source>Connection &amp;string: *</source>
        <translation>C&amp;haîne de connexion : *</translation>
    </message>
    <message>
        <source>Connection string (required)</source>
        <translation>Chaîne de connexion (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Managed instance resource id: *</source>
        <translation>Identifiant de ressource de l&apos;instance &amp;gérée : *</translation>
    </message>
    <message>
        <source>Managed instance resource id (required)</source>
        <translation>Identifiant de ressource de l&apos;instance gérée (obligatoire)</translation>
    </message>
    <message>
        <source>Azure AD a&amp;pplication id: *</source>
        <translation>Identifiant d&apos;a&amp;pplication Azure AD : *</translation>
    </message>
    <message>
        <source>Azure AD application id (required)</source>
        <translation>Identifiant d&apos;application Azure AD (obligatoire)</translation>
    </message>
    <message>
        <source>Te&amp;nant id: *</source>
        <translation>Ide&amp;ntifiant de locataire : *</translation>
    </message>
    <message>
        <source>Tenant id (required)</source>
        <translation>Identifiant de locataire (obligatoire)</translation>
    </message>
    <message>
        <source>Application &amp;key: *</source>
        <translation>&amp;Clé de l&apos;application : *</translation>
    </message>
    <message>
        <source>Application key (required)</source>
        <translation>Clé de l&apos;application (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>&amp;User name: *</source>
        <translation>Nom d&apos;&amp;utilisateur : *</translation>
    </message>
    <message>
        <source>User name (required)</source>
        <translation>Nom d&apos;utilisateur (obligatoire)</translation>
    </message>
    <message>
        <source>Pass&amp;word: *</source>
        <translation>&amp;Mot de passe : *</translation>
    </message>
    <message>
        <source>Password (required)</source>
        <translation>Mot de passe (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Encrypt the connection (TLS)</source>
        <translation>Chiffr&amp;er la connexion (TLS)</translation>
    </message>
    <message>
        <source>Encrypt the connection</source>
        <translation>Chiffrer la connexion</translation>
    </message>
    <message>
        <source>Trust the server &amp;certificate without verifying it</source>
        <translation>Faire confiance au &amp;certificat du serveur sans le vérifier</translation>
    </message>
    <message>
        <source>Trust the server certificate</source>
        <translation>Faire confiance au certificat du serveur</translation>
    </message>
    <message>
        <source>Enforce SS&amp;L</source>
        <translation>Imposer SS&amp;L</translation>
    </message>
    <message>
        <source>Enforce SSL</source>
        <translation>Imposer SSL</translation>
    </message>
    <message>
        <source>The source runs on &amp;premises or in a VM (SqlOnPrem)</source>
        <translation>La source tourne sur &amp;site ou dans une VM (SqlOnPrem)</translation>
    </message>
    <message>
        <source>Source platform is SQL Server on premises</source>
        <translation>La plateforme source est un SQL Server sur site</translation>
    </message>
    <message>
        <source>Azure &amp;resource id:</source>
        <translation>Identifiant de &amp;ressource Azure :</translation>
    </message>
    <message>
        <source>Azure resource id</source>
        <translation>Identifiant de ressource Azure</translation>
    </message>
    <message>
        <source>key=value settings of the driver</source>
        <translation>paramètres key=value du pilote</translation>
    </message>
    <message>
        <source>Additional setti&amp;ngs:</source>
        <translation>Autres paramè&amp;tres :</translation>
    </message>
    <message>
        <source>Additional settings</source>
        <translation>Paramètres supplémentaires</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>par défaut (%1)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ConnectionWizardPage</name>
    <message>
        <source>Saved connection</source>
        <translation>Connexion enregistrée</translation>
    </message>
    <message>
        <source>Save t&amp;his connection…</source>
        <translation>Enregistrer cette conne&amp;xion…</translation>
    </message>
    <message>
        <source>Save this connection</source>
        <translation>Enregistrer cette connexion</translation>
    </message>
    <message>
        <source>Sa&amp;ved connection:</source>
        <translation>Connexion enre&amp;gistrée :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Ignore the failed test and continue</source>
        <translation>&amp;Ignorer l&apos;échec du test et continuer</translation>
    </message>
    <message>
        <source>Continue without a successful test</source>
        <translation>Continuer sans test réussi</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Where the data comes from. Fields marked * are required.</source>
        <translation>D&apos;où viennent les données. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>Where the data goes. Fields marked * are required.</source>
        <translation>Où vont les données. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to %1 %2.</source>
        <translation>&lt;b&gt;Connecté&lt;/b&gt; à %1 %2.</translation>
    </message>
    <message>
        <source>Databases: %1</source>
        <translation>Bases de données : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The test failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le test a échoué.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The test failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le test a échoué.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Remedy:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Remède :&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Reading the password of %1 from the keychain…</source>
        <translation>Lecture du mot de passe de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>The password of %1 could not be read: %2</source>
        <translation>Le mot de passe de %1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>&amp;Name of the connection:</source>
        <translation>&amp;Nom de la connexion :</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n&apos;a pas été enregistrée : %2</translation>
    </message>
    <message>
        <source>No databases yet.</source>
        <translation>Aucune base de données pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Ignore these problems and continue</source>
        <translation>&amp;Ignorer ces problèmes et continuer</translation>
    </message>
    <message>
        <source>Continue despite the problems</source>
        <translation>Continuer malgré les problèmes</translation>
    </message>
</context>
<context>
    <name>godwit::ui::Console</name>
    <message>
        <source>This console has no embedded engine.</source>
        <translation>Cette console n&apos;a pas de moteur embarqué.</translation>
    </message>
    <message>
        <source>The profile was not opened</source>
        <translation>Le profil n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>Signing in to %1 failed.

%2</source>
        <translation>La connexion à %1 a échoué.

%2</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>Modifier le &amp;profil…</translation>
    </message>
</context>
<context>
    <name>godwit::ui::CutoverDialog</name>
    <message>
        <source>Complete cutover — %1</source>
        <translation>Effectuer le basculement — %1</translation>
    </message>
    <message>
        <source>Database to cut over</source>
        <translation>Base de données à basculer</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Cutover pre-checks</source>
        <translation>Vérifications préalables au basculement</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Pre-checks:</source>
        <translation>&amp;Vérifications préalables :</translation>
    </message>
    <message>
        <source>I have &amp;stopped writes to the source database</source>
        <translation>J’ai &amp;arrêté les écritures sur la base de données source</translation>
    </message>
    <message>
        <source>Type the database name to confirm</source>
        <translation>Saisissez le nom de la base de données pour confirmer</translation>
    </message>
    <message>
        <source>Stop writes to the source, then complete. The engine waits until every change has reached the target, copies sequence values and stops replication.</source>
        <translation>Arrêtez les écritures sur la source, puis terminez. Le moteur attend que chaque modification ait atteint la cible, copie les valeurs des séquences et arrête la réplication.</translation>
    </message>
    <message>
        <source>&amp;Complete cutover</source>
        <translation>&amp;Effectuer le basculement</translation>
    </message>
    <message>
        <source>Engine ready to complete</source>
        <translation>Moteur prêt à terminer</translation>
    </message>
    <message>
        <source>The database is %1</source>
        <translation>La base de données est %1</translation>
    </message>
    <message>
        <source>without a state</source>
        <translation>sans état</translation>
    </message>
    <message>
        <source>Projected downtime: %1</source>
        <translation>Interruption prévue : %1</translation>
    </message>
    <message>
        <source>Projected downtime: not known yet</source>
        <translation>Interruption prévue : pas encore connue</translation>
    </message>
    <message>
        <source>Not every pre-check passes. Complete only if you know why: changes that reach the source after the cutover are not migrated.</source>
        <translation>Toutes les vérifications ne sont pas réussies. Ne terminez que si vous savez pourquoi : les modifications qui atteignent la source après le basculement ne sont pas migrées.</translation>
    </message>
    <message>
        <source>Sending the cutover of %1…</source>
        <translation>Envoi du basculement de %1…</translation>
    </message>
    <message>
        <source>The cutover was not started: %1</source>
        <translation>Le basculement n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>The cutover was not started: %1: %2</source>
        <translation>Le basculement n’a pas démarré : %1 : %2</translation>
    </message>
    <message>
        <source>The cutover failed: %1</source>
        <translation>Le basculement a échoué : %1</translation>
    </message>
    <message>
        <source>Accepted. Waiting until every change of %1 has reached the target…</source>
        <translation>Accepté. Attente que chaque modification de %1 ait atteint la cible…</translation>
    </message>
    <message>
        <source>Cutover complete: %1 is %2; the task is %3.</source>
        <translation>Basculement terminé : %1 est %2 ; la tâche est %3.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>The task ended (%1) before the cutover finished.</source>
        <translation>La tâche s’est terminée (%1) avant la fin du basculement.</translation>
    </message>
    <message>
        <source>Cutover of %1: command %2, database %3…</source>
        <translation>Basculement de %1 : commande %2, base de données %3…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>Not every pre-check passes: &amp;type the database name to confirm:</source>
        <translation>Toutes les vérifications préalables ne sont pas satisfaites : &amp;saisissez le nom de la base de données pour confirmer :</translation>
    </message>
</context>
<context>
    <name>godwit::ui::DatabasesWizardPage</name>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Check the databases to migrate. Each goes into the target database of the same name unless you rename it; double-click a target name to change it.</source>
        <translation>Cochez les bases de données à migrer. Chacune va dans la base cible du même nom, sauf si vous la renommez ; double-cliquez sur un nom cible pour le changer.</translation>
    </message>
    <message>
        <source>Databases to migrate</source>
        <translation>Bases de données à migrer</translation>
    </message>
    <message>
        <source>Source database</source>
        <translation>Base source</translation>
    </message>
    <message>
        <source>Target database</source>
        <translation>Base cible</translation>
    </message>
    <message>
        <source>On the target</source>
        <translation>Sur la cible</translation>
    </message>
    <message>
        <source>&amp;Databases: *</source>
        <translation>Bases de &amp;données : *</translation>
    </message>
    <message>
        <source>Name of a database to add</source>
        <translation>Nom d&apos;une base de données à ajouter</translation>
    </message>
    <message>
        <source>a database the test did not list</source>
        <translation>une base que le test n&apos;a pas listée</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the database</source>
        <translation>Ajouter la base de données</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Tout sé&amp;lectionner</translation>
    </message>
    <message>
        <source>Select all databases</source>
        <translation>Sélectionner toutes les bases de données</translation>
    </message>
    <message>
        <source>Add data&amp;base:</source>
        <translation>Ajouter une &amp;base :</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>will be created</source>
        <translation>sera créée</translation>
    </message>
</context>
<context>
    <name>godwit::ui::DeleteResourceDialog</name>
    <message>
        <source>Delete service</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Delete the service &lt;b&gt;%1&lt;/b&gt; with all its projects, tasks and their output? This cannot be undone.</source>
        <translation>Supprimer le service &lt;b&gt;%1&lt;/b&gt; avec tous ses projets, ses tâches et leurs résultats ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete the project &lt;b&gt;%1&lt;/b&gt; with all its tasks and their output? This cannot be undone.</source>
        <translation>Supprimer le projet &lt;b&gt;%1&lt;/b&gt; avec toutes ses tâches et leurs résultats ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cancel &amp;tasks that still run (a migration that is cancelled cannot resume)</source>
        <translation>Annuler les &amp;tâches encore en cours (une migration annulée ne peut pas reprendre)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>godwit::ui::HelperTasks</name>
    <message>
        <source>The task ended in state %1.</source>
        <translation>La tâche s&apos;est terminée dans l&apos;état %1.</translation>
    </message>
    <message>
        <source>The task ended in state %1: %2</source>
        <translation>La tâche s&apos;est terminée dans l&apos;état %1 : %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::KindWizardPage</name>
    <message>
        <source>What to test</source>
        <translation>Que tester</translation>
    </message>
    <message>
        <source>A connection test runs as a task on the current profile&apos;s engine and reports the server&apos;s version, its databases and what a migration would lack.</source>
        <translation>Un test de connexion s&apos;exécute comme tâche sur le moteur du profil courant et indique la version du serveur, ses bases de données et ce qui manquerait à une migration.</translation>
    </message>
    <message>
        <source>Connection to test</source>
        <translation>Connexion à tester</translation>
    </message>
    <message>
        <source>&amp;Connection: *</source>
        <translation>&amp;Connexion : *</translation>
    </message>
    <message>
        <source>Check permissions for</source>
        <translation>Vérifier les droits pour</translation>
    </message>
    <message>
        <source>Do not check</source>
        <translation>Ne pas vérifier</translation>
    </message>
    <message>
        <source>Check &amp;permissions for:</source>
        <translation>Vérifier les &amp;droits pour :</translation>
    </message>
    <message>
        <source>Target platform</source>
        <translation>Plateforme cible</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>Azure Database for MySQL</source>
        <translation>Azure Database for MySQL</translation>
    </message>
    <message>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <source>Target p&amp;latform:</source>
        <translation>P&amp;lateforme cible :</translation>
    </message>
    <message>
        <source>Collect &amp;databases</source>
        <translation>Collecter les &amp;bases de données</translation>
    </message>
    <message>
        <source>Collect l&amp;ogins</source>
        <translation>Collecter les c&amp;omptes de connexion</translation>
    </message>
    <message>
        <source>Collect &amp;agent jobs</source>
        <translation>Collecter les tâches de l&apos;&amp;agent</translation>
    </message>
    <message>
        <source>Collect &amp;TDE certificate information</source>
        <translation>Collecter les informations de certificat &amp;TDE</translation>
    </message>
    <message>
        <source>Validate the &amp;SSIS catalog only</source>
        <translation>Valider uniquement le catalogue &amp;SSIS</translation>
    </message>
    <message>
        <source>Count the target&apos;s &amp;objects</source>
        <translation>Compter les &amp;objets de la cible</translation>
    </message>
    <message>
        <source>Choose a connection to test.</source>
        <translation>Choisissez une connexion à tester.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MainWindow</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not authorized: sign in again</source>
        <translation>Non autorisé : reconnectez-vous</translation>
    </message>
    <message>
        <source>Engine unreachable: retrying</source>
        <translation>Moteur injoignable : nouvelle tentative</translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;service…</source>
        <translation>Nouveau &amp;service…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Nouveau &amp;projet…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>Complete &amp;cutover…</source>
        <translation>Effectuer le &amp;basculement…</translation>
    </message>
    <message>
        <source>C&amp;ancel task…</source>
        <translation>&amp;Annuler la tâche…</translation>
    </message>
    <message>
        <source>&amp;Delete task…</source>
        <translation>&amp;Supprimer la tâche…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation>À &amp;propos de Godwit</translation>
    </message>
    <message>
        <source>About Godwit</source>
        <translation>À propos de Godwit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Godwit&lt;/b&gt; %1&lt;br&gt;A console for database migrations with the Azure Database Migration Service API, and a local engine that runs them.</source>
        <translation>&lt;b&gt;Godwit&lt;/b&gt; %1&lt;br&gt;Une console pour les migrations de bases de données avec l&apos;API Azure Database Migration Service, et un moteur local qui les exécute.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Services and projects</source>
        <translation>Services et projets</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Show tasks in state</source>
        <translation>Afficher les tâches à l&apos;état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Active (queued or running)</source>
        <translation>Actives (en file d&apos;attente ou en cours d&apos;exécution)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Re&amp;chercher :</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Task input</source>
        <translation>Entrée de la tâche</translation>
    </message>
    <message>
        <source>Task output</source>
        <translation>Sortie de la tâche</translation>
    </message>
    <message>
        <source>Task errors</source>
        <translation>Erreurs de la tâche</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <source>&amp;Input</source>
        <translation>E&amp;ntrée</translation>
    </message>
    <message>
        <source>Select a task to see its state, output and errors.</source>
        <translation>Sélectionnez une tâche pour voir son état, sa sortie et ses erreurs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Type: %2&lt;br&gt;State: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Type : %2&lt;br&gt;État : %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Migration: %1</source>
        <translation>&lt;br&gt;Migration : %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ready for cutover: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;Prêt pour le basculement : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation>sortie : %1</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>mis à jour à l&apos;instant</translation>
    </message>
    <message>
        <source>updated %1 s ago</source>
        <translation>mis à jour il y a %1 s</translation>
    </message>
    <message>
        <source>not updated yet</source>
        <translation>pas encore mis à jour</translation>
    </message>
    <message>
        <source>Creating service %1…</source>
        <translation>Création du service %1…</translation>
    </message>
    <message>
        <source>The service was not created</source>
        <translation>Le service n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>The project was not created</source>
        <translation>Le projet n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Cancel the task %1? A migration that is cancelled stops and cleans up; it cannot be resumed.</source>
        <translation>Annuler la tâche %1 ? Une migration annulée s&apos;arrête et fait le ménage ; elle ne peut pas être reprise.</translation>
    </message>
    <message>
        <source>The task was not cancelled</source>
        <translation>La tâche n&apos;a pas été annulée</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete the task %1 and its output?</source>
        <translation>Supprimer la tâche %1 et sa sortie ?</translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation>La tâche n&apos;a pas été supprimée</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Surveiller</translation>
    </message>
    <message>
        <source>P&amp;rofiles…</source>
        <translation>P&amp;rofils…</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>&amp;Ouvrir un profil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The profile (engine or Azure account) the console shows</source>
        <translation>Le profil (moteur ou compte Azure) qu&apos;affiche la console</translation>
    </message>
    <message>
        <source>Profi&amp;le:</source>
        <translation>Profi&amp;l :</translation>
    </message>
    <message>
        <source>The engine built into the console</source>
        <translation>Le moteur intégré à la console</translation>
    </message>
    <message>
        <source>Engine at %1</source>
        <translation>Moteur à %1</translation>
    </message>
    <message>
        <source>Azure subscription %1, resource group %2</source>
        <translation>Abonnement Azure %1, groupe de ressources %2</translation>
    </message>
    <message>
        <source>%1 — Godwit</source>
        <translation>%1 — Godwit</translation>
    </message>
    <message>
        <source>E&amp;rrors</source>
        <translation>&amp;Erreurs</translation>
    </message>
    <message>
        <source>E&amp;rrors (%1)</source>
        <translation>&amp;Erreurs (%1)</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Nouvelle tâche</translation>
    </message>
    <message>
        <source>C&amp;lone task…</source>
        <translation>C&amp;loner la tâche…</translation>
    </message>
    <message>
        <source>Clone task</source>
        <translation>Cloner la tâche</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <source>&amp;Start the online migration…</source>
        <translation>&amp;Démarrer la migration en ligne…</translation>
    </message>
    <message>
        <source>Hide this hint</source>
        <translation>Masquer cette aide</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Godwit.&lt;/b&gt; Start with an online migration between two PostgreSQL servers: the wizard tests both connections, lists the tables to copy and starts the migration; the monitor then shows it catching up until you cut over.</source>
        <translation>&lt;b&gt;Bienvenue dans Godwit.&lt;/b&gt; Commencez par une migration en ligne entre deux serveurs PostgreSQL : l&apos;assistant teste les deux connexions, liste les tables à copier et démarre la migration ; le moniteur montre ensuite son rattrapage jusqu&apos;à ce que vous procédiez au basculement.</translation>
    </message>
    <message>
        <source>Saved connections it offers: %1.</source>
        <translation>Connexions enregistrées proposées : %1.</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Pas encore de projet</translation>
    </message>
    <message>
        <source>There is no project to create the migration in yet. Create one with File ▸ New project…, or wait a moment while the first one is created.</source>
        <translation>Il n&apos;existe pas encore de projet dans lequel créer la migration. Créez-en un avec Fichier ▸ Nouveau projet…, ou patientez un instant pendant la création du premier.</translation>
    </message>
    <message>
        <source>Delete s&amp;ervice…</source>
        <translation>Supprimer le s&amp;ervice…</translation>
    </message>
    <message>
        <source>Delete pro&amp;ject…</source>
        <translation>Supprimer le pro&amp;jet…</translation>
    </message>
    <message>
        <source>Service %1 created.</source>
        <translation>Service %1 créé.</translation>
    </message>
    <message>
        <source>Project %1 created.</source>
        <translation>Projet %1 créé.</translation>
    </message>
    <message>
        <source>Deleting service %1…</source>
        <translation>Suppression du service %1…</translation>
    </message>
    <message>
        <source>Service %1 deleted.</source>
        <translation>Service %1 supprimé.</translation>
    </message>
    <message>
        <source>The service was not deleted</source>
        <translation>Le service n’a pas été supprimé</translation>
    </message>
    <message>
        <source>Project %1 deleted.</source>
        <translation>Projet %1 supprimé.</translation>
    </message>
    <message>
        <source>The project was not deleted</source>
        <translation>Le projet n’a pas été supprimé</translation>
    </message>
</context>
<context>
    <name>godwit::ui::NewProjectDialog</name>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL ou MariaDB</translation>
    </message>
    <message>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>Azure Database for PostgreSQL</source>
        <translation>Azure Database pour PostgreSQL</translation>
    </message>
    <message>
        <source>Azure Database for MySQL</source>
        <translation>Azure Database pour MySQL</translation>
    </message>
    <message>
        <source>Azure SQL Database</source>
        <translation>Azure SQL Database</translation>
    </message>
    <message>
        <source>Azure SQL Managed Instance</source>
        <translation>Azure SQL Managed Instance</translation>
    </message>
    <message>
        <source>MongoDB or Azure Cosmos DB</source>
        <translation>MongoDB ou Azure Cosmos DB</translation>
    </message>
    <message>
        <source>New project in %1</source>
        <translation>Nouveau projet dans %1</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Source platform</source>
        <translation>Plateforme source</translation>
    </message>
    <message>
        <source>Target platform</source>
        <translation>Plateforme cible</translation>
    </message>
    <message>
        <source>the service&apos;s</source>
        <translation>celle du service</translation>
    </message>
    <message>
        <source>Project &amp;name: *</source>
        <translation>&amp;Nom du projet : *</translation>
    </message>
    <message>
        <source>&amp;Source platform:</source>
        <translation>Plateforme &amp;source :</translation>
    </message>
    <message>
        <source>&amp;Target platform:</source>
        <translation>Plateforme &amp;cible :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>godwit::ui::NewServiceDialog</name>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Virtual subnet</source>
        <translation>Sous-réseau virtuel</translation>
    </message>
    <message>
        <source>/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…</source>
        <translation>/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…</translation>
    </message>
    <message>
        <source>The resource id of the virtual subnet the service is placed in (required by Azure).</source>
        <translation>L’identifiant de ressource du sous-réseau virtuel où placer le service (exigé par Azure).</translation>
    </message>
    <message>
        <source>The resource id of a virtual subnet (optional: the engine does not use one).</source>
        <translation>L’identifiant de ressource d’un sous-réseau virtuel (facultatif : le moteur n’en utilise pas).</translation>
    </message>
    <message>
        <source>Loading the regions and SKUs the endpoint offers…</source>
        <translation>Chargement des régions et des SKU proposés par le point de terminaison…</translation>
    </message>
    <message>
        <source>Service &amp;name: *</source>
        <translation>&amp;Nom du service : *</translation>
    </message>
    <message>
        <source>&amp;Region: *</source>
        <translation>&amp;Région : *</translation>
    </message>
    <message>
        <source>S&amp;KU: *</source>
        <translation>S&amp;KU : *</translation>
    </message>
    <message>
        <source>Virtual &amp;subnet: *</source>
        <translation>&amp;Sous-réseau virtuel : *</translation>
    </message>
    <message>
        <source>Virtual &amp;subnet:</source>
        <translation>&amp;Sous-réseau virtuel :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The regions and SKUs could not be loaded (%1). Type them in.</source>
        <translation>Les régions et les SKU n’ont pas pu être chargés (%1). Saisissez-les.</translation>
    </message>
    <message>
        <source>The endpoint offers no service SKUs. Type the region and SKU in.</source>
        <translation>Le point de terminaison ne propose aucun SKU de service. Saisissez la région et le SKU.</translation>
    </message>
    <message>
        <source>Region: choose or type the region the service is created in.</source>
        <translation>Région : choisissez ou saisissez la région où créer le service.</translation>
    </message>
    <message>
        <source>SKU: choose or type the service&apos;s SKU (for example Standard_1vCores).</source>
        <translation>SKU : choisissez ou saisissez le SKU du service (par exemple Standard_1vCores).</translation>
    </message>
    <message>
        <source>SKU: %1 is not offered in %2; pick one of %3.</source>
        <translation>SKU : %1 n’est pas proposé dans %2 ; choisissez parmi %3.</translation>
    </message>
    <message>
        <source>Virtual subnet: Azure places the service in a virtual subnet; enter its resource id.</source>
        <translation>Sous-réseau virtuel : Azure place le service dans un sous-réseau virtuel ; saisissez son identifiant de ressource.</translation>
    </message>
    <message>
        <source>Virtual subnet: enter a subnet&apos;s resource id, /subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/….</source>
        <translation>Sous-réseau virtuel : saisissez l’identifiant de ressource d’un sous-réseau, /subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/….</translation>
    </message>
    <message>
        <source>Regions that offer service SKUs: %1.</source>
        <translation>Régions proposant des SKU de service : %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ProfileEditorDialog</name>
    <message>
        <source>Add remote engine</source>
        <translation>Ajouter un moteur distant</translation>
    </message>
    <message>
        <source>Add Azure account</source>
        <translation>Ajouter un compte Azure</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Modifier le profil %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Engine URL</source>
        <translation>URL du moteur</translation>
    </message>
    <message>
        <source>Engine token</source>
        <translation>Jeton du moteur</translation>
    </message>
    <message>
        <source>the engine&apos;s token (godwit-engine --token-file)</source>
        <translation>le jeton du moteur (godwit-engine --token-file)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inchangé (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation>URL de Resource Manager</translation>
    </message>
    <message>
        <source>Sign-in (authority) URL</source>
        <translation>URL de connexion (autorité)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>tenant id or domain; empty: your account&apos;s own</source>
        <translation>ID ou domaine du locataire ; vide : celui de votre compte</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>subscription id</source>
        <translation>ID de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <source>where the services are</source>
        <translation>où se trouvent les services</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Nom : *</translation>
    </message>
    <message>
        <source>Engine &amp;URL: *</source>
        <translation>&amp;URL du moteur : *</translation>
    </message>
    <message>
        <source>Engine &amp;token:</source>
        <translation>&amp;Jeton du moteur :</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>&amp;Abonnement :</translation>
    </message>
    <message>
        <source>&amp;Resource group:</source>
        <translation>&amp;Groupe de ressources :</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud :</translation>
    </message>
    <message>
        <source>Resource &amp;Manager URL: *</source>
        <translation>URL de Resource &amp;Manager : *</translation>
    </message>
    <message>
        <source>Sign-in (&amp;authority) URL: *</source>
        <translation>URL de connexion (au&amp;torité) : *</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>&amp;Subscription: *</source>
        <translation>&amp;Abonnement : *</translation>
    </message>
    <message>
        <source>&amp;Resource group: *</source>
        <translation>&amp;Groupe de ressources : *</translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation>Méthode de conne&amp;xion :</translation>
    </message>
    <message>
        <source>Application (c&amp;lient) id:</source>
        <translation>ID d&apos;application (c&amp;lient) :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Tokens and client secrets are kept only in the desktop keychain.</source>
        <translation>Les jetons et secrets clients sont conservés uniquement dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>the service principal&apos;s application id</source>
        <translation>l&apos;ID d&apos;application du principal de service</translation>
    </message>
    <message>
        <source>empty: the Azure CLI&apos;s public client</source>
        <translation>vide : le client public d&apos;Azure CLI</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The console lists the services of one subscription: enter its id.</source>
        <translation>La console liste les services d&apos;un abonnement : saisissez son ID.</translation>
    </message>
    <message>
        <source>The console lists the services of one resource group: enter its name.</source>
        <translation>La console liste les services d&apos;un groupe de ressources : saisissez son nom.</translation>
    </message>
    <message>
        <source>Enter the token the engine accepts (the contents of its --token-file).</source>
        <translation>Saisissez le jeton que le moteur accepte (le contenu de son --token-file).</translation>
    </message>
    <message>
        <source>The address changed: enter the engine&apos;s token again.</source>
        <translation>L&apos;adresse a changé : saisissez de nouveau le jeton du moteur.</translation>
    </message>
    <message>
        <source>A service principal signs in with its client secret: enter it.</source>
        <translation>Un principal de service se connecte avec son secret client : saisissez-le.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
    <message>
        <source>%1: it was not stored in the keychain: %2</source>
        <translation>%1 : il n&apos;a pas été enregistré dans le trousseau : %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ProfilesDialog</name>
    <message>
        <source>Built-in engine (always available)</source>
        <translation>Moteur intégré (toujours disponible)</translation>
    </message>
    <message>
        <source>Engine at %1</source>
        <translation>Moteur à %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profils :</translation>
    </message>
    <message>
        <source>Add &amp;engine…</source>
        <translation>Ajouter un &amp;moteur…</translation>
    </message>
    <message>
        <source>A godwit-engine on another machine or port</source>
        <translation>Un godwit-engine sur une autre machine ou un autre port</translation>
    </message>
    <message>
        <source>Add &amp;Azure…</source>
        <translation>Ajouter &amp;Azure…</translation>
    </message>
    <message>
        <source>An Azure subscription with Database Migration Service</source>
        <translation>Un abonnement Azure avec Database Migration Service</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Oublier…</translation>
    </message>
    <message>
        <source>Remove the profile and its secrets from the keychain</source>
        <translation>Supprimer le profil et ses secrets du trousseau</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <source>Show this profile&apos;s services in the console</source>
        <translation>Afficher les services de ce profil dans la console</translation>
    </message>
    <message>
        <source>Built in: it cannot be edited or removed</source>
        <translation>Intégré : il ne peut être ni modifié ni supprimé</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Forget profile</source>
        <translation>Oublier le profil</translation>
    </message>
    <message>
        <source>Forget the profile %1?

Its settings and every secret it keeps in the keychain (tokens, client secrets, sign-ins) are removed. Services and tasks on the server are not touched.</source>
        <translation>Oublier le profil %1 ?

Ses réglages et tous les secrets qu&apos;il conserve dans le trousseau (jetons, secrets clients, connexions) sont supprimés. Les services et tâches sur le serveur ne sont pas touchés.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Removing %1&apos;s secrets from the keychain…</source>
        <translation>Suppression des secrets de %1 du trousseau…</translation>
    </message>
    <message>
        <source>Forgot %1 and its secrets.</source>
        <translation>%1 et ses secrets ont été oubliés.</translation>
    </message>
    <message>
        <source>Forgot %1, but the keychain did not remove every secret: %2</source>
        <translation>%1 a été oublié, mais le trousseau n&apos;a pas supprimé tous les secrets : %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Refresh running tasks every</source>
        <translation>Actualiser les tâches en cours toutes les</translation>
    </message>
    <message>
        <source>Refresh queued tasks every</source>
        <translation>Actualiser les tâches en file d&apos;attente toutes les</translation>
    </message>
    <message>
        <source>Task refresh</source>
        <translation>Actualisation des tâches</translation>
    </message>
    <message>
        <source>&amp;Running tasks every:</source>
        <translation>Tâches en &amp;cours toutes les :</translation>
    </message>
    <message>
        <source>&amp;Queued tasks every:</source>
        <translation>Tâches en &amp;file d&apos;attente toutes les :</translation>
    </message>
    <message>
        <source>Caught up for at least</source>
        <translation>À jour depuis au moins</translation>
    </message>
    <message>
        <source>Pending changes still counted as caught up</source>
        <translation>Modifications en attente encore considérées comme à jour</translation>
    </message>
    <message>
        <source>&amp;Notify when a watched task finishes or waits for cutover</source>
        <translation>&amp;Notifier quand une tâche suivie se termine ou attend le basculement</translation>
    </message>
    <message>
        <source>Online migrations</source>
        <translation>Migrations en ligne</translation>
    </message>
    <message>
        <source>Ready for cutover when caught up for &amp;at least:</source>
        <translation>Prêt pour le basculement quand à jour depuis &amp;au moins :</translation>
    </message>
    <message>
        <source>Pending changes still counted as caught &amp;up:</source>
        <translation>Modifications en attente encore considérées à &amp;jour :</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>Co&amp;uleurs :</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SettingsWizardPage</name>
    <message>
        <source>Migration settings</source>
        <translation>Paramètres de migration</translation>
    </message>
    <message>
        <source>&amp;Migration settings:</source>
        <translation>Paramètres de &amp;migration :</translation>
    </message>
    <message>
        <source>name=value, one a line</source>
        <translation>name=value, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Source settings:</source>
        <translation>Paramètres de la &amp;source :</translation>
    </message>
    <message>
        <source>Source settings</source>
        <translation>Paramètres de la source</translation>
    </message>
    <message>
        <source>&amp;Target settings:</source>
        <translation>Paramètres de la &amp;cible :</translation>
    </message>
    <message>
        <source>Target settings</source>
        <translation>Paramètres de la cible</translation>
    </message>
    <message>
        <source>&amp;Agent settings:</source>
        <translation>Paramètres de l&apos;&amp;agent :</translation>
    </message>
    <message>
        <source>Optional agent settings</source>
        <translation>Paramètres facultatifs de l&apos;agent</translation>
    </message>
    <message>
        <source>Make the source server &amp;read-only during the migration</source>
        <translation>Mettre le serveur source en lecture &amp;seule pendant la migration</translation>
    </message>
    <message>
        <source>Make the source databases &amp;read-only during the migration</source>
        <translation>Mettre les bases sources en lecture &amp;seule pendant la migration</translation>
    </message>
    <message>
        <source>Validate the &amp;schema after the migration</source>
        <translation>Valider le sc&amp;héma après la migration</translation>
    </message>
    <message>
        <source>Validate &amp;data integrity (checksums)</source>
        <translation>Valider l&apos;intégrité des &amp;données (sommes de contrôle)</translation>
    </message>
    <message>
        <source>Analyse &amp;queries against source and target</source>
        <translation>Analyser les &amp;requêtes sur la source et la cible</translation>
    </message>
    <message>
        <source>Schema source</source>
        <translation>Origine du schéma</translation>
    </message>
    <message>
        <source>Extract it from the source</source>
        <translation>L&apos;extraire de la source</translation>
    </message>
    <message>
        <source>Use a script from the project&apos;s files</source>
        <translation>Utiliser un script des fichiers du projet</translation>
    </message>
    <message>
        <source>Do not migrate the schema</source>
        <translation>Ne pas migrer le schéma</translation>
    </message>
    <message>
        <source>S&amp;chema of every database: *</source>
        <translation>S&amp;chéma de chaque base : *</translation>
    </message>
    <message>
        <source>Schema file id</source>
        <translation>Identifiant du fichier de schéma</translation>
    </message>
    <message>
        <source>Schema file &amp;id:</source>
        <translation>&amp;Identifiant du fichier de schéma :</translation>
    </message>
    <message>
        <source>Schema file name</source>
        <translation>Nom du fichier de schéma</translation>
    </message>
    <message>
        <source>Schema file &amp;name:</source>
        <translation>&amp;Nom du fichier de schéma :</translation>
    </message>
    <message>
        <source>Schema of each database</source>
        <translation>Schéma de chaque base</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>Identifiant du fichier</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>&amp;Per database:</source>
        <translation>&amp;Par base :</translation>
    </message>
    <message>
        <source>Settings passed with each database (the API&apos;s migrationSetting, sourceSetting and targetSetting maps). Leave empty for the defaults: Godwit&apos;s engine keeps them with the task but needs none.</source>
        <translation>Paramètres transmis avec chaque base (les tables migrationSetting, sourceSetting et targetSetting de l&apos;API). Laissez vide pour les valeurs par défaut : le moteur de Godwit les conserve avec la tâche mais n&apos;en a pas besoin.</translation>
    </message>
    <message>
        <source>Where the schema of each selected database comes from.</source>
        <translation>D&apos;où vient le schéma de chaque base sélectionnée.</translation>
    </message>
    <message>
        <source>How the offline migration treats the source and what it checks afterwards.</source>
        <translation>Comment la migration hors ligne traite la source et ce qu&apos;elle vérifie ensuite.</translation>
    </message>
    <message>
        <source>Schema of %1</source>
        <translation>Schéma de %1</translation>
    </message>
    <message>
        <source>As above</source>
        <translation>Comme ci-dessus</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Copier l&apos;adre&amp;sse</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Waiting for the sign-in</source>
        <translation>En attente de la connexion</translation>
    </message>
    <message>
        <source>Finish signing in to &lt;b&gt;%1&lt;/b&gt; in your browser. If no browser page opened, open this address yourself; this window closes when the sign-in is done.</source>
        <translation>Terminez la connexion à &lt;b&gt;%1&lt;/b&gt; dans votre navigateur. Si aucune page ne s&apos;est ouverte, ouvrez vous-même cette adresse ; cette fenêtre se ferme une fois la connexion terminée.</translation>
    </message>
    <message>
        <source>To sign in to &lt;b&gt;%1&lt;/b&gt;, open %2 on any device and enter the code below.</source>
        <translation>Pour vous connecter à &lt;b&gt;%1&lt;/b&gt;, ouvrez %2 sur n&apos;importe quel appareil et saisissez le code ci-dessous.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SummaryWizardPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>This is the exact document that will be sent (passwords masked). Finish creates the task and opens it.</source>
        <translation>Voici le document exact qui sera envoyé (mots de passe masqués). « Terminer » crée la tâche et l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Task name (required)</source>
        <translation>Nom de la tâche (obligatoire)</translation>
    </message>
    <message>
        <source>Task &amp;name: *</source>
        <translation>&amp;Nom de la tâche : *</translation>
    </message>
    <message>
        <source>The task document</source>
        <translation>Le document de la tâche</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>&amp;Copy as godwit-cli command</source>
        <translation>&amp;Copier comme commande godwit-cli</translation>
    </message>
    <message>
        <source>Copy as godwit-cli command</source>
        <translation>Copier comme commande godwit-cli</translation>
    </message>
    <message>
        <source>&amp;Copied: paste it into a shell</source>
        <translation>&amp;Copié : collez-le dans un shell</translation>
    </message>
    <message>
        <source>Creating the task %1…</source>
        <translation>Création de la tâche %1…</translation>
    </message>
    <message>
        <source>A task named %1 already exists in this project: choose another name.</source>
        <translation>Une tâche nommée %1 existe déjà dans ce projet : choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::TablesWizardPage</name>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Check the tables to migrate. Tables without a primary key are flagged: their updates and deletes are replicated by comparing whole rows, which is slow on large tables.</source>
        <translation>Cochez les tables à migrer. Les tables sans clé primaire sont signalées : leurs mises à jour et suppressions sont répliquées en comparant des lignes entières, ce qui est lent sur les grandes tables.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Search tables</source>
        <translation>Rechercher des tables</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;données :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Tables to migrate</source>
        <translation>Tables à migrer</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Lignes (estimation)</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>Has rows</source>
        <translation>A des lignes</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select all shown tables</source>
        <translation>Sélectionner toutes les tables affichées</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <source>Clear the selection of the shown tables</source>
        <translation>Désélectionner les tables affichées</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>List the tables again</source>
        <translation>Lister les tables à nouveau</translation>
    </message>
    <message>
        <source>Selected tables</source>
        <translation>Tables sélectionnées</translation>
    </message>
    <message>
        <source>Listing the tables of %1…</source>
        <translation>Liste des tables de %1…</translation>
    </message>
    <message>
        <source>The listing has no entry for this database.</source>
        <translation>La liste ne contient aucune entrée pour cette base.</translation>
    </message>
    <message>
        <source>The tables of %1 could not be listed: %2 Every table of the database will be migrated.</source>
        <translation>Les tables de %1 n&apos;ont pas pu être listées : %2 Toutes les tables de la base seront migrées.</translation>
    </message>
    <message>
        <source>The tables of %1 could not be listed: %2 The tables below are the ones chosen before.</source>
        <translation>Les tables de %1 n&apos;ont pas pu être listées : %2 Les tables ci-dessous sont celles choisies auparavant.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No primary key: updates and deletes are matched on whole rows.</source>
        <translation>Pas de clé primaire : les mises à jour et suppressions sont appariées sur des lignes entières.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 of %2 tables selected, about %3 rows; %4 without a primary key.</source>
        <translation>%1 tables sur %2 sélectionnées, environ %3 lignes ; %4 sans clé primaire.</translation>
    </message>
    <message>
        <source>Check the tables to migrate. The row counts are the engine&apos;s estimates.</source>
        <translation>Cochez les tables à migrer. Les nombres de lignes sont des estimations du moteur.</translation>
    </message>
    <message>
        <source>Check the tables to migrate. Tables without a primary key are flagged: their changes are replicated, but the target finds each changed row by a scan, which is slow on large tables.</source>
        <translation>Cochez les tables à migrer. Les tables sans clé primaire sont signalées : leurs modifications sont répliquées, mais la cible retrouve chaque ligne modifiée par un parcours complet, ce qui est lent sur les grandes tables.</translation>
    </message>
    <message>
        <source>No primary key: replicated, but the target finds each changed row by a scan (slow on large tables).</source>
        <translation>Pas de clé primaire : répliquée, mais la cible retrouve chaque ligne modifiée par un parcours complet (lent sur les grandes tables).</translation>
    </message>
</context>
<context>
    <name>godwit::ui::TaskMonitorWindow</name>
    <message>
        <source>%1 — Task monitor</source>
        <translation>%1 — Suivi de la tâche</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Databases and tables</source>
        <translation>Bases de données et tables</translation>
    </message>
    <message>
        <source>&amp;Databases and tables:</source>
        <translation>&amp;Bases de données et tables :</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Rows copied/s</source>
        <translation>Lignes copiées/s</translation>
    </message>
    <message>
        <source>Changes applied/s</source>
        <translation>Modifications appliquées/s</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Throughput over time</source>
        <translation>Débit dans le temps</translation>
    </message>
    <message>
        <source>Lag over time</source>
        <translation>Retard dans le temps</translation>
    </message>
    <message>
        <source>Cutover readiness</source>
        <translation>Préparation au basculement</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>C&amp;utover…</source>
        <translation>Bas&amp;culement…</translation>
    </message>
    <message>
        <source>C&amp;ancel task…</source>
        <translation>&amp;Annuler la tâche…</translation>
    </message>
    <message>
        <source>Cancel &amp;migration…</source>
        <translation>Annuler la &amp;migration…</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>&amp;Terminer…</translation>
    </message>
    <message>
        <source>Re&amp;start…</source>
        <translation>&amp;Redémarrer…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Copy as godwit-c&amp;li command</source>
        <translation>Copier comme commande godwit-c&amp;li</translation>
    </message>
    <message>
        <source>The godwit-cli command is on the clipboard; it asks for the passwords.</source>
        <translation>La commande godwit-cli est dans le presse-papiers ; elle demande les mots de passe.</translation>
    </message>
    <message>
        <source>Refreshing failed: %1</source>
        <translation>L’actualisation a échoué : %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Finished; not refreshed any more</source>
        <translation>Terminée ; plus actualisée</translation>
    </message>
    <message>
        <source>Not refreshed</source>
        <translation>Non actualisée</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Next refresh in %1 s</source>
        <translation>Prochaine actualisation dans %1 s</translation>
    </message>
    <message>
        <source>Ready for cutover</source>
        <translation>Prête pour le basculement</translation>
    </message>
    <message>
        <source>%1 is ready for cutover; projected downtime %2.</source>
        <translation>%1 est prête pour le basculement ; interruption prévue %2.</translation>
    </message>
    <message>
        <source>%1 is ready for cutover.</source>
        <translation>%1 est prête pour le basculement.</translation>
    </message>
    <message>
        <source>No databases reported yet.</source>
        <translation>Aucune base de données signalée pour l’instant.</translation>
    </message>
    <message>
        <source>Not ready for cutover: see the pre-checks below.</source>
        <translation>Pas prête pour le basculement : voir les vérifications ci-dessous.</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Cancel the task %1? A migration that is cancelled stops and removes its replication objects; it cannot be resumed. What was copied stays in the target.</source>
        <translation>Annuler la tâche %1 ? Une migration annulée s’arrête et supprime ses objets de réplication ; elle ne peut pas être reprise. Ce qui a été copié reste dans la cible.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The task was not cancelled: %1</source>
        <translation>La tâche n’a pas été annulée : %1</translation>
    </message>
    <message>
        <source>The task was not cancelled: %1: %2</source>
        <translation>La tâche n’a pas été annulée : %1 : %2</translation>
    </message>
    <message>
        <source>Cancel accepted; the engine is cleaning up.</source>
        <translation>Annulation acceptée ; le moteur fait le ménage.</translation>
    </message>
    <message>
        <source>Cancel the MongoDB migration %1?</source>
        <translation>Annuler la migration MongoDB %1 ?</translation>
    </message>
    <message>
        <source>Finish the MongoDB migration %1? Replication stops once it has caught up.</source>
        <translation>Terminer la migration MongoDB %1 ? La réplication s’arrête une fois à jour.</translation>
    </message>
    <message>
        <source>Restart the MongoDB migration %1 from the beginning?</source>
        <translation>Redémarrer la migration MongoDB %1 depuis le début ?</translation>
    </message>
    <message>
        <source>MongoDB migration</source>
        <translation>Migration MongoDB</translation>
    </message>
    <message>
        <source>The command %1 was not accepted: %2</source>
        <translation>La commande %1 n’a pas été acceptée : %2</translation>
    </message>
    <message>
        <source>The command %1 was not accepted: %2: %3</source>
        <translation>La commande %1 n’a pas été acceptée : %2 : %3</translation>
    </message>
    <message>
        <source>The command %1 was accepted.</source>
        <translation>La commande %1 a été acceptée.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>Export report as JSON</source>
        <translation>Exporter le rapport en JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit : %1</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>État : %1 (%2)</translation>
    </message>
    <message>
        <source>Migration state reported by the service: %1</source>
        <translation>État de la migration indiqué par le service : %1</translation>
    </message>
</context>
<context>
    <name>godwit::ui::TaskNotifier</name>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <source>%1 succeeded.</source>
        <translation>%1 a réussi.</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>Tâche en échec</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 est %2.</translation>
    </message>
    <message>
        <source>Task state changed</source>
        <translation>État de la tâche modifié</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3.</source>
        <translation>%1 est passée de %2 à %3.</translation>
    </message>
    <message>
        <source>Ready for cutover</source>
        <translation>Prête pour le basculement</translation>
    </message>
    <message>
        <source>%1: %2 caught up and can be cut over.</source>
        <translation>%1 : %2 est à jour et peut être basculée.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::WizardPageBase</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) is not a setting: write name=value.</source>
        <translation>La ligne %1 (« %2 ») n&apos;est pas un paramètre : écrivez name=value.</translation>
    </message>
    <message>
        <source>Problems on this page</source>
        <translation>Problèmes sur cette page</translation>
    </message>
    <message>
        <source>What is running</source>
        <translation>Ce qui est en cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for database migrations.</source>
        <translation>Console de bureau pour les migrations de bases de données.</translation>
    </message>
    <message>
        <source>Where the embedded engine keeps its state.</source>
        <translation>Dossier où le moteur embarqué conserve son état.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>The local engine did not start: %1</source>
        <translation>Le moteur local n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>Profile to open, by name or id (default: Local).</source>
        <translation>Profil à ouvrir, par nom ou ID (par défaut : Local).</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. The profiles are: %2.</source>
        <translation>Il n&apos;existe aucun profil nommé « %1 ». Les profils sont : %2.</translation>
    </message>
    <message>
        <source>The engine&apos;s data directory %1 cannot be created.</source>
        <translation>Le dossier de données %1 du moteur ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Another Godwit console uses the engine in %1.</source>
        <translation>Une autre console Godwit utilise le moteur dans %1.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>Godwit is already running; its window was raised.</source>
        <translation>Godwit est déjà lancé ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Show a newcomer where to start: the online migration wizard.</source>
        <translation>Montrer à un nouvel utilisateur par où commencer : l&apos;assistant de migration en ligne.</translation>
    </message>
</context>
</TS>
