#!/bin/sh
# Builds and runs the benchmarks: the laps benchmark natively and under Wine, and the lap list
# benchmark under Wine (in a private Xvfb and Wine prefix). They print tables with a baseline
# measured in the same run; compare ratios, not absolute times.
# Usage (as root on Debian 12, from the checkout): sh scripts/bench.sh
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)

sh scripts/setup-debian.sh >/dev/null
cmake --preset native >/dev/null
cmake --build --preset native --target bench_laps >/dev/null
cmake --preset mingw64 >/dev/null
cmake --build --preset mingw64 --target bench_laps bench_ui session_keeper >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
echo "== native"
"$top/build/native/bin/bench_laps"

. "$top/scripts/wine-session.sh"
trap 'wine_session_stop; rm -rf "$work"' EXIT INT TERM
LAPWING_FORCE_XVFB=${LAPWING_FORCE_XVFB:-1}
wine_session_start "$top/build/wineprefix" "$top/build/mingw64/bin/session_keeper.exe"
echo
echo "== Windows x86_64, under Wine"
wine "$top/build/mingw64/bin/bench_laps.exe" 2>/dev/null
echo
wine "$top/build/mingw64/bin/bench_ui.exe" 2>/dev/null
