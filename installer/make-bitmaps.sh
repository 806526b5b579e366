#!/bin/sh
# Regenerate installer/wizard.bmp, the picture on the left of the setup's Welcome and Finish
# pages (164 x 314, the Modern UI size), from the icon's SVG source.
#
#   sh installer/make-bitmaps.sh        (works from any directory)
#
# Developer tool only: the build uses the committed wizard.bmp.
# Needs (Debian 12): rsvg-convert (package librsvg2-bin) and convert (package imagemagick).
set -eu

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
svg="$here/../res/icon/lapwing.svg"
out="$here/wizard.bmp"

for tool in rsvg-convert convert; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "make-bitmaps.sh: '$tool' not found (apt-get install librsvg2-bin imagemagick)" >&2
        exit 1
    }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lapwing-bmp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# The icon at 120 px on the dial's cream, over a band of the case's green at the foot.
rsvg-convert --width 120 --height 120 --format png --output "$tmp/icon.png" "$svg"
convert -size 164x314 xc:'#fbfaf5' \
    -fill '#1f6a59' -draw 'rectangle 0,254 164,314' \
    -fill '#ffc992' -draw 'rectangle 0,248 164,253' \
    "$tmp/icon.png" -geometry +22+56 -composite \
    -alpha off -type TrueColor "BMP3:$out"
echo "make-bitmaps.sh: wrote $out"
