#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (ASan + UBSan + libFuzzer's
# coverage) in build-fuzz/ and runs each for a bounded time, then prints what
# each did and what it found.
#   scripts/fuzz.sh               # every target, 60 s each
#   scripts/fuzz.sh 300 fuzz_csv  # one target, 5 minutes
#   scripts/fuzz.sh 0             # only the seed corpus, once (a regression check)
# New inputs that reach new code go to build-fuzz/runs/<target>/corpus, never
# into fuzz/corpus/ (copy the interesting ones there by hand). A finding is
# saved as build-fuzz/runs/<target>/crash-* (or leak-*, timeout-*); rerun it
# with build-fuzz/fuzz/<target> FILE. Exits 1 when any target found something.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
all=(fuzz_request fuzz_codecs fuzz_masking fuzz_csv)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

"$root/scripts/install-deps.sh"
build="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWALLETDESK_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

summary=()
found=0
for t in "${targets[@]}"; do
    runs="$build/runs/$t"
    rm -f "$runs"/crash-* "$runs"/leak-* "$runs"/timeout-* "$runs"/oom-* "$runs/log"
    mkdir -p "$runs/corpus"
    seeds="$root/fuzz/corpus/$t"
    args=(-timeout=20 -max_len=16384 "-artifact_prefix=$runs/")
    [ -f "$root/fuzz/$t.dict" ] && args+=("-dict=$root/fuzz/$t.dict")
    echo "fuzz.sh: $t for ${seconds}s"
    if [ "$seconds" -eq 0 ]; then
        # Each seed once, each in a process of its own (a crash ends a process).
        for f in "$seeds"/*; do
            timeout 60 "$build/fuzz/$t" "$f" >>"$runs/log" 2>&1 || cp "$f" "$runs/crash-seed-$(basename "$f")"
        done
        echo "#$(find "$seeds" -type f | wc -l)" >>"$runs/log"
    else
        # Fork mode: a finding does not end the run, so one known bug cannot
        # hide the others; each is saved and reported below.
        "$build/fuzz/$t" "${args[@]}" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
            -max_total_time="$seconds" "$runs/corpus" "$seeds" >"$runs/log" 2>&1 || true
    fi
    execs=$(grep -oE '^#[0-9]+' "$runs/log" | tail -n 1 | tr -d '#')
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$runs/log" | tail -n 1 || true)
    corpus=$(find "$runs/corpus" -type f | wc -l)
    line="$t: ${execs:-?} executions, ${cov:-no coverage line}, corpus $corpus"
    # One line per distinct finding: the sanitizer's summary or the property that failed.
    mapfile -t artifacts < <(find "$runs" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
    if [ ${#artifacts[@]} -gt 0 ]; then
        found=1
        declare -A seen=()
        for a in "${artifacts[@]}"; do
            what=$(timeout 60 "$build/fuzz/$t" "$a" 2>&1 | grep -m1 -E '==FINDING==|SUMMARY: ' || true)
            what=${what:-"no report on rerun (flaky?)"}
            if [ -z "${seen[$what]:-}" ]; then
                seen[$what]=1
                line="$line"$'\n'"    FINDING: $what"$'\n'"      input: $a"
            fi
        done
        unset seen
    fi
    summary+=("$line")
done
echo
printf 'fuzz.sh: %s\n' "${summary[@]}"
exit "$found"
