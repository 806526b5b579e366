# The winget and Scoop manifests for what the package target built: the templates in
# installer/winget/ and installer/scoop/ filled in with the version, the download names and
# their SHA-256, into the build folder's manifests/. Run by the package target:
#   cmake -DTEMPLATES=... -DOUT=... -DPROJECT_VERSION=... -DSETUP=... -DMSI=... -DZIP=...
#         -DWINGET_ARCH=x64 -DSCOOP_ARCH=64bit -DLAPWING_RELEASE_URL=... -DLAPWING_HOMEPAGE=...
#         -P manifests.cmake
foreach(artefact SETUP MSI ZIP)
  if(NOT EXISTS "${${artefact}}")
    message(FATAL_ERROR "manifests: ${${artefact}} is missing")
  endif()
  file(SHA256 "${${artefact}}" ${artefact}_SHA256)
  get_filename_component(${artefact}_NAME "${${artefact}}" NAME)
endforeach()
# winget takes the hash in capitals (its own tools write it so); Scoop in small letters.
string(TOUPPER "${SETUP_SHA256}" SETUP_SHA256)
string(TOUPPER "${MSI_SHA256}" MSI_SHA256)
set(winget ${OUT}/winget/manifests/l/Lapwing/Lapwing/${PROJECT_VERSION})
foreach(name Lapwing.Lapwing.yaml Lapwing.Lapwing.installer.yaml Lapwing.Lapwing.locale.en-US.yaml)
  configure_file(${TEMPLATES}/winget/${name}.in ${winget}/${name} @ONLY NEWLINE_STYLE LF)
endforeach()
configure_file(${TEMPLATES}/scoop/lapwing.json.in ${OUT}/scoop/lapwing.json @ONLY NEWLINE_STYLE LF)
message(STATUS "manifests: winget in ${winget}, Scoop in ${OUT}/scoop")
