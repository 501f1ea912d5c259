<#
.SYNOPSIS
    Builds CareDesk on Windows with vcpkg and the "windows" CMake preset.

.DESCRIPTION
    Needs Visual Studio 2022 (C++ workload), CMake 3.25 or newer, Git, and a vcpkg checkout
    whose location is in the VCPKG_ROOT environment variable. Run it from a
    "Developer PowerShell for VS 2022" so the compiler is on PATH.

    vcpkg installs the dependencies listed in packaging/windows/vcpkg.json during the
    configure step. CLD2 has no vcpkg port, so it is built from source first and installed
    into -DepsDir, which is added to CMAKE_PREFIX_PATH.

    Note: this script is not exercised by the project's CI, which runs on Linux only; it has
    not been tested on Windows yet. Please report what breaks.

.PARAMETER SkipTests
    Configure with CAREDESK_BUILD_TESTS=OFF: build the programs only.

.EXAMPLE
    pwsh packaging\windows\setup-windows.ps1 -SkipTests
#>
[CmdletBinding()]
param(
    [switch] $SkipTests,
    [string] $DepsDir = (Join-Path $env:LOCALAPPDATA 'CareDesk\deps-windows')
)

$ErrorActionPreference = 'Stop'
$repo = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path

function Invoke-Checked {
    param([string] $Exe, [string[]] $Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if (-not $env:VCPKG_ROOT -or -not (Test-Path (Join-Path $env:VCPKG_ROOT 'scripts\buildsystems\vcpkg.cmake'))) {
    throw 'VCPKG_ROOT must point to a vcpkg checkout (git clone https://github.com/microsoft/vcpkg, then run bootstrap-vcpkg.bat).'
}
foreach ($tool in 'cmake', 'git') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "$tool was not found on PATH." }
}

# --- CLD2 -----------------------------------------------------------------------------------
# Upstream ships only Linux shell scripts, so a small CMake project is written next to the
# sources. It builds the same "full" table set as upstream's libcld2_full and installs the
# headers as cld2\public\*.h and cld2\internal\*.h, which is what FindCLD2.cmake looks for.
# It is built in Release with the dynamic CRT (/MD), which matches Release and RelWithDebInfo
# builds of CareDesk; a Debug build of CareDesk needs CLD2 built with --config Debug instead.
$cld2Src = Join-Path $DepsDir 'src\cld2'
if (-not (Test-Path (Join-Path $DepsDir 'lib\cld2_full.lib'))) {
    Write-Host '==> Building CLD2'
    if (Test-Path $cld2Src) { Remove-Item -Recurse -Force $cld2Src }
    Invoke-Checked git @('clone', '--quiet', '--depth', '1', 'https://github.com/CLD2Owners/cld2.git', $cld2Src)
    @'
cmake_minimum_required(VERSION 3.16)
project(cld2 LANGUAGES CXX)
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
install(TARGETS cld2_full ARCHIVE DESTINATION lib)
install(DIRECTORY public/ DESTINATION include/cld2/public FILES_MATCHING PATTERN "*.h")
install(DIRECTORY internal/ DESTINATION include/cld2/internal FILES_MATCHING PATTERN "*.h")
'@ | Set-Content -Encoding ascii (Join-Path $cld2Src 'CMakeLists.txt')
    $cld2Build = Join-Path $cld2Src 'build'
    Invoke-Checked cmake @('-S', $cld2Src, '-B', $cld2Build, "-DCMAKE_INSTALL_PREFIX=$DepsDir")
    Invoke-Checked cmake @('--build', $cld2Build, '--config', 'Release')
    Invoke-Checked cmake @('--install', $cld2Build, '--config', 'Release')
}

# --- CareDesk -------------------------------------------------------------------------------
$env:CMAKE_PREFIX_PATH = if ($env:CMAKE_PREFIX_PATH) { "$DepsDir;$env:CMAKE_PREFIX_PATH" } else { $DepsDir }
$manifestDir = (Join-Path $repo 'packaging\windows') -replace '\\', '/'

$configureArgs = @('--preset', 'windows', "-DVCPKG_MANIFEST_DIR=$manifestDir")
if ($SkipTests) { $configureArgs += '-DCAREDESK_BUILD_TESTS=OFF' }

Write-Host '==> Configuring and building CareDesk'
Push-Location $repo
try {
    Invoke-Checked cmake $configureArgs
    Invoke-Checked cmake @('--build', '--preset', 'windows')
}
finally {
    Pop-Location
}
Write-Host '==> Done'
