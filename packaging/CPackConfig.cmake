# Packaging: a Debian package built with `cpack -G DEB` from a build tree (.ci/package-check builds,
# validates, installs and starts it). The executables, translations, desktop file, metainfo and icon
# are installed by app/; the data and documentation that belong to no target, here.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/seeds/ DESTINATION ${DOKHAE_DATA_INSTALL_DIR}/seeds
    FILES_MATCHING PATTERN "*.txt" PATTERN "*.md" PATTERN "*.html" PATTERN "*.htm")
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dokhae)

set(CPACK_PACKAGE_NAME dokhae)
set(CPACK_PACKAGE_VENDOR "Dokhae developers")
set(CPACK_PACKAGE_CONTACT "Dokhae developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB)
# Debian puts a package under /usr whatever the build's own install prefix; the programs find their
# data relative to themselves (../share/dokhae), so the two need not agree.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# The long description, after the summary line; CPack indents it as Debian's control file wants.
set(CPACK_PACKAGE_DESCRIPTION "Dokhae keeps a library of Korean articles about China's AI industry, imports
them clean, searches them the way Korean needs, and lists the figures,
entities and comparisons each one quotes, with charts and annotations linked
to their place in the text. Includes dokhae-cli for scripts.")

# Libraries the executables link are found by dpkg-shlibdeps; what they load at run time is not:
#   libqt6sql6-sqlite      the QSQLITE driver plugin: the local library is an SQLite file
#   libqt6sql6-psql        the QPSQL driver plugin: a team library is a PostgreSQL database
#   libqt6svg6             the SVG icon engine and image plugins (the window icon); the Svg library
#                          is linked, but the plugins are what draw the icon
#   fonts-noto-cjk         the Korean text face the reader asks for
#   qt6-translations-l10n  Qt's own Korean strings (dialog buttons, file dialogs)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, fonts-noto-cjk, qt6-translations-l10n")
# A native window on Wayland desktops (without it Qt falls back to XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
include(CPack)
