#!/usr/bin/env bash
# Checks that every C++ source and header tracked by git is formatted as
# .clang-format says (clang-format --dry-run -Werror): prints the files that
# are not and fails if there are any. Changes nothing; to format a file, run
# `clang-format -i FILE`. With file arguments it checks only those.
# scripts/test.sh runs this first; WALLETDESK_FORMAT_CHECK=0 makes test.sh
# skip it, for local runs only (CI runs test.sh as it is, and checks).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if ! command -v clang-format >/dev/null; then
    echo "check-format: clang-format is missing (scripts/install-deps.sh installs it)" >&2
    exit 2
fi
if [ $# -gt 0 ]; then
    files=("$@")
else
    # Tracked and present (a file deleted in the work tree is not checked).
    mapfile -t files < <(git ls-files '*.cpp' '*.h' | while IFS= read -r f; do [ -f "$f" ] && printf '%s\n' "$f"; done)
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "check-format: no C++ files found" >&2
    exit 2
fi
# One clang-format for all files; a file out of format shows as
# "FILE:LINE:COL: error: code should be clang-formatted [-Wclang-format-violations]".
status=0
out=$(clang-format --dry-run -Werror "${files[@]}" 2>&1) || status=$?
mapfile -t unformatted < <(sed -n 's/:[0-9]*:[0-9]*: error: code should be clang-formatted \[-Wclang-format-violations\]$//p' <<<"$out" | sort -u)
if [ "$status" -ne 0 ] && [ ${#unformatted[@]} -eq 0 ]; then
    # Failed for another reason (an unreadable file, a bad .clang-format).
    printf '%s\n' "$out" >&2
    echo "check-format: clang-format failed" >&2
    exit 2
fi
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "check-format: ${#unformatted[@]} of ${#files[@]} files are not formatted by .clang-format ($(clang-format --version | head -n1)):"
    printf '  %s\n' "${unformatted[@]}"
    echo "check-format: format them with clang-format -i FILE"
    exit 1
fi
echo "check-format: ${#files[@]} files, all formatted"
