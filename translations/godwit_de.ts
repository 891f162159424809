<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Aufruf: godwit-cli [Verbindungsoptionen] GRUPPE VERB [Optionen]

Führt eine Operation der Database Migration Service API (Version %1) gegen eine Godwit-Engine
oder einen anderen Endpunkt aus, der diese API spricht.

Verbindung:
  --profile NAME            ein von der Konsole gespeichertes Profil (entfernte Engine oder Azure)
  --endpoint URL            der Endpunkt der Engine oder von ARM (oder GODWIT_ENDPOINT)
  --token-file DATEI        Datei mit dem Bearer-Token (oder GODWIT_TOKEN_FILE)
  --subscription ID         Standard %2 bei einem bloßen Endpunkt
  --resource-group NAME     Standard %3 bei einem bloßen Endpunkt
  --output table|json       lesbare Tabelle (Standard) oder die unveränderten JSON-Ressourcen

Gruppen und Verben:
  service       list, show, create, update, delete, start, stop, check-status, check-name, skus
  project       list, show, create, delete
  task          list, show, create, cancel, command, delete, wait, validate
  service-task  list, show, create, cancel, delete
  file          list, show, create, delete, read, readwrite
  sku           list
  usage         list --location L
  connection    list, show, save, delete   (gespeicherte Datenbankverbindungen, Passwörter im Schlüsselbund)

Allgemeine Optionen: --service S --project P --name N --location L --sku NAME
  task create --file task.json   (oder --input-file input.json --task-type TYP)
  task show --expand output      mit der Ausgabe der Aufgabe
  task list --task-type TYP
  task command --type Migrate.Sync.Complete.Database --database NAME
  task command --type finish|cancel|restart [--object-name DB[.COLLECTION]] [--immediate]
  task wait --until ZUSTAND[,ZUSTAND...] [--timeout SEKUNDEN] [--poll-interval SEKUNDEN]
  task validate DATEI.json       prüft ein ProjectTask-Dokument offline
  delete ... --delete-running-tasks

  task create ... --source-connection NAME --target-connection NAME --connection NAME
                                 füllt Passwörter, die null sind, aus gespeicherten Verbindungen
  connection save --name N --file info.json [--password-stdin]
                                 info.json ist eine ConnectionInfo, z. B. PostgreSqlConnectionInfo

Passwörter werden nie auf der Kommandozeile angegeben: Ist das &quot;password&quot; einer ConnectionInfo in
der Aufgabendatei null, wird es aus dem Schlüsselbund genommen, wenn dafür eine gespeicherte
Verbindung angegeben ist (--source-connection für sourceConnectionInfo, --target-connection für
targetConnectionInfo, --connection für alle anderen; die gespeicherte Verbindung muss denselben
Server, Port und Benutzer nennen), andernfalls wird es im Terminal ohne Echo abgefragt.

Exit-Status:
  0  Erfolg (task wait: die Aufgabe hat einen der --until-Zustände erreicht)
  1  die Operation ist fehlgeschlagen, oder das geprüfte Dokument ist nicht gültig
  2  die Kommandozeile ist fehlerhaft
  3  die Ressource existiert nicht
  4  der Server hat die Anmeldedaten abgelehnt
  5  der Server war nicht erreichbar
  6  task wait: die Zeit ist abgelaufen
  7  task wait: die Aufgabe endete in einem Zustand, der nicht verlangt war
