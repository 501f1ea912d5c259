# Settings every CareDesk target shares: language level, warnings and Qt safety defines,
# carried by one INTERFACE target so no target can forget them.
add_library(caredesk_common INTERFACE)
add_library(CareDesk::common ALIAS caredesk_common)

target_compile_features(caredesk_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(caredesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CAREDESK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(caredesk_common INTERFACE /W4 /permissive- /utf-8)
    if(CAREDESK_WARNINGS_AS_ERRORS)
        target_compile_options(caredesk_common INTERFACE /WX)
    endif()
else()
    target_compile_options(caredesk_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough)
    if(CAREDESK_WARNINGS_AS_ERRORS)
        target_compile_options(caredesk_common INTERFACE -Werror)
    endif()
endif()

include(CareDeskLayers)

# The layers of DESIGN.md section 2, checked at configure end over every target's link closure
# and every #include its files make: the engine and the headless programs never pull in Qt Gui
# or Widgets; plugins see nothing but the SDK (the sandbox also the scenario library); widgets
# get data through services and model types, never from a store.
function(caredesk_check_layers)
    foreach(headless caredesk_core caredesk_protocol caredesk_sdk caredesk-server caredesk-cli)
        caredesk_forbid_links(${headless} Qt6::Gui Qt6::Widgets)
    endforeach()
    get_property(plugins GLOBAL PROPERTY CAREDESK_CHANNEL_PLUGINS)
    foreach(plugin ${plugins})
        caredesk_allow_only_links(${plugin} Qt6::Core caredesk_sdk caredesk_common
            caredesk_scenario)
        _caredesk_link_closure(${plugin} closure)
        if(caredesk_scenario IN_LIST closure)
            caredesk_check_includes(${plugin} ALLOW "^(sdk|scenario)/")
        else()
            caredesk_check_includes(${plugin} ALLOW "^sdk/")
        endif()
    endforeach()
    caredesk_check_includes(caredesk_scenario ALLOW "^sdk/")
    caredesk_check_includes(caredesk_protocol ALLOW "^protocol/")
    caredesk_check_includes(caredesk_core FORBID "^(ui|server|desktop|cli)/")
    caredesk_check_includes(caredesk_ui
        FORBID "^(storage|sync|ingest|outbox|server|net)/|Store\\.h$|^(plugins|twitter|facebook|sandbox)/")
    caredesk_check_includes(caredesk_server_lib FORBID "^(ui|desktop|cli)/")
    caredesk_check_includes(caredesk-cli FORBID "^(ui|server|desktop)/")
endfunction()
