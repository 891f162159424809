# Installs what the programs need around them (desktop entry, AppStream metadata, icons, man
# pages, the engine's systemd unit, docs) and configures CPack: a Debian package and a tarball.
# One reverse-DNS id names the desktop file, the metainfo and the icons; app/main.cpp sets it too.
#
#   cpack --config build/CPackConfig.cmake -B build       # build/godwit_<version>_<arch>.deb, .tar.gz
#
# scripts/check-packaging builds both and checks them.

set(GODWIT_APP_ID "io.github.godwit.Godwit")
set(GODWIT_PACKAGE_MAINTAINER "The Godwit authors <godwit-app@users.noreply.github.com>"
  CACHE STRING "Maintainer field of the Debian package")
# Relative to the install prefix, so the tarball stays relocatable: /usr/lib/systemd/system in the
# Debian package (the same directory as /lib/systemd/system on Debian 12's merged /usr).
set(GODWIT_SYSTEMD_UNIT_DIR "lib/systemd/system"
  CACHE STRING "Where the engine's systemd unit is installed, relative to the prefix")

set(_packaging "${PROJECT_SOURCE_DIR}/packaging")

install(FILES "${_packaging}/${GODWIT_APP_ID}.desktop"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_packaging}/${GODWIT_APP_ID}.metainfo.xml"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(DIRECTORY "${_packaging}/icons/hicolor"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/icons"
  FILES_MATCHING PATTERN "${GODWIT_APP_ID}.png" PATTERN "${GODWIT_APP_ID}.svg")
install(FILES "${_packaging}/godwit-engine.service"
  DESTINATION "${GODWIT_SYSTEMD_UNIT_DIR}")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/CHANGELOG.md"
  DESTINATION "${CMAKE_INSTALL_DOCDIR}")

# Man pages, compressed as Debian installs them (gzip -n: the same bytes on every build).
set(_man_pages "${PROJECT_SOURCE_DIR}/cli/godwit-cli.1" "${PROJECT_SOURCE_DIR}/app/godwit-engine.1")
set(_man_outputs "")
foreach(_page IN LISTS _man_pages)
  get_filename_component(_name "${_page}" NAME)
  set(_out "${PROJECT_BINARY_DIR}/man/${_name}.gz")
  add_custom_command(OUTPUT "${_out}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/man"
    COMMAND sh -c "gzip -9 -n -c \"$0\" > \"$1\"" "${_page}" "${_out}"
    DEPENDS "${_page}"
    COMMENT "Compressing ${_name}"
    VERBATIM)
  list(APPEND _man_outputs "${_out}")
endforeach()
add_custom_target(godwit_man_pages ALL DEPENDS ${_man_outputs})
install(FILES ${_man_outputs} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# CPack: one package holding the console, the engine and the CLI.
set(CPACK_PACKAGE_NAME "godwit")
set(CPACK_PACKAGE_VENDOR "The Godwit authors")
set(CPACK_PACKAGE_CONTACT "${GODWIT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
  "Godwit plans, runs and monitors database migrations through the task API of the Azure Database
Migration Service: a Qt console (godwit) with an embedded engine, the engine as a standalone
server with a systemd unit (godwit-engine), and a command-line tool (godwit-cli). The local
engine runs PostgreSQL connection tests, table listings and online migrations with cutover
against real servers, offline and with no cloud account.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_FILE_NAME "godwit-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "\\\\.swp$")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "database")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: the engine's store goes through Qt's SQLite driver plugin, the
# keychain loads libsecret at run time and talks to a Secret Service over D-Bus, and the engine runs
# PostgreSQL's own pg_dump and pg_restore (at least as new as the source server).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libqt6sql6-sqlite, libsecret-1-0, postgresql-client-15 | postgresql-client (>= 15)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
  "gnome-keyring | keepassxc, libqt6svg6, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
  "${_packaging}/debian/postinst" "${_packaging}/debian/prerm" "${_packaging}/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

include(CPack)
