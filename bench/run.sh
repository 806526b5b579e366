#!/bin/sh
# Lapwing's benchmarks, one command: builds everything they need and prints their tables, each
# figure beside a baseline measured in the same run (these machines are shared and noisy:
# absolute figures vary, ratios hold). Not tests: nothing here fails a build.
#   1. start-up, against a minimal Win32 window built by the same build (and with Lapwing's
#      DLLs, and its controls), with an empty and with a large saved state
#   2. idle and running cost (CPU of Lapwing, wineserver and Xvfb; wakeups; frames), against the
#      minimal window, a "post and do nothing" Lapwing and Lapwing drawing every frame directly,
#      at the default size and grown to 3840x2160
#   3. the display's lag (the age of the time shown when it is painted) and frames per second
#   4. accuracy: the core over simulated years; the tutorial stopwatch beside it for real
#   5. footprint: exe size, PSS and private memory after start, after a long run, with 1,000,000
#      laps
#   6. laps at scale (time per lap, the lap list, CSV of 1,000,000 laps)
#   7. the history at scale (10,000 runs, 1,000,000 laps: opened; one run archived)
# Usage (as root on Debian 12, from the checkout): sh bench/run.sh
#   LAPWING_BENCH_LONG_SECONDS   the long run of 5. (default 600)
#   LAPWING_BENCH_ACCURACY_SECONDS  the real run of 4. (default 60)
# Usage: sh bench/run.sh [SECTION ...]   (numbers as above; all when none is given)
set -eu
sections=" $* "
want() { [ "$sections" = "  " ] || case "$sections" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
cd "$(dirname "$0")/.."
top=$(pwd)
bin=$top/build/mingw64/bin
long=${LAPWING_BENCH_LONG_SECONDS:-600}

sh scripts/setup-debian.sh >/dev/null
cmake --preset native >/dev/null
cmake --build --preset native --target bench_laps bench_accuracy bench_history >/dev/null
cmake --preset mingw64 >/dev/null
cmake --build --preset mingw64 --target lapwing bench_laps bench_ui bench_startup bench_probe bench_history \
    bench_accuracy minimal_window minimal_window_imports minimal_window_controls session_keeper lapwing_post_only lapwing_frame_lag \
    lapwing_draw_direct lapwing_draw_direct_lag >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$top/scripts/wine-session.sh"
trap 'wine_session_stop; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
# A screen as large as the largest window measured.
LAPWING_FORCE_XVFB=1
LAPWING_XVFB_SCREEN=3840x2160x24
export LAPWING_XVFB_SCREEN
wine_session_start "$top/build/wineprefix" "$bin/session_keeper.exe"
echo "Lapwing benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; $(wine --version 2>/dev/null); $(sed -n 's/^PRETTY_NAME=//p' /etc/os-release | tr -d '"')"

if want 1; then
echo
echo "== 1. Start-up"
wine "$bin/bench_startup.exe" 2>/dev/null
fi

# ---- 2. Idle and running cost -----------------------------------------------------------------
# CPU time of a process's threads (schedstat: nanoseconds on a CPU) and their voluntary context
# switches (each one a wait that ended: a wakeup).
threads_cpu_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ sum += $1 } END { printf "%.0f\n", sum }'; }
threads_wakeups() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^voluntary_ctxt_switches/ { sum += $2 } END { printf "%.0f\n", sum }'; }
memory_kb() { awk -v f="$2" '$1 == f ":" { sum += $2 } END { printf "%.0f\n", sum }' /proc/"$1"/smaps_rollup 2>/dev/null; }
# The newest process matching NAME whose environment holds SETTING (VAR=value): this session's,
# not another Wine session's on the same machine.
pid_with() {
    for candidate in $(pgrep -f "$1" | sort -rn); do
        if tr '\0' '\n' < /proc/"$candidate"/environ 2>/dev/null | grep -qxF "$2"; then
            echo "$candidate"
            return
        fi
    done
}
posts() { wine "$bin/bench_probe.exe" 2>/dev/null | tr -d '\r' || echo -1; }
server=""
# launch EXE INI [STATE_FILE] ARGUMENTS...: starts EXE (from build/mingw64/bin) with a fresh
# state folder holding INI; sets pid.
launch() {
    exe=$1 ini=$2 state=$3
    shift 3
    rm -rf "$work/state" && mkdir -p "$work/state"
    [ -z "$ini" ] || printf "$ini" > "$work/state/lapwing.ini"
    [ -z "$state" ] || cp "$state" "$work/state/state.txt"
    [ -z "${stopwatch_list:-}" ] || printf "$stopwatch_list" > "$work/state/stopwatches.txt"
    LAPWING_STATE_DIR=$(winepath -w "$work/state" 2>/dev/null)
    export LAPWING_STATE_DIR
    (cd "$bin" && wine "$exe" "$@" >/dev/null 2>&1 &)
    pid=""
    i=0
    while [ -z "$pid" ] && [ $i -lt 100 ]; do
        sleep 0.1
        pid=$(pid_with "$exe" "LAPWING_STATE_DIR=$LAPWING_STATE_DIR")
        i=$((i + 1))
    done
    server=$(pid_with wineserver "WINEPREFIX=$WINEPREFIX")
}
close() {
    kill "$pid" 2>/dev/null || true
    sleep 1
}
# measure LABEL EXE INI ARGUMENTS...: a table row over 10 s, after 3 s to settle.
measure() {
    label=$1 exe=$2 ini=$3
    shift 3
    launch "$exe" "$ini" "" "$@"
    if [ -z "$pid" ]; then
        echo "| $label | did not start | | | | | | |"
        return
    fi
    sleep 3
    posts0=$(posts)
    cpu0=$(threads_cpu_ns "$pid"); wake0=$(threads_wakeups "$pid")
    srv0=$(threads_cpu_ns "$server"); x0=$(threads_cpu_ns "$wine_session_xvfb_pid")
    sleep 10
    cpu1=$(threads_cpu_ns "$pid"); wake1=$(threads_wakeups "$pid")
    srv1=$(threads_cpu_ns "$server"); x1=$(threads_cpu_ns "$wine_session_xvfb_pid")
    posts1=$(posts)
    pss=$(memory_kb "$pid" Pss)
    close
    awk -v l="$label" -v c="$((cpu1 - cpu0))" -v s="$((srv1 - srv0))" -v x="$((x1 - x0))" \
        -v w="$((wake1 - wake0))" -v p0="$posts0" -v p1="$posts1" -v m="${pss:-0}" 'BEGIN {
        total = (c + s + x) / 1e8
        frames = (p0 >= 0 && p1 >= 0) ? (p1 - p0) / 10 : -1
        per = frames > 0 ? sprintf("%.4f", total / frames) : "-"
        shown = (frames >= 0) ? sprintf("%.1f", frames) : "-"
        printf "| %s | %.2f | %.2f | %.2f | **%.2f %%** | %s | %s | %.1f | %.1f |\n", l, c / 1e8,
            s / 1e8, x / 1e8, total, shown, per, w / 10, m / 1024 }'
}
big='[window]\r\nleft=0\r\ntop=0\r\nwidth=3840\r\nheight=2160\r\n'
if want 2; then
echo
echo "== 2. Idle and running cost over 10 s (CPU in % of a core; frames: the clock thread's posts)"
echo
echo "| program | Lapwing | wineserver | Xvfb | total | frames/s | total per frame/s | wakeups/s | PSS MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
measure "minimal window (baseline)" minimal_window.exe ""
measure "Lapwing, stopped" lapwing.exe ""
measure "post and do nothing (floor), hundredths" lapwing_post_only.exe "" --start
measure "Lapwing, running, hundredths" lapwing.exe "" --start
measure "drawn directly (no glyph cache), hundredths" lapwing_draw_direct.exe "" --start
measure "Lapwing, 3840x2160, hundredths" lapwing.exe "$big" --start
measure "drawn directly, 3840x2160, hundredths" lapwing_draw_direct.exe "$big" --start
measure "Lapwing, running, tenths" lapwing.exe '[view]\r\nprecision=tenths\r\n' --start
measure "Lapwing, running, seconds" lapwing.exe '[view]\r\nprecision=seconds\r\n' --start
measure "Lapwing, running, minimized (title once a second)" lapwing.exe "" --start --minimized
measure "Lapwing, running, minimized, no time in the title" lapwing.exe '[view]\r\ntime_in_title=0\r\n' --start --minimized
# A hundred stopwatches (stopwatches.txt lists them), every one running: one clock thread, the
# shown one at its precision and the strip once a second.
stopwatch_list="lapwing-stopwatches 1\nnext 101\n$(seq 1 100 | sed 's/^/stopwatch /; s/$/\\n/' | tr -d '\n')selected 1\n"
measure "100 stopwatches, all running, hundredths" lapwing.exe "" --start-all
measure "100 stopwatches, the shown one paused, the rest running" lapwing.exe "" --start-all --stopwatch 1 --stop
stopwatch_list=""
fi

