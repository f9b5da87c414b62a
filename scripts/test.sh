#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: installs what is missing,
# checks the formatting of every C++ file (scripts/check-format.sh; first, so
# that it fails fast; WALLETDESK_FORMAT_CHECK=0 skips it on a local run, never
# in CI), builds, starts a throw-away PostgreSQL, runs every test (SQLite and
# PostgreSQL back-ends), then the whole suite again built with AddressSanitizer
# and UndefinedBehaviorSanitizer (scripts/sanitize.sh, in build-asan/), and
# stops the database again. WALLETDESK_SANITIZE=0 skips the sanitizer run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
if [ "${WALLETDESK_FORMAT_CHECK:-1}" != 0 ]; then
    "$root/scripts/check-format.sh"
else
    echo "test.sh: formatting not checked (WALLETDESK_FORMAT_CHECK=0)"
fi
"$root/scripts/build.sh"

pgdir=$(mktemp -d /tmp/walletdesk-pg.XXXXXX)
cleanup() { "$root/scripts/postgres.sh" stop "$pgdir"; rm -rf "$pgdir"; }
trap cleanup EXIT
WALLETDESK_TEST_POSTGRES=$("$root/scripts/postgres.sh" start "$pgdir")
export WALLETDESK_TEST_POSTGRES
export WALLETDESK_TEST_POSTGRES_SOCKET_DIR=$pgdir
echo "test.sh: PostgreSQL for the tests at $WALLETDESK_TEST_POSTGRES"

cd "$root/build"
# A session bus of our own, for the tests that talk to the Secret Service.
# One test per core, and one more: tst_syncengine (2 x 1,000 outbox items,
# an fsync each) spends 140 s of its 150 waiting on the disk, and would take
# a core from the rest while it waits (ctest starts it first, COST). The
# suite would not fit CI's 30 minutes one at a time.
dbus-run-session -- "$root/scripts/with-keyring.sh" ctest --output-on-failure --timeout 900 \
    --parallel "$(($(nproc) + 1))" "$@"

if [ "${WALLETDESK_SANITIZE:-1}" != 0 ]; then
    echo "test.sh: the same tests with ASan and UBSan (build-asan/)"
    "$root/scripts/sanitize.sh" "$@"
fi
