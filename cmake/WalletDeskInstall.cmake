# Install rules: the console's files (component console, Debian package
# walletdesk) and the server's (component server, walletdesk-server), laid out
# as Debian 12 does: programs and data under the prefix (/usr in the
# packages), the configuration under /etc and the systemd unit under
# /lib/systemd/system whatever the prefix (dh_installsystemd's place in
# bookworm).
set(WALLETDESK_SYSCONFDIR "/etc/walletdesk" CACHE PATH "Where the server's configuration is installed")
set(WALLETDESK_SYSTEMD_UNITDIR "/lib/systemd/system" CACHE PATH "Where the systemd unit is installed")

# Installing (and cpack) does not build "all" first: the packages need the two
# programs only, and the tests and benchmarks are most of the build
# (scripts/package.sh builds the two).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(walletdesk_resources ${PROJECT_SOURCE_DIR}/resources)
set(walletdesk_generated ${PROJECT_BINARY_DIR}/packaging)

# The console. (console/CMakeLists.txt installs the program itself.)
configure_file(${walletdesk_resources}/desktop/walletdesk.desktop.in
    ${walletdesk_generated}/${WALLETDESK_APP_ID}.desktop @ONLY)
configure_file(${walletdesk_resources}/desktop/walletdesk.metainfo.xml.in
    ${walletdesk_generated}/${WALLETDESK_APP_ID}.metainfo.xml @ONLY)
install(FILES ${walletdesk_generated}/${WALLETDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT console)
install(FILES ${walletdesk_generated}/${WALLETDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT console)
install(DIRECTORY ${walletdesk_resources}/icons/hicolor
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons COMPONENT console)

# No RPATH in the installed programs (qt_standard_project_setup sets
# $ORIGIN/../lib): Debian's Qt and every other library are in the linker's
# default path, and policy wants none.
set_target_properties(walletdesk walletdesk-server PROPERTIES INSTALL_RPATH "")

# The server.
install(TARGETS walletdesk-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
install(FILES ${walletdesk_resources}/server/walletdesk-server.service
    DESTINATION ${WALLETDESK_SYSTEMD_UNITDIR} COMPONENT server)
install(FILES ${walletdesk_resources}/server/server.conf
    DESTINATION ${WALLETDESK_SYSCONFDIR} COMPONENT server)
# The certificate's directory; the postinst gives it to the group walletdesk.
install(DIRECTORY DESTINATION ${WALLETDESK_SYSCONFDIR}/tls COMPONENT server)

# Each package's manual page, copyright and changelog, where Debian wants them
# (lintian checks). Compressed here, at configure time: same bytes every time.
find_program(WALLETDESK_GZIP gzip REQUIRED)
configure_file(${walletdesk_resources}/debian/copyright.in ${walletdesk_generated}/copyright @ONLY)
configure_file(${walletdesk_resources}/debian/changelog.Debian.in
    ${walletdesk_generated}/changelog.Debian @ONLY)
foreach(page walletdesk.1 walletdesk-server.1 changelog.Debian)
    if(page STREQUAL "changelog.Debian")
        set(source ${walletdesk_generated}/${page})
    else()
        set(source ${walletdesk_resources}/man/${page})
    endif()
    execute_process(COMMAND ${WALLETDESK_GZIP} -9nc ${source}
        OUTPUT_FILE ${walletdesk_generated}/${page}.gz COMMAND_ERROR_IS_FATAL ANY)
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${walletdesk_resources}/man/walletdesk.1 ${walletdesk_resources}/man/walletdesk-server.1)
install(FILES ${walletdesk_generated}/walletdesk.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT console)
install(FILES ${walletdesk_generated}/walletdesk-server.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
foreach(pair "console;walletdesk" "server;walletdesk-server")
    list(GET pair 0 component)
    list(GET pair 1 package)
    install(FILES ${walletdesk_generated}/copyright ${walletdesk_generated}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
    install(FILES ${walletdesk_resources}/debian/lintian/${package}
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides COMPONENT ${component})
endforeach()
