#!/usr/bin/env bash
# A whole floor against one server process on SQLite: N simulated agents
# (bench/floor/, target floor_sim) sign in and work calls as the console does,
# for a bounded time; prints per-step p50/p95/p99, errors, retries, calls/s,
# the server's CPU per 1,000 agents and agents per core. Run on demand, not
# part of the test suite. docs/benchmarks.md, "A whole floor", has the figures.
#   bench/floor_run.sh [--agents N] [--duration SECONDS] [--ramp SECONDS]
#                      [--connections N] [--threads N] [--accounts N]
#                      [--transactions N] [--compress FACTOR] [--find-max]
#                      [--step SECONDS] [--seed N] [--json FILE] [-- FLOOR_SIM_OPTION...]
# The store (bench/var/floor-ACCOUNTS-TRANSACTIONS.db) is generated once and
# reused: demo data with seed 1, the agents floor00001.. (password hashes of
# 1000 PBKDF2 iterations, so that 10,000 sign-ins are quick), added to when a
# run wants more of them.
# The server runs with its default abuse limits, except with --compress or
# --find-max: an agent then works more than the 60 calls an hour that
# --sms-per-agent-hour allows, and callers come back within the hour, so
# the script starts the server with --sms-interval 0 --sms-per-account-hour
# 1000 --sms-per-agent-hour 100000 (it says so when it does).
# --threads 1 by default: two server threads on one SQLite file sleep in
# SQLite's busy handler while the other holds the write lock (50-100 ms
# steps), which is most of the tail (docs/benchmarks.md, "A whole floor").
# WALLETDESK_SERVER_BIN / FLOOR_SIM_BIN: use those binaries and skip the build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agents=10000
duration=300
ramp=60
connections=64
threads=1
accounts=100000
transactions=12000000
compress=1
find_max=0
step=30
json=""
seed=$(date +%s) # each run calls other customers first (a reused store keeps what earlier runs did)
while [ $# -gt 0 ]; do
    case "$1" in
        --agents) agents=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        --ramp) ramp=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --accounts) accounts=$2; shift 2 ;;
        --transactions) transactions=$2; shift 2 ;;
        --compress) compress=$2; shift 2 ;;
        --find-max) find_max=1; shift ;;
        --step) step=$2; shift 2 ;;
        --json) json=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --) shift; break ;; # the rest goes to floor_sim as it is
        *) echo "floor_run.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
if [ -n "${WALLETDESK_SERVER_BIN:-}" ] && [ -n "${FLOOR_SIM_BIN:-}" ]; then
    server=$WALLETDESK_SERVER_BIN
    sim=$FLOOR_SIM_BIN
else
    "$root/scripts/build.sh" >/dev/null
    server=${WALLETDESK_SERVER_BIN:-$root/build/server/walletdesk-server}
    sim=${FLOOR_SIM_BIN:-$root/build/bench/floor_sim}
fi
for b in "$server" "$sim"; do
    [ -x "$b" ] || { echo "floor_run.sh: $b is not executable" >&2; exit 2; }
done
var="$root/bench/var"
mkdir -p "$var"
[ -f "$var/certs/server.pem" ] || "$root/scripts/dev-cert.sh" "$var/certs" >/dev/null
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

db="$var/floor-$accounts-$transactions.db"
if [ ! -f "$db" ]; then
    echo "generating $accounts accounts, $transactions transactions and $agents floor agents (once; kept in $db; load $(loadavg))..."
    start=$(date +%s)
    rm -f "$db.partial" "$db.partial-wal" "$db.partial-shm"
    "$server" --no-config --db "$db.partial" --generate --accounts "$accounts" --transactions "$transactions" \
        --seed 1 --pbkdf2-iterations 1000 --floor-agents "$agents" 2>"$var/floor-generate.log" \
        || { tail -n 5 "$var/floor-generate.log" >&2; exit 1; }
    mv "$db.partial" "$db"; rm -f "$db.partial-wal" "$db.partial-shm"
    echo "generated in $(( $(date +%s) - start )) s"
fi
have=$(sqlite3 "$db" "SELECT COUNT(*) FROM agents WHERE username GLOB 'floor[0-9][0-9][0-9][0-9][0-9]'")
if [ "$have" -lt "$agents" ]; then
    echo "adding floor agents up to floor$(printf %05d "$agents") (the store has $have)..."
    "$server" --no-config --db "$db" --pbkdf2-iterations 1000 --floor-agents "$agents" 2>"$var/floor-generate.log" \
        || { tail -n 5 "$var/floor-generate.log" >&2; exit 1; }
fi
# Each run starts from a copy of the store as generated: what earlier runs
# wrote (their feed history above all: a console that signs in pages
# through the whole changes feed) would otherwise change the figures.
run_db="$var/floor-run.db"
rm -f "$run_db" "$run_db-wal" "$run_db-shm"
cp --reflink=auto "$db" "$run_db"
phones="$var/floor-phones-$accounts-$transactions.txt"
# Every generated caller (the three showcase accounts apart).
[ -s "$phones" ] || sqlite3 "$db" "SELECT phone FROM accounts WHERE id > 3" > "$phones"

limits=()
if [ "$find_max" -eq 1 ] || [ "$compress" != 1 ]; then
    limits=(--sms-interval 0 --sms-per-account-hour 1000 --sms-per-agent-hour 100000)
    echo "compressed mode: the server runs with ${limits[*]} (an agent works more calls an hour than the default limits allow)"
fi
sms="$var/floor-sms.log"
acks="$var/floor-acks.tsv"
: > "$sms"
: > "$acks"
pid=""
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$server" --no-config --db "$run_db" --cert "$var/certs/server.pem" --key "$var/certs/server.key" --port "$port" \
    --threads "$threads" --sms-log "$sms" "${limits[@]}" > "$var/floor-server.log" 2>&1 &
pid=$!
for _ in $(seq 300); do grep -q listening "$var/floor-server.log" && break; sleep 0.1; done
grep -q listening "$var/floor-server.log" || { echo "floor_run.sh: the server did not start:" >&2; tail -n 5 "$var/floor-server.log" >&2; exit 1; }

echo "walletdesk-server: $threads thread(s), SQLite $run_db (a copy of $db: $(sqlite3 "$db" 'SELECT COUNT(*) FROM accounts') accounts, $(sqlite3 "$db" 'SELECT COUNT(*) FROM changes') changes in the feed), $(nproc) cores, load $(loadavg)"
args=(--url "https://127.0.0.1:$port" --ca "$var/certs/ca.pem" --agents "$agents" --duration "$duration"
    --connections "$connections" --phones "$phones" --sms-log "$sms" --acks "$acks" --server-pid "$pid"
    --compress "$compress" --seed "$seed")
args+=(--ramp "$ramp")
[ -z "$json" ] || args+=(--json "$json")
[ "$find_max" -eq 0 ] || args+=(--find-max --step "$step")
set +e
"$sim" "${args[@]}" "$@"
rc=$?
set -e
echo "acknowledged writes: $(wc -l < "$acks") (in $acks); load $(loadavg)"
exit $rc
