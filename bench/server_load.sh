#!/usr/bin/env bash
# Server under load on loopback with wrk, bounded in time. Prints req/s and
# p99 for: account search by phone over ACCOUNTS accounts, one page of an
# account's transactions, and the trivial health route (the ceiling of the
# HTTP layer on this machine). Run on demand, not part of the test suite.
#   bench/server_load.sh [--accounts N] [--transactions N] [--threads N]
#                        [--connections N] [--seconds N] [--db postgres://...]
# The generated SQLite store is kept in bench/var/ and reused.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
accounts=1000000
transactions=2000000
threads=2
connections=32
seconds=15
db=""
while [ $# -gt 0 ]; do
    case "$1" in
        --accounts) accounts=$2; shift 2 ;;
        --transactions) transactions=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --db) db=$2; shift 2 ;;
        *) echo "server_load.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
"$root/scripts/install-deps.sh" >/dev/null
"$root/scripts/build.sh" >/dev/null
server="$root/build/server/walletdesk-server"
var="$root/bench/var"
mkdir -p "$var"
[ -f "$var/certs/server.pem" ] || "$root/scripts/dev-cert.sh" "$var/certs" >/dev/null
if [ -z "$db" ]; then
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
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening "$var/server.log" && break; sleep 0.1; done
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

run() { # name, script-or-empty, path
    local out
    if [ -n "$2" ]; then
        out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$2" "$base$3")
    else
        out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base$3")
    fi
    local rps p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr '\n' ' ' || true)
    printf '%-28s %10s req/s   p99 %8s   %s\n' "$1" "$rps" "$p99" "$errors"
}
echo "walletdesk-server: $threads thread(s), $connections connections, ${seconds}s each, $(nproc) cores, store: $db"
run "health (HTTP ceiling)" "" "/api/v1/health"
run "account search by phone" "$var/search.lua" "/"
run "transaction page (50 rows)" "$var/page.lua" "/"
echo "goal: account search >= 8000 req/s with p99 < 20 ms on 2 cores"
