# `cmake --install build [--prefix DIR]`: headers, the shared C++ and C libraries, the CLI,
# the data files, a CMake package (find_package(tailorcore)) and pkg-config files.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS tailorcore tailorcore_c EXPORT tailorcoreTargets
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES "${PROJECT_BINARY_DIR}/include/tailorcore/version.h"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/tailorcore")
if(TARGET tailorcore_cli)
  set_target_properties(tailorcore_cli PROPERTIES INSTALL_RPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}")
  install(TARGETS tailorcore_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()
set_target_properties(tailorcore_c PROPERTIES INSTALL_RPATH "$ORIGIN")
# The data compiled into the library, for users to read and to extend (lexicon files).
install(DIRECTORY "${PROJECT_SOURCE_DIR}/data/" DESTINATION "${CMAKE_INSTALL_DATADIR}/tailorcore")

set(config_dir "${CMAKE_INSTALL_LIBDIR}/cmake/tailorcore")
install(EXPORT tailorcoreTargets NAMESPACE tailorcore:: DESTINATION "${config_dir}")
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/tailorcoreConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/tailorcoreConfig.cmake" INSTALL_DESTINATION "${config_dir}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/tailorcoreConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/tailorcoreConfig.cmake"
              "${PROJECT_BINARY_DIR}/tailorcoreConfigVersion.cmake" DESTINATION "${config_dir}")

file(RELATIVE_PATH TAILORCORE_PC_TO_PREFIX "${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig" "${CMAKE_INSTALL_PREFIX}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/tailorcore.pc.in" "${PROJECT_BINARY_DIR}/tailorcore.pc" @ONLY)
configure_file("${PROJECT_SOURCE_DIR}/cmake/tailorcore-c.pc.in" "${PROJECT_BINARY_DIR}/tailorcore-c.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/tailorcore.pc" "${PROJECT_BINARY_DIR}/tailorcore-c.pc"
        DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