# ---- 3. The display's lag ---------------------------------------------------------------------
# lag ROW EXE INI: runs a frame-lag build for 3 + 10 s; it writes its figures itself.
lag() {
    rm -f "$work/lag.txt"
    LAPWING_BENCH_LAG_FILE=$(winepath -w "$work/lag.txt" 2>/dev/null)
    export LAPWING_BENCH_LAG_FILE
    launch "$2" "$3" "" --start
    i=0
    while [ ! -s "$work/lag.txt" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
    close
    unset LAPWING_BENCH_LAG_FILE
    if [ -s "$work/lag.txt" ]; then
        tr -d '\r' < "$work/lag.txt" | sed 's/[a-z0-9_]*=//g' | awk -v l="$1" '{
            printf "| %s | %s | %s | %.2f | %.2f | %.2f |\n", l, $1, $2, $3 / 1000, $4 / 1000, $5 / 1000 }'
    else
        echo "| $1 | no figures | | | | |"
    fi
}
if want 3; then
echo
echo "== 3. The display's lag over 10 s: from the frame's text arriving (the time read) to its paint"
echo
echo "| display | frames | frames/s | p50 ms | p99 ms | max ms |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
lag "glyph cache, default size" lapwing_frame_lag.exe ""
lag "drawn directly, default size" lapwing_draw_direct_lag.exe ""
lag "glyph cache, 3840x2160" lapwing_frame_lag.exe "$big"
lag "drawn directly, 3840x2160" lapwing_draw_direct_lag.exe "$big"
fi

