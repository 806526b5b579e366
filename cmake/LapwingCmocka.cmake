# Finds cmocka for the tests and provides the target lapwing::cmocka.
#
# - LAPWING_CMOCKA_SOURCE_DIR set (cross builds on Debian, where no Windows cmocka is packaged):
#   cmocka is built from that source tree as a static library with this build's toolchain.
# - Otherwise: an installed cmocka (Debian's libcmocka-dev, MSYS2's mingw-w64-*-cmocka).
set(LAPWING_CMOCKA_SOURCE_DIR "" CACHE PATH
    "cmocka source tree to build statically (empty: use an installed cmocka)")

if(LAPWING_CMOCKA_SOURCE_DIR)
  if(NOT EXISTS "${LAPWING_CMOCKA_SOURCE_DIR}/include/cmocka.h")
    message(FATAL_ERROR "LAPWING_CMOCKA_SOURCE_DIR=${LAPWING_CMOCKA_SOURCE_DIR} holds no cmocka "
                        "source. Run scripts/setup-debian.sh, or clear the variable.")
  endif()
  include(ExternalProject)
  set(_cmocka_prefix ${CMAKE_BINARY_DIR}/cmocka)
  set(_cmocka_library ${_cmocka_prefix}/lib/${CMAKE_STATIC_LIBRARY_PREFIX}cmocka-static${CMAKE_STATIC_LIBRARY_SUFFIX})
  set(_cmocka_args
      -DCMAKE_BUILD_TYPE=Release
      -DCMAKE_INSTALL_PREFIX=${_cmocka_prefix}
      -DCMAKE_INSTALL_LIBDIR=lib
      -DWITH_STATIC_LIB=ON
      -DWITH_EXAMPLES=OFF
      -DUNIT_TESTING=OFF
      -DCMAKE_POLICY_DEFAULT_CMP0077=NEW)
  if(CMAKE_TOOLCHAIN_FILE)
    get_filename_component(_toolchain "${CMAKE_TOOLCHAIN_FILE}" ABSOLUTE BASE_DIR "${CMAKE_SOURCE_DIR}")
    list(APPEND _cmocka_args -DCMAKE_TOOLCHAIN_FILE=${_toolchain})
  endif()
  ExternalProject_Add(cmocka_external
    SOURCE_DIR ${LAPWING_CMOCKA_SOURCE_DIR}
    BINARY_DIR ${CMAKE_BINARY_DIR}/cmocka-build
    INSTALL_DIR ${_cmocka_prefix}
    CMAKE_ARGS ${_cmocka_args}
    BUILD_BYPRODUCTS ${_cmocka_library}
    UPDATE_COMMAND ""
    LOG_CONFIGURE ON LOG_BUILD ON LOG_INSTALL ON LOG_OUTPUT_ON_FAILURE ON)
  file(MAKE_DIRECTORY ${_cmocka_prefix}/include)
  add_library(lapwing_cmocka STATIC IMPORTED GLOBAL)
  set_target_properties(lapwing_cmocka PROPERTIES
    IMPORTED_LOCATION ${_cmocka_library}
    INTERFACE_INCLUDE_DIRECTORIES ${_cmocka_prefix}/include)
  add_dependencies(lapwing_cmocka cmocka_external)
  add_library(lapwing::cmocka ALIAS lapwing_cmocka)
else()
  # cmocka's own package config (MSYS2's cmocka 1.1.7 exports cmocka::cmocka), else a plain
  # header and library search (Debian's 1.1.5 config sets only variables).
  find_package(cmocka CONFIG QUIET)
  if(TARGET cmocka::cmocka)
    add_library(lapwing::cmocka ALIAS cmocka::cmocka)
    return()
  endif()
  find_path(CMOCKA_INCLUDE_DIR cmocka.h)
  find_library(CMOCKA_LIBRARY NAMES cmocka cmocka-static)
  if(NOT CMOCKA_INCLUDE_DIR OR NOT CMOCKA_LIBRARY)
    message(FATAL_ERROR "cmocka not found. On Debian: apt-get install libcmocka-dev (native) or "
                        "run scripts/setup-debian.sh (Windows cross build). On MSYS2: pacman -S "
                        "$MINGW_PACKAGE_PREFIX-cmocka. Or configure with -DBUILD_TESTING=OFF.")
  endif()
  add_library(lapwing_cmocka UNKNOWN IMPORTED GLOBAL)
  set_target_properties(lapwing_cmocka PROPERTIES
    IMPORTED_LOCATION ${CMOCKA_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${CMOCKA_INCLUDE_DIR})
  add_library(lapwing::cmocka ALIAS lapwing_cmocka)
endif()
