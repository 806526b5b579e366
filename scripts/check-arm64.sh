#!/bin/sh
# Windows on ARM64, as far as this machine can take it: every source of the core and of the Win32
# shell compiled for aarch64-w64-mingw32 with clang (the arm64 preset, warnings as errors), and
# no x86-only code anywhere (compiler intrinsics, inline assembly, _WIN64 taken for x64).
# Debian 12 has no aarch64 mingw-w64 C runtime, so lapwing.exe itself is not linked here: the
# Windows workflow's ARM64 job (MSYS2 CLANGARM64 on windows-11-arm) builds and tests it.
# Usage: sh scripts/check-arm64.sh
set -eu
cd "$(dirname "$0")/.."

found=$(grep -rnE '__builtin_ia32|__asm__|\basm[[:space:]]*\(|_M_X64|_M_AMD64|__x86_64__|_M_IX86|__i386__|_WIN64' \
    src include || true)
if [ -n "$found" ]; then
    echo "check-arm64: x86-only code (it would not build, or not run right, on ARM64):" >&2
    echo "$found" >&2
    exit 1
fi
cmake --preset arm64 >/dev/null
cmake --build --preset arm64 --target lapwing_core lapwing_shell
objects=$(find build/arm64/CMakeFiles/lapwing_core.dir build/arm64/CMakeFiles/lapwing_shell.dir \
    -name '*.obj' | wc -l)
not_arm64=$(find build/arm64/CMakeFiles/lapwing_core.dir build/arm64/CMakeFiles/lapwing_shell.dir \
    -name '*.obj' -exec file {} + | grep -vc 'Aarch64 COFF' || true)
if [ "$not_arm64" -ne 0 ] || [ "$objects" -lt 60 ]; then
    echo "check-arm64: expected every object to be ARM64 COFF ($objects objects, $not_arm64 not)" >&2
    exit 1
fi
echo "check-arm64: $objects sources of the core and the shell built for aarch64-w64-mingw32;" \
    "lapwing.exe not linked (Debian 12 has no aarch64 mingw-w64 C runtime)"
