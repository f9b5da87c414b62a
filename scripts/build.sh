#!/usr/bin/env bash
# Configures and builds into build/ (warnings are errors). Idempotent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWALLETDESK_WERROR=ON >/dev/null
cmake --build "$root/build" --parallel "$(nproc)"
