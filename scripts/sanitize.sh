#!/usr/bin/env bash
# The test suite built with AddressSanitizer + UndefinedBehaviorSanitizer
# (WALLETDESK_SANITIZE=ON) in build-asan/: any memory error, leak or undefined
# behaviour fails the run, in the tests and in the processes they start (the
# server, the console, sync_runner). Arguments go to ctest.
#   scripts/sanitize.sh               # everything
#   scripts/sanitize.sh -L unit       # a part
# Uses the PostgreSQL named by WALLETDESK_TEST_POSTGRES (scripts/test.sh starts
# one), or starts a throw-away one of its own.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-asan"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWALLETDESK_WERROR=ON \
    -DWALLETDESK_SANITIZE=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

reports=$(mktemp -d /tmp/walletdesk-asan.XXXXXX)
pgdir=
cleanup() {
    [ -n "$pgdir" ] && { "$root/scripts/postgres.sh" stop "$pgdir"; rm -rf "$pgdir"; }
    rm -rf "$reports"
}
trap cleanup EXIT
if [ -z "${WALLETDESK_TEST_POSTGRES:-}" ]; then
    pgdir=$(mktemp -d /tmp/walletdesk-pg.XXXXXX)
    WALLETDESK_TEST_POSTGRES=$("$root/scripts/postgres.sh" start "$pgdir")
    export WALLETDESK_TEST_POSTGRES WALLETDESK_TEST_POSTGRES_SOCKET_DIR=$pgdir
fi

# Every report also goes to a file named after the process, so that a finding
# in a child process fails the run even when its test does not look at how the
# child ended. Leaks inside Qt's and the system's own libraries are suppressed
# by scripts/lsan.supp (each entry says why); never our own code.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1:log_path=$reports/asan:log_exe_name=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:log_path=$reports/ubsan:log_exe_name=1"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"

cd "$build"
status=0
# One test per core and one more, as scripts/test.sh runs them.
dbus-run-session -- "$root/scripts/with-keyring.sh" ctest --output-on-failure --timeout 900 \
    --parallel "$(($(nproc) + 1))" "$@" || status=$?
if compgen -G "$reports/*" >/dev/null; then
    echo "sanitize.sh: sanitizer reports:" >&2
    for f in "$reports"/*; do
        echo "----- $(basename "$f")" >&2
        cat "$f" >&2
    done
    status=1
fi
[ "$status" -eq 0 ] && echo "sanitize.sh: no sanitizer findings"
exit "$status"
