# Cross-compiling for Windows on ARM64 (aarch64-w64-mingw32) with clang and lld from Linux.
# On Windows itself, MSYS2's CLANGARM64 environment needs no toolchain file: its clang is this
# target's compiler (the msys2 preset).
#
# Debian 12 has clang, lld and the mingw-w64 headers, but no aarch64 C runtime or import
# libraries (no mingw-w64 CRT built for aarch64): here the libraries build and an exe cannot be
# linked. With an llvm-mingw toolchain (or a sysroot at LAPWING_ARM64_SYSROOT) it links too.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_VERSION 10.0) # Windows on ARM64 is Windows 10 and later
set(CMAKE_SYSTEM_PROCESSOR ARM64)

set(LAPWING_ARM64_TRIPLET aarch64-w64-mingw32)
set(CMAKE_C_COMPILER clang)
set(CMAKE_C_COMPILER_TARGET ${LAPWING_ARM64_TRIPLET})
set(CMAKE_RC_COMPILER llvm-windres-14 CACHE FILEPATH "")
set(CMAKE_AR llvm-ar-14 CACHE FILEPATH "")
set(CMAKE_RANLIB llvm-ranlib-14 CACHE FILEPATH "")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-fuse-ld=lld")

set(LAPWING_ARM64_SYSROOT "" CACHE PATH "An aarch64-w64-mingw32 sysroot (headers and CRT)")
if(LAPWING_ARM64_SYSROOT)
  set(CMAKE_SYSROOT ${LAPWING_ARM64_SYSROOT})
else()
  # Debian's mingw-w64 headers serve every target; only the link lacks a CRT.
  set(CMAKE_C_FLAGS_INIT "-isystem /usr/share/mingw-w64/include")
  set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
endif()

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
