#!/usr/bin/env bash
# Makes docs/screenshots/*.png: the console's main screens in Chinese, under
# Xvfb with the real server and demo data.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" >/dev/null
"$root/scripts/build.sh" >/dev/null
export WALLETDESK_SOURCE_DIR="$root" WALLETDESK_SERVER="$root/build/server/walletdesk-server"
xvfb-run -a -s "-screen 0 1600x1000x24" "$root/build/tests/gui/screenshot_tour" "$root/docs/screenshots"
