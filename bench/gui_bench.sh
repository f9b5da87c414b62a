#!/usr/bin/env bash
# The GUI benchmarks: an account with 200,000 transactions (a store generated
# once into bench/var), the real console window under Xvfb, against the real
# server on loopback:
#   bench_transaction_scroll  first rows, longest GUI stall while scrolling
#                             from the newest row to the oldest, peak memory;
#   bench_log_ends            Ctrl+End to the oldest row (key to painted), the
#                             same reached by paging as before the jump,
#                             scrolling up through newer pages and paging down
#                             with the status markers (GUI-thread time per gap).
#   bench/gui_bench.sh [--transactions N] [--build DIR] [--only scroll|ends] [bench options]
# Bench options go to whichever benchmark runs (--rows-per-tick and --tick-ms
# are understood by both; the others need --only). Only the targets the
# benchmarks need are built (the machine's cores are shared), into DIR
# (default build/, configured as scripts/build.sh does).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
transactions=200000
build="$root/build"
only=""
while [ $# -gt 0 ]; do
    case "$1" in
    --transactions) transactions=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) break ;;
    esac
done
"$root/scripts/install-deps.sh" >/dev/null
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWALLETDESK_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" \
    --target walletdesk-server bench_transaction_scroll bench_log_ends >/dev/null
var="$root/bench/var"
mkdir -p "$var"
[ -f "$var/certs/server.pem" ] || "$root/scripts/dev-cert.sh" "$var/certs" >/dev/null
# Four accounts: the three showcase ones and account 4, which gets every generated transaction.
db="$var/gui-$transactions.db"
server="$build/server/walletdesk-server"
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
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
common=(--server "https://127.0.0.1:$port" --ca "$var/certs/ca.pem" --account 4)
if [ "$only" != ends ]; then
    echo "== newest first, scrolled to the oldest row (bench_transaction_scroll) =="
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bench/bench_transaction_scroll" "${common[@]}" "$@"
fi
if [ "$only" != scroll ]; then
    echo "== from the oldest end (bench_log_ends) =="
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bench/bench_log_ends" "${common[@]}" \
        --expect-rows "$transactions" "$@"
fi
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
