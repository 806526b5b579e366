; Lapwing's setup: installs Lapwing for the current user, without administrator rights.
;
; Built by installer/CMakeLists.txt (`cmake --build --preset mingw64 --target package`),
; which passes (makensis -D...):
;   LAPWING_NSIS_TARGET    amd64-unicode (64-bit build) or x86-unicode (32-bit build)
;   LAPWING_GENERATED_DIR  the folder holding version.nsh (configured from version.nsh.in)
;   LAPWING_EXE            the lapwing.exe to install
;   LAPWING_ICON           res/lapwing.ico
;   LAPWING_LICENSE        LICENSE (CRLF copy)
;   LAPWING_OUTFILE        where to write the setup
;   LAPWING_OUTFILE_NAME   its file name (for the version resource)
;   LAPWING_SIGN           optional: a command line that signs the file "%1" in place; when
;                          given, the uninstaller is signed before it is packed into the setup
;
; What it does, for the current user only (nothing outside their profile, only HKCU):
;   - installs lapwing.exe, LICENSE.txt and uninstall.exe to %LOCALAPPDATA%\Programs\Lapwing
;     (or /D=...);
;   - a Start-menu shortcut, and a desktop shortcut if chosen on the last page (unchecked by
;     default; ticked on an upgrade that has one; a silent install leaves it as it is);
;   - the Apps & features entry: HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Lapwing.
; Installing over an installed Lapwing upgrades it in place: same folder (or, if the user picks
; another one, the old copy is uninstalled), same single Uninstall entry, the user's data
; (%LOCALAPPDATA%\Lapwing) untouched. A running Lapwing is asked to close the way a user closes
; it (WM_CLOSE); it is never killed.
;
; Switches:
;   setup:      /S  silent      /D=C:\folder  install there (last on the command line, no quotes)
;   uninstall:  /S  silent      /REMOVEDATA   also delete the user's saved state
;                                             (%LOCALAPPDATA%\Lapwing); kept by default

!macro LAPWING_REQUIRE NAME
  !ifndef ${NAME}
    !error "${NAME} is not defined: build the setup with CMake (target package), which passes it."
  !endif
!macroend
!insertmacro LAPWING_REQUIRE LAPWING_NSIS_TARGET
!insertmacro LAPWING_REQUIRE LAPWING_GENERATED_DIR
!insertmacro LAPWING_REQUIRE LAPWING_EXE
!insertmacro LAPWING_REQUIRE LAPWING_ICON
!insertmacro LAPWING_REQUIRE LAPWING_LICENSE
!insertmacro LAPWING_REQUIRE LAPWING_OUTFILE
!insertmacro LAPWING_REQUIRE LAPWING_OUTFILE_NAME

Unicode true
Target ${LAPWING_NSIS_TARGET}
SetCompressor /SOLID lzma
ManifestDPIAware true
ManifestSupportedOS all
RequestExecutionLevel user

!addincludedir "${LAPWING_GENERATED_DIR}"
!include "version.nsh"
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "Sections.nsh"
!include "WinMessages.nsh"

; The setup and the program can never disagree: the exe's own version resource must carry
; this setup's version (both come from the one version in CMakeLists.txt).
!getdllversion "${LAPWING_EXE}" LAPWING_EXE_VERSION_
!if "${LAPWING_EXE_VERSION_1}.${LAPWING_EXE_VERSION_2}.${LAPWING_EXE_VERSION_3}" != "${LAPWING_VERSION}"
  !error "lapwing.exe says it is version ${LAPWING_EXE_VERSION_1}.${LAPWING_EXE_VERSION_2}.${LAPWING_EXE_VERSION_3}; this setup is ${LAPWING_VERSION}"
!endif

!define LAPWING_PUBLISHER "The Lapwing developers"
!define LAPWING_UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Lapwing"
!define LAPWING_WINDOW_CLASS "LapwingMainWindow"
; The user's settings and saved state: never the install folder, and kept on uninstall unless
; the user asks.
!define LAPWING_DATA_DIR "$LOCALAPPDATA\Lapwing"

