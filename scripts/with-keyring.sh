#!/usr/bin/env bash
# Runs a command with a throw-away, unlocked Secret Service keyring
# (gnome-keyring) on the current D-Bus session bus, and with XDG folders of
# its own. Use inside dbus-run-session:
#   dbus-run-session -- scripts/with-keyring.sh ctest ...
set -euo pipefail
scratch=$(mktemp -d /tmp/walletdesk-keyring.XXXXXX)
mkdir -m 700 -p "$scratch/data" "$scratch/runtime" "$scratch/config"
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/config"
# A keyring with a password is created without asking anyone; an empty one
# would need a prompt, which nobody can answer here.
eval "$(printf 'walletdesk-test' | gnome-keyring-daemon --daemonize --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
status=0
"$@" || status=$?
[ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
rm -rf "$scratch"
exit "$status"
