#!/bin/sh
# Sets everything up and runs every test: the portable core natively, then the Windows build
# (core, clock thread, end-to-end, exe checks) under Wine, then the installers under Wine, then
# the 32-bit Windows build's whole suite under 32-bit Wine (or one line saying why it could not).
# Usage (as root on Debian 12, from the checkout): sh scripts/test.sh
set -eu
cd "$(dirname "$0")/.."
# The tests read English texts: Wine takes its UI language from the locale, so fix it.
LC_ALL=C.UTF-8
export LC_ALL
top=$(pwd)
logs="$top/build/test-logs"

sh scripts/setup-debian.sh
mkdir -p "$logs"

passed=0
failed=0
# Adds a ctest run's "N tests failed out of M" to the totals.
count_ctest() {
    line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -n 1 || true)
    if [ -z "$line" ]; then
        echo "test.sh: no ctest summary in $1" >&2
        failed=$((failed + 1))
        return 0
    fi
    total=$(echo "$line" | sed -E 's/.* out of ([0-9]+).*/\1/')
    bad=$(echo "$line" | sed -E 's/.*passed, ([0-9]+) tests? failed.*/\1/')
    passed=$((passed + total - bad))
    failed=$((failed + bad))
}

echo "== native: the portable core"
cmake --preset native >/dev/null
cmake --build --preset native
status=0
ctest --preset native 2>&1 | tee "$logs/native.log" || status=1
count_ctest "$logs/native.log"

echo "== native, under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake --preset native-sanitize >/dev/null
cmake --build --preset native-sanitize
ctest --preset native-sanitize 2>&1 | tee "$logs/native-sanitize.log" || status=1
count_ctest "$logs/native-sanitize.log"

echo "== calls between the Win32 shell's files run one way"
if sh scripts/check-call-direction.sh; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    status=1
fi

echo "== the Windows workflow (.github/workflows) is a valid GitHub Actions workflow"
if sh scripts/check-workflows.sh; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    status=1
fi

echo "== Windows on ARM64: every source built for aarch64-w64-mingw32 with clang"
if sh scripts/check-arm64.sh >"$logs/arm64.log" 2>&1; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    status=1
fi
tail -n 1 "$logs/arm64.log"

echo "== fuzzing the saved state's and the history's parsers (a million inputs each, the same every run)"
if sh scripts/fuzz.sh --repeatable >"$logs/fuzz.log" 2>&1; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    status=1
fi
cat "$logs/fuzz.log"

echo "== Windows x86_64 (mingw-w64), tests under Wine"
cmake --preset mingw64 >/dev/null
cmake --build --preset mingw64

. "$top/scripts/wine-session.sh"
trap wine_session_stop EXIT INT TERM
LAPWING_FORCE_XVFB=${LAPWING_FORCE_XVFB:-1}
wine_session_start "$top/build/wineprefix" "$top/build/mingw64/bin/session_keeper.exe"
ctest --preset mingw64 2>&1 | tee "$logs/mingw64.log" || status=1
count_ctest "$logs/mingw64.log"
wine_session_stop

if [ -f scripts/test-installers.sh ]; then
    echo "== installers under Wine"
    sh scripts/test-installers.sh 2>&1 | tee "$logs/installers.log" || status=1
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$logs/installers.log" | tail -n 1 || true)
    if [ -n "$line" ]; then
        passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
        failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
    else
        failed=$((failed + 1))
    fi
fi

echo "== Windows i686 (mingw-w64), tests under 32-bit Wine"
cmake --preset mingw32 >/dev/null
wine32_unavailable=${LAPWING_CACHE:-/var/cache/lapwing}/wine32-unavailable
# Installed is not enough: a kernel without 32-bit support cannot start the 32-bit loader at all
# ("Exec format error"), and then the i686 build is only compiled, as without wine32.
wine32_runs=no
if dpkg-query -W -f='${Status}' wine32:i386 2>/dev/null | grep -q 'install ok installed'; then
    if [ -x /usr/lib/wine/wine ] && /usr/lib/wine/wine --version >/dev/null 2>&1; then
        wine32_runs=yes
    else
        mkdir -p "$(dirname "$wine32_unavailable")" 2>/dev/null || true
        echo "wine32:i386 is installed, but this machine's kernel cannot run 32-bit programs (its 32-bit loader fails to start)" > "$wine32_unavailable" 2>/dev/null || true
    fi
fi
if [ "$wine32_runs" = yes ]; then
    cmake --build --preset mingw32 || status=1
    # Its own prefix, a 32-bit Windows, as a 32-bit user has it.
    WINEARCH=win32
    export WINEARCH
    wine_session_start "$top/build/wineprefix32" "$top/build/mingw32/bin/session_keeper.exe"
    ctest --preset mingw32 2>&1 | tee "$logs/mingw32.log" || status=1
    count_ctest "$logs/mingw32.log"
    wine_session_stop
    unset WINEARCH
else
    cmake --build --preset mingw32 --target lapwing || status=1
    reason=$(cat "$wine32_unavailable" 2>/dev/null || echo "wine32:i386 is not installed")
    echo "32-bit tests NOT RUN (the i686 build was only compiled and linked): $reason"
fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
