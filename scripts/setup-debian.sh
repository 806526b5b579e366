#!/bin/sh
# Installs everything Lapwing needs to build, run and test on Debian 12, as root.
# Safe to run again: each step checks before it acts.
#   - Debian packages: compilers (native, clang for the fuzzer, mingw-w64), CMake, Wine, Xvfb,
#     cmocka, NSIS, msitools and wixl, icoutils
#   - cmocka's Debian source package, for the static Windows build of cmocka
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cache=${LAPWING_CACHE:-/var/cache/lapwing}

need_root() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: run as root (apt-get needs it)" >&2
        exit 1
    fi
}

packages="build-essential cmake ninja-build pkg-config file clang libclang-rt-14-dev
 gcc-mingw-w64-x86-64 gcc-mingw-w64-i686 binutils-mingw-w64
 wine wine64 xvfb xauth xdotool imagemagick
 libcmocka-dev dpkg-dev
 nsis msitools wixl icoutils zip unzip"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done

# A deb-src entry, derived from the machine's own Debian sources, so `apt-get source` works.
src_list=/etc/apt/sources.list.d/lapwing-deb-src.sources
if [ ! -f "$src_list" ]; then
    need_root
    base=/etc/apt/sources.list.d/debian.sources
    if [ -f "$base" ]; then
        sed 's/^Types:.*/Types: deb-src/' "$base" > "$src_list"
    elif [ -f /etc/apt/sources.list ]; then
        grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > /etc/apt/sources.list.d/lapwing-deb-src.list
        : > "$src_list"
    fi
    updated=no
else
    updated=yes
fi

if [ -n "$missing" ] || [ ! -d "$cache/cmocka-src" ]; then
    need_root
    export DEBIAN_FRONTEND=noninteractive
    if [ "$updated" = no ] || [ -n "$missing" ]; then
        apt-get update -q
    fi
    if [ -n "$missing" ]; then
        echo "setup: installing:$missing"
        # shellcheck disable=SC2086
        apt-get install -y -q --no-install-recommends $missing
    fi
fi

# cmocka for the Windows target: Debian's own source, built statically by our CMake.
if [ ! -f "$cache/cmocka-src/CMakeLists.txt" ]; then
    mkdir -p "$cache"
    tmp=$(mktemp -d "$cache/get.XXXXXX")
    # apt-get source unpacks the source and applies Debian's patches (dpkg-dev does the work).
    (cd "$tmp" && apt-get source -q cmocka >/dev/null 2>&1) || {
        echo "setup: 'apt-get source cmocka' failed: is the deb-src entry in $src_list usable?" >&2
        exit 1
    }
    unpacked=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d -name 'cmocka-*' | head -n 1)
    [ -n "$unpacked" ] || { echo "setup: cmocka source did not unpack in $tmp" >&2; exit 1; }
    mv "$unpacked" "$tmp/cmocka"
    rm -rf "$cache/cmocka-src"
    mv "$tmp/cmocka" "$cache/cmocka-src"
    rm -rf "$tmp"
fi
echo "setup: ready (cmocka source in $cache/cmocka-src)"
