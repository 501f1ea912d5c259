# CLD2 ships neither a CMake config nor a pkg-config file. Provides CLD2::CLD2.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h)
# Debian's libcld2 carries the detector; macOS and Windows builds make a static cld2_full.
find_library(CLD2_LIBRARY NAMES cld2 cld2_full)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(CLD2 REQUIRED_VARS CLD2_LIBRARY CLD2_INCLUDE_DIR)
if(CLD2_FOUND AND NOT TARGET CLD2::CLD2)
    add_library(CLD2::CLD2 UNKNOWN IMPORTED)
    set_target_properties(CLD2::CLD2 PROPERTIES
        IMPORTED_LOCATION "${CLD2_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")
endif()
mark_as_advanced(CLD2_INCLUDE_DIR CLD2_LIBRARY)
