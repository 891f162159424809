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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwords are never taken on the command line; put &quot;password&quot;: null in the task file and you will be asked for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output: expected table or json, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for the groups, verbs and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile and --endpoint/--token-file exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: no profile named &apos;%1&apos; (profiles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: the Local profile&apos;s engine runs inside the console with a token that never leaves it; use --endpoint and --token-file of a godwit-engine instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open this address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint: pass --profile NAME, or --endpoint URL (or set GODWIT_ENDPOINT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint: &apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-file: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2 (%3): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is null and there is no terminal to ask for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &apos;service %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &apos;project %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task create needs --file task.json, or --input-file input.json with --task-type TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &apos;%1 %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: &apos;%1&apos; is not a task state (states: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: expected a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval: expected a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task ended as %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s; the task is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &apos;file %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &apos;sku %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &apos;usage %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task validate needs a file: godwit-cli task validate task.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a valid ProjectTask of API version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (server: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: the task has no connection info with a null password for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no saved connection named &apos;%2&apos; (saved: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: the saved connection &apos;%3&apos; is for %4, not this connection; its password is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no saved connection named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: standard input ended before a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: null in %1 and there is no terminal to ask for it (use --password-stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved connection &apos;%1&apos; (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &apos;connection %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::core::TaskRules</name>
    <message>
        <source>task type %1 takes no commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task type %1 does not take command %2 (it takes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task is %1; commands are taken only while it is Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input.%1: database &apos;%2&apos; is not part of this migration (it migrates: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database &apos;%1&apos; has not reported its state yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database &apos;%1&apos; is %2; it can be completed only when it is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::core::Validator</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown definition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object (%1), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (%3 known values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member of %1; kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number sent where a string is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2 value; kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 value (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number sent as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map sent as a string that is not a JSON object; kept as is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::models::NavigationModel</name>
    <message>
        <source>Service %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::models::ProjectsModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::models::ServicesModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::models::TaskOutputModel</name>
    <message>
        <source>Database / table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::models::TasksModel</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed input validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::AadTokenProvider</name>
    <message>
        <source>The sign-in server&apos;s answer has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::AzureCliTokenProvider</name>
    <message numerus="yes">
        <source>The Azure CLI did not answer within %n second(s). Run “az account get-access-token” in a terminal to see what it waits for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Azure CLI (%1) was not found. Install it and run “az login”, or choose another sign-in method for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI stopped unexpectedly. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI could not get a token (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI could not get a token (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::BrowserSignInTokenProvider</name>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n second(s). Start it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The browser sign-in could not start: no port on 127.0.0.1 could be opened for the browser&apos;s answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was stopped in Godwit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives the answer of a Godwit sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser&apos;s sign-in answer was rejected: it does not carry the state this sign-in sent, so it may belong to an older sign-in or come from another site. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed: the server answered “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed: the server answered “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser&apos;s sign-in answer has no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::ClientSecretTokenProvider</name>
    <message>
        <source>Signing in as the service principal failed: no keychain is available for its client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as the service principal failed: no client secret is saved for it. Enter the secret in the profile&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as the service principal failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as the service principal %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::Cloud</name>
    <message>
        <source>Azure (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::ConnectionStore</name>
    <message>
        <source>The connection &quot;%1&quot; has no saved password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved connection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::DeviceCodeTokenProvider</name>
    <message>
        <source>The sign-in could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be started: the server&apos;s answer lacks the device code, the user code or the verification address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before the sign-in was completed. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::HttpJob</name>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected from HTTPS to plain HTTP; not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::InteractiveTokenProvider</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::Keychain</name>
    <message>
        <source>Reading “%1” from the keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “%1” in the keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing “%1” from the keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); it may be locked or not running.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no secret “%1” in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available. Godwit keeps secrets only in a keychain (a Secret Service such as GNOME Keyring or KWallet), never in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be removed from the keychain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::service::KeychainTokenProvider</name>
    <message>
        <source>The engine&apos;s token cannot be read: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved for this engine. Enter the engine&apos;s token in the profile&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s token could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine rejected the token saved for this profile. Save the engine&apos;s current token in the profile&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::ListJob</name>
    <message>
        <source>a list without a value array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next page is on another server (%1); not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list does not end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::LroJob</name>
    <message>
        <source>The operation ended as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::Profile</name>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the built-in Local profile uses the embedded engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s address must be an http or https URL, e.g. https://engine.example:7420.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom cloud needs both the Resource Manager URL and the sign-in (authority) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service principal signs in to one tenant: enter the tenant id or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service principal needs its application (client) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI (az login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on another device (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal with a client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::ProfileStore</name>
    <message>
        <source>The Local profile is built in and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::SavedConnection</name>
    <message>
        <source>name: a saved connection needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: &quot;%1&quot; is not a valid connection name (up to 80 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: the connection has no type (e.g. PostgreSqlConnectionInfo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: &quot;%1&quot; is not a connection type of the API (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::ServiceError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Is the engine running, and is the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, server id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::Session</name>
    <message>
        <source>The server requires authentication, and this profile has no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::StaticTokenProvider</name>
    <message>
        <source>The server rejected the access token. Check the engine&apos;s token for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::service::TokenResponse</name>
    <message numerus="yes">
        <source>The sign-in server %1 did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in server %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server answered “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server answered “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 answered with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer could not be understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::ui::MainWindow</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine unreachable: retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete &amp;cutover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Godwit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Godwit&lt;/b&gt; %1&lt;br&gt;A console for database migrations with the Azure Database Migration Service API, and a local engine that runs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tasks in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (queued or running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its state, output and errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Type: %2&lt;br&gt;State: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Ready for cutover: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating service %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the task %1? A migration that is cancelled stops and cleans up; it cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete cutover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the cutover of %1?

Stop writes to the source database first. The engine waits until every change has reached the target, copies sequence values, and stops replication. The target then stands on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cutover was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover accepted; following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task %1 and its output?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for database migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the embedded engine keeps its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to open (Local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Local profile is available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit is already running for this engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
