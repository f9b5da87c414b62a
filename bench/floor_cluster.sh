#!/usr/bin/env bash
# A floor on several servers (issue #15; docs/deploy.md): a throw-away
# PostgreSQL, two walletdesk-server processes on it and HAProxy in front of
# them (deploy/haproxy.cfg itself, its addresses set through the environment),
# all on loopback, and the floor simulator (bench/floor_sim) working through
# HAProxy. Part-way, one server is killed with SIGKILL: the simulated consoles'
# connections to it break and they retry through HAProxy, which sends them to
# the other server. The killed server is started again a few seconds later, as
# the unit's Restart=on-failure would. Afterwards the database is checked with
# psql: every write the simulator saw acknowledged (its --acks file) is in the
# store, with the answer its Idempotency-Key stored, and no complaint, call
# record or account action was stored twice. Run on demand, not part of the test suite.
#
#   bench/floor_cluster.sh [--agents N] [--duration S] [--ramp S] [--compress F]
#                          [--connections N] [--threads N] [--kill-after S]
#                          [--restart-after S | --no-restart]
#                          [--accounts N] [--transactions N]
# Defaults: 10,000 agents for 300 s (the simulator's ramp, agents / 100 s),
# 64 connections, server 1 killed half-way through what follows the ramp and
# started again 5 s later; a store of 100,000 accounts and 1,000,000
# transactions (PostgreSQL's generation is slow: a few minutes; the SQLite
# runs of bench/floor_run.sh use 200,000 and 4,000,000).
#
# --threads: server threads per process (default 4). A thread waits for
#   PostgreSQL on every statement (a round trip to another process, and the
#   commit's flush), and meanwhile serves no one: with one thread a process
#   serves one request at a time and leaves its core idle during the waits
#   (2,000 agents under load: 25 requests/s with one thread each against
#   146 with four; changes feed p95 1.4 s against 0.8 s). Four threads per process, eight
#   PostgreSQL connections in all, keep the two cores busy. (On SQLite,
#   in-process, bench/floor_run.sh uses two.)
# Prints the simulator's figures, the CPU each part used, the load average and
# the check. Exit status: 0 when the check passed and the simulator met its
# goals (no error after retries, every step's p95 <= 100 ms); 1 when the check
# failed (a lost or duplicated write); 3 when the check passed but the
# simulator missed a goal; 2 for bad usage or when something did not start.
# WALLETDESK_BUILD_DIR (default build/): where walletdesk-server and floor_sim
#   are built (only those two targets are built).
# Everything is under bench/var/cluster/: logs, acks, the HAProxy socket, and
# PostgreSQL's data with the generated store (made once per size, reused).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agents=10000
duration=300
ramp=""
compress=1
connections=64
threads=4
kill_after=""
restart_after=5
accounts=100000
transactions=1000000
while [ $# -gt 0 ]; do
    case "$1" in
        --agents) agents=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        --ramp) ramp=$2; shift 2 ;;
        --compress) compress=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --kill-after) kill_after=$2; shift 2 ;;
        --restart-after) restart_after=$2; shift 2 ;;
        --no-restart) restart_after=""; shift ;;
        --accounts) accounts=$2; shift 2 ;;
        --transactions) transactions=$2; shift 2 ;;
        *) echo "floor_cluster.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
# The simulator's own default ramp: 100 sign-ins a second, at least 10 s.
[ -n "$ramp" ] || ramp=$(( agents / 100 > 10 ? agents / 100 : 10 ))
# By default in the middle of the time after the ramp, when every agent works.
[ -n "$kill_after" ] || kill_after=$(( ramp + (duration - ramp) / 2 ))
[ "$kill_after" -lt "$duration" ] || { echo "floor_cluster.sh: --kill-after must be before the end (--duration $duration)" >&2; exit 2; }

"$root/scripts/install-deps.sh" >/dev/null
"$root/scripts/install-deps.sh" bench >/dev/null
build=${WALLETDESK_BUILD_DIR:-$root/build}
[ -f "$build/build.ninja" ] || [ -f "$build/Makefile" ] \
    || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target walletdesk-server floor_sim >/dev/null
server="$build/server/walletdesk-server"
sim="$build/bench/floor_sim"

