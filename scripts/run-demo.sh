#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs WalletDesk on its embedded
# default: installs the packages, builds, makes a local CA and a server
# certificate, generates the demo data (once), runs the server on
# https://127.0.0.1:8443/ and the console connected to it (without a display:
# the server only, until Ctrl+C). Arguments go to the console, e.g.
# --call +8613800138000. Everything lives under var/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
var="$root/var"
port=${WALLETDESK_PORT:-8443}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
mkdir -p "$var"
[ -f "$var/certs/server.pem" ] || "$root/scripts/dev-cert.sh" "$var/certs"
server="$root/build/server/walletdesk-server"
if [ ! -f "$var/demo.db" ]; then
    echo "run-demo: generating demo data (about 10,000 accounts and 500,000 transactions)..."
    "$server" --db "$var/demo.db.partial" --generate
    mv "$var/demo.db.partial" "$var/demo.db"
    rm -f "$var/demo.db.partial-wal" "$var/demo.db.partial-shm"
fi
cat <<TXT
run-demo: server on https://127.0.0.1:$port/ (CA: $var/certs/ca.pem)
  sign in:  curl --cacert var/certs/ca.pem -H 'Content-Type: application/json' \\
              -d '{"username":"agent01","password":"agent01-demo"}' https://127.0.0.1:$port/api/v1/auth/login
  simulated SMS messages: $var/sms.log
TXT
serve=("$server" --db "$var/demo.db" --cert "$var/certs/server.pem" --key "$var/certs/server.key" --port "$port"
       --sms-log "$var/sms.log")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "${WALLETDESK_NO_CONSOLE:-}" = 1 ]; then
    echo "run-demo: no display, so the server only; Ctrl+C stops it"
    exec "${serve[@]}"
fi
# With a display: the server in the background, the console in front
# (sign in as agent01 / agent01-demo); closing the console stops both.
"${serve[@]}" > "$var/server.log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening "$var/server.log" && break; sleep 0.1; done
echo "run-demo: console starting; sign in as agent01 / agent01-demo"
"$root/build/console/walletdesk" --server "https://127.0.0.1:$port" --ca "$var/certs/ca.pem" --lang zh_CN "$@"
