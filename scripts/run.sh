#!/bin/sh
# Sets everything up, builds Lapwing for Windows and runs it under Wine.
# With a display (DISPLAY set) the window opens on your desktop; without one (a server) Lapwing
# runs inside Xvfb for a few seconds (in a Wine virtual desktop, which draws the title bar),
# starts, records two laps, and a screenshot of the window is saved.
# Usage (as root on Debian 12, from the checkout): sh scripts/run.sh
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)

sh scripts/setup-debian.sh
cmake --preset mingw64 >/dev/null
cmake --build --preset mingw64 --target lapwing
exe="$top/build/mingw64/bin/lapwing.exe"

. "$top/scripts/wine-session.sh"
prefix=${WINEPREFIX:-$HOME/.local/share/lapwing/wine}

if [ -n "${DISPLAY:-}" ]; then
    wine_session_start "$prefix"
    echo "run.sh: starting $exe under Wine (close the window to quit)"
    wine "$exe"
    exit 0
fi

# The demonstration starts from a clean stopwatch each time: Lapwing would otherwise come back
# as the last run left it (it keeps its state), and the screenshot would differ run to run.
demo_state=$(mktemp -d)
LAPWING_STATE_DIR="Z:$(echo "$demo_state" | tr / '\\')" # Wine's Z: is the root folder
export LAPWING_STATE_DIR
trap 'wine_session_stop; rm -rf "$demo_state"' EXIT INT TERM
wine_session_start "$prefix"
shot="$top/build/lapwing-screenshot.png"
echo "run.sh: no display: running Lapwing in Xvfb ($DISPLAY) for a few seconds"
# Inside a Wine virtual desktop, as scripts/screenshots.sh takes the README's pictures: it draws
# the title bar and the frame that a bare X server without a window manager would not.
(cd "$(dirname "$exe")" && wine explorer /desktop=lapwing-run,560x720 lapwing.exe >/dev/null 2>&1 &)
i=0
desktop=""
while [ -z "$desktop" ] && [ $i -lt 60 ]; do
    sleep 0.5
    desktop=$(xdotool search --name '^lapwing-run' 2>/dev/null | head -n 1 || true)
    i=$((i + 1))
done
if [ -z "$desktop" ]; then
    echo "run.sh: Lapwing's window did not appear" >&2
    exit 1
fi
sleep 2
# A click on the time gives Lapwing the keyboard (the desktop has no window manager to).
xdotool mousemove 220 100 click 1 2>/dev/null || true
sleep 0.3
for key in space sleep l sleep sleep l sleep; do
    if [ "$key" = sleep ]; then sleep 0.6; else xdotool key "$key"; fi
done
# The window as a user sees it (its title bar and frame), not the whole empty desktop.
import -window "$desktop" -crop 440x580+0+0 +repage "$shot"
xdotool key alt+F4 2>/dev/null || true
sleep 1
echo "run.sh: Lapwing ran; screenshot saved to $shot"
