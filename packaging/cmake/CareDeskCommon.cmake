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

# Link rules from DESIGN.md: the engine and the headless programs never pull in Qt Gui or
# Widgets; plugins see nothing but the SDK. Checked over the whole link closure at configure end.
function(_caredesk_link_closure target out)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            list(APPEND queue ${aliased})
        endif()
        foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(libs ${current} ${prop})
            if(libs)
                foreach(lib ${libs})
                    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                    if(NOT lib MATCHES "^\\$<")
                        list(APPEND queue ${lib})
                    endif()
                endforeach()
            endif()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(caredesk_forbid_links target)
    _caredesk_link_closure(${target} closure)
    foreach(forbidden ${ARGN})
        if(forbidden IN_LIST closure)
            message(FATAL_ERROR "Link rule broken: ${target} must not link ${forbidden} (see DESIGN.md section 2)")
        endif()
    endforeach()
endfunction()

function(caredesk_check_link_rules)
    foreach(headless caredesk_core caredesk_protocol caredesk_sdk caredesk-server caredesk-cli)
        caredesk_forbid_links(${headless} Qt6::Gui Qt6::Widgets)
    endforeach()
    get_property(plugins GLOBAL PROPERTY CAREDESK_CHANNEL_PLUGINS)
    foreach(plugin ${plugins})
        caredesk_forbid_links(${plugin} Qt6::Gui Qt6::Widgets Qt6::Network Qt6::Sql
            caredesk_core caredesk_ui caredesk_protocol)
    endforeach()
endfunction()
