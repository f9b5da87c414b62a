#!/usr/bin/env bash
# The GUI benchmark: an account with 200,000 transactions (a store generated
# once into bench/var), the real console window under Xvfb, and
# bench_transaction_scroll's figures: first rows, longest GUI stall while
# scrolling to the oldest row, peak memory.
#   bench/gui_bench.sh [--transactions N] [other bench_transaction_scroll options]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
transactions=200000
if [ "${1:-}" = "--transactions" ]; then transactions=$2; shift 2; fi
"$root/scripts/install-deps.sh" >/dev/null
"$root/scripts/build.sh" >/dev/null
var="$root/bench/var"
mkdir -p "$var"
[ -f "$var/certs/server.pem" ] || "$root/scripts/dev-cert.sh" "$var/certs" >/dev/null
# Four accounts: the three showcase ones and account 4, which gets every generated transaction.
db="$var/gui-$transactions.db"
server="$root/build/server/walletdesk-server"
if [ ! -f "$db" ]; then
    echo "generating $transactions transactions for account 4 (once; kept in $db)..."
    "$server" --db "$db.partial" --generate --accounts 4 --transactions "$transactions" --seed 1 2>/dev/null
    mv "$db.partial" "$db"; rm -f "$db.partial-wal" "$db.partial-shm"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$server" --db "$db" --cert "$var/certs/server.pem" --key "$var/certs/server.key" --port "$port" > "$var/gui-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening "$var/gui-server.log" && break; sleep 0.1; done
xvfb-run -a -s "-screen 0 1600x1000x24" "$root/build/bench/bench_transaction_scroll" \
    --server "https://127.0.0.1:$port" --ca "$var/certs/ca.pem" --account 4 "$@"
