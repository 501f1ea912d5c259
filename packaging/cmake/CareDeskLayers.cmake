# The layer rules' machinery, kept apart from the rules themselves (CareDeskCommon.cmake) so
# that a fixture project can prove a broken rule stops the configuration.

# Link rules: checked over the whole link closure of a target.
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

# A plugin links what the host allows and nothing else: its closure outside `baseTarget`'s
# own (Qt Core and what Qt Core brings) may hold only the targets named in ALLOW.
function(caredesk_allow_only_links target baseTarget)
    _caredesk_link_closure(${target} closure)
    _caredesk_link_closure(${baseTarget} base)
    foreach(linked IN LISTS closure)
        if(linked STREQUAL target OR linked IN_LIST base OR linked IN_LIST ARGN)
            continue()
        endif()
        message(FATAL_ERROR "Link rule broken: ${target} may link only ${ARGN}, "
            "but links ${linked} (see DESIGN.md section 2)")
    endforeach()
endfunction()

# Include rules: which parts of the tree a target's own files may include. Links alone do not
# hold the layers (a header found through a shared include root compiles without a link), so
# every #include of every source and header a target lists is read at configure time.
#
#   caredesk_check_includes(<target>
#       [ALLOW <regex>]    an include with a folder in it ("a/b.h", <a/b.h>) must match this;
#                          a quoted one without a folder must be a file beside the includer
#       [FORBID <regex>])  no include may match this
#
# A broken rule stops the configuration with the file, the line and the rule.
function(caredesk_check_includes target)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "ALLOW;FORBID" "")
    get_target_property(sources ${target} SOURCES)
    get_target_property(sourceDir ${target} SOURCE_DIR)
    foreach(source IN LISTS sources)
        if(NOT source MATCHES "\\.(h|hpp|cpp|cc)$" OR source MATCHES "^\\$<")
            continue()
        endif()
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${sourceDir}" OUTPUT_VARIABLE path)
        if(NOT EXISTS "${path}" OR path MATCHES "_autogen/")
            continue()
        endif()
        cmake_path(GET path PARENT_PATH folder)
        file(STRINGS "${path}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line IN LISTS lines)
            if(NOT line MATCHES "#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
                continue()
            endif()
            set(quote "${CMAKE_MATCH_1}")
            set(included "${CMAKE_MATCH_2}")
            set(broken "")
            if(ARG_FORBID AND included MATCHES "${ARG_FORBID}")
                set(broken "must not include what matches ${ARG_FORBID}")
            elseif(ARG_ALLOW AND included MATCHES "/" AND NOT included MATCHES "${ARG_ALLOW}")
                set(broken "may include only what matches ${ARG_ALLOW}")
            elseif(ARG_ALLOW AND quote STREQUAL "\"" AND NOT included MATCHES "/"
                   AND NOT EXISTS "${folder}/${included}")
                set(broken "may include by a bare name only files beside it")
            endif()
            if(broken)
                message(FATAL_ERROR "Include rule broken: ${target} ${broken}, but "
                    "${path} includes ${included} (see DESIGN.md section 2)")
            endif()
        endforeach()
    endforeach()
endfunction()
