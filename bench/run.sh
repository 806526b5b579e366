#!/bin/sh
# Builds and runs the benchmarks: the laps benchmark natively and under Wine, and the lap list
# benchmark under Wine (in a private Xvfb and Wine prefix). They print tables with a baseline
# measured in the same run; compare ratios, not absolute times.
# Usage (as root on Debian 12, from the checkout): sh scripts/bench.sh
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)

sh scripts/setup-debian.sh >/dev/null
cmake --preset native >/dev/null
cmake --build --preset native --target bench_laps >/dev/null
cmake --preset mingw64 >/dev/null
cmake --build --preset mingw64 --target lapwing bench_laps bench_ui bench_startup \
    minimal_window session_keeper >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
echo "== native"
"$top/build/native/bin/bench_laps"

. "$top/scripts/wine-session.sh"
trap 'wine_session_stop; rm -rf "$work"' EXIT INT TERM
LAPWING_FORCE_XVFB=${LAPWING_FORCE_XVFB:-1}
wine_session_start "$top/build/wineprefix" "$top/build/mingw64/bin/session_keeper.exe"
echo
echo "== Windows x86_64, under Wine"
wine "$top/build/mingw64/bin/bench_laps.exe" 2>/dev/null
echo
wine "$top/build/mingw64/bin/bench_ui.exe" 2>/dev/null
echo
wine "$top/build/mingw64/bin/bench_startup.exe" 2>/dev/null

# ---- Idle and running cost --------------------------------------------------------------------
# CPU time of a program's threads (schedstat: nanoseconds on a CPU) and their voluntary context
# switches (each one a wait that ended: a wakeup), over 10 s, after 3 s to settle.
threads_cpu_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ sum += $1 } END { printf "%.0f\n", sum }'; }
threads_wakeups() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^voluntary_ctxt_switches/ { sum += $2 } END { printf "%.0f\n", sum }'; }
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
# measure LABEL EXE_NAME INI ARGUMENTS...: starts EXE_NAME (from build/mingw64/bin) with a
# fresh state folder holding INI, prints a table row.
measure() {
    label=$1 exe=$2 ini=$3
    shift 3
    rm -rf "$work/state" && mkdir -p "$work/state"
    [ -z "$ini" ] || printf "$ini" > "$work/state/lapwing.ini"
    LAPWING_STATE_DIR=$(winepath -w "$work/state" 2>/dev/null)
    export LAPWING_STATE_DIR
    (cd "$top/build/mingw64/bin" && wine "$exe" "$@" >/dev/null 2>&1 &)
    sleep 3
    pid=$(pid_with "$exe" "LAPWING_STATE_DIR=$LAPWING_STATE_DIR")
    server=$(pid_with wineserver "WINEPREFIX=$WINEPREFIX")
    if [ -z "$pid" ]; then
        echo "| $label | did not start | | |"
        return
    fi
    cpu0=$(threads_cpu_ns "$pid"); wake0=$(threads_wakeups "$pid"); srv0=$(threads_cpu_ns "$server")
    sleep 10
    cpu1=$(threads_cpu_ns "$pid"); wake1=$(threads_wakeups "$pid"); srv1=$(threads_cpu_ns "$server")
    # Proportional set size: the process's share of the memory it maps (Wine's DLLs included).
    pss=$(awk '/^Pss:/ { print $2 }' /proc/"$pid"/smaps_rollup 2>/dev/null || echo 0)
    kill "$pid" 2>/dev/null || true
    sleep 1
    awk -v l="$label" -v c="$((cpu1 - cpu0))" -v w="$((wake1 - wake0))" -v s="$((srv1 - srv0))" \
        -v p="${pss:-0}" \
        'BEGIN { printf "| %s | %.2f %% | %.2f %% | %.1f | %.1f |\n", l, c / 1e8, s / 1e8, w / 10, p / 1024 }'
}
echo
echo "Idle and running cost over 10 s (CPU of a core; wakeups: the program's voluntary context switches)"
echo
echo "| program | CPU, program | CPU, wineserver | wakeups/s | PSS MB |"
echo "| --- | ---: | ---: | ---: | ---: |"
measure "minimal window (baseline)" minimal_window.exe ""
measure "Lapwing, stopped" lapwing.exe ""
measure "Lapwing, running, hundredths" lapwing.exe "" --start
measure "Lapwing, running, tenths" lapwing.exe '[view]\r\nprecision=tenths\r\n' --start
measure "Lapwing, running, seconds" lapwing.exe '[view]\r\nprecision=seconds\r\n' --start
measure "Lapwing, running, minimized (title once a second)" lapwing.exe "" --start --minimized
measure "Lapwing, running, minimized, no time in the title" lapwing.exe '[view]\r\ntime_in_title=0\r\n' --start --minimized
echo
echo "Executable size: lapwing.exe $(stat -c %s "$top/build/mingw64/bin/lapwing.exe") bytes, minimal_window.exe $(stat -c %s "$top/build/mingw64/bin/minimal_window.exe") bytes"
