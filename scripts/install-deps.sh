#!/usr/bin/env bash
# Installs the Debian packages listed in scripts/packages.txt. Idempotent: does
# nothing (and needs no network) when every package is already installed.
#   scripts/install-deps.sh         what building and testing need
#   scripts/install-deps.sh bench   also scripts/packages-bench.txt: what only
#                                   the on-demand benchmarks need (HAProxy)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lists=("$here/packages.txt")
case "${1:-}" in
    "") ;;
    bench) lists+=("$here/packages-bench.txt") ;;
    *) echo "install-deps: unknown set ${1} (known: bench)" >&2; exit 2 ;;
esac
mapfile -t wanted < <(grep -hvE '^\s*(#|$)' "${lists[@]}")
missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#wanted[@]} packages present"
    exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
