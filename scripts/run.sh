#!/bin/sh
# Sets everything up, builds Lapwing for Windows and runs it under Wine.
# With a display (DISPLAY set) the window opens on your desktop; without one (a server) Lapwing
# runs inside Xvfb for a few seconds, starts, records two laps, and a screenshot is saved.
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
wine "$exe" >/dev/null 2>&1 &
app=$!
i=0
window=""
while [ -z "$window" ] && [ $i -lt 60 ]; do
    sleep 0.5
    window=$(xdotool search --onlyvisible --name '^Lapwing$' 2>/dev/null | head -n 1 || true)
    i=$((i + 1))
done
if [ -z "$window" ]; then
    echo "run.sh: Lapwing's window did not appear" >&2
    exit 1
fi
xdotool windowfocus "$window" 2>/dev/null || true
for key in space sleep l sleep sleep l sleep; do
    if [ "$key" = sleep ]; then sleep 0.6; else xdotool key "$key"; fi
done
# The window and a margin around it, not the whole empty screen.
eval "$(xdotool getwindowgeometry --shell "$window" 2>/dev/null)" || true
if [ -n "${WIDTH:-}" ] && [ -n "${HEIGHT:-}" ]; then
    x=$((X > 20 ? X - 20 : 0)); y=$((Y > 20 ? Y - 20 : 0))
    import -window root -crop "$((WIDTH + 40))x$((HEIGHT + 40))+$x+$y" +repage "$shot"
else
    import -window root "$shot"
fi
xdotool key --window "$window" alt+F4 2>/dev/null || true
sleep 1
kill "$app" 2>/dev/null || true
echo "run.sh: Lapwing ran; screenshot saved to $shot"