# ---- 4. Accuracy ------------------------------------------------------------------------------
if want 4; then
echo
echo "== 4. Accuracy, Windows x86_64 under Wine"
echo
wine "$bin/bench_accuracy.exe" 2>/dev/null | tr -d '\r'
fi

# ---- 5. Footprint -----------------------------------------------------------------------------
footprint() { # LABEL: PSS and private memory of $pid
    awk -v l="$1" -v p="$(memory_kb "$pid" Pss)" -v c="$(memory_kb "$pid" Private_Clean)" \
        -v d="$(memory_kb "$pid" Private_Dirty)" \
        'BEGIN { printf "| %s | %.1f | %.1f |\n", l, p / 1024, (c + d) / 1024 }'
}
if want 5; then
echo
echo "== 5. Footprint"
echo
echo "Executable: lapwing.exe $(stat -c %s "$bin/lapwing.exe") bytes; minimal_window.exe $(stat -c %s "$bin/minimal_window.exe") bytes"
echo
echo "| process | PSS MB | private MB |"
echo "| --- | ---: | ---: |"
launch minimal_window.exe "" ""
sleep 3
footprint "minimal window (baseline), after start"
close
launch minimal_window_imports.exe "" ""
sleep 3
footprint "minimal window with Lapwing's DLLs and manifest, after start"
close
launch lapwing.exe "" ""
sleep 3
footprint "Lapwing, after start"
close
launch lapwing.exe "" "" --start
sleep "$long"
footprint "Lapwing, after $long s running"
close
awk 'BEGIN { print "lapwing-state 1"; print "generation 1"; print "state paused";
    print "banked 10000000000005";
    # Whole seconds in 100 ns units, written as digits: printf %d in awk stops at 2^31.
    for (i = 1; i <= 1000000; i++) printf "lap %d0000000\n", i;
    print "end" }' > "$work/million.txt"
launch lapwing.exe "" "$work/million.txt"
sleep 8
footprint "Lapwing, with 1,000,000 laps"
close
fi

# ---- 6. Laps at scale -------------------------------------------------------------------------
if want 6; then
echo
echo "== 6. Laps at scale"
echo
echo "-- native"
(cd "$work" && "$top/build/native/bin/bench_laps")
echo
echo "-- Windows x86_64, under Wine"
(cd "$work" && wine "$bin/bench_laps.exe" 2>/dev/null | tr -d '\r')
echo
(cd "$work" && wine "$bin/bench_ui.exe" 2>/dev/null | tr -d '\r')
fi

if want 7; then
echo
echo "== 7. The history at scale: 10,000 runs, 1,000,000 laps"
echo
echo "-- native"
(cd "$work" && "$top/build/native/bin/bench_history")
echo
echo "-- Windows x86_64, under Wine"
(cd "$work" && wine "$bin/bench_history.exe" 2>/dev/null | tr -d '\r')
fi
