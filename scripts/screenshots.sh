#!/bin/sh
# Makes the README's pictures (docs/screenshot*.png) as a Windows user sees Lapwing: inside a
# Wine virtual desktop, which draws a title bar, at 96 DPI. Light with laps running, dark and
# paused, and mini mode. Needs the mingw64 build (sh scripts/run.sh or scripts/test.sh makes it).
# Usage: sh scripts/screenshots.sh [NAME...]   (NAME: screenshot-mini etc.; none: every one)
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
exe_dir="$top/build/mingw64/bin"
[ -f "$exe_dir/lapwing.exe" ] || { echo "screenshots.sh: build first (sh scripts/run.sh)" >&2; exit 1; }
export WINEDEBUG=-all WINEPREFIX="$top/build/screenshot-prefix"
work=$(mktemp -d)
trap 'wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT

# shot OUT CROP INI KEYS...: Lapwing with lapwing.ini holding INI, the keys pressed, the window
# captured (CROP: WxH+X+Y of the virtual desktop).
shot() {
    out=$1 crop=$2 ini=$3
    shift 3
    rm -rf "$work/state" && mkdir -p "$work/state"
    [ -z "$ini" ] || printf "$ini" > "$work/state/lapwing.ini"
    LAPWING_STATE_DIR=$(winepath -w "$work/state" 2>/dev/null)
    export LAPWING_STATE_DIR
    display=":$((200 + $$ % 500))"
    Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    (cd "$exe_dir" && DISPLAY=$display wine explorer /desktop=shot,560x720 lapwing.exe >/dev/null 2>&1 &)
    desktop=""
    for _ in $(seq 1 100); do
        desktop=$(DISPLAY=$display xdotool search --name '^shot' 2>/dev/null | head -n 1 || true)
        [ -n "$desktop" ] && break
        sleep 0.2
    done
    sleep 2
    DISPLAY=$display xdotool mousemove 220 100 click 1
    sleep 0.3
    for key in "$@"; do
        case $key in
            sleep:*) sleep "${key#sleep:}" ;;
            *) DISPLAY=$display xdotool key "$key"; sleep 0.3 ;;
        esac
    done
    sleep 0.7
    DISPLAY=$display import -window "$desktop" -crop "$crop" +repage "$out"
    DISPLAY=$display wineserver -k 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    echo "saved $out"
}

# want NAME: whether the command line asks for that picture (every one when it names none).
want() {
    name=$1
    for asked in $wanted; do [ "$asked" = "$name" ] && return 0; done
    [ -z "$wanted" ]
}
wanted="$*"

laps="space sleep:1.2 l sleep:0.8 l sleep:1.1 l sleep:0.7 l sleep:0.6"
# shellcheck disable=SC2086
want screenshot && shot docs/screenshot.png 440x580+0+0 "" $laps
# shellcheck disable=SC2086
want screenshot-dark && shot docs/screenshot-dark.png 440x580+0+0 '[view]\r\ntheme=dark\r\n' $laps space
want screenshot-mini && shot docs/screenshot-mini.png 270x90+285+5 "" space sleep:0.8 m sleep:1.5
# Three runners started together, each named (Ctrl+F2), a lap on each by its number key.
want screenshot-stopwatches && shot docs/screenshot-stopwatches.png 440x580+0+0 "" \
    ctrl+F2 sleep:0.7 shift+a n n a Return ctrl+n ctrl+F2 sleep:0.7 shift+b e n Return \
    ctrl+n ctrl+F2 sleep:0.7 shift+c l e o Return ctrl+shift+space sleep:1.1 1 sleep:0.6 2 \
    3 sleep:0.9 1 ctrl+1 sleep:0.8
true
