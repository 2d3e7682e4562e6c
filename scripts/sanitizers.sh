#!/usr/bin/env bash
# Runs the whole test suite twice: under the address sanitizer with the undefined-behaviour sanitizer on the C
# kernels (Swift's own arithmetic traps instead), then under the thread sanitizer. Each run builds in its own
# folder (.build-asan, .build-tsan). Leak detection is off: the test harness and the argument parser keep
# allocations until exit, which LeakSanitizer reports although nothing is lost while the program runs.
# Usage: scripts/sanitizers.sh [address|thread]...   (both by default); exits non-zero when a run fails.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/environment.sh
runs=("$@")
[ ${#runs[@]} -eq 0 ] && runs=(address thread)
export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
for run in "${runs[@]}"; do
    case "$run" in
        address) swift test --sanitize=address -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined --scratch-path .build-asan ;;
        thread) swift test --sanitize=thread --scratch-path .build-tsan ;;
        *) echo "unknown sanitizer run '$run' (address or thread)" >&2; exit 64 ;;
    esac
done
