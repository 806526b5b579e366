#!/bin/sh
# Regenerate res/lapwing.ico from the SVG sources in this folder.
#
#   sh res/icon/make-ico.sh        (works from any directory)
#
# Sources, by icon size:
#   16, 32 px        lapwing-small.svg  simplified design on a 16 px grid
#   20 px            lapwing-20.svg     the same, redrawn on a 20 px grid
#   24 px            lapwing-24.svg     the same, redrawn on a 24 px grid
#   40 to 256 px     lapwing.svg        full design
# Every entry is 32-bit RGBA. 16 to 48 px are stored as bitmaps; 64 px and up are stored
# PNG-compressed (Windows Vista and later read PNG entries at any size), which keeps the icon,
# and so lapwing.exe, small.
#
# Developer tool only: the build uses the committed res/lapwing.ico.
# Needs (Debian 12): rsvg-convert (package librsvg2-bin) and
#                    icotool (package icoutils).
set -eu

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
resdir=$(CDPATH='' cd -- "$here/.." && pwd)
out="$resdir/lapwing.ico"

# size:source pairs, smallest first
entries="16:lapwing-small.svg 20:lapwing-20.svg 24:lapwing-24.svg
         32:lapwing-small.svg 40:lapwing.svg 48:lapwing.svg 64:lapwing.svg
         96:lapwing.svg 128:lapwing.svg 256:lapwing.svg"

missing=0
need() { # command package
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "make-ico.sh: '$1' not found; install the Debian package '$2' (apt-get install $2)" >&2
        missing=1
    fi
}
need rsvg-convert librsvg2-bin
need icotool icoutils
[ "$missing" -eq 0 ] || exit 1

for e in $entries; do
    f="$here/${e#*:}"
    [ -f "$f" ] || { echo "make-ico.sh: missing source $f" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lapwing-ico.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

set --
for e in $entries; do
    size=${e%%:*}
    png="$tmp/lapwing-$size.png"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$png" "$here/${e#*:}"
    if [ "$size" -ge 64 ]; then
        set -- "$@" --raw="$png"   # stored as PNG
    else
        set -- "$@" "$png"         # stored as a 32-bit bitmap
    fi
done

icotool --create --output="$tmp/lapwing.ico" "$@"
mv -f "$tmp/lapwing.ico" "$out"

echo "make-ico.sh: wrote $out"
