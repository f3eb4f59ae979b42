# Packaging: desktop integration files, their install rules and the CPack settings for a Debian
# package. One application id (TEAMLENS_APP_ID) names the .desktop file, the metainfo and the icon.
include(GNUInstallDirs)

# The release date shown by software centres; override with -DTEAMLENS_RELEASE_DATE=YYYY-MM-DD.
if(NOT TEAMLENS_RELEASE_DATE)
    string(TIMESTAMP TEAMLENS_RELEASE_DATE "%Y-%m-%d" UTC)
endif()

set(TEAMLENS_DESKTOP_FILE ${CMAKE_CURRENT_BINARY_DIR}/packaging/${TEAMLENS_APP_ID}.desktop)
set(TEAMLENS_METAINFO_FILE ${CMAKE_CURRENT_BINARY_DIR}/packaging/${TEAMLENS_APP_ID}.metainfo.xml)
configure_file(${CMAKE_CURRENT_LIST_DIR}/${TEAMLENS_APP_ID}.desktop.in ${TEAMLENS_DESKTOP_FILE} @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/${TEAMLENS_APP_ID}.metainfo.xml.in ${TEAMLENS_METAINFO_FILE} @ONLY)

install(FILES ${TEAMLENS_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${TEAMLENS_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/teamlens.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${TEAMLENS_APP_ID}.svg)

# Validate the generated files when the validators are installed (desktop-file-utils, appstream).
if(TEAMLENS_BUILD_TESTS)
    find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(APPSTREAMCLI appstreamcli)
    if(DESKTOP_FILE_VALIDATE)
        add_test(NAME test_desktop_file COMMAND ${DESKTOP_FILE_VALIDATE} ${TEAMLENS_DESKTOP_FILE})
    endif()
    if(APPSTREAMCLI)
        add_test(NAME test_metainfo COMMAND ${APPSTREAMCLI} validate --no-net --explain ${TEAMLENS_METAINFO_FILE})
    endif()
endif()

# CPack: `cpack -G DEB` in the build folder produces an installable package.
set(CPACK_PACKAGE_NAME "teamlens")
set(CPACK_PACKAGE_VENDOR "TeamLens")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Supervisor workstation for e-commerce after-sales customer-service teams")
set(CPACK_PACKAGE_DESCRIPTION
    "TeamLens runs at a customer-service team lead's desk. It reads a local or shared SQLite store of\n"
    "tickets and conversations and turns them into decisions: today's queue and SLA breaches, each\n"
    "agent's KPIs against targets, rankings, trends and quality reviews. The same binary runs\n"
    "headless for checks and scheduled jobs.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_CONTACT "TeamLens developers <dev@teamlens.example.org>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "TeamLens")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# Shared libraries are found by dpkg-shlibdeps; plugins loaded at run time are not, so they are named:
# the SQLite driver for every store and the platform plugins for the window.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# SVG icons (image-format plugin) and Qt's own translated dialogs are nice to have.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
