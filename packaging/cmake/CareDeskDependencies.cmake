# Every third-party dependency, found once by its real package name.
find_package(Qt6 6.4 REQUIRED COMPONENTS
    Core Gui Widgets Network Sql WebSockets LinguistTools)
if(CAREDESK_BUILD_TESTS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
endif()
find_package(Qt6Keychain REQUIRED)
find_package(CURL REQUIRED)
# Boost.Beast's HTTP parser (header-only) reads the team server's requests within their limits.
find_package(Boost 1.74 REQUIRED)
find_package(SQLite3 REQUIRED) # the library Qt's SQLite driver uses; the ingest hot path writes through its C API
find_package(PkgConfig REQUIRED)
pkg_check_modules(Sodium REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(Hunspell REQUIRED IMPORTED_TARGET hunspell) # the composer's spell-checking
find_package(CLD2 REQUIRED)
find_package(PhoneNumber REQUIRED)
find_package(simdjson REQUIRED) # reads the JSON Lines of a backlog several times faster than QJsonDocument
if(CAREDESK_BUILD_TESTS)
    # Catch2 v2 on Debian 12; v3 elsewhere works through tests/support/CatchQt.h.
    find_package(Catch2 REQUIRED)
    include(Catch)
    # Gzip bodies for the transport's tests (libcurl needs zlib anyway).
    find_package(ZLIB REQUIRED)
endif()