Name "Lapwing"
OutFile "${LAPWING_OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Lapwing"
; An upgrade goes where the installed Lapwing is (/D= still wins).
InstallDirRegKey HKCU "${LAPWING_UNINSTALL_KEY}" "InstallLocation"
BrandingText "Lapwing ${LAPWING_VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

!ifdef LAPWING_SIGN
  !uninstfinalize '${LAPWING_SIGN}'
!endif

; ---- Version resource of the setup itself -----------------------------------------------------
VIProductVersion "${LAPWING_VERSION_MAJOR}.${LAPWING_VERSION_MINOR}.${LAPWING_VERSION_PATCH}.0"
VIFileVersion "${LAPWING_VERSION_MAJOR}.${LAPWING_VERSION_MINOR}.${LAPWING_VERSION_PATCH}.0"

; ---- Modern UI ---------------------------------------------------------------------------------
!define MUI_ICON "${LAPWING_ICON}"
!define MUI_UNICON "${LAPWING_ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEFINISHPAGE_BITMAP "${__FILEDIR__}/wizard.bmp" ; from make-bitmaps.sh
!define MUI_COMPONENTSPAGE_SMALLDESC

; Three pages for a small program: where (with what it is and its licence said on the same
; page: MIT has nothing to accept), the copying, and a finish page that can start Lapwing and
; put a shortcut on the desktop.
!define MUI_DIRECTORYPAGE_TEXT_TOP "Lapwing ${LAPWING_VERSION}, a stopwatch, for your account only: no administrator rights needed. An installed Lapwing is upgraded and your laps are kept. Free software under the MIT licence (LICENSE.txt)."
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY

!insertmacro MUI_PAGE_INSTFILES

