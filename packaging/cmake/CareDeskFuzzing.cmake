# The fuzz build (preset `fuzz`, CAREDESK_FUZZ=ON): every library is compiled with libFuzzer's
# coverage and with AddressSanitizer and UndefinedBehaviorSanitizer; tests/fuzz links the
# targets with libFuzzer's main. Any undefined behaviour stops the run (no recovery), so that
# libFuzzer keeps the input that caused it. The preset builds the Debug configuration, with
# -O1 as libFuzzer advises: Debug keeps Q_ASSERT, ours and the bounds checks in Qt's inline
# code (QList::at, QString::operator[]), so that an index out of range stops a run too.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "The fuzz build needs clang (libFuzzer): use the `fuzz` preset, which "
                        "selects clang++-14, not ${CMAKE_CXX_COMPILER_ID}.")
endif()

set(CAREDESK_SANITIZERS address,undefined)
add_compile_options(-fsanitize=fuzzer-no-link,${CAREDESK_SANITIZERS} -fno-sanitize-recover=all
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=${CAREDESK_SANITIZERS})

# A fuzz target: one source file in tests/fuzz, linked with libFuzzer's main.
function(caredesk_add_fuzz_target name)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "LIBRARIES")
    add_executable(${name} ${name}.cpp)
    target_link_libraries(${name} PRIVATE caredesk_common ${ARG_LIBRARIES})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    set_property(GLOBAL APPEND PROPERTY CAREDESK_FUZZ_TARGETS ${name})
endfunction()
