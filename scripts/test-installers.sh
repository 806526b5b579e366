#!/bin/sh
# Tests Lapwing's three installers the way a Windows user and an administrator meet them, under
# Wine, each in a throwaway Wine prefix made here (build/installer-tests/, never ~/.wine):
#
#   artefacts  setup.exe: 64-bit, asks for no elevation (asInvoker), carries a version resource
#              with the project's version and exactly the Lapwing icon; the MSI's fixed
#              UpgradeCode, version, per-machine scope, ARP icon; the zip's file list
#   NSIS       silent install -> exe, Start-menu shortcut, every Apps & features value in HKCU,
#              nothing in HKLM -> the installed Lapwing shows its window and closes on Alt+F4 ->
#              a silent install over a running Lapwing (the upgrade path) closes it gracefully,
#              keeps one Apps & features entry and the user's data -> a silent install with
#              /D= (a folder with a space) moves it there -> silent uninstall removes files,
#              shortcut, key and folder, and keeps the user's data -> install again, uninstall
#              /REMOVEDATA, which removes the data too
#   MSI        an older MSI, then msiexec /i /qn (a major upgrade) -> one entry, files, shortcut,
#              HKLM values, ARP icon -> the older one is refused -> msiexec /x /qn -> all gone
#   portable   unzip -> lapwing.exe shows its window and closes -> nothing new on drive C: outside
#              its folder, and no new registry key
#
# Under Wine the exit code of a setup is not evidence, and the NSIS uninstaller finishes in a
# copy of itself: every step is followed by `wineserver -w` (all processes of the prefix gone)
# and the checks read the files and the registry themselves.
#
# Usage, as root on Debian 12, from anywhere in the checkout (after scripts/setup-debian.sh):
#   sh scripts/test-installers.sh
# It (re)configures the mingw64 preset and builds its `package` target. Prints one line
# per check and ends with "N passed, M failed"; exits non-zero if any check failed.
# LAPWING_FORCE_XVFB=0 uses your DISPLAY instead of a private Xvfb.
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
work=$top/build/installer-tests

passed=0
failed=0
ok() { passed=$((passed + 1)); printf 'ok   %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$1"; }
# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() {
    desc=$1
    shift
    if "$@" >/dev/null 2>&1; then ok "$desc"; else fail "$desc"; fi
}
# check_eq DESCRIPTION EXPECTED ACTUAL
check_eq() {
    if [ "$2" = "$3" ]; then ok "$1"; else fail "$1 (expected '$2', got '$3')"; fi
}
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

# tool:Debian package
for need in wine:wine winepath:wine wineserver:wine64 xdotool:xdotool Xvfb:xvfb makensis:nsis \
    wixl:wixl msiinfo:msitools wrestool:icoutils icotool:icoutils unzip:unzip \
    x86_64-w64-mingw32-objdump:binutils-mingw-w64 strings:binutils timeout:coreutils flock:util-linux; do
    command -v "${need%%:*}" >/dev/null 2>&1 || {
        echo "test-installers: '${need%%:*}' not found: install the Debian package ${need#*:} (scripts/setup-debian.sh)" >&2
        exit 1
    }
done

# One run at a time: a second run waits (it would share build/installer-tests and the build).
mkdir -p build
exec 9>build/installer-tests.lock
flock -w 900 9 || { echo "test-installers: another run holds build/installer-tests.lock" >&2; exit 1; }

# ---- Build ------------------------------------------------------------------------------------
echo "== building the installers (cmake --build --preset mingw64 --target package)"
cmake --preset mingw64 >/dev/null # (re)configure: picks up installer/ in an older build folder
cmake --build --preset mingw64 --target package
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/mingw64/CMakeCache.txt)
[ -n "$version" ] || { echo "test-installers: no project version in build/mingw64/CMakeCache.txt" >&2; exit 1; }
setup=$top/build/mingw64/lapwing-$version-setup.exe
msi=$top/build/mingw64/lapwing-$version-x64.msi
zip=$top/build/mingw64/lapwing-$version-portable.zip
exe=$top/build/mingw64/installer/stage/lapwing.exe # the exe all three ship (signed, if signing)
for f in "$setup" "$msi" "$zip" "$exe"; do
    [ -f "$f" ] || { echo "test-installers: $f was not built" >&2; exit 1; }
