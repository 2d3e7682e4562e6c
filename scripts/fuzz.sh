#!/usr/bin/env bash
# Runs every libFuzzer target (Sources/FuzzTargets, driver Fuzz/Driver) for a fixed number of executions, seeded with
# the bundled datasets. Usage: scripts/fuzz.sh [RUNS] [TARGET...]   (RUNS defaults to 20000 per target)
# A crash, a sanitizer report or a broken invariant stops that target; its input is copied to
# Tests/FuzzTargetsTests/Regressions/<target>/, where FuzzRegressionTests runs it from then on. Exits non-zero when
# any target stopped. Builds with address sanitizer and libFuzzer in .build-fuzz (release, with assertions).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/environment.sh
runs="${1:-20000}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(workshop model scenario problem-json problem-csv pairwise kernels)

ILEAD_FUZZ=1 swift build -c release --product ilead-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address >&2
binary=.build-fuzz/release/ilead-fuzz
# Swift's own crash backtracer and the address sanitizer both want the crash; libFuzzer's report is enough.
export SWIFT_BACKTRACE=enable=no

seeds_for() {
    case "$1" in
        workshop) echo datasets/examples datasets/ilead-synthetic/workshops ;;
        model) echo models ;;
        scenario) echo datasets/examples datasets/ilead-synthetic/scenarios ;;
        *) echo datasets/problems ;;
    esac
}

failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
    corpus="$work/$target"
    mkdir -p "$corpus" "$work/artifacts-$target"
    for folder in $(seeds_for "$target"); do cp "$folder"/* "$corpus"/ 2>/dev/null || true; done
    regressions="Tests/FuzzTargetsTests/Regressions/$target"
    [ -d "$regressions" ] && cp "$regressions"/* "$corpus"/ 2>/dev/null || true
    echo "== $target: $runs runs" >&2
    if ILEAD_FUZZ_TARGET="$target" "$binary" -runs="$runs" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix="$work/artifacts-$target/" "$corpus" > "$work/$target.log" 2>&1; then
        tail -n 1 "$work/$target.log" >&2
    else
        failed=1
        tail -n 30 "$work/$target.log" >&2
        mkdir -p "$regressions"
        for artifact in "$work/artifacts-$target"/*; do
            [ -e "$artifact" ] || continue
            name="$(basename "$artifact")"
            cp "$artifact" "$regressions/$name"
            echo "kept $regressions/$name" >&2
        done
    fi
done
exit $failed
