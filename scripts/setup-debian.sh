#!/bin/sh
# Installs everything Lapwing needs to build, run and test on Debian 12, as root.
# Safe to run again: each step checks before it acts.
#   - Debian packages: compilers (native, clang for the fuzzer and the ARM64 check, lld,
#     mingw-w64), CMake, Wine, Xvfb, cmocka, NSIS, msitools and wixl, icoutils, and npm when the
#     machine has none
#   - cmocka's Debian source package, for the static Windows build of cmocka
#   - when apt can have it, Wine's 32-bit loader (wine32:i386) for the 32-bit tests; when not,
#     the reason goes into $LAPWING_CACHE/wine32-unavailable and the set-up carries on
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cache=${LAPWING_CACHE:-/var/cache/lapwing}

need_root() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: run as root (apt-get needs it)" >&2
        exit 1
    fi
}

packages="build-essential cmake ninja-build pkg-config file clang libclang-rt-14-dev llvm lld
 gcc-mingw-w64-x86-64 gcc-mingw-w64-i686 binutils-mingw-w64
 wine wine64 xvfb xauth xdotool imagemagick
 libcmocka-dev dpkg-dev
 nsis msitools wixl icoutils zip unzip python3-yaml"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done

# npm, for the workflow check's validator (scripts/check-workflows.sh): Debian's, unless the
# machine has a Node.js with its npm already.
if ! command -v npm >/dev/null 2>&1; then
    packages="$packages nodejs npm"
    missing="$missing nodejs npm"
fi

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

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# The 32-bit Windows tests need wine32:i386, from Debian's i386 architecture. Its indexes have
# been seen out of step with amd64's (the security suite's i386 index fails to download, so the
# i386 twins of amd64 security updates cannot be had). So this never fails the set-up: it
# installs wine32 (with wine, so that both architectures get the same library versions) as apt
# would, else from the release itself (its point release, without the indexes that failed), and
# only if that removes and downgrades nothing; otherwise it writes down why.
wine32_unavailable=$cache/wine32-unavailable
install_wine32() {
    mkdir -p "$cache"
    rm -f "$wine32_unavailable"
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    plan=$(mktemp)
    why=""
    for target in "" "${codename:+-t $codename}"; do
        [ -n "$target" ] || [ -z "$why" ] || continue # the second try needs a release name
        # shellcheck disable=SC2086
        if apt-get install -s -q --no-install-recommends $target wine wine64 wine32:i386 \
                >"$plan" 2>&1 &&
            ! grep -qE '^Remv |[1-9][0-9]* downgraded' "$plan"; then
            echo "setup: installing wine32:i386 for the 32-bit tests${target:+ ($target)}"
            # shellcheck disable=SC2086
            if apt-get install -y -q --no-install-recommends $target wine wine64 wine32:i386 \
                    >"$plan" 2>&1; then
                rm -f "$plan"
                # A kernel without 32-bit support cannot start the 32-bit loader; installed, it
                # would also take `wine` and every Wine tool from the 64-bit one. Out again.
                if ! /usr/lib/wine/wine --version >/dev/null 2>&1; then
                    apt-get remove -y -q wine32:i386 >/dev/null 2>&1 || true
                    echo "wine32:i386 installs, but this machine's kernel cannot run 32-bit programs (removed again)" > "$wine32_unavailable"
                fi
                return 0
            fi
            # Planned but failed while installing: leave dpkg consistent for what follows.
            why="apt-get install failed: $(grep -m 1 -E '^E: ' "$plan" | sed 's/^E: //')"
            apt-get -f install -y -q >/dev/null 2>&1 || true
            break
        fi
        why="cannot be installed without removing or downgrading other packages"
    done
    reason=$(grep -m 1 -E '^E: ' "$update_log" 2>/dev/null | sed 's/^E: //' || true)
    [ -n "$reason" ] || reason=$(grep -m 1 -E 'Depends:|^E: |^Remv |downgraded' "$plan" || true)
    echo "wine32:i386 $why (apt said: ${reason:-nothing})" > "$wine32_unavailable"
    rm -f "$plan"
    # Nothing of i386 came in: take the architecture back, so apt's updates stay as they were.
    if [ "$i386_added" = yes ] && ! dpkg-query -W -f='${Architecture}\n' 2>/dev/null | grep -qx i386; then
        dpkg --remove-architecture i386 2>/dev/null || true
    fi
}

update_log=$(mktemp)
i386_added=no
# The 32-bit Wine is tried by root only: a developer's later runs as a user carry on without it.
try_wine32=no
if ! installed wine32:i386 && [ "${LAPWING_NO_WINE32:-}" != 1 ] && [ "$(id -u)" -eq 0 ] &&
    ! grep -qs 'cannot run 32-bit programs' "$wine32_unavailable"; then
    try_wine32=yes
fi
# Installed before on a kernel that cannot run it: out, as above.
if installed wine32:i386 && [ "$(id -u)" -eq 0 ] && ! /usr/lib/wine/wine --version >/dev/null 2>&1; then
    apt-get remove -y -q wine32:i386 >/dev/null 2>&1 || true
    mkdir -p "$cache"
    echo "wine32:i386 installs, but this machine's kernel cannot run 32-bit programs (removed again)" > "$wine32_unavailable"
fi
if [ -n "$missing" ] || [ ! -d "$cache/cmocka-src" ] || [ "$try_wine32" = yes ]; then
    need_root
    export DEBIAN_FRONTEND=noninteractive
    if [ "$try_wine32" = yes ] && ! dpkg --print-foreign-architectures | grep -qx i386; then
        dpkg --add-architecture i386
        i386_added=yes
        updated=no
    fi
    if [ "$updated" = no ] || [ -n "$missing" ] || ! installed wine32:i386; then
        # An index that fails (the i386 security one, say) is reported but not fatal: what the
        # amd64 packages need is checked by installing them just below.
        apt-get update -q >"$update_log" 2>&1 || grep -E '^(E|W): ' "$update_log" >&2 || true
    fi
    if [ "$try_wine32" = yes ]; then
        install_wine32
    fi
    missing=""
    for p in $packages; do installed "$p" || missing="$missing $p"; done
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
rm -f "$update_log"
if [ "${LAPWING_NO_WINE32:-}" = 1 ] && ! installed wine32:i386; then
    mkdir -p "$cache" 2>/dev/null && echo "LAPWING_NO_WINE32=1 was set" > "$wine32_unavailable" 2>/dev/null || true
fi
if [ -f "$wine32_unavailable" ] && ! installed wine32:i386; then
    echo "setup: no 32-bit Wine: $(cat "$wine32_unavailable")"
fi
echo "setup: ready (cmocka source in $cache/cmocka-src)"
