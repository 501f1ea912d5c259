#!/usr/bin/env bash
# Installs CareDesk's build dependencies on macOS and builds it with the "macos" CMake preset.
#
# Usage, from anywhere inside the repository:
#   packaging/macos/setup-macos.sh
#
# Homebrew must already be installed. CLD2 is not in Homebrew, so it is built from source into
# $CAREDESK_DEPS_DIR (default: ~/.cache/caredesk/deps-macos) and found through CMAKE_PREFIX_PATH.
#
# Note: this script is not exercised by the project's CI, which runs on Linux only; it has
# not been tested on a Mac yet. Please report what breaks.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
deps="${CAREDESK_DEPS_DIR:-$HOME/.cache/caredesk/deps-macos}"
src="$deps/src"

command -v brew >/dev/null || { echo "Homebrew is required: https://brew.sh" >&2; exit 1; }

echo "==> Installing Homebrew packages"
brew bundle --file "$repo/packaging/macos/Brewfile"

mkdir -p "$src"

# --- CLD2 ---------------------------------------------------------------------------------
# Upstream ships only Linux shell scripts, so a small CMake project is written next to the
# sources. It builds the same "full" table set as upstream's libcld2_full and installs the
# headers as cld2/public/*.h and cld2/internal/*.h, which is what FindCLD2.cmake looks for.
if [[ ! -f "$deps/lib/libcld2_full.a" ]]; then
    echo "==> Building CLD2"
    rm -rf "$src/cld2"
    git clone --quiet --depth 1 https://github.com/CLD2Owners/cld2.git "$src/cld2"
    cat > "$src/cld2/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.16)
project(cld2 LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 98)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(sources
    cldutil.cc cldutil_shared.cc compact_lang_det.cc compact_lang_det_hint_code.cc
    compact_lang_det_impl.cc debug.cc fixunicodevalue.cc
    generated_entities.cc generated_language.cc generated_ulscript.cc
    getonescriptspan.cc lang_script.cc offsetmap.cc scoreonescriptspan.cc
    tote.cc utf8statetable.cc
    cld_generated_cjk_uni_prop_80.cc cld2_generated_cjk_compatible.cc
    cld_generated_cjk_delta_bi_32.cc generated_distinct_bi_0.cc
    cld2_generated_quad0122.cc cld2_generated_deltaocta0122.cc
    cld2_generated_distinctocta0122.cc cld_generated_score_quad_octa_0122.cc)
list(TRANSFORM sources PREPEND "internal/")
add_library(cld2_full STATIC ${sources})
target_compile_options(cld2_full PRIVATE -w)
install(TARGETS cld2_full ARCHIVE DESTINATION lib)
install(DIRECTORY public/ DESTINATION include/cld2/public FILES_MATCHING PATTERN "*.h")
install(DIRECTORY internal/ DESTINATION include/cld2/internal FILES_MATCHING PATTERN "*.h")
CMAKE
    cmake -S "$src/cld2" -B "$src/cld2/build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$deps"
    cmake --build "$src/cld2/build"
    cmake --install "$src/cld2/build"
fi

# --- CareDesk -----------------------------------------------------------------------------
prefix_path="$deps:$(brew --prefix qt):$(brew --prefix curl):$(brew --prefix)"
export CMAKE_PREFIX_PATH="$prefix_path${CMAKE_PREFIX_PATH:+:$CMAKE_PREFIX_PATH}"

echo "==> Configuring and building CareDesk"
cd "$repo"
cmake --preset macos
cmake --build --preset macos
echo "==> Done"