var="$root/bench/var/cluster"
mkdir -p "$var"
[ -f "$var/certs/server.pem" ] || "$root/scripts/dev-cert.sh" "$var/certs" >/dev/null
rm -f "$var"/*.log "$var"/*.out "$var/acks.tsv" "$var/sms.log" "$var/floor.json" "$var/haproxy.sock" "$var/phones.txt"

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
tck=$(getconf CLK_TCK)
# CPU seconds (user + system) a process has used so far; 0 once it is gone.
cpu_of() { awk -v t="$tck" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# The same for the PostgreSQL postmaster and all its backends.
pg_cpu() {
    local pm total=0 pid
    pm=$(head -n 1 "$pgdir/data/postmaster.pid" 2>/dev/null) || { echo 0; return; }
    for pid in $pm $(pgrep -P "$pm" || true); do
        total=$(awk -v a="$total" -v b="$(cpu_of "$pid")" 'BEGIN { printf "%.2f", a + b }')
    done
    echo "$total"
}

pids=("" "")
ports=("$(free_port)" "$(free_port)")
hpid=""
simpid=""
pgdir="$var/postgres"
cleanup() {
    for p in "$simpid" "$hpid" "${pids[@]}"; do
        if [ -n "$p" ]; then kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; fi
    done
    "$root/scripts/postgres.sh" stop "$pgdir" 2>/dev/null || true
}
trap cleanup EXIT

echo "floor_cluster: $agents agents, $duration s (ramp $ramp s), two servers x $threads thread(s) behind HAProxy on PostgreSQL; $(nproc) cores, load $(loadavg)"
"$root/scripts/postgres.sh" stop "$pgdir" 2>/dev/null || true  # left over from an interrupted run
pgbase=$("$root/scripts/postgres.sh" start "$pgdir")
# The generated store is kept as a template database in the cluster's data
# (bench/var/cluster/postgres/, kept between runs like bench/floor_run.sh's
# SQLite store): each run works on a fresh copy of it, made in seconds.
template="floor_${accounts}_${transactions}_${agents}"
if [ -z "$(psql "$pgbase/postgres" -qAtc "SELECT 1 FROM pg_database WHERE datname = '$template'")" ]; then
    echo "floor_cluster: generating $accounts accounts, $transactions transactions and $agents floor agents (once; kept as the database $template; load $(loadavg))..."
    psql "$pgbase/postgres" -qAt -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS ${template}_partial" \
        -c "CREATE DATABASE ${template}_partial TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    start=$(date +%s)
    # 1,000 PBKDF2 iterations for the floor's passwords: 10,000 sign-ins at
    # the start of the run would otherwise be most of its CPU (the contract of #15).
    "$server" --no-config --db "$pgbase/${template}_partial?host=$pgdir" --generate --accounts "$accounts" \
        --transactions "$transactions" --floor-agents "$agents" --pbkdf2-iterations 1000 --seed 1 \
        2>"$var/generate.log" || { tail -n 5 "$var/generate.log" >&2; exit 2; }
    psql "$pgbase/postgres" -qAtc "ALTER DATABASE ${template}_partial RENAME TO $template"
    echo "floor_cluster: generated in $(( $(date +%s) - start )) s"
fi
psql "$pgbase/postgres" -qAt -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS walletdesk_floor" -c "CREATE DATABASE walletdesk_floor TEMPLATE $template"
# Over the Unix socket, as servers on the database's own machine would.
db="$pgbase/walletdesk_floor?host=$pgdir"
# Every generated caller (the three showcase accounts apart), as bench/floor_run.sh.
psql "$db" -qAtc "SELECT phone FROM accounts WHERE id > 3" >"$var/phones.txt"

# The default abuse limits, as bench/floor_run.sh, except when compressed: an
# agent then works more calls an hour than --sms-per-agent-hour allows, and
# callers come back within the hour.
limits=()
if [ "$compress" != 1 ]; then
    limits=(--sms-interval 0 --sms-per-account-hour 1000 --sms-per-agent-hour 100000)
    echo "floor_cluster: compressed mode: the servers run with ${limits[*]}"
fi

start_server() { # index 0 or 1
    local i=$1
    # Behind HAProxy every connection comes from HAProxy's address: the cap
    # per client address is HAProxy's (deploy/haproxy.cfg), not the server's.
    "$server" --no-config --db "$db" --cert "$var/certs/server.pem" --key "$var/certs/server.key" \
        --port "${ports[$i]}" --threads "$threads" --sms-log "$var/sms.log" \
        --max-connections-per-address 0 "${limits[@]}" >>"$var/server$((i + 1)).out" 2>>"$var/server$((i + 1)).log" &
    pids[$i]=$!
    for _ in $(seq 300); do
        [ "$(cat "$var/server$((i + 1)).out" 2>/dev/null | grep -c listening)" -ge "$2" ] && return 0
        sleep 0.1
    done
    echo "floor_cluster: server $((i + 1)) did not start:" >&2
    tail -n 5 "$var/server$((i + 1)).log" >&2
    exit 2
}
start_server 0 1
start_server 1 1

hport=$(free_port)
sock="$var/haproxy.sock"
export WALLETDESK_LISTEN="127.0.0.1:$hport"
export WALLETDESK_SERVER1="127.0.0.1:${ports[0]}"
export WALLETDESK_SERVER2="127.0.0.1:${ports[1]}"
export WALLETDESK_CA="$var/certs/ca.pem"
export WALLETDESK_SERVER_NAME=localhost  # scripts/dev-cert.sh's name
# The simulator is one client address with all its connections.
export WALLETDESK_PER_ADDRESS=100000
# Two descriptors a connection, within this shell's limit (a container's may
# be below what 40,000 connections need).
fds=$(ulimit -Hn)
[ "$fds" != unlimited ] || fds=1000000
export WALLETDESK_MAXCONN=$(( (fds - 1000) / 2 > 40000 ? 40000 : (fds - 1000) / 2 ))
export WALLETDESK_HAPROXY_LOG=stdout
export WALLETDESK_HAPROXY_SOCKET="$sock"
cfg="$root/deploy/haproxy.cfg"
if [ "$(id -u)" -ne 0 ]; then
    # chroot and the switch to the haproxy user need root: the rest is the same.
    grep -vE '^\s*(chroot|user|group)\s' "$cfg" >"$var/haproxy-unprivileged.cfg"
    cfg="$var/haproxy-unprivileged.cfg"
fi
haproxy -c -q -f "$cfg" || { echo "floor_cluster: haproxy -c refused $cfg" >&2; exit 2; }
haproxy -db -f "$cfg" >"$var/haproxy.log" 2>&1 &
hpid=$!

# The runtime API on the stats socket (docs/deploy.md, "A rolling restart").
haproxy_cmd() {
    python3 - "$sock" "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
s.sendall(sys.argv[2].encode() + b"\n")
out = b""
while chunk := s.recv(65536):
    out += chunk
sys.stdout.write(out.decode())
PY
}
# "s1 UP, s2 DOWN": the backend's servers as HAProxy's checks see them.
server_states() {
    haproxy_cmd "show stat" 2>/dev/null | awk -F, '$1 == "walletdesk" && $2 ~ /^s[0-9]+$/ { printf "%s%s %s", sep, $2, $18; sep = ", " }'
}
for _ in $(seq 100); do
    [ "$(server_states)" = "s1 UP, s2 UP" ] && break
    sleep 0.1
done
[ "$(server_states)" = "s1 UP, s2 UP" ] \
    || { echo "floor_cluster: HAProxy's checks did not pass: $(server_states)" >&2; tail -n 20 "$var/haproxy.log" >&2; exit 2; }
echo "floor_cluster: HAProxy on https://127.0.0.1:$hport: $(server_states) (health checks over HTTPS)"

sim_args=(--url "https://127.0.0.1:$hport" --ca "$var/certs/ca.pem" --agents "$agents"
    --duration "$duration" --ramp "$ramp" --compress "$compress" --connections "$connections"
    --phones "$var/phones.txt" --sms-log "$var/sms.log" --acks "$var/acks.tsv"
    --server-pid "${pids[0]}" --server-pid "${pids[1]}" --json "$var/floor.json" --seed 1)
cpu0_haproxy=$(cpu_of "$hpid")
cpu0_pg=$(pg_cpu)
run_start=$(date +%s.%N)
"$sim" "${sim_args[@]}" >"$var/floor_sim.out" 2>"$var/floor_sim.log" &
simpid=$!

sleep "$kill_after"
cpu_killed=$(cpu_of "${pids[0]}")
kill -KILL "${pids[0]}"
wait "${pids[0]}" 2>/dev/null || true
killed_pid=${pids[0]}
pids[0]=""
echo "floor_cluster: server 1 (pid $killed_pid) killed with SIGKILL at $kill_after s, load $(loadavg)"
for _ in $(seq 100); do
    [[ "$(server_states)" == "s1 DOWN"* ]] && break
    sleep 0.1
done
echo "floor_cluster: HAProxy after $(awk -v s="$run_start" -v n="$(date +%s.%N)" 'BEGIN { printf "%.1f", n - s }') s: $(server_states)"
if [ -n "$restart_after" ]; then
    sleep "$restart_after"
    start_server 0 2
    for _ in $(seq 100); do
        [ "$(server_states)" = "s1 UP, s2 UP" ] && break
        sleep 0.1
    done
    echo "floor_cluster: server 1 started again (pid ${pids[0]}); HAProxy: $(server_states)"
fi

sim_status=0
wait "$simpid" || sim_status=$?
simpid=""
run_end=$(date +%s.%N)
wall=$(awk -v s="$run_start" -v e="$run_end" 'BEGIN { printf "%.1f", e - s }')
load_end=$(loadavg)
cpu_s2=$(cpu_of "${pids[1]}")
cpu_s1b=0
[ -z "${pids[0]}" ] || cpu_s1b=$(cpu_of "${pids[0]}")
cpu_haproxy=$(awk -v a="$(cpu_of "$hpid")" -v b="$cpu0_haproxy" 'BEGIN { printf "%.2f", a - b }')
cpu_pg=$(awk -v a="$(pg_cpu)" -v b="$cpu0_pg" 'BEGIN { printf "%.2f", a - b }')

echo
echo "=== floor_sim (exit status $sim_status) ==="
cat "$var/floor_sim.out"
[ "$sim_status" -le 1 ] || { echo "floor_cluster: the simulator failed:" >&2; tail -n 20 "$var/floor_sim.log" >&2; exit 2; }
echo
echo "=== CPU over the run ($wall s of wall time, $(nproc) cores; load at the end $load_end) ==="
awk -v s1="$cpu_killed" -v s1b="$cpu_s1b" -v s2="$cpu_s2" -v h="$cpu_haproxy" -v pg="$cpu_pg" \
    -v wall="$wall" -v agents="$agents" -v cores="$(nproc)" 'BEGIN {
    servers = s1 + s1b + s2; side = servers + h + pg
    printf "servers     %8.1f s  (server 1 until killed %.1f s, again after %.1f s; server 2 %.1f s)\n", servers, s1, s1b, s2
    printf "PostgreSQL  %8.1f s\n", pg
    printf "HAProxy     %8.1f s\n", h
    printf "all three   %8.1f s = %.2f cores on average\n", side, side / wall
    printf "agents per core: %d agents / %d cores = %d (everything, simulator included, on these cores)\n", agents, cores, agents / cores
    printf "CPU per 1,000 agents: servers %.3f cores, servers + PostgreSQL + HAProxy %.3f cores\n", servers / wall / agents * 1000, side / wall / agents * 1000
}'

echo
echo "=== check against PostgreSQL ==="
# Each acknowledged write: its record is in its table, and the answer stored
# for its Idempotency-Key (agent, scope, key) names that record. Then every
# complaint, call record and account action of the floor agents has exactly
# one key: a retry that had been applied twice would be a record without one
# of its own. (An action's scope names its account: actions:<id>.)
check=$(psql "$db" -qAtX -v ON_ERROR_STOP=1 -F $'\t' <<SQL
CREATE TEMP TABLE acks (kind TEXT, key TEXT, id BIGINT);
\\copy acks FROM '$var/acks.tsv'
CREATE TEMP TABLE kinds (kind TEXT PRIMARY KEY, tbl TEXT, scope TEXT);
INSERT INTO kinds VALUES ('complaint', 'complaints', 'complaints'), ('call', 'calls', 'calls'),
    ('callback', 'callbacks', 'callbacks'), ('action', 'actions', 'actions:%'),
    ('refund', 'actions', 'actions:%');
CREATE TEMP VIEW floor_keys AS
    SELECT i.scope, i.key, i.status, (i.body::json->>'id')::bigint AS id
    FROM idempotency i JOIN agents g ON g.id = i.agent_id WHERE g.username LIKE 'floor%';
SELECT 'acknowledged', kind, count(*) FROM acks GROUP BY kind ORDER BY kind;
SELECT 'unknown kind', a.kind, count(*) FROM acks a LEFT JOIN kinds k USING (kind)
    WHERE k.kind IS NULL GROUP BY a.kind;
SELECT 'missing', a.kind, count(*) FROM acks a JOIN kinds k USING (kind)
    WHERE CASE k.tbl
        WHEN 'complaints' THEN NOT EXISTS (SELECT 1 FROM complaints r WHERE r.id = a.id)
        WHEN 'calls' THEN NOT EXISTS (SELECT 1 FROM calls r WHERE r.id = a.id)
        WHEN 'callbacks' THEN NOT EXISTS (SELECT 1 FROM callbacks r WHERE r.id = a.id)
        WHEN 'actions' THEN NOT EXISTS (SELECT 1 FROM actions r WHERE r.id = a.id)
    END
    GROUP BY a.kind HAVING count(*) > 0;
SELECT 'key not stored for it', a.kind, count(*) FROM acks a JOIN kinds k USING (kind)
    WHERE k.scope IS NOT NULL AND NOT EXISTS (SELECT 1 FROM floor_keys f
        WHERE f.scope LIKE k.scope AND f.key = a.key AND f.id = a.id)
    GROUP BY a.kind HAVING count(*) > 0;
SELECT 'acknowledged twice', kind, count(*) FROM
    (SELECT kind, key FROM acks GROUP BY kind, key HAVING count(*) > 1) d GROUP BY kind;
SELECT 'one record, two acknowledged keys', kind, count(*) FROM
    (SELECT kind, id FROM acks GROUP BY kind, id HAVING count(*) > 1) d GROUP BY kind;
SELECT 'stored twice', 'complaint', count(*) - (SELECT count(DISTINCT id) FROM floor_keys
        WHERE scope = 'complaints' AND status BETWEEN 200 AND 299)
    FROM complaints c JOIN agents g ON g.id = c.created_by WHERE g.username LIKE 'floor%'
    HAVING count(*) <> (SELECT count(DISTINCT id) FROM floor_keys
        WHERE scope = 'complaints' AND status BETWEEN 200 AND 299);
SELECT 'stored twice', 'call', count(*) - (SELECT count(DISTINCT id) FROM floor_keys
        WHERE scope = 'calls' AND status BETWEEN 200 AND 299)
    FROM calls c JOIN agents g ON g.id = c.agent_id WHERE g.username LIKE 'floor%'
    HAVING count(*) <> (SELECT count(DISTINCT id) FROM floor_keys
        WHERE scope = 'calls' AND status BETWEEN 200 AND 299);
SELECT 'stored twice', 'action', count(*) - (SELECT count(DISTINCT id) FROM floor_keys
        WHERE scope LIKE 'actions:%' AND status BETWEEN 200 AND 299)
    FROM actions x JOIN agents g ON g.id = x.agent_id WHERE g.username LIKE 'floor%'
    HAVING count(*) <> (SELECT count(DISTINCT id) FROM floor_keys
        WHERE scope LIKE 'actions:%' AND status BETWEEN 200 AND 299);
SELECT 'applied, answer lost', split_part(s.scope, ':', 1), count(*) FROM floor_keys s
    WHERE (s.scope IN ('complaints', 'calls') OR s.scope LIKE 'actions:%')
    AND s.status BETWEEN 200 AND 299
    AND NOT EXISTS (SELECT 1 FROM acks a WHERE a.key = s.key AND a.id = s.id)
    GROUP BY split_part(s.scope, ':', 1);
SQL
) || { echo "floor_cluster: the check could not run" >&2; exit 1; }
failed=0
while IFS=$'\t' read -r what kind count; do
    case "$what" in
        acknowledged) printf '  acknowledged %-10s %8s\n' "$kind" "$count" ;;
        "applied, answer lost")
            # Not a loss: the write is there once, but the simulator gave up
            # on it (it counts those as errors).
            printf '  applied, but no acknowledgement reached the simulator: %s %s\n' "$count" "$kind" ;;
        *) printf '  FAILED: %s: %s %s\n' "$what" "$count" "$kind"; failed=1 ;;
    esac
done <<<"$check"
if [ "$failed" -ne 0 ]; then
    echo "floor_cluster: check FAILED"
    exit 1
fi
echo "floor_cluster: check passed: every acknowledged write is in the store, once; no complaint, call record or account action stored twice"
[ "$sim_status" -eq 0 ] || { echo "floor_cluster: the simulator missed a goal (errors, or a step's p95 over 100 ms)"; exit 3; }
