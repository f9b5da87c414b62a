#!/usr/bin/env bash
# Builds the two Debian packages into build/packages/:
#   walletdesk_VERSION_amd64.deb          the console
#   walletdesk-server_VERSION_amd64.deb   the server, its systemd unit and /etc/walletdesk/server.conf
# then checks both with lintian: any error fails, warnings are printed.
# Reuses build/ as it is configured (configures it as scripts/build.sh does
# when it is not), building only the two programs.
#   scripts/package.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWALLETDESK_WERROR=ON >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target walletdesk walletdesk-server
rm -f "$build"/packages/*.deb
# fakeroot: the files are root's in the packages whoever builds them.
(cd "$build" && fakeroot cpack -G DEB --config CPackConfig.cmake >/dev/null)
mapfile -t debs < <(find "$build/packages" -maxdepth 1 -name '*.deb' | sort)
if [ ${#debs[@]} -ne 2 ]; then
    echo "package.sh: expected two packages in $build/packages, got ${#debs[@]}" >&2
    exit 1
fi
status=0
for deb in "${debs[@]}"; do
    echo "package.sh: $deb"
    # --fail-on error: warnings are shown (and worth fixing) but do not fail.
    lintian --fail-on error --tag-display-limit 0 "$deb" || status=1
done
[ "$status" -eq 0 ] && echo "package.sh: lintian found no errors"
exit "$status"
