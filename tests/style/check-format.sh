#!/usr/bin/env bash
# Every C++ file is formatted by the repository's .clang-format. clang-format 14 (Debian 12's)
# is the formatter of record; other versions format some lines differently, so they skip.
# Usage: check-format.sh SOURCE_ROOT
set -euo pipefail
root="$1"
if ! command -v clang-format >/dev/null; then
    echo "clang-format is not installed (packaging/dev.sh setup installs it)"
    exit 77
fi
if ! clang-format --version | grep -q 'version 14\.'; then
    echo "skipped: $(clang-format --version) is not the formatter of record (clang-format 14)"
    exit 77
fi
cd "$root"
unformatted=$(find app ui plugins tests \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z |
    xargs -0 -n 40 sh -c 'for f; do clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || echo "$f"; done' sh)
if [ -n "$unformatted" ]; then
    printf 'not formatted by .clang-format (run clang-format -i on them):\n%s\n' "$unformatted"
    exit 1
fi
echo "every C++ file is formatted"