</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>passwords are never taken on the command line; put &quot;password&quot;: null in the task file and you will be asked for it</source>
        <translation>Passwörter werden nie auf der Kommandozeile angenommen; setzen Sie &quot;password&quot;: null in der Aufgabendatei, dann werden Sie danach gefragt</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>--output: expected table or json, got &apos;%1&apos;</source>
        <translation>--output: table oder json erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Run with --help for the groups, verbs and options.</source>
        <translation>Mit --help erhalten Sie die Gruppen, Verben und Optionen.</translation>
    </message>
    <message>
        <source>--%1 is required here</source>
        <translation>--%1 ist hier erforderlich</translation>
    </message>
    <message>
        <source>--profile and --endpoint/--token-file exclude each other</source>
        <translation>--profile und --endpoint/--token-file schließen einander aus</translation>
    </message>
    <message>
        <source>--profile: no profile named &apos;%1&apos; (profiles: %2)</source>
        <translation>--profile: kein Profil namens &apos;%1&apos; (Profile: %2)</translation>
    </message>
    <message>
        <source>--profile: the Local profile&apos;s engine runs inside the console with a token that never leaves it; use --endpoint and --token-file of a godwit-engine instead</source>
        <translation>--profile: Die Engine des Profils „Lokal“ läuft in der Konsole mit einem Token, das sie nie verlässt; verwenden Sie stattdessen --endpoint und --token-file einer godwit-engine</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation>Öffnen Sie zum Anmelden %1 und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <source>To sign in, open this address: %1</source>
        <translation>Öffnen Sie zum Anmelden diese Adresse: %1</translation>
    </message>
    <message>
        <source>no endpoint: pass --profile NAME, or --endpoint URL (or set GODWIT_ENDPOINT)</source>
        <translation>kein Endpunkt: Geben Sie --profile NAME oder --endpoint URL an (oder setzen Sie GODWIT_ENDPOINT)</translation>
    </message>
    <message>
        <source>--endpoint: &apos;%1&apos; is not an http(s) URL</source>
        <translation>--endpoint: &apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>--token-file: cannot read %1: %2</source>
        <translation>--token-file: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1: kein JSON-Objekt (%2 bei Offset %3)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Password for %1@%2 (%3): </source>
        <translation>Passwort für %1@%2 (%3): </translation>
    </message>
    <message>
        <source>%1 is null and there is no terminal to ask for it</source>
        <translation>%1 ist null, und es gibt kein Terminal, um danach zu fragen</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>kein Passwort für %1 angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a verb</source>
        <translation>&apos;%1&apos; braucht ein Verb</translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos;</source>
        <translation>unbekannte Gruppe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown verb &apos;service %1&apos;</source>
        <translation>unbekanntes Verb &apos;service %1&apos;</translation>
    </message>
    <message>
        <source>unknown verb &apos;project %1&apos;</source>
        <translation>unbekanntes Verb &apos;project %1&apos;</translation>
    </message>
    <message>
        <source>task create needs --file task.json, or --input-file input.json with --task-type TYPE</source>
        <translation>task create braucht --file task.json oder --input-file input.json mit --task-type TYP</translation>
    </message>
    <message>
        <source>the command is not valid: %1</source>
        <translation>der Befehl ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1 %2&apos;</source>
        <translation>unbekanntes Verb &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <source>--until: &apos;%1&apos; is not a task state (states: %2)</source>
        <translation>--until: &apos;%1&apos; ist kein Aufgabenzustand (Zustände: %2)</translation>
    </message>
    <message>
        <source>--timeout: expected a number of seconds</source>
        <translation>--timeout: Anzahl Sekunden erwartet</translation>
    </message>
    <message>
        <source>--poll-interval: expected a number of seconds</source>
        <translation>--poll-interval: Anzahl Sekunden erwartet</translation>
    </message>
    <message>
        <source>the task ended as %1, not %2</source>
        <translation>die Aufgabe endete als %1, nicht als %2</translation>
    </message>
    <message>
        <source>timed out after %1 s; the task is %2</source>
        <translation>Zeitüberschreitung nach %1 s; die Aufgabe ist %2</translation>
    </message>
    <message>
        <source>unknown verb &apos;file %1&apos;</source>
        <translation>unbekanntes Verb &apos;file %1&apos;</translation>
    </message>
    <message>
        <source>unknown verb &apos;sku %1&apos;</source>
        <translation>unbekanntes Verb &apos;sku %1&apos;</translation>
    </message>
    <message>
        <source>unknown verb &apos;usage %1&apos;</source>
        <translation>unbekanntes Verb &apos;usage %1&apos;</translation>
    </message>
    <message>
        <source>task validate needs a file: godwit-cli task validate task.json</source>
        <translation>task validate braucht eine Datei: godwit-cli task validate task.json</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1: a valid ProjectTask of API version %2</source>
        <translation>%1: ein gültiger ProjectTask der API-Version %2</translation>
    </message>
    <message>
        <source>request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source> (server: %1)</source>
        <translation> (Server: %1)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>--%1 %2: the task has no connection info with a null password for it</source>
        <translation>--%1 %2: Die Aufgabe hat dafür keine ConnectionInfo mit einem Passwort, das null ist</translation>
    </message>
    <message>
        <source>%1: there is no saved connection named &apos;%2&apos; (saved: %3)</source>
        <translation>%1: Es gibt keine gespeicherte Verbindung namens &apos;%2&apos; (gespeichert: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1.%2: the saved connection &apos;%3&apos; is for %4, not this connection; its password is not used</source>
        <translation>%1.%2: Die gespeicherte Verbindung &apos;%3&apos; gilt für %4, nicht für diese Verbindung; ihr Passwort wird nicht verwendet</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>there is no saved connection named &apos;%1&apos;</source>
        <translation>es gibt keine gespeicherte Verbindung namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--password-stdin: standard input ended before a password</source>
        <translation>--password-stdin: Die Standardeingabe endete vor einem Passwort</translation>
    </message>
    <message>
        <source>password: null in %1 and there is no terminal to ask for it (use --password-stdin)</source>
        <translation>password: null in %1, und es gibt kein Terminal, um danach zu fragen (verwenden Sie --password-stdin)</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; not saved: %2</source>
        <translation>Verbindung &apos;%1&apos; nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>saved connection &apos;%1&apos; (%2%3)</source>
        <translation>Verbindung &apos;%1&apos; gespeichert (%2%3)</translation>
    </message>
    <message>
        <source>, password in the keychain</source>
        <translation>, Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; not deleted: %2</source>
        <translation>Verbindung &apos;%1&apos; nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>unknown verb &apos;connection %1&apos;</source>
        <translation>unbekanntes Verb &apos;connection %1&apos;</translation>
    </message>
</context>
<context>
    <name>godwit::core::ResourceName</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Use 1 to 260 characters, none of &lt;&gt;%&amp;:\?/#* or control characters, not ending in a dot or a space.</source>
        <translation>Verwenden Sie 1 bis 260 Zeichen, keines von &lt;&gt;%&amp;:\?/#* und keine Steuerzeichen, ohne Punkt oder Leerzeichen am Ende.</translation>
    </message>
</context>
<context>
    <name>godwit::core::TaskRules</name>
    <message>
        <source>task type %1 takes no commands</source>
        <translation>Aufgabentyp %1 nimmt keine Befehle an</translation>
    </message>
    <message>
        <source>task type %1 does not take command %2 (it takes: %3)</source>
        <translation>Aufgabentyp %1 nimmt den Befehl %2 nicht an (er nimmt an: %3)</translation>
    </message>
    <message>
        <source>the task is %1; commands are taken only while it is Running</source>
        <translation>Die Aufgabe ist %1; Befehle werden nur angenommen, solange sie Running ist</translation>
    </message>
    <message>
        <source>input.%1: database &apos;%2&apos; is not part of this migration (it migrates: %3)</source>
        <translation>input.%1: Die Datenbank &apos;%2&apos; gehört nicht zu dieser Migration (sie migriert: %3)</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; has not reported its state yet</source>
        <translation>Die Datenbank &apos;%1&apos; hat ihren Zustand noch nicht gemeldet</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; is %2; it can be completed only when it is %3</source>
        <translation>Die Datenbank &apos;%1&apos; ist %2; sie kann erst abgeschlossen werden, wenn sie %3 ist</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>in Migration</translation>
    </message>
</context>
<context>
    <name>godwit::core::Validator</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>unknown definition %1</source>
        <translation>unbekannte Definition %1</translation>
    </message>
    <message>
        <source>expected an object (%1), got %2</source>
        <translation>Objekt erwartet (%1), erhalten: %2</translation>
    </message>
    <message>
        <source>required field is null</source>
        <translation>Pflichtfeld ist null</translation>
    </message>
    <message>
        <source>expected string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (known: %3)</source>
        <translation>unbekannter Wert für %1: &apos;%2&apos; (bekannt: %3)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (%3 known values)</source>
        <translation>unbekannter Wert für %1: &apos;%2&apos; (%3 bekannte Werte)</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>not a member of %1; kept as is</source>
        <translation>kein Member von %1; unverändert übernommen</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>number sent where a string is expected</source>
        <translation>Zahl gesendet, wo eine Zeichenkette erwartet wird</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2 value; kept as is</source>
        <translation>&apos;%1&apos; ist kein bekannter %2-Wert; unverändert übernommen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 value (expected one of: %3)</source>
        <translation>&apos;%1&apos; ist kein gültiger %2-Wert (erwartet wird einer von: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date-time</source>
        <translation>&apos;%1&apos; ist keine Datums-/Uhrzeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>number sent as a string</source>
        <translation>Zahl als Zeichenkette gesendet</translation>
    </message>
    <message>
        <source>a map sent as a string that is not a JSON object; kept as is</source>
        <translation>eine als Zeichenkette gesendete Map, die kein JSON-Objekt ist; unverändert übernommen</translation>
    </message>
</context>
<context>
    <name>godwit::models::MigrationProgress</name>
    <message>
        <source>Full load complete</source>
        <translation>Erstladen abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2 tables loaded, %3 failed</source>
        <translation>%1 von %2 Tabellen geladen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 tables loaded</source>
        <translation>%1 von %2 Tabellen geladen</translation>
    </message>
    <message>
        <source>Changes replicating</source>
        <translation>Änderungen werden repliziert</translation>
    </message>
    <message>
        <source>Replication is running (%1)</source>
        <translation>Die Replikation läuft (%1)</translation>
    </message>
    <message>
        <source>Replication is not running yet (%1)</source>
        <translation>Die Replikation läuft noch nicht (%1)</translation>
    </message>
    <message>
        <source>no state reported</source>
        <translation>kein Zustand gemeldet</translation>
    </message>
    <message>
        <source>Target caught up</source>
        <translation>Ziel hat aufgeholt</translation>
    </message>
    <message>
        <source>No pending-change count reported yet</source>
        <translation>Noch keine Zahl ausstehender Änderungen gemeldet</translation>
    </message>
    <message>
        <source>%1 changes pending; at most %2 for %3 needed</source>
        <translation>%1 Änderungen ausstehend; höchstens %2 während %3 nötig</translation>
    </message>
    <message>
        <source>%1 changes pending; at most %2 for %3</source>
        <translation>%1 Änderungen ausstehend; höchstens %2 seit %3</translation>
    </message>
    <message>
        <source>%1 changes pending; at most %2 for %3 of %4</source>
        <translation>%1 Änderungen ausstehend; höchstens %2 seit %3 von %4</translation>
    </message>
    <message>
        <source>Engine ready to complete</source>
        <translation>Engine bereit zum Abschluss</translation>
    </message>
    <message>
        <source>The engine accepts the cutover of %1</source>
        <translation>Die Engine nimmt die Übernahme von %1 an</translation>
    </message>
    <message>
        <source>The database is %1; the cutover is accepted when it is READY_TO_COMPLETE</source>
        <translation>Die Datenbank ist %1; die Übernahme wird im Zustand READY_TO_COMPLETE angenommen</translation>
    </message>
    <message>
        <source>without a state</source>
        <translation>ohne Zustand</translation>
    </message>
    <message>
        <source>No errors</source>
        <translation>Keine Fehler</translation>
    </message>
    <message>
        <source>No errors reported</source>
        <translation>Keine Fehler gemeldet</translation>
    </message>
    <message>
        <source>%1 tables failed</source>
        <translation>%1 Tabellen fehlgeschlagen</translation>
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
        <translation>Migration läuft</translation>
    </message>
    <message>
        <source>validating the migration</source>
        <translation>Migration wird geprüft</translation>
    </message>
    <message>
        <source>the migration needs action</source>
        <translation>Migration erfordert ein Eingreifen</translation>
    </message>
    <message>
        <source>migration complete</source>
        <translation>Migration abgeschlossen</translation>
    </message>
    <message>
        <source>migration failed</source>
        <translation>Migration fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>godwit::models::MigrationRowsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 tables)</source>
        <translation>%1 (%2 von %3 Tabellen)</translation>
    </message>
    <message>
        <source>%1 changes/s</source>
        <translation>%1 Änderungen/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Database / table</source>
        <translation>Datenbank / Tabelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Rows copied</source>
        <translation>Kopierte Zeilen</translation>
    </message>
    <message>
        <source>Copy rate</source>
        <translation>Kopierrate</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Einfügungen</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Löschungen</translation>
    </message>
    <message>
        <source>Apply rate</source>
        <translation>Anwendungsrate</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>No state reported</source>
        <translation>Kein Status gemeldet</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>State: %1 (ready for cutover)</source>
        <translation>Status: %1 (bereit für die Umstellung)</translation>
    </message>
</context>
<context>
    <name>godwit::models::NavigationModel</name>
    <message>
        <source>Service %1 (%2)</source>
        <translation>Dienst %1 (%2)</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
</context>
<context>
    <name>godwit::models::ProjectsModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>godwit::models::ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
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
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>godwit::models::TaskOutputModel</name>
    <message>
        <source>Database / table</source>
        <translation>Datenbank / Tabelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Einfügungen</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Löschungen</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>%1 of %2 tables</source>
        <translation>%1 von %2 Tabellen</translation>
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
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed input validation</source>
        <translation>Eingabeprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>godwit::models::taskinput::ConnectionSettings</name>
    <message>
        <source>SQL Server / Azure SQL Database</source>
        <translation>SQL Server / Azure SQL-Datenbank</translation>
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
        <translation>%1 ist keine Authentifizierungsart für %2.</translation>
    </message>
    <message>
        <source>Enter the resource id of the managed instance.</source>
        <translation>Geben Sie die Ressourcen-ID der Managed Instance ein.</translation>
    </message>
    <message>
        <source>The resource id must look like /subscriptions/…/resourceGroups/…/providers/Microsoft.Sql/managedInstances/NAME.</source>
        <translation>Die Ressourcen-ID muss die Form /subscriptions/…/resourceGroups/…/providers/Microsoft.Sql/managedInstances/NAME haben.</translation>
    </message>
    <message>
        <source>Enter the application (client) id of the Azure AD application.</source>
        <translation>Geben Sie die Anwendungs-ID (Client-ID) der Azure-AD-Anwendung ein.</translation>
    </message>
    <message>
        <source>Enter the tenant id of the Azure AD application.</source>
        <translation>Geben Sie die Mandanten-ID der Azure-AD-Anwendung ein.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s key (client secret).</source>
        <translation>Geben Sie den Schlüssel der Anwendung (Clientgeheimnis) ein.</translation>
    </message>
    <message>
        <source>Enter the connection string (mongodb://host:port or mongodb+srv://host).</source>
        <translation>Geben Sie die Verbindungszeichenfolge ein (mongodb://host:port oder mongodb+srv://host).</translation>
    </message>
    <message>
        <source>The connection string must start with mongodb:// or mongodb+srv:// (or be an Azure Storage connection string).</source>
        <translation>Die Verbindungszeichenfolge muss mit mongodb:// oder mongodb+srv:// beginnen (oder eine Azure-Storage-Verbindungszeichenfolge sein).</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The server name must be a host name or an address, without spaces, / or @.</source>
        <translation>Der Servername muss ein Hostname oder eine Adresse sein, ohne Leerzeichen, / oder @.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Enter the Oracle service name (for example ORCLPDB1).</source>
        <translation>Geben Sie den Oracle-Dienstnamen ein (zum Beispiel ORCLPDB1).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Geben Sie das Passwort von %1 ein.</translation>
    </message>
    <message>
        <source>&quot;Trust the server certificate&quot; only applies to encrypted connections: turn on encryption or turn it off.</source>
        <translation>„Dem Serverzertifikat vertrauen“ gilt nur für verschlüsselte Verbindungen: Schalten Sie die Verschlüsselung ein oder diese Option aus.</translation>
    </message>
</context>
<context>
    <name>godwit::models::taskinput::TaskInputModel</name>
    <message>
        <source>MongoDB (source or target)</source>
        <translation>MongoDB (Quelle oder Ziel)</translation>
    </message>
    <message>
        <source>Azure Database for PostgreSQL (target of an Oracle migration)</source>
        <translation>Azure Database for PostgreSQL (Ziel einer Oracle-Migration)</translation>
    </message>
    <message>
        <source>SQL Server (source of an online migration)</source>
        <translation>SQL Server (Quelle einer Online-Migration)</translation>
    </message>
    <message>
        <source>Azure SQL Database (target)</source>
        <translation>Azure SQL-Datenbank (Ziel)</translation>
    </message>
    <message>
        <source>Azure SQL Database (target of an online migration, with its source)</source>
        <translation>Azure SQL-Datenbank (Ziel einer Online-Migration, mit ihrer Quelle)</translation>
    </message>
    <message>
        <source>Azure SQL Managed Instance (target)</source>
        <translation>Azure SQL Managed Instance (Ziel)</translation>
    </message>
    <message>
        <source>Azure SQL Managed Instance (target of an online migration, by resource id)</source>
        <translation>Azure SQL Managed Instance (Ziel einer Online-Migration, über die Ressourcen-ID)</translation>
    </message>
    <message>
        <source>Azure Database for PostgreSQL (target, with its source)</source>
        <translation>Azure Database for PostgreSQL (Ziel, mit seiner Quelle)</translation>
    </message>
    <message>
        <source>Azure Database for MySQL (target, with its source)</source>
        <translation>Azure Database for MySQL (Ziel, mit seiner Quelle)</translation>
    </message>
    <message>
        <source>SQL Server (source)</source>
        <translation>SQL Server (Quelle)</translation>
    </message>
    <message>
        <source>%1 (source)</source>
        <translation>%1 (Quelle)</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Schema migration: SQL Server to Azure SQL Database</source>
        <translation>Schemamigration: SQL Server nach Azure SQL-Datenbank</translation>
    </message>
    <message>
        <source>Online migration: PostgreSQL to Azure Database for PostgreSQL</source>
        <translation>Online-Migration: PostgreSQL nach Azure Database for PostgreSQL</translation>
    </message>
    <message>
        <source>Online migration: MySQL to Azure Database for MySQL</source>
        <translation>Online-Migration: MySQL nach Azure Database for MySQL</translation>
    </message>
    <message>
        <source>Offline migration: MySQL to Azure Database for MySQL</source>
        <translation>Offline-Migration: MySQL nach Azure Database for MySQL</translation>
    </message>
    <message>
        <source>Offline migration: SQL Server to Azure SQL Database</source>
        <translation>Offline-Migration: SQL Server nach Azure SQL-Datenbank</translation>
    </message>
    <message>
        <source>Select at least one database to migrate.</source>
        <translation>Wählen Sie mindestens eine Datenbank zum Migrieren aus.</translation>
    </message>
    <message>
        <source>Two databases are migrated into the target database %1: give one another name.</source>
        <translation>Zwei Datenbanken werden in die Zieldatenbank %1 migriert: Geben Sie einer einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is not a valid database name (at most 128 characters, no / or \).</source>
        <translation>%1 ist kein gültiger Datenbankname (höchstens 128 Zeichen, kein / oder \).</translation>
    </message>
    <message>
        <source>No table of %1 is selected: select tables, or go back and leave the database out.</source>
        <translation>Keine Tabelle von %1 ist ausgewählt: Wählen Sie Tabellen aus, oder gehen Sie zurück und lassen Sie die Datenbank weg.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid setting name.</source>
        <translation>%1: „%2“ ist kein gültiger Einstellungsname.</translation>
    </message>
    <message>
        <source>Migration settings</source>
        <translation>Migrationseinstellungen</translation>
    </message>
    <message>
        <source>Source settings</source>
        <translation>Quelleinstellungen</translation>
    </message>
    <message>
        <source>Target settings</source>
        <translation>Zieleinstellungen</translation>
    </message>
    <message>
        <source>Agent settings</source>
        <translation>Agent-Einstellungen</translation>
    </message>
    <message>
        <source>Choose where the schema of %1 comes from.</source>
        <translation>Wählen Sie, woher das Schema von %1 kommt.</translation>
    </message>
    <message>
        <source>Name the project file that holds the schema script of %1 (its id or its file name).</source>
        <translation>Nennen Sie die Projektdatei mit dem Schemaskript von %1 (ihre ID oder ihren Dateinamen).</translation>
    </message>
    <message>
        <source>Query analysis compares the schema too: turn on schema validation with it.</source>
        <translation>Die Abfrageanalyse vergleicht auch das Schema: Schalten Sie die Schemavalidierung mit ein.</translation>
    </message>
    <message>
        <source>Enter a name for the task.</source>
        <translation>Geben Sie einen Namen für die Aufgabe ein.</translation>
    </message>
    <message>
        <source>No wizard builds tasks of type %1.</source>
        <translation>Kein Assistent erstellt Aufgaben vom Typ %1.</translation>
    </message>
</context>
<context>
    <name>godwit::service::AadTokenProvider</name>
    <message>
        <source>The sign-in server&apos;s answer has no access token.</source>
        <translation>Die Antwort des Anmeldeservers enthält kein Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>godwit::service::AzureCliTokenProvider</name>
    <message numerus="yes">
        <source>The Azure CLI did not answer within %n second(s). Run “az account get-access-token” in a terminal to see what it waits for.</source>
        <translation>
            <numerusform>Die Azure CLI hat nicht innerhalb von %n Sekunde geantwortet. Führen Sie „az account get-access-token“ in einem Terminal aus, um zu sehen, worauf sie wartet.</numerusform>
            <numerusform>Die Azure CLI hat nicht innerhalb von %n Sekunden geantwortet. Führen Sie „az account get-access-token“ in einem Terminal aus, um zu sehen, worauf sie wartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Azure CLI (%1) was not found. Install it and run “az login”, or choose another sign-in method for this profile.</source>
        <translation>Die Azure CLI (%1) wurde nicht gefunden. Installieren Sie sie und führen Sie „az login“ aus, oder wählen Sie für dieses Profil eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>Die Azure CLI konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The Azure CLI stopped unexpectedly. %1</source>
        <translation>Die Azure CLI wurde unerwartet beendet. %1</translation>
    </message>
    <message>
        <source>The Azure CLI could not get a token (exit code %1).</source>
        <translation>Die Azure CLI konnte kein Token abrufen (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The Azure CLI could not get a token (exit code %1): %2</source>
        <translation>Die Azure CLI konnte kein Token abrufen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer could not be read: %1</source>
        <translation>Die Antwort der Azure CLI konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has no access token.</source>
        <translation>Die Antwort der Azure CLI enthält kein Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>godwit::service::BrowserSignInTokenProvider</name>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n second(s). Start it again.</source>
        <translation>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Sekunde abgeschlossen. Starten Sie sie erneut.</numerusform>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Sekunden abgeschlossen. Starten Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser sign-in could not start: no port on 127.0.0.1 could be opened for the browser&apos;s answer (%1).</source>
        <translation>Die Anmeldung im Browser konnte nicht gestartet werden: Für die Antwort des Browsers konnte kein Port auf 127.0.0.1 geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The sign-in was stopped in Godwit.</source>
        <translation>Die Anmeldung wurde in Godwit abgebrochen.</translation>
    </message>
    <message>
        <source>This address only receives the answer of a Godwit sign-in.</source>
        <translation>Diese Adresse nimmt nur die Antwort einer Godwit-Anmeldung entgegen.</translation>
    </message>
    <message>
        <source>This sign-in has already been answered.</source>
        <translation>Diese Anmeldung wurde bereits beantwortet.</translation>
    </message>
    <message>
        <source>The browser&apos;s sign-in answer was rejected: it does not carry the state this sign-in sent, so it may belong to an older sign-in or come from another site. Start the sign-in again.</source>
        <translation>Die Anmeldeantwort des Browsers wurde abgelehnt: Sie enthält nicht den State, den diese Anmeldung gesendet hat; sie gehört also womöglich zu einer älteren Anmeldung oder stammt von einer anderen Website. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: the server answered “%1”.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: Der Server hat mit „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: the server answered “%1”: %2</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: Der Server hat mit „%1“ geantwortet: %2</translation>
    </message>
    <message>
        <source>The browser&apos;s sign-in answer has no authorization code.</source>
        <translation>Die Anmeldeantwort des Browsers enthält keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed.</source>
        <translation>Die Anmeldung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer has no access token.</source>
        <translation>Die Antwort des Anmeldeservers enthält kein Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>godwit::service::ClientSecretTokenProvider</name>
    <message>
        <source>Signing in as the service principal failed: no keychain is available for its client secret.</source>
        <translation>Die Anmeldung als Dienstprinzipal ist fehlgeschlagen: Für den geheimen Clientschlüssel ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Signing in as the service principal failed: no client secret is saved for it. Enter the secret in the profile&apos;s settings.</source>
        <translation>Die Anmeldung als Dienstprinzipal ist fehlgeschlagen: Für ihn ist kein geheimer Clientschlüssel gespeichert. Geben Sie den geheimen Schlüssel in den Einstellungen des Profils ein.</translation>
    </message>
    <message>
        <source>Signing in as the service principal failed.</source>
        <translation>Die Anmeldung als Dienstprinzipal ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Signing in as the service principal %1 failed.</source>
        <translation>Die Anmeldung als Dienstprinzipal %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>godwit::service::Cloud</name>
    <message>
        <source>Azure (public)</source>
        <translation>Azure (öffentlich)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Benutzerdefinierte Endpunkte</translation>
    </message>
</context>
<context>
    <name>godwit::service::ConnectionStore</name>
    <message>
        <source>The connection &quot;%1&quot; has no saved password.</source>
        <translation>Für die Verbindung „%1“ ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>There is no saved connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
</context>
<context>
    <name>godwit::service::DeviceCodeTokenProvider</name>
    <message>
        <source>The sign-in could not be started.</source>
        <translation>Die Anmeldung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The sign-in could not be started: the server&apos;s answer lacks the device code, the user code or the verification address.</source>
        <translation>Die Anmeldung konnte nicht gestartet werden: In der Antwort des Servers fehlen der Gerätecode, der Benutzercode oder die Verifizierungsadresse.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation>Öffnen Sie zum Anmelden %1 in einem Browser und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <source>The sign-in code expired before the sign-in was completed. Start the sign-in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor die Anmeldung abgeschlossen wurde. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>godwit::service::HttpJob</name>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Umleitungen</translation>
    </message>
    <message>
        <source>the server redirected from HTTPS to plain HTTP; not followed</source>
        <translation>der Server hat von HTTPS auf unverschlüsseltes HTTP umgeleitet; nicht gefolgt</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
</context>
<context>
    <name>godwit::service::InteractiveTokenProvider</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Renewing the sign-in failed.</source>
        <translation>Die Erneuerung der Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer has no access token.</source>
        <translation>Die Antwort des Anmeldeservers enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept for the next start.</source>
        <translation>Angemeldet, aber die Anmeldung konnte nicht für den nächsten Start gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>godwit::service::Keychain</name>
    <message>
        <source>Reading “%1” from the keychain failed.</source>
        <translation>Das Lesen von „%1“ aus dem Schlüsselbund ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Saving “%1” in the keychain failed.</source>
        <translation>Das Speichern von „%1“ im Schlüsselbund ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Removing “%1” from the keychain failed.</source>
        <translation>Das Entfernen von „%1“ aus dem Schlüsselbund ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); it may be locked or not running.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; möglicherweise ist er gesperrt oder läuft nicht.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; möglicherweise ist er gesperrt oder läuft nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no secret “%1” in the keychain.</source>
        <translation>Im Schlüsselbund gibt es kein Geheimnis „%1“.</translation>
    </message>
    <message>
        <source>No keychain is available. Godwit keeps secrets only in a keychain (a Secret Service such as GNOME Keyring or KWallet), never in plain files.</source>
        <translation>Es ist kein Schlüsselbund verfügbar. Godwit bewahrt Geheimnisse nur in einem Schlüsselbund auf (einem Secret Service wie GNOME Keyring oder KWallet), nie in unverschlüsselten Dateien.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (ist er gesperrt?): %1</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen: %1</translation>
    </message>
    <message>
        <source>The keychain reported: %1</source>
        <translation>Der Schlüsselbund meldet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be removed from the keychain.</source>
        <translation>
            <numerusform>%n Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden.</numerusform>
            <numerusform>%n Geheimnisse konnten nicht aus dem Schlüsselbund entfernt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::service::KeychainTokenProvider</name>
    <message>
        <source>The engine&apos;s token cannot be read: no keychain is available.</source>
        <translation>Das Token der Engine kann nicht gelesen werden: Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>No token is saved for this engine. Enter the engine&apos;s token in the profile&apos;s settings.</source>
        <translation>Für diese Engine ist kein Token gespeichert. Geben Sie das Token der Engine in den Einstellungen des Profils ein.</translation>
    </message>
    <message>
        <source>The engine&apos;s token could not be read.</source>
        <translation>Das Token der Engine konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The engine rejected the token saved for this profile. Save the engine&apos;s current token in the profile&apos;s settings.</source>
        <translation>Die Engine hat das für dieses Profil gespeicherte Token abgelehnt. Speichern Sie das aktuelle Token der Engine in den Einstellungen des Profils.</translation>
    </message>
</context>
<context>
    <name>godwit::service::ListJob</name>
    <message>
        <source>a list without a value array</source>
        <translation>eine Liste ohne value-Array</translation>
    </message>
    <message>
        <source>the next page is on another server (%1); not followed</source>
        <translation>die nächste Seite liegt auf einem anderen Server (%1); nicht gefolgt</translation>
    </message>
    <message>
        <source>the list does not end</source>
        <translation>die Liste endet nicht</translation>
    </message>
</context>
<context>
    <name>godwit::service::LroJob</name>
    <message>
        <source>The operation ended as %1.</source>
        <translation>Die Operation endete mit dem Status %1.</translation>
    </message>
</context>
<context>
    <name>godwit::service::Profile</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Only the built-in Local profile uses the embedded engine.</source>
        <translation>Nur das integrierte Profil „Lokal“ verwendet die eingebettete Engine.</translation>
    </message>
    <message>
        <source>The engine&apos;s address must be an http or https URL, e.g. https://engine.example:7420.</source>
        <translation>Die Adresse der Engine muss eine http- oder https-URL sein, z. B. https://engine.example:7420.</translation>
    </message>
    <message>
        <source>A custom cloud needs both the Resource Manager URL and the sign-in (authority) URL.</source>
        <translation>Eine benutzerdefinierte Cloud braucht sowohl die Resource-Manager-URL als auch die Anmelde-URL (Authority).</translation>
    </message>
    <message>
        <source>A service principal signs in to one tenant: enter the tenant id or domain.</source>
        <translation>Ein Dienstprinzipal meldet sich bei einem Mandanten an: Geben Sie die Mandanten-ID oder -Domäne ein.</translation>
    </message>
    <message>
        <source>A service principal needs its application (client) id.</source>
        <translation>Ein Dienstprinzipal braucht seine Anwendungs-ID (Client-ID).</translation>
    </message>
    <message>
        <source>Azure CLI (az login)</source>
        <translation>Azure CLI (az login)</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in on another device (code)</source>
        <translation>Auf einem anderen Gerät anmelden (Code)</translation>
    </message>
    <message>
        <source>Service principal with a client secret</source>
        <translation>Dienstprinzipal mit geheimem Clientschlüssel</translation>
    </message>
</context>
<context>
    <name>godwit::service::ProfileStore</name>
    <message>
        <source>The Local profile is built in and cannot be changed.</source>
        <translation>Das Profil „Lokal“ ist integriert und kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>godwit::service::SavedConnection</name>
    <message>
        <source>name: a saved connection needs a name</source>
        <translation>name: Eine gespeicherte Verbindung braucht einen Namen</translation>
    </message>
    <message>
        <source>name: &quot;%1&quot; is not a valid connection name (up to 80 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit)</source>
        <translation>name: „%1“ ist kein gültiger Verbindungsname (bis zu 80 Buchstaben, Ziffern, Leerzeichen, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer)</translation>
    </message>
    <message>
        <source>type: the connection has no type (e.g. PostgreSqlConnectionInfo)</source>
        <translation>type: Die Verbindung hat keinen Typ (z. B. PostgreSqlConnectionInfo)</translation>
    </message>
    <message>
        <source>type: &quot;%1&quot; is not a connection type of the API (%2)</source>
        <translation>type: „%1“ ist kein Verbindungstyp der API (%2)</translation>
    </message>
</context>
<context>
    <name>godwit::service::ServiceError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server refused the connection. Is the engine running, and is the address right?</source>
        <translation>Der Server hat die Verbindung abgelehnt. Läuft die Engine, und ist die Adresse richtig?</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>Der Hostname des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: Das Zertifikat des Servers wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>Die Anfrage konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2: %3</source>
        <translation>Der Server hat mit %1 %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood: %1</source>
        <translation>Die Antwort des Servers war nicht verständlich: %1</translation>
    </message>
    <message>
        <source>(request %1%2)</source>
        <translation>(Anfrage %1%2)</translation>
    </message>
    <message>
        <source>, server id %1</source>
        <translation>, Server-ID %1</translation>
    </message>
</context>
<context>
    <name>godwit::service::Session</name>
    <message>
        <source>The server requires authentication, and this profile has no credentials.</source>
        <translation>Der Server verlangt eine Authentifizierung, und dieses Profil hat keine Anmeldedaten.</translation>
    </message>
</context>
<context>
    <name>godwit::service::StaticTokenProvider</name>
    <message>
        <source>The server rejected the access token. Check the engine&apos;s token for this profile.</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt. Prüfen Sie das Token der Engine für dieses Profil.</translation>
    </message>
</context>
<context>
    <name>godwit::service::TokenResponse</name>
    <message numerus="yes">
        <source>The sign-in server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Anmeldeserver %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Anmeldeserver %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in server %1 could not be reached: %2</source>
        <translation>Der Anmeldeserver %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The sign-in server answered “%1”.</source>
        <translation>Der Anmeldeserver hat mit „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in server answered “%1”: %2</source>
        <translation>Der Anmeldeserver hat mit „%1“ geantwortet: %2</translation>
    </message>
    <message>
        <source>The sign-in server %1 answered with HTTP status %2.</source>
        <translation>Der Anmeldeserver %1 hat mit HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer could not be understood: %1</source>
        <translation>Die Antwort des Anmeldeservers war nicht verständlich: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ConnectionForm</name>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Windows authentication</source>
        <translation>Windows-Authentifizierung</translation>
    </message>
    <message>
        <source>Azure AD user and password</source>
        <translation>Azure-AD-Benutzer und Passwort</translation>
    </message>
    <message>
        <source>Azure AD integrated</source>
        <translation>Azure AD integriert</translation>
    </message>
    <message>
        <source>None (trust or certificate)</source>
        <translation>Keine (Vertrauen oder Zertifikat)</translation>
    </message>
    <message>
        <source>&amp;Server name: *</source>
        <translation>&amp;Servername: *</translation>
    </message>
    <message>
        <source>Server name (required)</source>
        <translation>Servername (erforderlich)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connect to &amp;database:</source>
        <translation>Mit &amp;Datenbank verbinden:</translation>
    </message>
    <message>
        <source>Database to connect to</source>
        <translation>Datenbank für die Verbindung</translation>
    </message>
    <message>
        <source>Ser&amp;vice name: *</source>
        <translation>Dienst&amp;name: *</translation>
    </message>
    <message>
        <source>Oracle service name (required)</source>
        <translation>Oracle-Dienstname (erforderlich)</translation>
    </message>
    <message>
        <source>Connection &amp;string: *</source>
        <translation>Verbindungs&amp;zeichenfolge: *</translation>
    </message>
    <message>
        <source>Connection string (required)</source>
        <translation>Verbindungszeichenfolge (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Managed instance resource id: *</source>
        <translation>Ressourcen-ID der &amp;Managed Instance: *</translation>
    </message>
    <message>
        <source>Managed instance resource id (required)</source>
        <translation>Ressourcen-ID der Managed Instance (erforderlich)</translation>
    </message>
    <message>
        <source>Azure AD a&amp;pplication id: *</source>
        <translation>Azure-AD-Anwendungs-ID (&amp;p): *</translation>
    </message>
    <message>
        <source>Azure AD application id (required)</source>
        <translation>Azure-AD-Anwendungs-ID (erforderlich)</translation>
    </message>
    <message>
        <source>Te&amp;nant id: *</source>
        <translation>Ma&amp;ndanten-ID: *</translation>
    </message>
    <message>
        <source>Tenant id (required)</source>
        <translation>Mandanten-ID (erforderlich)</translation>
    </message>
    <message>
        <source>Application &amp;key: *</source>
        <translation>Anwendungs&amp;schlüssel: *</translation>
    </message>
    <message>
        <source>Application key (required)</source>
        <translation>Anwendungsschlüssel (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;User name: *</source>
        <translation>&amp;Benutzername: *</translation>
    </message>
    <message>
        <source>User name (required)</source>
        <translation>Benutzername (erforderlich)</translation>
    </message>
    <message>
        <source>Pass&amp;word: *</source>
        <translation>Pass&amp;wort: *</translation>
    </message>
    <message>
        <source>Password (required)</source>
        <translation>Passwort (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Encrypt the connection (TLS)</source>
        <translation>Verbindung v&amp;erschlüsseln (TLS)</translation>
    </message>
    <message>
        <source>Encrypt the connection</source>
        <translation>Verbindung verschlüsseln</translation>
    </message>
    <message>
        <source>Trust the server &amp;certificate without verifying it</source>
        <translation>Dem Server&amp;zertifikat ohne Prüfung vertrauen</translation>
    </message>
    <message>
        <source>Trust the server certificate</source>
        <translation>Dem Serverzertifikat vertrauen</translation>
    </message>
    <message>
        <source>Enforce SS&amp;L</source>
        <translation>SS&amp;L erzwingen</translation>
    </message>
    <message>
        <source>Enforce SSL</source>
        <translation>SSL erzwingen</translation>
    </message>
    <message>
        <source>The source runs on &amp;premises or in a VM (SqlOnPrem)</source>
        <translation>Die Quelle läuft &amp;lokal oder in einer VM (SqlOnPrem)</translation>
    </message>
    <message>
        <source>Source platform is SQL Server on premises</source>
        <translation>Quellplattform ist ein lokaler SQL Server</translation>
    </message>
    <message>
        <source>Azure &amp;resource id:</source>
        <translation>Azure-&amp;Ressourcen-ID:</translation>
    </message>
    <message>
        <source>Azure resource id</source>
        <translation>Azure-Ressourcen-ID</translation>
    </message>
    <message>
        <source>key=value settings of the driver</source>
        <translation>key=value-Einstellungen des Treibers</translation>
    </message>
    <message>
        <source>Additional setti&amp;ngs:</source>
        <translation>Weitere Einstellu&amp;ngen:</translation>
    </message>
    <message>
        <source>Additional settings</source>
        <translation>Weitere Einstellungen</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ConnectionWizardPage</name>
    <message>
        <source>Saved connection</source>
        <translation>Gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>Save t&amp;his connection…</source>
        <translation>Diese Verbindung spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save this connection</source>
        <translation>Diese Verbindung speichern</translation>
    </message>
    <message>
        <source>Sa&amp;ved connection:</source>
        <translation>Gespeicherte &amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Ignore the failed test and continue</source>
        <translation>Fehlgeschlagenen Test &amp;ignorieren und fortfahren</translation>
    </message>
    <message>
        <source>Continue without a successful test</source>
        <translation>Ohne erfolgreichen Test fortfahren</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Where the data comes from. Fields marked * are required.</source>
        <translation>Woher die Daten kommen. Mit * markierte Felder sind erforderlich.</translation>
    </message>
    <message>
        <source>Where the data goes. Fields marked * are required.</source>
        <translation>Wohin die Daten gehen. Mit * markierte Felder sind erforderlich.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to %1 %2.</source>
        <translation>&lt;b&gt;Verbunden&lt;/b&gt; mit %1 %2.</translation>
    </message>
    <message>
        <source>Databases: %1</source>
        <translation>Datenbanken: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The test failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Test ist fehlgeschlagen.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The test failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Test ist fehlgeschlagen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Remedy:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Abhilfe:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Reading the password of %1 from the keychain…</source>
        <translation>Das Passwort von %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The password of %1 could not be read: %2</source>
        <translation>Das Passwort von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>&amp;Name of the connection:</source>
        <translation>&amp;Name der Verbindung:</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>No databases yet.</source>
        <translation>Noch keine Datenbanken.</translation>
    </message>
    <message>
        <source>&amp;Ignore these problems and continue</source>
        <translation>Diese Probleme &amp;ignorieren und fortfahren</translation>
    </message>
    <message>
        <source>Continue despite the problems</source>
        <translation>Trotz der Probleme fortfahren</translation>
    </message>
</context>
<context>
    <name>godwit::ui::Console</name>
    <message>
        <source>This console has no embedded engine.</source>
        <translation>Diese Konsole hat keine eingebettete Engine.</translation>
    </message>
    <message>
        <source>The profile was not opened</source>
        <translation>Das Profil wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Signing in to %1 failed.

%2</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen.

%2</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>&amp;Profil bearbeiten…</translation>
    </message>
</context>
<context>
    <name>godwit::ui::CutoverDialog</name>
    <message>
        <source>Complete cutover — %1</source>
        <translation>Übernahme abschließen — %1</translation>
    </message>
    <message>
        <source>Database to cut over</source>
        <translation>Zu übernehmende Datenbank</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Cutover pre-checks</source>
        <translation>Vorprüfungen der Übernahme</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>Vorprüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Pre-checks:</source>
        <translation>&amp;Vorprüfungen:</translation>
    </message>
    <message>
        <source>I have &amp;stopped writes to the source database</source>
        <translation>Ich habe die &amp;Schreibzugriffe auf die Quelldatenbank gestoppt</translation>
    </message>
    <message>
        <source>Type the database name to confirm</source>
        <translation>Zur Bestätigung den Datenbanknamen eingeben</translation>
    </message>
    <message>
        <source>Stop writes to the source, then complete. The engine waits until every change has reached the target, copies sequence values and stops replication.</source>
        <translation>Stoppen Sie die Schreibzugriffe auf die Quelle und schließen Sie dann ab. Die Engine wartet, bis jede Änderung das Ziel erreicht hat, kopiert die Sequenzwerte und beendet die Replikation.</translation>
    </message>
    <message>
        <source>&amp;Complete cutover</source>
        <translation>Übernahme &amp;abschließen</translation>
    </message>
    <message>
        <source>Engine ready to complete</source>
        <translation>Engine bereit zum Abschluss</translation>
    </message>
    <message>
        <source>The database is %1</source>
        <translation>Die Datenbank ist %1</translation>
    </message>
    <message>
        <source>without a state</source>
        <translation>ohne Zustand</translation>
    </message>
    <message>
        <source>Projected downtime: %1</source>
        <translation>Voraussichtliche Ausfallzeit: %1</translation>
    </message>
    <message>
        <source>Projected downtime: not known yet</source>
        <translation>Voraussichtliche Ausfallzeit: noch unbekannt</translation>
    </message>
    <message>
        <source>Not every pre-check passes. Complete only if you know why: changes that reach the source after the cutover are not migrated.</source>
        <translation>Nicht jede Vorprüfung ist bestanden. Schließen Sie nur ab, wenn Sie den Grund kennen: Änderungen, die die Quelle nach der Übernahme erreichen, werden nicht migriert.</translation>
    </message>
    <message>
        <source>Sending the cutover of %1…</source>
        <translation>Die Übernahme von %1 wird gesendet…</translation>
    </message>
    <message>
        <source>The cutover was not started: %1</source>
        <translation>Die Übernahme wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The cutover was not started: %1: %2</source>
        <translation>Die Übernahme wurde nicht gestartet: %1: %2</translation>
    </message>
    <message>
        <source>The cutover failed: %1</source>
        <translation>Die Übernahme ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Accepted. Waiting until every change of %1 has reached the target…</source>
        <translation>Angenommen. Warten, bis jede Änderung von %1 das Ziel erreicht hat…</translation>
    </message>
    <message>
        <source>Cutover complete: %1 is %2; the task is %3.</source>
        <translation>Übernahme abgeschlossen: %1 ist %2; die Aufgabe ist %3.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The task ended (%1) before the cutover finished.</source>
        <translation>Die Aufgabe endete (%1), bevor die Übernahme abgeschlossen war.</translation>
    </message>
    <message>
        <source>Cutover of %1: command %2, database %3…</source>
        <translation>Übernahme von %1: Befehl %2, Datenbank %3…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>Not every pre-check passes: &amp;type the database name to confirm:</source>
        <translation>Nicht jede Vorprüfung ist erfüllt: zur Bestätigung den Datenbanknamen &amp;eingeben:</translation>
    </message>
</context>
<context>
    <name>godwit::ui::DatabasesWizardPage</name>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Check the databases to migrate. Each goes into the target database of the same name unless you rename it; double-click a target name to change it.</source>
        <translation>Markieren Sie die zu migrierenden Datenbanken. Jede geht in die gleichnamige Zieldatenbank, sofern Sie sie nicht umbenennen; doppelklicken Sie auf einen Zielnamen, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Databases to migrate</source>
        <translation>Zu migrierende Datenbanken</translation>
    </message>
    <message>
        <source>Source database</source>
        <translation>Quelldatenbank</translation>
    </message>
    <message>
        <source>Target database</source>
        <translation>Zieldatenbank</translation>
    </message>
    <message>
        <source>On the target</source>
        <translation>Auf dem Ziel</translation>
    </message>
    <message>
        <source>&amp;Databases: *</source>
        <translation>&amp;Datenbanken: *</translation>
    </message>
    <message>
        <source>Name of a database to add</source>
        <translation>Name einer hinzuzufügenden Datenbank</translation>
    </message>
    <message>
        <source>a database the test did not list</source>
        <translation>eine Datenbank, die der Test nicht aufgeführt hat</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the database</source>
        <translation>Die Datenbank hinzufügen</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>A&amp;lle auswählen</translation>
    </message>
    <message>
        <source>Select all databases</source>
        <translation>Alle Datenbanken auswählen</translation>
    </message>
    <message>
        <source>Add data&amp;base:</source>
        <translation>Daten&amp;bank hinzufügen:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>will be created</source>
        <translation>wird angelegt</translation>
    </message>
</context>
<context>
    <name>godwit::ui::DeleteResourceDialog</name>
    <message>
        <source>Delete service</source>
        <translation>Dienst löschen</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Delete the service &lt;b&gt;%1&lt;/b&gt; with all its projects, tasks and their output? This cannot be undone.</source>
        <translation>Den Dienst &lt;b&gt;%1&lt;/b&gt; mit allen Projekten, Aufgaben und deren Ausgabe löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the project &lt;b&gt;%1&lt;/b&gt; with all its tasks and their output? This cannot be undone.</source>
        <translation>Das Projekt &lt;b&gt;%1&lt;/b&gt; mit allen Aufgaben und deren Ausgabe löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Cancel &amp;tasks that still run (a migration that is cancelled cannot resume)</source>
        <translation>Noch laufende &amp;Aufgaben abbrechen (eine abgebrochene Migration kann nicht fortgesetzt werden)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>godwit::ui::HelperTasks</name>
    <message>
        <source>The task ended in state %1.</source>
        <translation>Die Aufgabe endete im Zustand %1.</translation>
    </message>
    <message>
        <source>The task ended in state %1: %2</source>
        <translation>Die Aufgabe endete im Zustand %1: %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::KindWizardPage</name>
    <message>
        <source>What to test</source>
        <translation>Was getestet wird</translation>
    </message>
    <message>
        <source>A connection test runs as a task on the current profile&apos;s engine and reports the server&apos;s version, its databases and what a migration would lack.</source>
        <translation>Ein Verbindungstest läuft als Aufgabe auf der Engine des aktuellen Profils und meldet die Version des Servers, seine Datenbanken und was einer Migration fehlen würde.</translation>
    </message>
    <message>
        <source>Connection to test</source>
        <translation>Zu testende Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connection: *</source>
        <translation>&amp;Verbindung: *</translation>
    </message>
    <message>
        <source>Check permissions for</source>
        <translation>Berechtigungen prüfen für</translation>
    </message>
    <message>
        <source>Do not check</source>
        <translation>Nicht prüfen</translation>
    </message>
    <message>
        <source>Check &amp;permissions for:</source>
        <translation>&amp;Berechtigungen prüfen für:</translation>
    </message>
    <message>
        <source>Target platform</source>
        <translation>Zielplattform</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
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
        <translation>Ziel&amp;plattform:</translation>
    </message>
    <message>
        <source>Collect &amp;databases</source>
        <translation>&amp;Datenbanken erfassen</translation>
    </message>
    <message>
        <source>Collect l&amp;ogins</source>
        <translation>An&amp;meldungen erfassen</translation>
    </message>
    <message>
        <source>Collect &amp;agent jobs</source>
        <translation>&amp;Agent-Aufträge erfassen</translation>
    </message>
    <message>
        <source>Collect &amp;TDE certificate information</source>
        <translation>&amp;TDE-Zertifikatsinformationen erfassen</translation>
    </message>
    <message>
        <source>Validate the &amp;SSIS catalog only</source>
        <translation>Nur den &amp;SSIS-Katalog validieren</translation>
    </message>
    <message>
        <source>Count the target&apos;s &amp;objects</source>
        <translation>&amp;Objekte des Ziels zählen</translation>
    </message>
    <message>
        <source>Choose a connection to test.</source>
        <translation>Wählen Sie eine zu testende Verbindung.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::MainWindow</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not authorized: sign in again</source>
        <translation>Nicht autorisiert: Bitte erneut anmelden</translation>
    </message>
    <message>
        <source>Engine unreachable: retrying</source>
        <translation>Engine nicht erreichbar: Neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;service…</source>
        <translation>Neuer &amp;Dienst…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Neues &amp;Projekt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <source>Complete &amp;cutover…</source>
        <translation>&amp;Übernahme abschließen…</translation>
    </message>
    <message>
        <source>C&amp;ancel task…</source>
        <translation>Aufgabe a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>&amp;Delete task…</source>
        <translation>Aufgabe &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation>&amp;Über Godwit</translation>
    </message>
    <message>
        <source>About Godwit</source>
        <translation>Über Godwit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Godwit&lt;/b&gt; %1&lt;br&gt;A console for database migrations with the Azure Database Migration Service API, and a local engine that runs them.</source>
        <translation>&lt;b&gt;Godwit&lt;/b&gt; %1&lt;br&gt;Eine Konsole für Datenbankmigrationen mit der Azure Database Migration Service API und eine lokale Engine, die sie ausführt.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Services and projects</source>
        <translation>Dienste und Projekte</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Show tasks in state</source>
        <translation>Aufgaben mit Status anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active (queued or running)</source>
        <translation>Aktiv (in Warteschlange oder wird ausgeführt)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Task input</source>
        <translation>Eingabe der Aufgabe</translation>
    </message>
    <message>
        <source>Task output</source>
        <translation>Ausgabe der Aufgabe</translation>
    </message>
    <message>
        <source>Task errors</source>
        <translation>Fehler der Aufgabe</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>Ausga&amp;be</translation>
    </message>
    <message>
        <source>&amp;Input</source>
        <translation>&amp;Eingabe</translation>
    </message>
    <message>
        <source>Select a task to see its state, output and errors.</source>
        <translation>Wählen Sie eine Aufgabe aus, um ihren Status, ihre Ausgabe und ihre Fehler zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Type: %2&lt;br&gt;State: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Typ: %2&lt;br&gt;Status: %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Migration: %1</source>
        <translation>&lt;br&gt;Migration: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ready for cutover: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;Bereit zur Übernahme: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>gerade aktualisiert</translation>
    </message>
    <message>
        <source>updated %1 s ago</source>
        <translation>vor %1 s aktualisiert</translation>
    </message>
    <message>
        <source>not updated yet</source>
        <translation>noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Creating service %1…</source>
        <translation>Dienst %1 wird erstellt…</translation>
    </message>
    <message>
        <source>The service was not created</source>
        <translation>Der Dienst wurde nicht erstellt</translation>
    </message>
    <message>
        <source>The project was not created</source>
        <translation>Das Projekt wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Cancel the task %1? A migration that is cancelled stops and cleans up; it cannot be resumed.</source>
        <translation>Die Aufgabe %1 abbrechen? Eine abgebrochene Migration wird beendet und aufgeräumt; sie kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The task was not cancelled</source>
        <translation>Die Aufgabe wurde nicht abgebrochen</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete the task %1 and its output?</source>
        <translation>Die Aufgabe %1 und ihre Ausgabe löschen?</translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation>Die Aufgabe wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Überwachen</translation>
    </message>
    <message>
        <source>P&amp;rofiles…</source>
        <translation>P&amp;rofile…</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>Profil ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The profile (engine or Azure account) the console shows</source>
        <translation>Das Profil (Engine oder Azure-Konto), das die Konsole zeigt</translation>
    </message>
    <message>
        <source>Profi&amp;le:</source>
        <translation>Profi&amp;l:</translation>
    </message>
    <message>
        <source>The engine built into the console</source>
        <translation>Die in die Konsole eingebaute Engine</translation>
    </message>
    <message>
        <source>Engine at %1</source>
        <translation>Engine unter %1</translation>
    </message>
    <message>
        <source>Azure subscription %1, resource group %2</source>
        <translation>Azure-Abonnement %1, Ressourcengruppe %2</translation>
    </message>
    <message>
        <source>%1 — Godwit</source>
        <translation>%1 — Godwit</translation>
    </message>
    <message>
        <source>E&amp;rrors</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <source>E&amp;rrors (%1)</source>
        <translation>&amp;Fehler (%1)</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Neue Aufgabe</translation>
    </message>
    <message>
        <source>C&amp;lone task…</source>
        <translation>Aufgabe k&amp;lonen…</translation>
    </message>
    <message>
        <source>Clone task</source>
        <translation>Aufgabe klonen</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Wo Sie beginnen</translation>
    </message>
    <message>
        <source>&amp;Start the online migration…</source>
        <translation>Online-Migration &amp;starten…</translation>
    </message>
    <message>
        <source>Hide this hint</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Godwit.&lt;/b&gt; Start with an online migration between two PostgreSQL servers: the wizard tests both connections, lists the tables to copy and starts the migration; the monitor then shows it catching up until you cut over.</source>
        <translation>&lt;b&gt;Willkommen bei Godwit.&lt;/b&gt; Beginnen Sie mit einer Online-Migration zwischen zwei PostgreSQL-Servern: Der Assistent testet beide Verbindungen, listet die zu kopierenden Tabellen auf und startet die Migration; der Monitor zeigt dann, wie sie aufholt, bis Sie die Übernahme ausführen.</translation>
    </message>
    <message>
        <source>Saved connections it offers: %1.</source>
        <translation>Angebotene gespeicherte Verbindungen: %1.</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Noch kein Projekt</translation>
    </message>
    <message>
        <source>There is no project to create the migration in yet. Create one with File ▸ New project…, or wait a moment while the first one is created.</source>
        <translation>Es gibt noch kein Projekt, in dem die Migration angelegt werden kann. Legen Sie eines mit Datei ▸ Neues Projekt… an, oder warten Sie einen Moment, bis das erste angelegt ist.</translation>
    </message>
    <message>
        <source>Delete s&amp;ervice…</source>
        <translation>Dienst lö&amp;schen…</translation>
    </message>
    <message>
        <source>Delete pro&amp;ject…</source>
        <translation>Pro&amp;jekt löschen…</translation>
    </message>
    <message>
        <source>Service %1 created.</source>
        <translation>Dienst %1 erstellt.</translation>
    </message>
    <message>
        <source>Project %1 created.</source>
        <translation>Projekt %1 erstellt.</translation>
    </message>
    <message>
        <source>Deleting service %1…</source>
        <translation>Dienst %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Service %1 deleted.</source>
        <translation>Dienst %1 gelöscht.</translation>
    </message>
    <message>
        <source>The service was not deleted</source>
        <translation>Der Dienst wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Project %1 deleted.</source>
        <translation>Projekt %1 gelöscht.</translation>
    </message>
    <message>
        <source>The project was not deleted</source>
        <translation>Das Projekt wurde nicht gelöscht</translation>
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
        <translation>MySQL oder MariaDB</translation>
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
        <translation>Azure Database for PostgreSQL</translation>
    </message>
    <message>
        <source>Azure Database for MySQL</source>
        <translation>Azure Database for MySQL</translation>
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
        <translation>MongoDB oder Azure Cosmos DB</translation>
    </message>
    <message>
        <source>New project in %1</source>
        <translation>Neues Projekt in %1</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Source platform</source>
        <translation>Quellplattform</translation>
    </message>
    <message>
        <source>Target platform</source>
        <translation>Zielplattform</translation>
    </message>
    <message>
        <source>the service&apos;s</source>
        <translation>die des Dienstes</translation>
    </message>
    <message>
        <source>Project &amp;name: *</source>
        <translation>Projekt&amp;name: *</translation>
    </message>
    <message>
        <source>&amp;Source platform:</source>
        <translation>&amp;Quellplattform:</translation>
    </message>
    <message>
        <source>&amp;Target platform:</source>
        <translation>&amp;Zielplattform:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>godwit::ui::NewServiceDialog</name>
    <message>
        <source>New service</source>
        <translation>Neuer Dienst</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Virtual subnet</source>
        <translation>Virtuelles Subnetz</translation>
    </message>
    <message>
        <source>/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…</source>
        <translation>/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…</translation>
    </message>
    <message>
        <source>The resource id of the virtual subnet the service is placed in (required by Azure).</source>
        <translation>Die Ressourcen-ID des virtuellen Subnetzes, in dem der Dienst liegt (von Azure verlangt).</translation>
    </message>
    <message>
        <source>The resource id of a virtual subnet (optional: the engine does not use one).</source>
        <translation>Die Ressourcen-ID eines virtuellen Subnetzes (optional: Die Engine verwendet keines).</translation>
    </message>
    <message>
        <source>Loading the regions and SKUs the endpoint offers…</source>
        <translation>Die Regionen und SKUs des Endpunkts werden geladen…</translation>
    </message>
    <message>
        <source>Service &amp;name: *</source>
        <translation>Dienst&amp;name: *</translation>
    </message>
    <message>
        <source>&amp;Region: *</source>
        <translation>&amp;Region: *</translation>
    </message>
    <message>
        <source>S&amp;KU: *</source>
        <translation>S&amp;KU: *</translation>
    </message>
    <message>
        <source>Virtual &amp;subnet: *</source>
        <translation>Virtuelles &amp;Subnetz: *</translation>
    </message>
    <message>
        <source>Virtual &amp;subnet:</source>
        <translation>Virtuelles &amp;Subnetz:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>The regions and SKUs could not be loaded (%1). Type them in.</source>
        <translation>Die Regionen und SKUs konnten nicht geladen werden (%1). Geben Sie sie selbst ein.</translation>
    </message>
    <message>
        <source>The endpoint offers no service SKUs. Type the region and SKU in.</source>
        <translation>Der Endpunkt bietet keine Dienst-SKUs an. Geben Sie Region und SKU selbst ein.</translation>
    </message>
    <message>
        <source>Region: choose or type the region the service is created in.</source>
        <translation>Region: Wählen oder geben Sie die Region ein, in der der Dienst erstellt wird.</translation>
    </message>
    <message>
        <source>SKU: choose or type the service&apos;s SKU (for example Standard_1vCores).</source>
        <translation>SKU: Wählen oder geben Sie die SKU des Dienstes ein (zum Beispiel Standard_1vCores).</translation>
    </message>
    <message>
        <source>SKU: %1 is not offered in %2; pick one of %3.</source>
        <translation>SKU: %1 wird in %2 nicht angeboten; wählen Sie eine von %3.</translation>
    </message>
    <message>
        <source>Virtual subnet: Azure places the service in a virtual subnet; enter its resource id.</source>
        <translation>Virtuelles Subnetz: Azure legt den Dienst in ein virtuelles Subnetz; geben Sie dessen Ressourcen-ID ein.</translation>
    </message>
    <message>
        <source>Virtual subnet: enter a subnet&apos;s resource id, /subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/….</source>
        <translation>Virtuelles Subnetz: Geben Sie die Ressourcen-ID eines Subnetzes ein, /subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/….</translation>
    </message>
    <message>
        <source>Regions that offer service SKUs: %1.</source>
        <translation>Regionen mit Dienst-SKUs: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ProfileEditorDialog</name>
    <message>
        <source>Add remote engine</source>
        <translation>Entfernte Engine hinzufügen</translation>
    </message>
    <message>
        <source>Add Azure account</source>
        <translation>Azure-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Engine URL</source>
        <translation>Engine-URL</translation>
    </message>
    <message>
        <source>Engine token</source>
        <translation>Engine-Token</translation>
    </message>
    <message>
        <source>the engine&apos;s token (godwit-engine --token-file)</source>
        <translation>das Token der Engine (godwit-engine --token-file)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation>Resource-Manager-URL</translation>
    </message>
    <message>
        <source>Sign-in (authority) URL</source>
        <translation>Anmelde-URL (Authority)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>tenant id or domain; empty: your account&apos;s own</source>
        <translation>Mandanten-ID oder Domäne; leer: der Ihres Kontos</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>subscription id</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>where the services are</source>
        <translation>wo die Dienste liegen</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>Engine &amp;URL: *</source>
        <translation>Engine-&amp;URL: *</translation>
    </message>
    <message>
        <source>Engine &amp;token:</source>
        <translation>Engine-&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>A&amp;bonnement:</translation>
    </message>
    <message>
        <source>&amp;Resource group:</source>
        <translation>&amp;Ressourcengruppe:</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Resource &amp;Manager URL: *</source>
        <translation>Resource-&amp;Manager-URL: *</translation>
    </message>
    <message>
        <source>Sign-in (&amp;authority) URL: *</source>
        <translation>Anmelde-URL (&amp;Authority): *</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Man&amp;dant:</translation>
    </message>
    <message>
        <source>&amp;Subscription: *</source>
        <translation>A&amp;bonnement: *</translation>
    </message>
    <message>
        <source>&amp;Resource group: *</source>
        <translation>&amp;Ressourcengruppe: *</translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>Application (c&amp;lient) id:</source>
        <translation>Anwendungs-ID (C&amp;lient):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>G&amp;eheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Tokens and client secrets are kept only in the desktop keychain.</source>
        <translation>Tokens und geheime Clientschlüssel werden nur im Schlüsselbund des Desktops gespeichert.</translation>
    </message>
    <message>
        <source>the service principal&apos;s application id</source>
        <translation>die Anwendungs-ID des Dienstprinzipals</translation>
    </message>
    <message>
        <source>empty: the Azure CLI&apos;s public client</source>
        <translation>leer: der öffentliche Client der Azure CLI</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The console lists the services of one subscription: enter its id.</source>
        <translation>Die Konsole listet die Dienste eines Abonnements auf: Geben Sie seine ID ein.</translation>
    </message>
    <message>
        <source>The console lists the services of one resource group: enter its name.</source>
        <translation>Die Konsole listet die Dienste einer Ressourcengruppe auf: Geben Sie ihren Namen ein.</translation>
    </message>
    <message>
        <source>Enter the token the engine accepts (the contents of its --token-file).</source>
        <translation>Geben Sie das Token ein, das die Engine annimmt (den Inhalt ihrer --token-file).</translation>
    </message>
    <message>
        <source>The address changed: enter the engine&apos;s token again.</source>
        <translation>Die Adresse hat sich geändert: Geben Sie das Token der Engine erneut ein.</translation>
    </message>
    <message>
        <source>A service principal signs in with its client secret: enter it.</source>
        <translation>Ein Dienstprinzipal meldet sich mit seinem geheimen Clientschlüssel an: Geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>%1: it was not stored in the keychain: %2</source>
        <translation>%1: Es wurde nicht im Schlüsselbund gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>godwit::ui::ProfilesDialog</name>
    <message>
        <source>Built-in engine (always available)</source>
        <translation>Eingebaute Engine (immer verfügbar)</translation>
    </message>
    <message>
        <source>Engine at %1</source>
        <translation>Engine unter %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Add &amp;engine…</source>
        <translation>&amp;Engine hinzufügen…</translation>
    </message>
    <message>
        <source>A godwit-engine on another machine or port</source>
        <translation>Eine godwit-engine auf einem anderen Rechner oder Port</translation>
    </message>
    <message>
        <source>Add &amp;Azure…</source>
        <translation>&amp;Azure hinzufügen…</translation>
    </message>
    <message>
        <source>An Azure subscription with Database Migration Service</source>
        <translation>Ein Azure-Abonnement mit Database Migration Service</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergessen…</translation>
    </message>
    <message>
        <source>Remove the profile and its secrets from the keychain</source>
        <translation>Das Profil und seine Geheimnisse aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show this profile&apos;s services in the console</source>
        <translation>Die Dienste dieses Profils in der Konsole zeigen</translation>
    </message>
    <message>
        <source>Built in: it cannot be edited or removed</source>
        <translation>Eingebaut: Es kann nicht bearbeitet oder entfernt werden</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Forget profile</source>
        <translation>Profil vergessen</translation>
    </message>
    <message>
        <source>Forget the profile %1?

Its settings and every secret it keeps in the keychain (tokens, client secrets, sign-ins) are removed. Services and tasks on the server are not touched.</source>
        <translation>Das Profil %1 vergessen?

Seine Einstellungen und alle Geheimnisse, die es im Schlüsselbund hat (Tokens, geheime Clientschlüssel, Anmeldungen), werden entfernt. Dienste und Aufgaben auf dem Server bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Removing %1&apos;s secrets from the keychain…</source>
        <translation>Die Geheimnisse von %1 werden aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>Forgot %1 and its secrets.</source>
        <translation>%1 und seine Geheimnisse wurden vergessen.</translation>
    </message>
    <message>
        <source>Forgot %1, but the keychain did not remove every secret: %2</source>
        <translation>%1 wurde vergessen, aber der Schlüsselbund hat nicht alle Geheimnisse entfernt: %2</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Refresh running tasks every</source>
        <translation>Laufende Aufgaben aktualisieren alle</translation>
    </message>
    <message>
        <source>Refresh queued tasks every</source>
        <translation>Wartende Aufgaben aktualisieren alle</translation>
    </message>
    <message>
        <source>Task refresh</source>
        <translation>Aktualisierung der Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Running tasks every:</source>
        <translation>&amp;Laufende Aufgaben alle:</translation>
    </message>
    <message>
        <source>&amp;Queued tasks every:</source>
        <translation>&amp;Wartende Aufgaben alle:</translation>
    </message>
    <message>
        <source>Caught up for at least</source>
        <translation>Aufgeholt seit mindestens</translation>
    </message>
    <message>
        <source>Pending changes still counted as caught up</source>
        <translation>Ausstehende Änderungen, die noch als aufgeholt gelten</translation>
    </message>
    <message>
        <source>&amp;Notify when a watched task finishes or waits for cutover</source>
        <translation>&amp;Benachrichtigen, wenn eine beobachtete Aufgabe endet oder auf die Übernahme wartet</translation>
    </message>
    <message>
        <source>Online migrations</source>
        <translation>Online-Migrationen</translation>
    </message>
    <message>
        <source>Ready for cutover when caught up for &amp;at least:</source>
        <translation>Bereit zur Übernahme, wenn aufgeholt seit &amp;mindestens:</translation>
    </message>
    <message>
        <source>Pending changes still counted as caught &amp;up:</source>
        <translation>Ausstehende Änderungen, die noch als aufgeholt &amp;gelten:</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SettingsWizardPage</name>
    <message>
        <source>Migration settings</source>
        <translation>Migrationseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Migration settings:</source>
        <translation>&amp;Migrationseinstellungen:</translation>
    </message>
    <message>
        <source>name=value, one a line</source>
        <translation>name=value, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Source settings:</source>
        <translation>&amp;Quelleinstellungen:</translation>
    </message>
    <message>
        <source>Source settings</source>
        <translation>Quelleinstellungen</translation>
    </message>
    <message>
        <source>&amp;Target settings:</source>
        <translation>&amp;Zieleinstellungen:</translation>
    </message>
    <message>
        <source>Target settings</source>
        <translation>Zieleinstellungen</translation>
    </message>
    <message>
        <source>&amp;Agent settings:</source>
        <translation>&amp;Agent-Einstellungen:</translation>
    </message>
    <message>
        <source>Optional agent settings</source>
        <translation>Optionale Agent-Einstellungen</translation>
    </message>
    <message>
        <source>Make the source server &amp;read-only during the migration</source>
        <translation>Den Quellserver während der Migration &amp;schreibgeschützt machen</translation>
    </message>
    <message>
        <source>Make the source databases &amp;read-only during the migration</source>
        <translation>Die Quelldatenbanken während der Migration &amp;schreibgeschützt machen</translation>
    </message>
    <message>
        <source>Validate the &amp;schema after the migration</source>
        <translation>Das Sc&amp;hema nach der Migration validieren</translation>
    </message>
    <message>
        <source>Validate &amp;data integrity (checksums)</source>
        <translation>&amp;Datenintegrität validieren (Prüfsummen)</translation>
    </message>
    <message>
        <source>Analyse &amp;queries against source and target</source>
        <translation>Abfragen gegen Quelle und Ziel anal&amp;ysieren</translation>
    </message>
    <message>
        <source>Schema source</source>
        <translation>Herkunft des Schemas</translation>
    </message>
    <message>
        <source>Extract it from the source</source>
        <translation>Aus der Quelle extrahieren</translation>
    </message>
    <message>
        <source>Use a script from the project&apos;s files</source>
        <translation>Ein Skript aus den Projektdateien verwenden</translation>
    </message>
    <message>
        <source>Do not migrate the schema</source>
        <translation>Das Schema nicht migrieren</translation>
    </message>
    <message>
        <source>S&amp;chema of every database: *</source>
        <translation>S&amp;chema jeder Datenbank: *</translation>
    </message>
    <message>
        <source>Schema file id</source>
        <translation>ID der Schemadatei</translation>
    </message>
    <message>
        <source>Schema file &amp;id:</source>
        <translation>&amp;ID der Schemadatei:</translation>
    </message>
    <message>
        <source>Schema file name</source>
        <translation>Name der Schemadatei</translation>
    </message>
    <message>
        <source>Schema file &amp;name:</source>
        <translation>&amp;Name der Schemadatei:</translation>
    </message>
    <message>
        <source>Schema of each database</source>
        <translation>Schema jeder einzelnen Datenbank</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>Datei-ID</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>&amp;Per database:</source>
        <translation>&amp;Pro Datenbank:</translation>
    </message>
    <message>
        <source>Settings passed with each database (the API&apos;s migrationSetting, sourceSetting and targetSetting maps). Leave empty for the defaults: Godwit&apos;s engine keeps them with the task but needs none.</source>
        <translation>Einstellungen, die mit jeder Datenbank übergeben werden (die Maps migrationSetting, sourceSetting und targetSetting der API). Für die Standardwerte leer lassen: Godwits Engine speichert sie mit der Aufgabe, braucht aber keine.</translation>
    </message>
    <message>
        <source>Where the schema of each selected database comes from.</source>
        <translation>Woher das Schema jeder ausgewählten Datenbank kommt.</translation>
    </message>
    <message>
        <source>How the offline migration treats the source and what it checks afterwards.</source>
        <translation>Wie die Offline-Migration die Quelle behandelt und was sie danach prüft.</translation>
    </message>
    <message>
        <source>Schema of %1</source>
        <translation>Schema von %1</translation>
    </message>
    <message>
        <source>As above</source>
        <translation>Wie oben</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Adresse ko&amp;pieren</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Waiting for the sign-in</source>
        <translation>Warten auf die Anmeldung</translation>
    </message>
    <message>
        <source>Finish signing in to &lt;b&gt;%1&lt;/b&gt; in your browser. If no browser page opened, open this address yourself; this window closes when the sign-in is done.</source>
        <translation>Schließen Sie die Anmeldung bei &lt;b&gt;%1&lt;/b&gt; in Ihrem Browser ab. Wenn sich keine Browserseite geöffnet hat, öffnen Sie diese Adresse selbst; dieses Fenster schließt sich, sobald die Anmeldung erledigt ist.</translation>
    </message>
    <message>
        <source>To sign in to &lt;b&gt;%1&lt;/b&gt;, open %2 on any device and enter the code below.</source>
        <translation>Um sich bei &lt;b&gt;%1&lt;/b&gt; anzumelden, öffnen Sie %2 auf einem beliebigen Gerät und geben Sie den Code unten ein.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::SummaryWizardPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This is the exact document that will be sent (passwords masked). Finish creates the task and opens it.</source>
        <translation>Dies ist genau das Dokument, das gesendet wird (Passwörter maskiert). „Fertigstellen“ legt die Aufgabe an und öffnet sie.</translation>
    </message>
    <message>
        <source>Task name (required)</source>
        <translation>Taskname (erforderlich)</translation>
    </message>
    <message>
        <source>Task &amp;name: *</source>
        <translation>&amp;Name der Aufgabe: *</translation>
    </message>
    <message>
        <source>The task document</source>
        <translation>Das Dokument der Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Copy as godwit-cli command</source>
        <translation>Als godwit-cli-Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as godwit-cli command</source>
        <translation>Als godwit-cli-Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Copied: paste it into a shell</source>
        <translation>&amp;Kopiert: in eine Shell einfügen</translation>
    </message>
    <message>
        <source>Creating the task %1…</source>
        <translation>Die Aufgabe %1 wird angelegt…</translation>
    </message>
    <message>
        <source>A task named %1 already exists in this project: choose another name.</source>
        <translation>In diesem Projekt gibt es schon eine Aufgabe namens %1: Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::TablesWizardPage</name>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Check the tables to migrate. Tables without a primary key are flagged: their updates and deletes are replicated by comparing whole rows, which is slow on large tables.</source>
        <translation>Markieren Sie die zu migrierenden Tabellen. Tabellen ohne Primärschlüssel sind gekennzeichnet: Ihre Änderungen und Löschungen werden über den Vergleich ganzer Zeilen repliziert, was bei großen Tabellen langsam ist.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Search tables</source>
        <translation>Tabellen suchen</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Tables to migrate</source>
        <translation>Zu migrierende Tabellen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Zeilen (geschätzt)</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Has rows</source>
        <translation>Hat Zeilen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select all shown tables</source>
        <translation>Alle angezeigten Tabellen auswählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Clear the selection of the shown tables</source>
        <translation>Die Auswahl der angezeigten Tabellen aufheben</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>List the tables again</source>
        <translation>Die Tabellen erneut auflisten</translation>
    </message>
    <message>
        <source>Selected tables</source>
        <translation>Ausgewählte Tabellen</translation>
    </message>
    <message>
        <source>Listing the tables of %1…</source>
        <translation>Die Tabellen von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <source>The listing has no entry for this database.</source>
        <translation>Die Auflistung enthält keinen Eintrag für diese Datenbank.</translation>
    </message>
    <message>
        <source>The tables of %1 could not be listed: %2 Every table of the database will be migrated.</source>
        <translation>Die Tabellen von %1 konnten nicht aufgelistet werden: %2 Alle Tabellen der Datenbank werden migriert.</translation>
    </message>
    <message>
        <source>The tables of %1 could not be listed: %2 The tables below are the ones chosen before.</source>
        <translation>Die Tabellen von %1 konnten nicht aufgelistet werden: %2 Die Tabellen unten sind die zuvor gewählten.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>No primary key: updates and deletes are matched on whole rows.</source>
        <translation>Kein Primärschlüssel: Änderungen und Löschungen werden über ganze Zeilen zugeordnet.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 of %2 tables selected, about %3 rows; %4 without a primary key.</source>
        <translation>%1 von %2 Tabellen ausgewählt, etwa %3 Zeilen; %4 ohne Primärschlüssel.</translation>
    </message>
    <message>
        <source>Check the tables to migrate. The row counts are the engine&apos;s estimates.</source>
        <translation>Markieren Sie die zu migrierenden Tabellen. Die Zeilenzahlen sind Schätzungen der Engine.</translation>
    </message>
    <message>
        <source>Check the tables to migrate. Tables without a primary key are flagged: their changes are replicated, but the target finds each changed row by a scan, which is slow on large tables.</source>
        <translation>Wählen Sie die zu migrierenden Tabellen. Tabellen ohne Primärschlüssel sind markiert: Ihre Änderungen werden repliziert, aber das Ziel findet jede geänderte Zeile durch einen vollständigen Scan, was bei großen Tabellen langsam ist.</translation>
    </message>
    <message>
        <source>No primary key: replicated, but the target finds each changed row by a scan (slow on large tables).</source>
        <translation>Kein Primärschlüssel: wird repliziert, aber das Ziel findet jede geänderte Zeile durch einen vollständigen Scan (langsam bei großen Tabellen).</translation>
    </message>
</context>
<context>
    <name>godwit::ui::TaskMonitorWindow</name>
    <message>
        <source>%1 — Task monitor</source>
        <translation>%1 — Aufgabenmonitor</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Databases and tables</source>
        <translation>Datenbanken und Tabellen</translation>
    </message>
    <message>
        <source>&amp;Databases and tables:</source>
        <translation>&amp;Datenbanken und Tabellen:</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Rows copied/s</source>
        <translation>Kopierte Zeilen/s</translation>
    </message>
    <message>
        <source>Changes applied/s</source>
        <translation>Angewendete Änderungen/s</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Throughput over time</source>
        <translation>Durchsatz im Zeitverlauf</translation>
    </message>
    <message>
        <source>Lag over time</source>
        <translation>Rückstand im Zeitverlauf</translation>
    </message>
    <message>
        <source>Cutover readiness</source>
        <translation>Bereitschaft zur Übernahme</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>Vorprüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>C&amp;utover…</source>
        <translation>Übe&amp;rnahme…</translation>
    </message>
    <message>
        <source>C&amp;ancel task…</source>
        <translation>Aufgabe a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Cancel &amp;migration…</source>
        <translation>&amp;Migration abbrechen…</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>Be&amp;enden…</translation>
    </message>
    <message>
        <source>Re&amp;start…</source>
        <translation>&amp;Neu starten…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Copy as godwit-c&amp;li command</source>
        <translation>Als godwit-c&amp;li-Befehl kopieren</translation>
    </message>
    <message>
        <source>The godwit-cli command is on the clipboard; it asks for the passwords.</source>
        <translation>Der godwit-cli-Befehl ist in der Zwischenablage; er fragt nach den Passwörtern.</translation>
    </message>
    <message>
        <source>Refreshing failed: %1</source>
        <translation>Aktualisieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Finished; not refreshed any more</source>
        <translation>Beendet; wird nicht mehr aktualisiert</translation>
    </message>
    <message>
        <source>Not refreshed</source>
        <translation>Nicht aktualisiert</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Next refresh in %1 s</source>
        <translation>Nächste Aktualisierung in %1 s</translation>
    </message>
    <message>
        <source>Ready for cutover</source>
        <translation>Bereit zur Übernahme</translation>
    </message>
    <message>
        <source>%1 is ready for cutover; projected downtime %2.</source>
        <translation>%1 ist bereit zur Übernahme; voraussichtliche Ausfallzeit %2.</translation>
    </message>
    <message>
        <source>%1 is ready for cutover.</source>
        <translation>%1 ist bereit zur Übernahme.</translation>
    </message>
    <message>
        <source>No databases reported yet.</source>
        <translation>Noch keine Datenbanken gemeldet.</translation>
    </message>
    <message>
        <source>Not ready for cutover: see the pre-checks below.</source>
        <translation>Nicht bereit zur Übernahme: siehe die Vorprüfungen unten.</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Cancel the task %1? A migration that is cancelled stops and removes its replication objects; it cannot be resumed. What was copied stays in the target.</source>
        <translation>Die Aufgabe %1 abbrechen? Eine abgebrochene Migration hält an und entfernt ihre Replikationsobjekte; sie kann nicht fortgesetzt werden. Was kopiert wurde, bleibt im Ziel.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The task was not cancelled: %1</source>
        <translation>Die Aufgabe wurde nicht abgebrochen: %1</translation>
    </message>
    <message>
        <source>The task was not cancelled: %1: %2</source>
        <translation>Die Aufgabe wurde nicht abgebrochen: %1: %2</translation>
    </message>
    <message>
        <source>Cancel accepted; the engine is cleaning up.</source>
        <translation>Abbruch angenommen; die Engine räumt auf.</translation>
    </message>
    <message>
        <source>Cancel the MongoDB migration %1?</source>
        <translation>Die MongoDB-Migration %1 abbrechen?</translation>
    </message>
    <message>
        <source>Finish the MongoDB migration %1? Replication stops once it has caught up.</source>
        <translation>Die MongoDB-Migration %1 beenden? Die Replikation endet, sobald sie aufgeholt hat.</translation>
    </message>
    <message>
        <source>Restart the MongoDB migration %1 from the beginning?</source>
        <translation>Die MongoDB-Migration %1 von vorn neu starten?</translation>
    </message>
    <message>
        <source>MongoDB migration</source>
        <translation>MongoDB-Migration</translation>
    </message>
    <message>
        <source>The command %1 was not accepted: %2</source>
        <translation>Der Befehl %1 wurde nicht angenommen: %2</translation>
    </message>
    <message>
        <source>The command %1 was not accepted: %2: %3</source>
        <translation>Der Befehl %1 wurde nicht angenommen: %2: %3</translation>
    </message>
    <message>
        <source>The command %1 was accepted.</source>
        <translation>Der Befehl %1 wurde angenommen.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>Export report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Migration state reported by the service: %1</source>
        <translation>Vom Dienst gemeldeter Migrationszustand: %1</translation>
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
        <translation>Aufgabe abgeschlossen</translation>
    </message>
    <message>
        <source>%1 succeeded.</source>
        <translation>%1 war erfolgreich.</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>Aufgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>Task state changed</source>
        <translation>Aufgabenzustand geändert</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3.</source>
        <translation>%1 wechselte von %2 zu %3.</translation>
    </message>
    <message>
        <source>Ready for cutover</source>
        <translation>Bereit zur Übernahme</translation>
    </message>
    <message>
        <source>%1: %2 caught up and can be cut over.</source>
        <translation>%1: %2 hat aufgeholt und kann übernommen werden.</translation>
    </message>
</context>
<context>
    <name>godwit::ui::WizardPageBase</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) is not a setting: write name=value.</source>
        <translation>Zeile %1 („%2“) ist keine Einstellung: Schreiben Sie name=value.</translation>
    </message>
    <message>
        <source>Problems on this page</source>
        <translation>Probleme auf dieser Seite</translation>
    </message>
    <message>
        <source>What is running</source>
        <translation>Was gerade läuft</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for database migrations.</source>
        <translation>Desktop-Konsole für Datenbankmigrationen.</translation>
    </message>
    <message>
        <source>Where the embedded engine keeps its state.</source>
        <translation>Wo die eingebettete Engine ihren Zustand speichert.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>The local engine did not start: %1</source>
        <translation>Die lokale Engine wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Profile to open, by name or id (default: Local).</source>
        <translation>Zu öffnendes Profil, nach Name oder ID (Standard: Lokal).</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. The profiles are: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Die Profile sind: %2.</translation>
    </message>
    <message>
        <source>The engine&apos;s data directory %1 cannot be created.</source>
        <translation>Das Datenverzeichnis %1 der Engine kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Godwit console uses the engine in %1.</source>
        <translation>Eine andere Godwit-Konsole verwendet die Engine in %1.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Godwit is already running; its window was raised.</source>
        <translation>Godwit läuft bereits; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>Show a newcomer where to start: the online migration wizard.</source>
        <translation>Neuen Benutzern zeigen, wo sie beginnen: den Assistenten für die Online-Migration.</translation>
    </message>
</context>
</TS>
