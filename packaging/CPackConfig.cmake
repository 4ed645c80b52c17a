# Packaging: a Debian package built with `cpack -G DEB` from a build tree.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/seeds/ DESTINATION ${DOKHAE_DATA_INSTALL_DIR}/seeds
    FILES_MATCHING PATTERN "*.txt" PATTERN "*.md" PATTERN "*.html" PATTERN "*.htm")

set(CPACK_PACKAGE_NAME dokhae)
set(CPACK_PACKAGE_VENDOR "Dokhae developers")
set(CPACK_PACKAGE_CONTACT "Dokhae developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk")
set(CPACK_GENERATOR DEB)
include(CPack)
