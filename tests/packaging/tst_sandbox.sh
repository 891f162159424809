#!/usr/bin/env bash
# The sandbox of scripts/run, headless: both servers answer, the sample database is complete, its
# connection infos are valid API documents, an online migration of it through the engine and the
# CLI ends with the target holding what the source holds, and `stop` leaves nothing behind.
#
#   tst_sandbox.sh REPO_DIR GODWIT_ENGINE GODWIT_CLI
set -euo pipefail

repo=$1
engine=$2
cli=$3
sandbox=$repo/scripts/sandbox
bindir=${GODWIT_PG_BINDIR:-/usr/lib/postgresql/15/bin}

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/godwit-sandbox-test.XXXXXXXX")
dir=''
engine_pid=''
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup()
{
  if [ -n "$engine_pid" ]; then
    kill "$engine_pid" 2>/dev/null || true
    wait "$engine_pid" 2>/dev/null || true
  fi
  if [ -n "$dir" ] && [ -d "$dir" ]; then
    "$sandbox" stop "$dir" || true
  fi
  rm -rf -- "$work"
}
trap cleanup EXIT

# A directory that is not a sandbox is never removed.
mkdir "$work/precious"
touch "$work/precious/file"
if "$sandbox" stop "$work/precious" 2>/dev/null; then
  fail "stop accepted a directory that is not a sandbox"
fi
[ -f "$work/precious/file" ] || fail "stop removed a directory that is not a sandbox"
pass "stop refuses a directory that is not a sandbox"

dir=$("$sandbox" start)
[ -d "$dir" ] || fail "start printed '$dir', which is not a directory"
pass "started in $dir"

# Both servers answer, wal_level=logical on the source, every row count, the table without a key.
"$sandbox" check "$dir" || fail "the sandbox check failed"
pass "both servers answer and the sample database is complete"

[ "$(stat -c %a "$dir/password")" = 600 ] || fail "the password file is readable by others"
password=$(cat -- "$dir/password")
[ "${#password}" -ge 16 ] || fail "the password is too short"
for server in source target; do
  if grep -q -- "$password" "$dir/$server.json"; then
    fail "$server.json holds the password"
  fi
  python3 - "$dir/$server.json" > "$work/$server-task.json" <<'EOF'
import json, sys
info = json.load(open(sys.argv[1]))
print(json.dumps({"properties": {"taskType": "ConnectToSource.PostgreSql.Sync",
                                 "input": {"sourceConnectionInfo": info}}}))
EOF
  "$cli" task validate "$work/$server-task.json" >/dev/null || fail "$server.json is not a valid PostgreSqlConnectionInfo"
done
pass "source.json and target.json are valid connection infos without the password"

# An online migration of the sample database, through the engine and the CLI as the console does.
"$engine" --listen 127.0.0.1:0 --data-dir "$work/engine" --operation-delay-ms 0 > "$work/engine.json" 2> "$work/engine.log" &
engine_pid=$!
for _ in $(seq 1 100); do
  [ -s "$work/engine.json" ] && break
  sleep 0.1
done
url=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["url"])' "$work/engine.json") \
  || fail "the engine did not start: $(cat -- "$work/engine.log")"
gw() { "$cli" --endpoint "$url" --token-file "$work/engine/token" "$@"; }

python3 - "$dir" "$password" > "$work/migration.json" <<'EOF'
import json, sys
directory, password = sys.argv[1], sys.argv[2]
def info(server):
    value = json.load(open(f"{directory}/{server}.json"))
    value["password"] = password
    return value
print(json.dumps({"properties": {
    "taskType": "Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2",
    "input": {"sourceConnectionInfo": info("source"), "targetConnectionInfo": info("target"),
              "selectedDatabases": [{"name": "shop", "targetDatabaseName": "shop"}]}}}))
EOF
chmod 600 "$work/migration.json"
gw service create --name sandbox --location local --sku Standard_1vCores >/dev/null || fail "service create"
gw project create --service sandbox --name shop --source-platform PostgreSQL \
  --target-platform AzureDbForPostgreSQL >/dev/null || fail "project create"
task=(--service sandbox --project shop --name migrate-shop)
gw task create "${task[@]}" --file "$work/migration.json" >/dev/null || fail "task create"

database_state()
{
  gw task show "${task[@]}" --expand output --output json | python3 -c '
import json, sys
task = json.load(sys.stdin)["properties"]
states = [o.get("migrationState", "") for o in task.get("output", []) if o.get("resultType") == "DatabaseLevelOutput"]
print(task["state"], states[0] if states else "-")'
}

state=''
for _ in $(seq 1 300); do
  state=$(database_state) || state="unknown"
  case "$state" in
    "Running READY_TO_COMPLETE") break ;;
    Failed* | Faulted* | Canceled*) break ;;
  esac
  sleep 1
done
[ "$state" = "Running READY_TO_COMPLETE" ] \
  || fail "the migration did not become ready to complete: $state; $(gw task show "${task[@]}" --expand output --output json)"
pass "the sample database loaded and replicates"

source_port=$(sed -n 's/^SOURCE_PORT=//p' "$dir/sandbox.env")
target_port=$(sed -n 's/^TARGET_PORT=//p' "$dir/sandbox.env")
on() { PGPASSWORD=$password "$bindir/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U godwit -d shop -c "$2"; }

# Changes made while replicating reach the target, also in the table without a primary key.
on "$source_port" "INSERT INTO sales.orders (customer_id, ordered_at, status) VALUES (42, now(), 'new');
                   UPDATE inventory.stock_movements SET reason = 'recount' WHERE warehouse_id = 3 AND delta > 90;
                   DELETE FROM sales.payments WHERE order_id = 1" >/dev/null
gw task command "${task[@]}" --type Migrate.Sync.Complete.Database --database shop >/dev/null || fail "cutover command"
gw task wait "${task[@]}" --until Succeeded --timeout 300 >/dev/null || fail "the migration did not succeed: $(database_state)"
pass "cutover completed"

for table in sales.customers sales.products sales.orders sales.order_items sales.payments hr.departments \
             hr.employees hr.salary_history inventory.warehouses inventory.stock inventory.stock_movements; do
  query="SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM $table t"
  want=$(on "$source_port" "$query")
  got=$(on "$target_port" "$query")
  [ "$want" = "$got" ] || fail "$table differs: source '$want', target '$got'"
done
[ "$(on "$target_port" "SELECT count(*) FROM inventory.stock_movements WHERE reason = 'recount'")" != 0 ] \
  || fail "the update of the table without a primary key did not reach the target"
pass "the target holds exactly what the source holds"

kill "$engine_pid"
wait "$engine_pid" 2>/dev/null || true
engine_pid=''

pids=()
for server in source target; do
  pids+=("$(head -n 1 "$dir/$server/data/postmaster.pid")")
done
"$sandbox" stop "$dir" || fail "stop failed"
[ ! -e "$dir" ] || fail "stop left $dir behind"
for pid in "${pids[@]}"; do
  # A server that ended may linger as a zombie when an ancestor is a subreaper: that is not running.
  state=$(ps -o stat= -p "$pid" || true)
  case "$state" in
    '' | Z*) ;;
    *) fail "server $pid still runs after stop (state $state)" ;;
  esac
done
dir=''
pass "stop ended both servers and removed the directory"
