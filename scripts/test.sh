#!/bin/sh
# Sets everything up and runs every test: the portable core natively, then the Windows build
# (core, clock thread, end-to-end, exe checks) under Wine, then the 32-bit Windows build.
# Usage (as root on Debian 12, from the checkout): sh scripts/test.sh
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)

sh scripts/setup-debian.sh

echo "== native: the portable core"
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native

echo "== Windows x86_64 (mingw-w64), tests under Wine"
cmake --preset mingw64 >/dev/null
cmake --build --preset mingw64

. "$top/scripts/wine-session.sh"
trap wine_session_stop EXIT INT TERM
LAPWING_FORCE_XVFB=${LAPWING_FORCE_XVFB:-1}
wine_session_start "$top/build/wineprefix" "$top/build/mingw64/bin/session_keeper.exe"
ctest --preset mingw64

echo "== Windows i686 (mingw-w64): build only (Debian's Wine is 64-bit only)"
cmake --preset mingw32 >/dev/null
cmake --build --preset mingw32 --target lapwing
echo "test.sh: all tests passed"
