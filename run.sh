#!/usr/bin/env bash
# The main job on the bundled data: installs missing system packages, builds in release mode, and runs the
# workshop batch runner on the 25 synthetic i-LEAD workshops with the default model, writing ranked lists to out/.
# Extra arguments replace the default ones, e.g. ./run.sh rank datasets/problems/capability-gaps.json --method topsis.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/environment.sh
swift build -c release --product ilead >&2
if [ "$#" -eq 0 ]; then
    set -- run datasets/ilead-synthetic/workshops --out out
fi
exec .build/release/ilead "$@"
