#!/usr/bin/env bash
# Server under load on loopback with wrk, bounded in time. Prints req/s and
# p99 for: account search by phone over ACCOUNTS accounts, one page of an
# account's transactions, opening an account (an audited read: one durable
# audit row per request), and the trivial health route (the ceiling of the
# HTTP layer on this machine), then each route's ratio to the health route in
# the same run (the health route runs first and last; the ratios use the
# mean of the two). Run on demand, not part of the test suite.
#   bench/server_load.sh [--accounts N] [--transactions N] [--threads N]
#                        [--connections N] [--seconds N]
#                        [--postgres | --db postgres://...]
# SQLite (default): the generated store is kept in bench/var/ and reused.
# --postgres: starts a throw-away PostgreSQL (scripts/postgres.sh, data in
#   bench/var/postgres/, stopped and removed on exit), generates a fresh store
#   into a new database with the server's own --generate (same --accounts,
#   --transactions, seed 1) and benchmarks at once: the figures are those of a
#   store right after generation. The script runs no ANALYZE or VACUUM, and
#   turns autovacuum off in that cluster so that autoanalyze cannot run
#   part-way through: whatever statistics the generator leaves are what count.
# --db postgres://...: an existing, already filled database, used as it is.
# WALLETDESK_SERVER_BIN=/path/to/walletdesk-server: use that binary and skip
#   the build (e.g. to measure another checkout without touching build/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
accounts=1000000
transactions=2000000
threads=2
connections=32
seconds=15
db=""
postgres=0
while [ $# -gt 0 ]; do
    case "$1" in
        --accounts) accounts=$2; shift 2 ;;
        --transactions) transactions=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --db) db=$2; shift 2 ;;
        --postgres) postgres=1; shift ;;
        *) echo "server_load.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
[ "$postgres" -eq 0 ] || [ -z "$db" ] || { echo "server_load.sh: give --postgres or --db, not both" >&2; exit 2; }
"$root/scripts/install-deps.sh" >/dev/null
if [ -n "${WALLETDESK_SERVER_BIN:-}" ]; then
    server=$WALLETDESK_SERVER_BIN
    [ -x "$server" ] || { echo "server_load.sh: WALLETDESK_SERVER_BIN=$server is not executable" >&2; exit 2; }
else
    "$root/scripts/build.sh" >/dev/null
    server="$root/build/server/walletdesk-server"
fi
var="$root/bench/var"
mkdir -p "$var"
[ -f "$var/certs/server.pem" ] || "$root/scripts/dev-cert.sh" "$var/certs" >/dev/null

pid=""
pgdir=""
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    if [ -n "$pgdir" ]; then "$root/scripts/postgres.sh" stop "$pgdir" || true; rm -rf "$pgdir"; fi
}
trap cleanup EXIT
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

if [ "$postgres" -eq 1 ]; then
    pgdir="$var/postgres"
    "$root/scripts/postgres.sh" stop "$pgdir" 2>/dev/null || true  # left over from an interrupted run
    rm -rf "$pgdir"
    pgbase=$("$root/scripts/postgres.sh" start "$pgdir")
    psql "$pgbase/postgres" -qAtc "ALTER SYSTEM SET autovacuum = off" -c "SELECT pg_reload_conf()" >/dev/null
    psql "$pgbase/postgres" -qAtc "CREATE DATABASE walletdesk_bench TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    # The server reaches this PostgreSQL on the same machine over its Unix
    # socket, as a local deployment would (scripts/postgres.sh puts the socket
    # in the data's parent directory).
    db="$pgbase/walletdesk_bench?host=$pgdir"
    echo "generating $accounts accounts and $transactions transactions into a fresh PostgreSQL database (load $(loadavg))..."
    start=$(date +%s)
    "$server" --db "$db" --generate --accounts "$accounts" --transactions "$transactions" --seed 1 2>"$var/generate.log" \
        || { tail -n 5 "$var/generate.log" >&2; exit 1; }
    took=$(( $(date +%s) - start ))
    echo "generated in $took s ($(( (accounts + transactions) / (took > 0 ? took : 1) )) accounts+transactions/s; load $(loadavg))"
elif [ -z "$db" ]; then
    db="$var/bench-$accounts-$transactions.db"
    if [ ! -f "$db" ]; then
        echo "generating $accounts accounts and $transactions transactions (once; kept in $db)..."
        start=$(date +%s)
        "$server" --db "$db.partial" --generate --accounts "$accounts" --transactions "$transactions" --seed 1 2>/dev/null
        mv "$db.partial" "$db"; rm -f "$db.partial-wal" "$db.partial-shm"
        echo "generated in $(( $(date +%s) - start )) s"
    fi
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$server" --db "$db" --cert "$var/certs/server.pem" --key "$var/certs/server.key" --port "$port" \
    --threads "$threads" > "$var/server.log" 2>&1 &