!define MUI_FINISHPAGE_RUN "$INSTDIR\lapwing.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start Lapwing"
!define MUI_FINISHPAGE_SHOWREADME ""
!define MUI_FINISHPAGE_SHOWREADME_TEXT "Put a Lapwing shortcut on the desktop"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
!define MUI_FINISHPAGE_SHOWREADME_FUNCTION CreateDesktopShortcut
!define MUI_PAGE_CUSTOMFUNCTION_SHOW FinishShow
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE FinishLeave
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "Lapwing will be removed from the folder below. Your saved stopwatch and laps are kept unless you choose otherwise on the next page."
!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "Lapwing itself is always removed. Tick the box below to delete your saved stopwatch and laps too."
!define MUI_PAGE_CUSTOMFUNCTION_SHOW un.ComponentsShow
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "Lapwing"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${LAPWING_VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "Lapwing ${LAPWING_VERSION} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${LAPWING_VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${LAPWING_PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Copyright (C) 2026 the Lapwing developers"
VIAddVersionKey /LANG=${LANG_ENGLISH} "OriginalFilename" "${LAPWING_OUTFILE_NAME}"

; ---- Closing a running Lapwing -----------------------------------------------------------------
; Lapwing saves as it closes, so it is only ever asked to close (WM_CLOSE, as its close box
; does) and given time; it is never terminated. Interactive: the user is asked to close it.
; Silent: it is closed; if it does not go within 30 s, setup stops without touching anything.
!macro LAPWING_CLOSE_FUNCTIONS UN
Function ${UN}LapwingCloseAll ; out: $0 = 0 when no Lapwing window is left
  StrCpy $1 0 ; quarter seconds waited
  StrCpy $3 0 ; the window last asked to close
  ${Do}
    FindWindow $0 "${LAPWING_WINDOW_CLASS}"
    ${If} $0 = 0
    ${OrIf} $1 >= 120
      ${Break}
    ${EndIf}
    ${If} $0 <> $3 ; each window is asked once
      SendMessage $0 ${WM_CLOSE} 0 0 /TIMEOUT=5000
      StrCpy $3 $0
    ${EndIf}
    Sleep 250
    IntOp $1 $1 + 1
  ${Loop}
FunctionEnd

Function ${UN}LapwingWaitExeFree ; the process may outlive its window by a moment
  StrCpy $1 0
  ${DoWhile} ${FileExists} "$INSTDIR\lapwing.exe"
    ClearErrors
    FileOpen $2 "$INSTDIR\lapwing.exe" a
    ${IfNot} ${Errors}
      FileClose $2
      ${Break}
    ${EndIf}
    ${If} $1 >= 40
      ${Break}
    ${EndIf}
    Sleep 250
    IntOp $1 $1 + 1
  ${Loop}
FunctionEnd

; out: $0 = 1 when Lapwing is not running (any more), 0 when it is still running
Function ${UN}LapwingClose
  FindWindow $0 "${LAPWING_WINDOW_CLASS}"
  ${If} $0 = 0
    StrCpy $0 1
    Return
  ${EndIf}
  ${If} ${Silent}
    DetailPrint "Closing Lapwing"
    Call ${UN}LapwingCloseAll
  ${Else}
    ${Do}
      ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "Lapwing is running.$\r$\n$\r$\nClose Lapwing, then click Retry." IDCANCEL`
        StrCpy $0 0
        Return
      ${EndIf}
      FindWindow $0 "${LAPWING_WINDOW_CLASS}"
    ${LoopWhile} $0 <> 0
  ${EndIf}
  ${If} $0 <> 0
    StrCpy $0 0
    Return
  ${EndIf}
  Call ${UN}LapwingWaitExeFree
  StrCpy $0 1
FunctionEnd
!macroend
!insertmacro LAPWING_CLOSE_FUNCTIONS ""
!insertmacro LAPWING_CLOSE_FUNCTIONS "un."

; ---- Install -----------------------------------------------------------------------------------
; Installed elsewhere before (the user chose another folder this time): remove that copy with
; its own uninstaller, run in place and silently, so one Lapwing and one entry remain. The
; user's data is not touched (no /REMOVEDATA).
Function RemoveCopyElsewhere
  ReadRegStr $R0 HKCU "${LAPWING_UNINSTALL_KEY}" "InstallLocation"
  ${If} $R0 == ""
  ${OrIf} $R0 == $INSTDIR
  ${OrIfNot} ${FileExists} "$R0\uninstall.exe"
    Return
  ${EndIf}
  DetailPrint "Removing the copy of Lapwing in $R0"
  ExecWait '"$R0\uninstall.exe" /S _?=$R0'
  Delete "$R0\uninstall.exe"
  RMDir "$R0"
FunctionEnd

Function DirectoryLeave
  Call LapwingClose
  ${If} $0 = 0
    Abort ; stay on this page
  ${EndIf}
FunctionEnd

Section "Lapwing" SecLapwing
  SectionIn RO
  Call LapwingClose
  ${If} $0 = 0
    ; Silent, and Lapwing did not close: change nothing.
    SetErrorLevel 5
    Abort "Lapwing is still running: close it and run Setup again."
  ${EndIf}
  Call RemoveCopyElsewhere

  SetOutPath "$INSTDIR"
  File "/oname=lapwing.exe" "${LAPWING_EXE}"
  ; The licence, beside the program (there is no licence page to click through).
  File "/oname=LICENSE.txt" "${LAPWING_LICENSE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\Lapwing.lnk" "$INSTDIR\lapwing.exe" "" "$INSTDIR\lapwing.exe" 0 \
    SW_SHOWNORMAL "" "A stopwatch, exact to the tick"

  ; Apps & features
  WriteRegStr HKCU "${LAPWING_UNINSTALL_KEY}" "DisplayName" "Lapwing"
  WriteRegStr HKCU "${LAPWING_UNINSTALL_KEY}" "DisplayVersion" "${LAPWING_VERSION}"
  WriteRegDWORD HKCU "${LAPWING_UNINSTALL_KEY}" "VersionMajor" ${LAPWING_VERSION_MAJOR}
  WriteRegDWORD HKCU "${LAPWING_UNINSTALL_KEY}" "VersionMinor" ${LAPWING_VERSION_MINOR}
  WriteRegStr HKCU "${LAPWING_UNINSTALL_KEY}" "Publisher" "${LAPWING_PUBLISHER}"
  WriteRegStr HKCU "${LAPWING_UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\lapwing.exe,0"
  WriteRegStr HKCU "${LAPWING_UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${LAPWING_UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${LAPWING_UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${LAPWING_UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${LAPWING_UNINSTALL_KEY}" "NoRepair" 1
  !if "${LAPWING_HOMEPAGE}" != ""
    WriteRegStr HKCU "${LAPWING_UNINSTALL_KEY}" "URLInfoAbout" "${LAPWING_HOMEPAGE}"
  !endif
SectionEnd

Function CreateDesktopShortcut
  CreateShortcut "$DESKTOP\Lapwing.lnk" "$INSTDIR\lapwing.exe" "" "$INSTDIR\lapwing.exe" 0 \
    SW_SHOWNORMAL "" "A stopwatch, exact to the tick"
FunctionEnd

; On an upgrade that has a desktop shortcut, the box starts ticked.
Function FinishShow
  ${If} ${FileExists} "$DESKTOP\Lapwing.lnk"
    SendMessage $mui.FinishPage.ShowReadme ${BM_SETCHECK} ${BST_CHECKED} 0
  ${EndIf}
FunctionEnd

; Unticked: the user no longer wants the desktop shortcut (ticked, MUI calls the function).
Function FinishLeave
  SendMessage $mui.FinishPage.ShowReadme ${BM_GETCHECK} 0 0 $0
  ${If} $0 <> ${BST_CHECKED}
    Delete "$DESKTOP\Lapwing.lnk"
  ${EndIf}
FunctionEnd

Section "-Finish"
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${LAPWING_UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Function .onInit
  SetShellVarContext current
  ; Downgrading is allowed but, interactively, only when the user confirms it.
  ReadRegStr $0 HKCU "${LAPWING_UNINSTALL_KEY}" "DisplayVersion"
  ${If} $0 != ""
    ${VersionCompare} "$0" "${LAPWING_VERSION}" $1
    ${If} $1 = 1
      ${If} ${Cmd} `MessageBox MB_YESNO|MB_ICONQUESTION "Lapwing $0 is installed, which is newer than this setup (${LAPWING_VERSION}).$\r$\n$\r$\nReplace it with version ${LAPWING_VERSION}?" /SD IDYES IDNO`
        Abort
      ${EndIf}
    ${EndIf}
  ${EndIf}
FunctionEnd

; ---- Uninstall ---------------------------------------------------------------------------------
Section "un.Lapwing" SecUnLapwing
  SectionIn RO
  Call un.LapwingClose
  ${If} $0 = 0
    SetErrorLevel 5
    Abort "Lapwing is still running: close it and run the uninstaller again."
  ${EndIf}

  ; Exactly what setup made, nothing else: the folder goes only if it is then empty.
  Delete "$INSTDIR\lapwing.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Lapwing.lnk"
  Delete "$DESKTOP\Lapwing.lnk"
  DeleteRegKey HKCU "${LAPWING_UNINSTALL_KEY}"
SectionEnd

Section /o "un.Delete my saved stopwatch and laps" SecUnData
  RMDir /r "${LAPWING_DATA_DIR}"
SectionEnd

Function un.onInit
  SetShellVarContext current
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecUnData}
  ${EndIf}
FunctionEnd

Function un.ComponentsShow
  ; "Space required: 0.0 KB" means nothing when removing: hide it.
  FindWindow $0 "#32770" "" $HWNDPARENT
  GetDlgItem $0 $0 1023
  ShowWindow $0 ${SW_HIDE}
FunctionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecUnLapwing} "Lapwing, its shortcuts and its Apps & features entry."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecUnData} "Your saved stopwatch and laps (${LAPWING_DATA_DIR}). Kept unless ticked."
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
