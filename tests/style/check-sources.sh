#!/usr/bin/env bash
# The limits every C++ file of the product keeps (files under 800 lines, functions under 100,
# no connect() without a context object), and the connect rule for the tests too.
# Usage: check-sources.sh SOURCE_ROOT
set -euo pipefail
root="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
sources() { find "$@" \( -name '*.cpp' -o -name '*.h' \) -not -path 'tests/layering/*' | sort; }
problems=$(
    sources app ui plugins | xargs awk -v FILE_LIMIT=800 -v FUNCTION_LIMIT=100 -f "$here/source-limits.awk"
    sources tests | xargs awk -v FILE_LIMIT=0 -v FUNCTION_LIMIT=1000000 -f "$here/source-limits.awk"
)
if [ -n "$problems" ]; then
    printf '%s\n' "$problems"
    echo "$(printf '%s\n' "$problems" | wc -l) places break the source rules (CONTRIBUTING.md)"
    exit 1
fi
echo "every source keeps the limits"
