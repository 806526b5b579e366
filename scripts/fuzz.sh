#!/bin/sh
# Fuzzes the saved state's parser with libFuzzer (clang, with AddressSanitizer and
# UndefinedBehaviorSanitizer) for a fixed time, from the seed corpus in tests/fuzz/corpus (new
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
clang -std=c17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -Iinclude tests/fuzz/fuzz_state_format.c src/core/state_format.c src/core/state_lines.c \
    src/core/state_parse.c src/core/laps.c src/core/text_buffer.c -o "$out/fuzz_state_format"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp tests/fuzz/corpus/* "$scratch/"
# -max_len: large enough for long lines and many laps; -rss_limit_mb: a 2-core, shared machine.
status=0
# shellcheck disable=SC2086
"$out/fuzz_state_format" $budget -max_len=65536 -rss_limit_mb=2048 \
    -timeout=10 -print_final_stats=1 -artifact_prefix="$out/" "$scratch" >"$out/fuzz.log" 2>&1 ||
    status=$?
grep -E '^(Done|stat::number_of_executed_units|stat::new_units_added|==[0-9]+==ERROR|SUMMARY)' \
    "$out/fuzz.log" || true
if [ "$status" -ne 0 ]; then
    echo "fuzz: the parser failed (exit $status); the input and the report are in $out" >&2
    tail -n 40 "$out/fuzz.log" >&2
fi
exit "$status"