done

echo "== the winget and Scoop manifests the package target made (winget validate runs on Windows only)"
manifest_checks=$(mktemp)
/usr/bin/python3 "$top/scripts/check-manifests.py" "$top/build/mingw64" "$version" >"$manifest_checks" 2>&1 || true
cat "$manifest_checks"
passed=$((passed + $(grep -c '^ok ' "$manifest_checks" || true)))
failed=$((failed + $(grep -c '^FAIL ' "$manifest_checks" || true)))
grep -qE '^[0-9]+ failed$' "$manifest_checks" || fail "manifests: the check ran to its end"
rm -f "$manifest_checks"

rm -rf "$work"
mkdir -p "$work"

# ---- Artefacts, without Wine ------------------------------------------------------------------
echo "== artefacts"
check "setup: is a 64-bit Windows program" sh -c "x86_64-w64-mingw32-objdump -f '$setup' | grep -q 'file format pei-x86-64'"

wrestool -x --raw --type=24 "$setup" >"$work/setup.manifest" 2>/dev/null || true
check "setup: manifest asks for no elevation (asInvoker)" grep -q 'requestedExecutionLevel level="asInvoker"' "$work/setup.manifest"

wrestool -x --raw --type=16 "$setup" >"$work/setup.version" 2>/dev/null || true
# VS_VERSIONINFO: VS_FIXEDFILEINFO starts at byte 40 (signature 0xFEEF04BD); the file version
# at byte 48 is major<<16|minor, patch<<16|build: as little-endian 16-bit words, minor major
# build patch.
sig=$(od -An -tx4 -j40 -N4 "$work/setup.version" 2>/dev/null | tr -d ' ')
check_eq "setup: has a version resource (VS_FIXEDFILEINFO)" feef04bd "$sig"
fixed=$(od -An -tu2 -j48 -N8 "$work/setup.version" 2>/dev/null | awk '{print $2 "." $1 "." $4}')
check_eq "setup: binary file version is the project's" "$version" "$fixed"
strings -el "$work/setup.version" >"$work/setup.version.txt" 2>/dev/null || true
version_string() { # the value that follows NAME in the version resource's strings
    awk -v n="$1" 'found { print; exit } $0 == n { found = 1 }' "$work/setup.version.txt"
}
check_eq "setup: ProductName" Lapwing "$(version_string ProductName)"
check_eq "setup: ProductVersion" "$version" "$(version_string ProductVersion)"
check_eq "setup: FileVersion" "$version" "$(version_string FileVersion)"

