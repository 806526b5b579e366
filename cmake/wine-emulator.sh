#!/bin/sh
# CMAKE_CROSSCOMPILING_EMULATOR for the mingw-w64 builds: runs a Windows program under Wine.
# Wine may start its service processes (services.exe, explorer.exe, ...) from inside the program
# it launches; they outlive it and would keep ctest's output pipe open, so ctest would wait for
# them forever. So the program's output goes to a file, which is printed once it has exited.
log=$(mktemp "${TMPDIR:-/tmp}/lapwing-wine.XXXXXX") || exit 1
WINEDEBUG=${WINEDEBUG:--all} wine "$@" >"$log" 2>&1 </dev/null
status=$?
cat "$log"
rm -f "$log"
exit $status
