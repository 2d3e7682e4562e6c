#!/usr/bin/env bash
# Runs every test: installs missing system packages first, exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/environment.sh
swift test "$@"
