#!/usr/bin/env bash
# Runs one fuzz target as the test command does: its regressions first, then fuzzing for a
# bounded time on a copy of its seed corpus in the build tree (the source tree is never
# written). Prints the target's executions; on a finding, prints the input's path and fails.
# Usage: run-fuzz-target.sh TARGET_BINARY FUZZ_SOURCE_DIR WORK_DIR SECONDS [DICTIONARY]
set -euo pipefail
binary="$1"
source_dir="$2"
work="$3"
seconds="$4"
dictionary="${5:-}"
target="$(basename "$binary")"

rm -rf "$work/corpus" "$work/findings" "$work/summary"
mkdir -p "$work/corpus" "$work/findings"
if [ -d "$source_dir/corpus/$target" ]; then
    cp -R "$source_dir/corpus/$target/." "$work/corpus/"
fi

# Leaks count as findings; libFuzzer runs each input in the one process, so a slow input that
# takes more than 10 s is a finding too. ASan and UBSan stop at the first error.
options=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "-artifact_prefix=$work/findings/")
if [ -n "$dictionary" ]; then options+=("-dict=$dictionary"); fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# Stacks are symbolized by clang 14's own llvm-symbolizer (package llvm-14).
if [ -d /usr/lib/llvm-14/bin ]; then export PATH="/usr/lib/llvm-14/bin:$PATH"; fi
# Parsers log what they refuse; that is expected here and would only slow the run down.
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.warning=false}"

# The sanitizer's or libFuzzer's report from the first error on, without libFuzzer's progress.
report() {
    echo "---- $target: what the run reported (the whole log: $1) ----"
    sed -n '/runtime error\|ERROR: \|broken promise\|deadly signal\|Timeout\|out-of-memory/,$p' "$1" |
        grep -v -E '^(MS:|base unit:|0x|\\x|stat::|NOTE:|  *Combine libFuzzer)' | head -n 60
}

# 1. Every input that once crashed it must pass (libFuzzer runs the files it is given).
regressions="$source_dir/regressions/$target"
if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    log="$work/regressions.log"
    if ! "$binary" "${options[@]}" "$regressions"/* >"$log" 2>&1; then
        report "$log"
        printf '%s: FINDING, a regression input fails again: %s\n' "$target" \
            "$(sed -n 's/^Running: //p' "$log" | tail -n1)"
        exit 1
    fi
    echo "$target: $(ls "$regressions" | wc -l) regression inputs pass"
fi

# 2. Fuzz for the time given.
log="$work/fuzz.log"
status=0
"$binary" "${options[@]}" "-max_total_time=$seconds" "$work/corpus" >"$log" 2>&1 || status=$?
final_stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -n1; }
executions=$(final_stat number_of_executed_units)
per_second=$(final_stat average_exec_per_sec)
# One line per target for the test command's summary (packaging/dev.sh prints them all).
printf '%s: %s executions in %s s, %s/s, corpus %s inputs, %s edges covered\n' "$target" \
    "${executions:-?}" "$seconds" "${per_second:-?}" "$(find "$work/corpus" -type f | wc -l)" \
    "$(grep -o 'cov: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)" | tee "$work/summary"
if [ "$status" -ne 0 ] || [ -n "$(ls -A "$work/findings")" ]; then
    report "$log"
    printf '%s: FINDING, the input that shows it: %s\n' "$target" \
        "$(find "$work/findings" -type f | sort | tr '\n' ' ')"
    exit 1
fi
