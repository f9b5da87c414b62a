# CPack's DEB generator: one package per install component,
#   walletdesk         the console (component console)
#   walletdesk-server  the server (component server)
# scripts/package.sh runs it into build/packages/ and checks both with lintian.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME walletdesk)
set(CPACK_PACKAGE_VENDOR "WalletDesk maintainers")
set(CPACK_PACKAGE_CONTACT "${WALLETDESK_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# lintian: an unstripped binary is an error (the debug information stays in build/).
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL console server)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${WALLETDESK_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${WALLETDESK_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies from dpkg-shlibdeps; below, what it cannot see: the
# plugins Qt loads at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME walletdesk)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION misc)
# The cache is a SQLite file (QSQLITE). The keychain (qtkeychain) keeps the
# sign-in in a Secret Service, as libqt6keychain1 recommends one. Times are
# shown in the call center's zone, any IANA zone the reference data name
# (tzdata; China's is known without it).
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6sql6-sqlite, tzdata")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION "call center console for a digital wallet
The desk a digital wallet's call center works in: hotline agents look up the
caller's account, verify the caller, read the transaction log, fix sign-in
problems and log complaints; supervisors review complaints, approve sensitive
actions and watch deadlines. A tel: link opened by a softphone pops the caller
in the running console.

The console works against a WalletDesk server (package walletdesk-server).")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME walletdesk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# SQLite (QSQLITE) or PostgreSQL (QPSQL) stores; adduser for the system user;
# tzdata for the call center's zone when it is not China's.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, adduser, tzdata")
set(CPACK_COMPONENT_SERVER_DESCRIPTION "HTTPS server for the WalletDesk call center console
The API the WalletDesk consoles sync with, over SQLite or PostgreSQL, run as
the systemd service walletdesk-server under its own system user. Its
settings are in /etc/walletdesk/server.conf; it needs a TLS certificate and
key before it starts.")
# The maintainer scripts (the system user, systemd) and the conffile.
set(walletdesk_server_control ${PROJECT_SOURCE_DIR}/resources/debian/walletdesk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA ${walletdesk_server_control}/postinst
    ${walletdesk_server_control}/prerm ${walletdesk_server_control}/postrm
    ${walletdesk_server_control}/conffiles)

include(CPack)