# The icon: the same images as res/lapwing.ico, every size.
icon_images() { # ICO OUTDIR -> sorted checksums of the images
    mkdir -p "$2"
    icotool -x -o "$2" "$1" >/dev/null 2>&1 || return 0
    (cd "$2" && md5sum ./* | awk '{print $1}' | sort)
}
wrestool -x --type=14 "$setup" -o "$work/setup.ico" >/dev/null 2>&1 || true
want=$(icon_images "$top/res/lapwing.ico" "$work/icon-want")
got=$(icon_images "$work/setup.ico" "$work/icon-got")
if [ -n "$want" ] && [ "$want" = "$got" ]; then
    ok "setup: its icon is the Lapwing icon ($(echo "$want" | wc -l) images)"
else
    fail "setup: its icon is the Lapwing icon"
fi

msiinfo export "$msi" Property >"$work/msi.property" 2>/dev/null || true
msi_property() { awk -F '\t' -v n="$1" '$1 == n { print $2 }' "$work/msi.property" | tr -d '\r'; }
upgrade_code=$(sed -n 's/.*UpgradeCode="\([0-9A-Fa-f-]*\)".*/\1/p' installer/lapwing.wxs)
check_eq "msi: the fixed UpgradeCode of installer/lapwing.wxs" "{$upgrade_code}" "$(msi_property UpgradeCode)"
check_eq "msi: ProductVersion" "$version" "$(msi_property ProductVersion)"
check_eq "msi: per-machine (ALLUSERS=1)" 1 "$(msi_property ALLUSERS)"
check_eq "msi: ARP icon" lapwing.ico "$(msi_property ARPPRODUCTICON)"
check "msi: major upgrade (Upgrade table with the UpgradeCode)" sh -c "msiinfo export '$msi' Upgrade | grep -q '{$upgrade_code}'"
check "msi: x64 package" sh -c "msiinfo suminfo '$msi' | grep -q 'Template: x64;'"

check_eq "zip: holds exactly lapwing.exe, lapwing.ini, README.txt, LICENSE.txt" \
    "LICENSE.txt README.txt lapwing.exe lapwing.ini" \
    "$(unzip -Z1 "$zip" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')"

# ---- Wine helpers -----------------------------------------------------------------------------
. "$top/scripts/wine-session.sh"
trap 'wine_session_stop' EXIT
trap 'exit 1' HUP INT TERM
LAPWING_FORCE_XVFB=${LAPWING_FORCE_XVFB:-1}
# No Mono/Gecko prompts, and no winemenubuilder: it would copy the setup's shortcuts into this
# machine's own ~/.local/share/applications.
WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe="
export WINEDLLOVERRIDES

echo "== a fresh Wine prefix to copy for each test"
wine_session_start "$work/template-prefix"
wine_session_stop
# Wine links the profile's Desktop, Documents... to this machine's home folder: make them plain
# folders of the prefix, so nothing a setup does can reach the real home.
for link in "$work/template-prefix/drive_c/users"/*/*; do
    if [ -L "$link" ]; then
        rm -f "$link"
        mkdir "$link"
    fi
done

# start_prefix NAME: a fresh prefix (a copy of the template) with its own session.
start_prefix() {
    cp -a "$work/template-prefix" "$work/$1"
    wine_session_start "$work/$1"
}
# drop_prefix NAME: a prefix is ~700 MB; once its test passed it is deleted (kept on a failure,
# or always with LAPWING_KEEP_PREFIXES=1, to look into).
drop_prefix() {
    if [ "$failed" -eq 0 ] && [ "${LAPWING_KEEP_PREFIXES:-0}" != 1 ]; then
        rm -rf "${work:?}/$1"
    fi
}
# settle: wait (bounded) until every process of the prefix has ended.
settle() {
    timeout 90 wineserver -w || echo "test-installers: wine processes still running after 90 s" >&2
}
# win_env NAME: a Windows environment variable of the prefix, as a Unix path.
win_env() {
    winepath -u "$(wine cmd /c "echo %$1%" 2>/dev/null | tr -d '\r')" 2>/dev/null
}
# reg_dump KEY FILE: the values of KEY, one "name<TAB>type<TAB>data" a line (empty if no key).
reg_dump() {
    wine reg query "$1" 2>/dev/null | tr -d '\r' |
        awk '/^    [^ ]/ { sub(/^    /, ""); n = index($0, "    "); name = substr($0, 1, n - 1);
                          rest = substr($0, n + 4); m = index(rest, "    ");
                          if (m == 0) { type = rest; data = "" }
                          else { type = substr(rest, 1, m - 1); data = substr(rest, m + 4) }
                          print name "\t" type "\t" data }' >"$2"
}
reg_value() { awk -F '\t' -v n="$2" '$1 == n { print $3 }' "$1"; }
reg_type() { awk -F '\t' -v n="$2" '$1 == n { print $2 }' "$1"; }
# launch NAME EXE: start EXE in the background; its exit status goes to $work/NAME.status.
launch() {
    rm -f "$work/$1.status"
    (
        trap - EXIT
        set +e
        wine "$2" >/dev/null 2>&1 </dev/null
        echo $? >"$work/$1.status"
    ) &
}
# find_window SECONDS: the id of the visible window titled exactly "Lapwing".
find_window() {
    i=0
    while [ $i -lt $(($1 * 5)) ]; do
        w=$(xdotool search --onlyvisible --name '^Lapwing$' 2>/dev/null | head -n 1) || true
        if [ -n "$w" ]; then
            echo "$w"
            return 0
        fi
        sleep 0.2
        i=$((i + 1))
    done
    return 1
}
# exit_status NAME SECONDS: the exit status of launch NAME, once it has ended ("" if it has not).
exit_status() {
    i=0
    while [ ! -s "$work/$1.status" ] && [ $i -lt $(($2 * 5)) ]; do
        sleep 0.2
        i=$((i + 1))
    done
    cat "$work/$1.status" 2>/dev/null || true
}
# shows_window_and_closes NAME EXE WHAT: the Lapwing window appears, Alt+F4 closes it, exit 0.
shows_window_and_closes() {
    launch "$1" "$2"
    if w=$(find_window 20); then
        ok "$3: shows the Lapwing window"
        xdotool windowfocus "$w" >/dev/null 2>&1 || true
        sleep 0.3
        xdotool key alt+F4
        check_eq "$3: closes on Alt+F4 and exits with 0" 0 "$(exit_status "$1" 15)"
    else
        fail "$3: shows the Lapwing window"
    fi
    settle
}
# lnk_targets LNK EXE: the shortcut exists and points at EXE (a file name).
lnk_targets() {
    [ -f "$1" ] && { grep -aqi "$2" "$1" || strings -el "$1" | grep -qi "$2"; }
}

uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Lapwing'
uninstall_root='Software\Microsoft\Windows\CurrentVersion\Uninstall'
# count_entries HIVE: how many Uninstall entries of that hive are named Lapwing.
count_entries() {
    wine reg query "$1\\$uninstall_root" /s 2>/dev/null | tr -d '\r' |
        grep -c '^    DisplayName    REG_SZ    Lapwing$' || true
}

# ---- 1. NSIS setup ----------------------------------------------------------------------------
echo "== NSIS setup: $(basename "$setup")"
start_prefix nsis-prefix
localappdata=$(win_env LOCALAPPDATA)
appdata=$(win_env APPDATA)
desktop=$(win_env USERPROFILE)/Desktop
instdir=$localappdata/Programs/Lapwing
datadir=$localappdata/Lapwing
startlnk="$appdata/Microsoft/Windows/Start Menu/Programs/Lapwing.lnk"
instdir_win=$(winepath -w "$instdir" 2>/dev/null)

wine "$setup" /S >/dev/null 2>&1 || true
settle
check "nsis: lapwing.exe installed in %LOCALAPPDATA%\\Programs\\Lapwing, the built exe" cmp "$exe" "$instdir/lapwing.exe"
check "nsis: uninstall.exe installed" test -f "$instdir/uninstall.exe"
check "nsis: the licence beside the program (no licence page)" test -f "$instdir/LICENSE.txt"
check "nsis: Start-menu shortcut to lapwing.exe" lnk_targets "$startlnk" lapwing.exe
check "nsis: no desktop shortcut (unchecked by default)" test ! -e "$desktop/Lapwing.lnk"
check "nsis: no portable marker in the install folder" test ! -e "$instdir/lapwing.ini"
reg_dump "$uninstall_key" "$work/nsis.key"
check_eq "nsis: Uninstall DisplayName" Lapwing "$(reg_value "$work/nsis.key" DisplayName)"
check_eq "nsis: Uninstall DisplayVersion" "$version" "$(reg_value "$work/nsis.key" DisplayVersion)"
check_eq "nsis: Uninstall Publisher" "The Lapwing developers" "$(reg_value "$work/nsis.key" Publisher)"
check_eq "nsis: Uninstall DisplayIcon" "$instdir_win\\lapwing.exe,0" "$(reg_value "$work/nsis.key" DisplayIcon)"
check_eq "nsis: Uninstall InstallLocation" "$instdir_win" "$(reg_value "$work/nsis.key" InstallLocation)"
check_eq "nsis: Uninstall UninstallString" "\"$instdir_win\\uninstall.exe\"" "$(reg_value "$work/nsis.key" UninstallString)"
check_eq "nsis: Uninstall QuietUninstallString" "\"$instdir_win\\uninstall.exe\" /S" "$(reg_value "$work/nsis.key" QuietUninstallString)"
size=$(reg_value "$work/nsis.key" EstimatedSize)
case $size in 0x[0-9a-fA-F]*) ;; *) size=0 ;; esac
if [ "$(reg_type "$work/nsis.key" EstimatedSize)" = REG_DWORD ] && [ $((size)) -gt 0 ]; then
    ok "nsis: Uninstall EstimatedSize ($((size)) KB)"
else
    fail "nsis: Uninstall EstimatedSize (got '$size')"
fi
check_eq "nsis: Uninstall NoModify" "REG_DWORD 0x1" "$(reg_type "$work/nsis.key" NoModify) $(reg_value "$work/nsis.key" NoModify)"
check_eq "nsis: Uninstall NoRepair" "REG_DWORD 0x1" "$(reg_type "$work/nsis.key" NoRepair) $(reg_value "$work/nsis.key" NoRepair)"
# URLInfoAbout is written only when project() has a HOMEPAGE_URL; then it must not be empty.
url=$(sed -n 's/^CMAKE_PROJECT_HOMEPAGE_URL:STATIC=//p' build/mingw64/CMakeCache.txt)
if [ -n "$url" ]; then
    check_eq "nsis: Uninstall URLInfoAbout" "$url" "$(reg_value "$work/nsis.key" URLInfoAbout)"
else
    check "nsis: no URLInfoAbout (project() has no HOMEPAGE_URL)" sh -c "! grep -q '^URLInfoAbout' '$work/nsis.key'"
fi
check_eq "nsis: nothing in HKLM (per-user, no elevation)" 0 "$(count_entries HKLM)"

shows_window_and_closes nsis-run "$instdir/lapwing.exe" "nsis: installed Lapwing"

# The user's data, as the state issue will keep it; then an upgrade over a running Lapwing.
mkdir -p "$datadir"
echo "lap 1 00:01.00" >"$datadir/state-written-by-test.txt"
launch nsis-upgrade-run "$instdir/lapwing.exe"
if find_window 20 >/dev/null; then
    wine "$setup" /S >/dev/null 2>&1 || true
    check_eq "nsis: silent install over a running Lapwing closes it gracefully (exit 0)" 0 "$(exit_status nsis-upgrade-run 40)"
    if w=$(find_window 1); then # still open: close it, so the checks below test their own step
        xdotool windowfocus "$w" >/dev/null 2>&1 || true
        sleep 0.3
        xdotool key alt+F4
        exit_status nsis-upgrade-run 15 >/dev/null
    fi
else
    fail "nsis: Lapwing running before the upgrade"
fi
settle
check "nsis: after the upgrade lapwing.exe is in place" cmp "$exe" "$instdir/lapwing.exe"
check_eq "nsis: after the upgrade one Apps & features entry" 1 "$(count_entries HKCU)"
check_eq "nsis: after the upgrade still nothing in HKLM" 0 "$(count_entries HKLM)"
check "nsis: after the upgrade the user's data is kept" test -f "$datadir/state-written-by-test.txt"

# The user picks another folder (/D=, with a space) when installing over it: the copy moves.
# Typed as a user would, in a batch file: /D= comes last, unquoted, even with spaces.
custom_win='C:\Lapwing Test\Stopwatch'
custom=$(winepath -u "$custom_win")
printf '@"%s" /S /D=%s\r\n' "$(winepath -w "$setup")" "$custom_win" >"$work/install-custom.bat"
wine cmd /c "$(winepath -w "$work/install-custom.bat")" >/dev/null 2>&1 || true
settle
check "nsis /D=: lapwing.exe installed in '$custom_win'" cmp "$exe" "$custom/lapwing.exe"
check "nsis /D=: the copy in the old folder is uninstalled" test ! -e "$instdir"
reg_dump "$uninstall_key" "$work/nsis.key.custom"
check_eq "nsis /D=: InstallLocation" "$custom_win" "$(reg_value "$work/nsis.key.custom" InstallLocation)"
check_eq "nsis /D=: one Apps & features entry" 1 "$(count_entries HKCU)"
check "nsis /D=: the Start-menu shortcut points into the new folder" lnk_targets "$startlnk" "Lapwing Test"
check "nsis /D=: the user's data is kept" test -f "$datadir/state-written-by-test.txt"

wine "$custom/uninstall.exe" /S >/dev/null 2>&1 || true
settle
check "nsis: uninstall removes lapwing.exe" test ! -e "$custom/lapwing.exe"
check "nsis: uninstall removes uninstall.exe" test ! -e "$custom/uninstall.exe"
check "nsis: uninstall removes the install folder" test ! -e "$custom"
check "nsis: uninstall removes the Start-menu shortcut" test ! -e "$startlnk"
reg_dump "$uninstall_key" "$work/nsis.key.after"
check "nsis: uninstall removes the Uninstall key" test ! -s "$work/nsis.key.after"
check_eq "nsis: no Apps & features entry left" 0 "$(count_entries HKCU)"
check "nsis: uninstall keeps the user's data" test -f "$datadir/state-written-by-test.txt"

# Install again, then uninstall /REMOVEDATA: the user's data goes too.
wine "$setup" /S >/dev/null 2>&1 || true
settle
check "nsis: installed again in the default folder" cmp "$exe" "$instdir/lapwing.exe"
wine "$instdir/uninstall.exe" /S /REMOVEDATA >/dev/null 2>&1 || true
settle
check "nsis /REMOVEDATA: install folder removed" test ! -e "$instdir"
check_eq "nsis /REMOVEDATA: no Apps & features entry left" 0 "$(count_entries HKCU)"
check "nsis /REMOVEDATA: the user's data removed" test ! -e "$datadir"
wine_session_stop
drop_prefix nsis-prefix

# ---- 2. MSI -----------------------------------------------------------------------------------
echo "== MSI: $(basename "$msi")"
start_prefix msi-prefix
programfiles=$(win_env ProgramFiles)
programdata=$(win_env ProgramData)
appdata=$(win_env APPDATA)
msi_dir=$programfiles/Lapwing
# Per-machine: the all-users Start menu on Windows. Wine's msi always uses the user's Start menu
# for ProgramMenuFolder (a FIXME in its source), so either place is accepted here.
msi_lnk_common="$programdata/Microsoft/Windows/Start Menu/Programs/Lapwing.lnk"
msi_lnk_user="$appdata/Microsoft/Windows/Start Menu/Programs/Lapwing.lnk"
product_code=$(msi_property ProductCode)
# Per-machine: the entry belongs in HKLM. (Wine writes even a per-user MSI's entry there, so the
# hive alone proves little; ALLUSERS=1 above and Program Files prove the scope.)
msi_key="HKLM\\$uninstall_root\\$product_code"
msi_lnk_present() { lnk_targets "$msi_lnk_common" lapwing.exe || lnk_targets "$msi_lnk_user" lapwing.exe; }

# An older version first, made from the same source with only the version changed, so that
# installing this one is a major upgrade.
mkdir -p "$work/old-msi"
sed 's/<?define Version = "[^"]*" ?>/<?define Version = "0.0.1" ?>/' \
    build/mingw64/installer/generated/version.wxi >"$work/old-msi/version.wxi"
old_msi=$work/old-msi/lapwing-0.0.1-x64.msi
(cd build/mingw64/installer/stage && wixl -a x64 -I "$work/old-msi" -D ExePath=lapwing.exe \
    -D IconPath=lapwing.ico -o "$old_msi" "$top/installer/lapwing.wxs") >/dev/null 2>&1 || true
wine msiexec /i "$(winepath -w "$old_msi")" /qn >/dev/null 2>&1 || true
settle
check_eq "msi: the older version (0.0.1) installed first" 1 "$(count_entries HKLM)"

wine msiexec /i "$(winepath -w "$msi")" /qn >/dev/null 2>&1 || true
settle
check_eq "msi: the major upgrade leaves one Apps & features entry" 1 "$(count_entries HKLM)"
check "msi: lapwing.exe installed in Program Files, the built exe" cmp "$exe" "$msi_dir/lapwing.exe"
check "msi: Start-menu shortcut to lapwing.exe" msi_lnk_present
reg_dump "$msi_key" "$work/msi.key"
check_eq "msi: Uninstall entry DisplayName (HKLM, $product_code)" Lapwing "$(reg_value "$work/msi.key" DisplayName)"
check_eq "msi: Uninstall entry DisplayVersion" "$version" "$(reg_value "$work/msi.key" DisplayVersion)"
check_eq "msi: Uninstall entry Publisher" "The Lapwing developers" "$(reg_value "$work/msi.key" Publisher)"
check_eq "msi: Uninstall entry InstallLocation" "$(winepath -w "$msi_dir")\\" "$(reg_value "$work/msi.key" InstallLocation)"
check_eq "msi: Uninstall entry NoModify" 0x1 "$(reg_value "$work/msi.key" NoModify)"
check "msi: ARP icon cached by Windows Installer is the Lapwing icon" \
    cmp "$top/res/lapwing.ico" "$(winepath -u 'C:\windows\Installer')/$product_code/lapwing.ico"
wine msiexec /i "$(winepath -w "$old_msi")" /qn >/dev/null 2>&1 || true
settle
reg_dump "$msi_key" "$work/msi.key.downgrade"
check_eq "msi: installing the older version over it is refused" "1 $version" \
    "$(count_entries HKLM) $(reg_value "$work/msi.key.downgrade" DisplayVersion)"

wine msiexec /x "$(winepath -w "$msi")" /qn >/dev/null 2>&1 || true
settle
check "msi: uninstall removes lapwing.exe" test ! -e "$msi_dir/lapwing.exe"
check "msi: uninstall removes the folder" test ! -e "$msi_dir"
check "msi: uninstall removes the Start-menu shortcut" sh -c "! test -e '$msi_lnk_common' && ! test -e '$msi_lnk_user'"
reg_dump "$msi_key" "$work/msi.key.after"
check "msi: uninstall removes the Uninstall entry" test ! -s "$work/msi.key.after"
check_eq "msi: no Lapwing entry in HKLM or HKCU" "0 0" "$(count_entries HKLM) $(count_entries HKCU)"
wine_session_stop
drop_prefix msi-prefix

# ---- 3. Portable zip --------------------------------------------------------------------------
echo "== portable: $(basename "$zip")"
cp -a "$work/template-prefix" "$work/portable-prefix"
portable="$work/portable-prefix/drive_c/Portable Lapwing"
mkdir -p "$portable"
unzip -q "$zip" -d "$portable"
check "portable: lapwing.ini beside lapwing.exe" test -f "$portable/lapwing.ini" -a -f "$portable/lapwing.exe"
# What exists before Lapwing runs: the files on drive C: and the registry's keys.
registry_keys() { cat "$work/portable-prefix"/*.reg | sed -n 's/^\[\(.*\)\] [0-9]*$/\1/p' | LC_ALL=C sort -u; }
registry_keys >"$work/portable.keys.before"
sleep 1 # a new mtime second for find -newer
touch "$work/portable.marker"
wine_session_start "$work/portable-prefix"
shows_window_and_closes portable-run "$portable/lapwing.exe" "portable: lapwing.exe"
wine_session_stop # the registry is saved to the prefix's .reg files
find "$work/portable-prefix/drive_c" -newer "$work/portable.marker" ! -path "$portable" \
    ! -path "$portable/*" >"$work/portable.written"
if [ -s "$work/portable.written" ]; then
    fail "portable: nothing written on drive C: outside its folder ($(wc -l <"$work/portable.written") files)"
    sed 's/^/       /' "$work/portable.written" | head -n 10
else
    ok "portable: nothing written on drive C: outside its folder"
fi
registry_keys >"$work/portable.keys.after"
new_keys=$(LC_ALL=C comm -13 "$work/portable.keys.before" "$work/portable.keys.after")
check_eq "portable: no new registry key" "" "$new_keys"
drop_prefix portable-prefix
drop_prefix template-prefix

finish