pid=$!
for _ in $(seq 300); do grep -q listening "$var/server.log" && break; sleep 0.1; done
grep -q listening "$var/server.log" || { echo "server_load.sh: the server did not start:" >&2; tail -n 5 "$var/server.log" >&2; exit 1; }
base="https://127.0.0.1:$port"
token=$(curl -s --cacert "$var/certs/ca.pem" -H 'Content-Type: application/json' \
    -d '{"username":"agent01","password":"agent01-demo"}' "$base/api/v1/auth/login" |
    python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')

# 5,000 phone numbers that exist, spread over the whole store.
if [[ "$db" == postgres* ]]; then
    psql "$db" -Atc "SELECT phone FROM accounts WHERE id % ($accounts / 5000 + 1) = 0 LIMIT 5000" > "$var/phones.txt"
else
    sqlite3 "$db" "SELECT phone FROM accounts WHERE id % ($accounts / 5000 + 1) = 0 LIMIT 5000" > "$var/phones.txt"
fi
cat > "$var/search.lua" <<LUA
local phones = {}
for line in io.lines("$var/phones.txt") do phones[#phones + 1] = line end
wrk.headers["Authorization"] = "Bearer $token"
local i = 0
request = function()
    i = i % #phones + 1
    return wrk.format("GET", "/api/v1/accounts?q=" .. phones[i])
end
LUA
cat > "$var/page.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
local i = 0
request = function()
    i = i % 5000 + 1
    return wrk.format("GET", "/api/v1/accounts/" .. (i * 37 % ($accounts - 4) + 4) .. "/transactions?limit=50&cursor=9999999999999.999999999")
end
LUA
# Opening an account is an audited read: every request is also a durable
# audit row (server/AuditJournal.h), so this is the write path's figure.
cat > "$var/open.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["X-Call-Id"] = "bench-open"
local i = 0
request = function()
    i = i % 5000 + 1
    return wrk.format("GET", "/api/v1/accounts/" .. (i * 37 % ($accounts - 4) + 4))
end
LUA

declare -A rps_of
run() { # key, name, script-or-empty, path
    local out
    if [ -n "$3" ]; then
        out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s --latency -s "$3" "$base$4")
    else
        out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s --latency "$base$4")
    fi
    local rps p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr '\n' ' ' || true)
    rps_of[$1]=$rps
    printf '%-28s %10s req/s   p99 %8s   load %s   %s\n' "$2" "$rps" "$p99" "$(loadavg)" "$errors"
}
ratio() { # name, key, goal: against the mean of the two health runs
    awk -v name="$1" -v r="${rps_of[$2]}" -v h1="${rps_of[health]}" -v h2="${rps_of[health2]}" -v goal="$3" \
        -v pg="$postgres_db" 'BEGIN {
        h = (h1 + h2) / 2; x = h > 0 ? r / h : 0
        verdict = pg ? (x >= goal ? "met" : "MISSED") : "this is SQLite, for comparison"
        printf "%-28s %7.4f x health   (goal on PostgreSQL >= %.2f: %s)\n", name, x, goal, verdict }'
}
if [[ "$db" == postgres* ]]; then
    postgres_db=1
    store="PostgreSQL $(psql "$db" -Atc 'SHOW server_version') ($(sed -E 's#^(postgres(ql)?://)[^@/]*@#\1#' <<<"$db"))"
    # Whether anything has gathered statistics yet (the script itself never does).
    stats=$(psql "$db" -Atc "SELECT string_agg(relname || ' ' || CASE WHEN last_analyze IS NOT NULL THEN 'analyzed'
        WHEN last_autoanalyze IS NOT NULL THEN 'autoanalyzed' ELSE 'never analyzed' END, ', ' ORDER BY relname)
        FROM pg_stat_user_tables WHERE relname IN ('accounts', 'transactions')")
    store="$store; $stats; autovacuum $(psql "$db" -Atc 'SHOW autovacuum')"
else
    postgres_db=0
    store="SQLite $db"
fi
echo "walletdesk-server: $threads thread(s), $connections connections, ${seconds}s each, $(nproc) cores, load $(loadavg)"
echo "store: $store"
run health "health (HTTP ceiling)" "" "/api/v1/health"
run search "account search by phone" "$var/search.lua" "/"
run page "transaction page (50 rows)" "$var/page.lua" "/"
run open "account open (audited)" "$var/open.lua" "/"
# The ceiling again: other work on the machine moves it, so the ratios use the mean of both.
run health2 "health again (HTTP ceiling)" "" "/api/v1/health"
ratio "search / health" search 0.25
ratio "page / health" page 0.15
echo "goal: account search >= 8000 req/s with p99 < 20 ms on 2 cores"
echo "goal: account open (audited) p99 <= 20 ms with $connections connections"
