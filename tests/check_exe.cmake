cmake_policy(SET CMP0057 NEW) # IN_LIST
# Checks the built lapwing.exe the way a user's machine will meet it:
#  - it imports only DLLs that every Windows has (no libgcc, libwinpthread, libstdc++ DLLs);
#  - GUI subsystem; ASLR (dynamic base), DEP (NX compat) and, on 64-bit, high-entropy VA;
#  - no section both writable and executable; stack canaries in the code it is made of;
#  - it carries the version resource with the project's version.
# Usage: cmake -DEXE=... -DOBJDUMP=... -DEXPECT_HIGH_ENTROPY=0|1 [-DVERSION=x.y.z]
#              [-DNM=... "-DLIBRARIES=a.a;b.a"] -P check_exe.cmake
if(NOT EXISTS "${EXE}")
  message(FATAL_ERROR "no such exe: ${EXE}")
endif()
execute_process(COMMAND ${OBJDUMP} -p ${EXE} OUTPUT_VARIABLE dump RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${OBJDUMP} -p failed on ${EXE}")
endif()

set(system_dlls advapi32 comctl32 comdlg32 gdi32 kernel32 msvcrt ole32 oleaut32 shell32 shlwapi
    user32 uxtheme dwmapi version winmm imm32 oleacc uiautomationcore)
string(REGEX MATCHALL "DLL Name: [^\n]+" imports "${dump}")
list(LENGTH imports count)
if(count EQUAL 0)
  message(FATAL_ERROR "no imports found: is ${EXE} a PE file?")
endif()
set(failed FALSE)
foreach(line IN LISTS imports)
  string(REPLACE "DLL Name: " "" dll "${line}")
  string(STRIP "${dll}" dll)
  string(TOLOWER "${dll}" dll)
  string(REGEX REPLACE "\\.dll$" "" name "${dll}")
  if(name MATCHES "^api-ms-win-")
    message(STATUS "import ${dll}: Windows API set")
  elseif(name IN_LIST system_dlls)
    message(STATUS "import ${dll}: Windows system DLL")
  else()
    message(SEND_ERROR "import ${dll} is not a Windows system DLL: link it statically")
    set(failed TRUE)
  endif()
endforeach()

if(NOT dump MATCHES "Subsystem[ \t]+0+2[ \t]+\\(Windows GUI\\)")
  message(SEND_ERROR "not a GUI-subsystem exe")
  set(failed TRUE)
endif()
foreach(flag DYNAMIC_BASE NX_COMPAT)
  if(NOT dump MATCHES "${flag}")
    message(SEND_ERROR "DllCharacteristics lacks ${flag}")
    set(failed TRUE)
  endif()
endforeach()
if(EXPECT_HIGH_ENTROPY AND NOT dump MATCHES "HIGH_ENTROPY_VA")
  message(SEND_ERROR "DllCharacteristics lacks HIGH_ENTROPY_VA")
  set(failed TRUE)
endif()

# No section both writable and executable, read from the section table itself (not objdump's
# summary of it): a W+X section would make DEP's protection moot.
function(read_le offset bytes out)
  file(READ "${EXE}" hex OFFSET ${offset} LIMIT ${bytes} HEX)
  set(value 0)
  math(EXPR last "${bytes} - 1")
  foreach(i RANGE ${last} 0 -1)
    math(EXPR at "${i} * 2")
    string(SUBSTRING "${hex}" ${at} 2 byte)
    math(EXPR value "(${value} << 8) + 0x${byte}" OUTPUT_FORMAT DECIMAL)
  endforeach()
  set(${out} ${value} PARENT_SCOPE)
endfunction()
read_le(60 4 pe_header)                       # e_lfanew
math(EXPR at "${pe_header} + 6")
read_le(${at} 2 section_count)
math(EXPR at "${pe_header} + 20")
read_le(${at} 2 optional_size)
math(EXPR table "${pe_header} + 24 + ${optional_size}")
math(EXPR last "${section_count} - 1")
set(checked 0)
foreach(i RANGE 0 ${last})
  math(EXPR header "${table} + ${i} * 40")
  file(READ "${EXE}" name_hex OFFSET ${header} LIMIT 8 HEX)
  math(EXPR at "${header} + 36")
  read_le(${at} 4 characteristics)
  math(EXPR executable "(${characteristics} >> 29) & 1")   # IMAGE_SCN_MEM_EXECUTE
  math(EXPR writable "(${characteristics} >> 31) & 1")     # IMAGE_SCN_MEM_WRITE
  if(executable AND writable)
    message(SEND_ERROR "section ${i} (hex name ${name_hex}) is writable and executable")
    set(failed TRUE)
  endif()
  math(EXPR checked "${checked} + 1")
endforeach()
if(checked LESS 3)
  message(SEND_ERROR "only ${checked} sections read: is the section table where it should be?")
  set(failed TRUE)
endif()

# Stack canaries and fortified calls: the program's own code refers to them (the exe itself is
# stripped, so its libraries are what is looked at).
if(NM)
  foreach(library IN LISTS LIBRARIES)
    execute_process(COMMAND ${NM} ${library} OUTPUT_VARIABLE symbols RESULT_VARIABLE result)
    # 32-bit symbols carry a leading underscore: ___stack_chk_fail.
    if(NOT result EQUAL 0 OR NOT symbols MATCHES "U _?__stack_chk_fail")
      message(SEND_ERROR "${library}: no stack protector (-fstack-protector-strong) in its code")
      set(failed TRUE)
    endif()
  endforeach()
endif()

# The version resource: its strings are UTF-16 in .rsrc.
file(STRINGS "${EXE}" strings ENCODING UTF-16LE REGEX "^(FileVersion|ProductVersion|ProductName|[0-9]+\\.[0-9]+\\.[0-9]+|Lapwing)$")
foreach(wanted FileVersion ProductName)
  if(NOT wanted IN_LIST strings)
    message(SEND_ERROR "no ${wanted} in the version resource")
    set(failed TRUE)
  endif()
endforeach()
if(VERSION AND NOT VERSION IN_LIST strings)
  message(SEND_ERROR "version ${VERSION} not found in the version resource")
  set(failed TRUE)
endif()

if(failed)
  message(FATAL_ERROR "${EXE}: checks failed")
endif()
file(SIZE "${EXE}" size)
message(STATUS "${EXE}: ${count} imports, all Windows DLLs; GUI; hardened (${checked} sections, none W+X); ${size} bytes")
