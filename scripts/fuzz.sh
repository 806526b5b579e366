#!/bin/sh
# Fuzzes the saved state's parser and the history's with libFuzzer (clang, with AddressSanitizer and
# UndefinedBehaviorSanitizer) for a fixed time, from the seed corpora in tests/fuzz/corpus and tests/fuzz/history-corpus (new
# inputs go to a scratch folder, not into the checkout).
# Usage: sh scripts/fuzz.sh [SECONDS]   (default 30): new random inputs each run.
#        sh scripts/fuzz.sh --repeatable  the same million inputs every time (a fixed seed and a
#                                         fixed count): what scripts/test.sh runs, so CI gives
#                                         the same answer for the same code.
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
if [ "${1:-}" = --repeatable ]; then
    budget="-seed=1 -runs=1000000"
else
    budget="-max_total_time=${1:-30}"
fi
out="$top/build/fuzz"
mkdir -p "$out"
status=0
# fuzz NAME CORPUS SOURCES...: builds one target and runs it from a scratch copy of its seeds.
fuzz() {
    name=$1 corpus=$2
    shift 2
    clang -std=c17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
        -Iinclude "tests/fuzz/$name.c" "$@" -o "$out/$name"
    scratch=$(mktemp -d)
    cp "$corpus"/* "$scratch/"
    echo "-- $name"
    # -max_len: large enough for long lines and many laps; -rss_limit_mb: a 2-core, shared
    # machine.
    target_status=0
    # shellcheck disable=SC2086
    "$out/$name" $budget -max_len=65536 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$out/$name-" "$scratch" >"$out/$name.log" 2>&1 || target_status=$?
    rm -rf "$scratch"
    grep -E '^(Done|stat::number_of_executed_units|stat::new_units_added|==[0-9]+==ERROR|SUMMARY)' \
        "$out/$name.log" || true
    if [ "$target_status" -ne 0 ]; then
        echo "fuzz: $name failed (exit $target_status); the input and the report are in $out" >&2
        tail -n 40 "$out/$name.log" >&2
        status=$target_status
    fi
}
fuzz fuzz_state_format tests/fuzz/corpus src/core/state_format.c src/core/state_lines.c \
    src/core/state_parse.c src/core/laps.c src/core/text_buffer.c
fuzz fuzz_history tests/fuzz/history-corpus src/core/history.c src/core/history_format.c \
    src/core/history_parse.c src/core/state_lines.c src/core/laps.c src/core/text_buffer.c
exit "$status"
