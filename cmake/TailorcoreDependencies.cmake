# Every third-party library tailorcore builds against. Each is a Debian 12 package listed in
# scripts/debian-packages.txt, which scripts/setup.sh installs.
find_package(ICU 70 REQUIRED COMPONENTS uc i18n)   # libicu-dev
find_package(Boost 1.74 REQUIRED)                   # libboost-dev (Boost.Algorithm, headers only)

# libstemmer-dev ships neither a CMake package nor a pkg-config file.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY NAMES stemmer REQUIRED)
if(NOT TARGET tailorcore_deps::stemmer)
  add_library(tailorcore_deps::stemmer UNKNOWN IMPORTED)
  set_target_properties(tailorcore_deps::stemmer PROPERTIES
    IMPORTED_LOCATION "${STEMMER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${STEMMER_INCLUDE_DIR}")
endif()

find_package(Threads REQUIRED)

# libre2-dev ships a pkg-config file.
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)

find_package(nlohmann_json 3 REQUIRED)  # nlohmann-json3-dev

# libdtl-dev (the Diff Template Library, headers only): the tailored resume's unified diff.
find_path(DTL_INCLUDE_DIR dtl/dtl.hpp REQUIRED)

# Documents in (lib/extract): gumbo for HTML (libgumbo-dev), libzip and pugixml for DOCX
# (libzip-dev, libpugixml-dev). libzip by pkg-config: Debian 12's libzip CMake package names the
# zipcmp/zipmerge/ziptool programs, which libzip-dev does not install.
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
find_package(ZLIB REQUIRED)  # zlib1g-dev: crc32 for the posting index's checksums (lib/index)
find_package(pugixml REQUIRED)
