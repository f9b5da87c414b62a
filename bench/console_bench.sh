#!/usr/bin/env bash
# The console benchmarks: cache ingest against the sqlite3 shell, local
# search over a busy month's cache, and screen pop against a server holding
# ACCOUNTS accounts (the store of bench/server_load.sh, generated if missing).
#   bench/console_bench.sh [--accounts N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
accounts=1000000
transactions=2000000
[ "${1:-}" = "--accounts" ] && accounts=$2
"$root/scripts/install-deps.sh" >/dev/null
"$root/scripts/build.sh" >/dev/null
b="$root/build/bench"
echo "== cache ingest"; "$b/bench_cache_ingest" 200000
echo "== local search"; "$b/bench_local_search" 100000 1000000

var="$root/bench/var"
mkdir -p "$var"
[ -f "$var/certs/server.pem" ] || "$root/scripts/dev-cert.sh" "$var/certs" >/dev/null
db="$var/bench-$accounts-$transactions.db"
server="$root/build/server/walletdesk-server"
if [ ! -f "$db" ]; then
    echo "generating $accounts accounts (once; kept in $db)..."
    "$server" --db "$db.partial" --generate --accounts "$accounts" --transactions "$transactions" --seed 1 2>/dev/null
    mv "$db.partial" "$db"; rm -f "$db.partial-wal" "$db.partial-shm"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$server" --db "$db" --cert "$var/certs/server.pem" --key "$var/certs/server.key" --port "$port" > "$var/pop-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening "$var/pop-server.log" && break; sleep 0.1; done
sqlite3 "$db" "SELECT phone FROM accounts WHERE id % 3331 = 0 LIMIT 300" > "$var/pop-phones.txt"
echo "== screen pop"; "$b/bench_screen_pop" --server "https://127.0.0.1:$port" --ca "$var/certs/ca.pem" --phones "$var/pop-phones.txt"
