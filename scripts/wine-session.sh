# Sourced by the run and test scripts: a private Wine prefix, a display, and one window kept
# open for the whole session (when a Wine session's last window closes its desktop process
# exits, and the next launch can fail).
#   wine_session_start PREFIX [KEEPER_EXE]   sets WINEPREFIX, WINEDEBUG, DISPLAY (Xvfb if none,
#                                            of LAPWING_XVFB_SCREEN, default 1280x1024x24)
#   wine_session_stop                        closes the keeper, Xvfb and the wineserver
# POSIX sh.

wine_session_xvfb_pid=""
wine_session_keeper_pid=""

wine_session_path=""
wine_session_loader=""

wine_session_start() {
    WINEPREFIX=$1
    # With wine32:i386 installed, Debian's `wine` is the 32-bit loader: it still runs 64-bit
    # exes, but Wine's own tools (reg, msiexec, cmd) start as 32-bit programs and see the
    # registry's and Program Files' 32-bit views. A 64-bit session takes the 64-bit loader.
    if [ "${WINEARCH:-win64}" != win32 ] && [ -x /usr/lib/wine/wine ] && [ -x /usr/lib/wine/wine64 ]; then
        loader_dir=$(dirname "$WINEPREFIX")/.wine64-loader
        mkdir -p "$loader_dir"
        # A script, not a symlink: the loader takes its name into account.
        printf '#!/bin/sh\nexec /usr/lib/wine/wine64 "$@"\n' > "$loader_dir/wine"
        chmod +x "$loader_dir/wine"
        if [ -z "$wine_session_path" ]; then
            wine_session_path=$PATH
            wine_session_loader=${WINELOADER-}
        fi
        PATH=$loader_dir:$wine_session_path
        WINELOADER=/usr/lib/wine/wine64
        export PATH WINELOADER
    fi
    WINEDEBUG=${WINEDEBUG:--all}
    # No Mono or Gecko download prompts: Lapwing needs neither.
    WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
    export WINEPREFIX WINEDEBUG WINEDLLOVERRIDES
    if [ -z "${DISPLAY:-}" ] || [ "${LAPWING_FORCE_XVFB:-}" = 1 ]; then
        # A private Xvfb on the first free display number from 90 up.
        n=90
        while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
        Xvfb ":$n" -screen 0 "${LAPWING_XVFB_SCREEN:-1280x1024x24}" -nolisten tcp >/dev/null 2>&1 &
        wine_session_xvfb_pid=$!
        DISPLAY=":$n"
        export DISPLAY
        i=0
        while [ ! -e "/tmp/.X11-unix/X$n" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    fi
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        echo "wine: creating the prefix $WINEPREFIX"
        mkdir -p "$WINEPREFIX"
        wine wineboot -i >/dev/null 2>&1 || true
        wineserver -w
        [ -f "$WINEPREFIX/system.reg" ] || { echo "wine: could not create $WINEPREFIX" >&2; return 1; }
    fi
    if [ -n "${2:-}" ] && [ -f "$2" ]; then
        wine "$2" >/dev/null 2>&1 </dev/null &
        wine_session_keeper_pid=$!
        # Wait for its window: by then Wine's own processes are up, started by the keeper.
        i=0
        while ! xdotool search --name '^Lapwing test session$' >/dev/null 2>&1 && [ $i -lt 100 ]; do
            sleep 0.1
            i=$((i + 1))
        done
    fi
}

wine_session_stop() {
    if [ -n "$wine_session_path" ]; then
        PATH=$wine_session_path
        wine_session_path=""
        if [ -n "$wine_session_loader" ]; then WINELOADER=$wine_session_loader; else unset WINELOADER; fi
    fi
    if [ -n "$wine_session_keeper_pid" ]; then
        kill "$wine_session_keeper_pid" 2>/dev/null || true
        wine_session_keeper_pid=""
    fi
    wineserver -k 2>/dev/null || true
    if [ -n "$wine_session_xvfb_pid" ]; then
        kill "$wine_session_xvfb_pid" 2>/dev/null || true
        wine_session_xvfb_pid=""
    fi
}
