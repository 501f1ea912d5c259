#!/usr/bin/env bash
# clazy's checks for the Qt pitfalls that matter here, over every product source: range-for
# that detaches a Qt container, connect() without a context or capturing locals by reference,
# old-style connects, QObject subclasses without Q_OBJECT, detaching or writing to temporaries,
# temporary containers made only to be walked. (strict-iterators is left out: Qt 6 converts an
# iterator to a const_iterator without the copy it guarded against in Qt 5.)
# Usage: check-clazy.sh SOURCE_ROOT BUILD_DIR
set -euo pipefail
root="$1"
build="$2"
if ! command -v clazy-standalone >/dev/null; then
    echo "clazy is not installed (packaging/dev.sh setup installs it)"
    exit 77
fi
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json"; exit 1; }
checks=connect-3arg-lambda,lambda-in-connect,old-style-connect,connect-non-signal,range-loop-detach
checks+=,missing-qobject-macro,detaching-temporary,writing-to-temporary,temporary-iterator
checks+=,container-anti-pattern,mutable-container-key,lambda-unique-connection,incorrect-emit
checks+=,overridden-signal,returning-data-from-temporary,child-event-qobject-cast,qdeleteall
checks+=,wrong-qglobalstatic
cd "$root"
found=$(find app ui plugins -name '*.cpp' | sort |
    xargs -P "$(nproc 2>/dev/null || echo 2)" -n 8 clazy-standalone -p "$build" --checks="$checks" 2>&1 |
    grep -E '\[-Wclazy-' | sort -u || true)
if [ -n "$found" ]; then
    printf '%s\n' "$found"
    echo "clazy found $(printf '%s\n' "$found" | wc -l) Qt pitfalls"
    exit 1
fi
echo "clazy finds none of the Qt pitfalls it looks for"
