#!/usr/bin/env bash
# CareDesk developer entry point. From a fresh clone:
#   ./packaging/dev.sh run     install what is missing, build, start the desktop app
#   ./packaging/dev.sh test    install what is missing, build, run the whole test suite, then
#                              build and run the fuzz targets (tests/fuzz) for a bounded time
# Other commands: setup (dependencies only), build, package (DEB and TGZ into build/packages),
# fuzz (the fuzz targets alone).
# `test` passes further arguments to ctest: `./packaging/dev.sh test -R Server` runs those alone
# (and skips the fuzz targets); `fuzz -R Csv` runs the fuzz targets that match.
# CAREDESK_FUZZ_SECONDS (default 45) is how long each fuzz target runs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="$ROOT/build"
FUZZ_DIR="$ROOT/build-fuzz"
PRESET=default
if [ -n "${CI:-}" ]; then PRESET=ci; fi

# Debian 12 / Ubuntu 24.04 packages. Keep in step with README.md and packaging/cmake/*.cmake.
DEBIAN_PACKAGES=(
    build-essential cmake ninja-build pkg-config file
    qt6-base-dev qt6-tools-dev qt6-l10n-tools libboost-dev qt6-websockets-dev
    libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    libcurl4-openssl-dev zlib1g-dev catch2 libcld2-dev libphonenumber-dev libsodium-dev libsqlite3-dev libsimdjson-dev
    apertium apertium-eng-spa apertium-es-pt apertium-fr-es apertium-spa-ita
    libhunspell-dev hunspell-en-us hunspell-en-gb hunspell-es hunspell-de-de hunspell-fr hunspell-pt-br hunspell-pt-pt hunspell-it
    xvfb xauth dbus gnome-keyring fonts-dejavu-core fonts-droid-fallback
    postgresql curl appstream desktop-file-utils tzdata
    clang-format clazy clang-14 libclang-rt-14-dev llvm-14
)

say() { printf 'caredesk: %s\n' "$*"; }
die() { printf 'caredesk: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "installing packages needs root; run as root or install sudo"; fi
}

setup() {
    case "$(uname -s)" in
        Darwin) exec "$ROOT/packaging/macos/setup-macos.sh" ;;
        Linux) ;;
        *) die "on Windows run packaging/windows/setup-windows.ps1 (see README.md)" ;;
    esac
    command -v dpkg-query >/dev/null || die "this script sets up Debian and Ubuntu; see README.md for other systems"
    local missing=()
    for pkg in "${DEBIAN_PACKAGES[@]}"; do
        [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" = "install ok installed" ] || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then return; fi
    say "installing ${#missing[@]} packages: ${missing[*]}"
    local started=$SECONDS
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    say "packages installed in $((SECONDS - started)) s"
}

build() {
    local started=$SECONDS
    cmake --preset "$PRESET" -S "$ROOT" >/dev/null
    cmake --build "$BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)"
    say "built in $((SECONDS - started)) s"
}

# Qt wants a private runtime folder; without one every program prints a warning.
ensure_runtime_dir() {
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
        XDG_RUNTIME_DIR="$(mktemp -d)"
        chmod 700 "$XDG_RUNTIME_DIR"
        export XDG_RUNTIME_DIR
    fi
}

run_app() {
    ensure_runtime_dir
    local app="$BUILD_DIR/bin/caredesk"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
        local shot="$BUILD_DIR/caredesk-main-window.png"
        say "no display found: saving a screenshot of the main window to $shot instead"
        QT_QPA_PLATFORM=offscreen "$app" --screenshot "$shot" "$@"
        say "screenshot written: $shot"
    else
        exec "$app" "$@"
    fi
}

# A throwaway PostgreSQL cluster for the server tests, stopped when the script exits.
PG_DIR=""
PG_CTL=""
PG_RUN=()
start_postgres() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
    [ -n "$bin" ] && [ -x "$bin/initdb" ] || die "PostgreSQL server binaries not found (package postgresql)"
    PG_CTL="$bin/pg_ctl"
    PG_DIR="$(mktemp -d)"
    chmod 755 "$PG_DIR"
    local run=()
    # initdb refuses to run as root: run the cluster as the postgres user instead.
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_DIR"; run=(runuser -u postgres --); fi
    "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
    local port
    for port in $((20000 + $$ % 20000)) 55432 55433 55434; do
        if "${run[@]}" "$PG_CTL" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
            -o "-p $port -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off" start >/dev/null 2>&1; then
            export CAREDESK_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
            PG_RUN=("${run[@]}")
            return
        fi
    done
    cat "$PG_DIR/server.log" >&2
    die "could not start a private PostgreSQL cluster"
}
stop_postgres() {
    if [ -n "$PG_DIR" ] && [ -n "$PG_CTL" ]; then
        "${PG_RUN[@]}" "$PG_CTL" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
}

run_tests() {
    ensure_runtime_dir
    start_postgres
    trap stop_postgres EXIT
    local started=$SECONDS
    # Keychain tests use a private D-Bus session with a throwaway, unlocked GNOME Keyring, so
    # the developer's own keyring is never touched.
    local keyring_home
    keyring_home="$(mktemp -d)"
    mkdir -m 700 "$keyring_home/run"
    local status=0
    HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/share" XDG_RUNTIME_DIR="$keyring_home/run" \
    XDG_CONFIG_HOME="$keyring_home/config" QT_QPA_PLATFORM=offscreen \
        dbus-run-session -- sh -c '
            eval "$(printf caredesk | gnome-keyring-daemon --unlock --components=secrets)"
            export GNOME_KEYRING_CONTROL
            dir="$1"; shift
            cd "$dir" && ctest --output-on-failure --no-tests=error --parallel 2 "$@"' sh "$BUILD_DIR" "$@" || status=$?
    rm -rf "$keyring_home"
    say "tests ran in $((SECONDS - started)) s"
    return $status
}

# The fuzz targets: their own build (clang 14, libFuzzer, AddressSanitizer and UBSan) of only
# the libraries they need, each target run for CAREDESK_FUZZ_SECONDS, two at a time.
fuzz() {
    local started=$SECONDS
    local werror=OFF
    if [ -n "${CI:-}" ]; then werror=ON; fi
    cmake --preset fuzz -S "$ROOT" -DCAREDESK_FUZZ_SECONDS="${CAREDESK_FUZZ_SECONDS:-45}" \
        -DCAREDESK_WARNINGS_AS_ERRORS=$werror >/dev/null
    cmake --build "$FUZZ_DIR" --parallel "$(nproc 2>/dev/null || echo 2)"
    say "fuzz targets built in $((SECONDS - started)) s"
    started=$SECONDS
    local status=0
    rm -f "$FUZZ_DIR"/tests/fuzz/*/summary
    (cd "$FUZZ_DIR" && ctest --output-on-failure --no-tests=error --parallel 2 "$@") || status=$?
    cat "$FUZZ_DIR"/tests/fuzz/*/summary 2>/dev/null || true
    say "fuzz targets ran in $((SECONDS - started)) s"
    return $status
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
    setup) setup ;;
    build) setup; build ;;
    run) setup; build; run_app "$@" ;;
    test)
        setup; build
        status=0
        run_tests "$@" || status=$?
        # The whole suite (what CI runs) fuzzes too; a chosen part of it does not.
        if [ $# -eq 0 ]; then fuzz || status=$?; fi
        exit $status ;;
    fuzz) setup; fuzz "$@" ;;
    package) setup; build; (cd "$BUILD_DIR" && cpack -G "DEB;TGZ") ;;
    *) die "usage: packaging/dev.sh run|test|fuzz|setup|build|package" ;;
esac
