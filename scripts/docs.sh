#!/usr/bin/env bash
# Builds the DocC documentation of JSONFormat, MCDA, PriorityEngine, Advice and Reports (swift-docc-plugin) and fails on any warning:
# an unresolved symbol link, an undocumented parameter, an article that collides with a symbol.
# Usage: scripts/docs.sh [OUTPUT_DIR]   (default .build/docs; open OUTPUT_DIR/<Module>.doccarchive with `docc preview`
# or serve it as static files).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/environment.sh
out=${1:-.build/docs}
mkdir -p "$out"
for target in JSONFormat MCDA PriorityEngine Advice Reports; do
    swift package --allow-writing-to-directory "$out" generate-documentation --target "$target" \
        --warnings-as-errors --output-path "$out/$target.doccarchive" --transform-for-static-hosting
done
echo "documentation written to $out"
