# Cross-compiling for Windows with mingw-w64 from Linux.
# Set LAPWING_MINGW_TRIPLET (x86_64-w64-mingw32 or i686-w64-mingw32) before including this, or
# use toolchain-x86_64-w64-mingw32.cmake / toolchain-i686-w64-mingw32.cmake.
if(NOT LAPWING_MINGW_TRIPLET)
  set(LAPWING_MINGW_TRIPLET x86_64-w64-mingw32)
endif()

set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_VERSION 6.1) # Windows 7
if(LAPWING_MINGW_TRIPLET MATCHES "^x86_64")
  set(CMAKE_SYSTEM_PROCESSOR AMD64)
else()
  set(CMAKE_SYSTEM_PROCESSOR x86)
endif()

set(CMAKE_C_COMPILER ${LAPWING_MINGW_TRIPLET}-gcc)
set(CMAKE_RC_COMPILER ${LAPWING_MINGW_TRIPLET}-windres)
set(CMAKE_AR ${LAPWING_MINGW_TRIPLET}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${LAPWING_MINGW_TRIPLET}-ranlib CACHE FILEPATH "")
set(CMAKE_OBJDUMP ${LAPWING_MINGW_TRIPLET}-objdump CACHE FILEPATH "")

set(CMAKE_FIND_ROOT_PATH /usr/${LAPWING_MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# ctest runs the Windows tests under Wine, exactly as it would run them natively (through a
# small wrapper: see its comment).
find_program(LAPWING_WINE NAMES wine wine64)
if(LAPWING_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/wine-emulator.sh)
endif()
