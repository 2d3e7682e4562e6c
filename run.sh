#!/usr/bin/env bash
# The main job on the bundled data: installs missing system packages, builds in release mode, and ranks the
# bundled capability-gap problem. Extra arguments replace the default ones, e.g. ./run.sh weights ahp FILE.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/environment.sh
swift build -c release --product ilead >&2
if [ "$#" -eq 0 ]; then
    set -- rank datasets/problems/capability-gaps.json --method topsis
fi
exec .build/release/ilead "$@"
