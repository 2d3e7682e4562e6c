#!/usr/bin/env bash
# Runs every test: installs missing system packages first, exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/environment.sh
# The page tests print and screenshot pages in Debian's headless Chromium and read the PDF with poppler.
ilead_install_missing chromium poppler-utils python3
swift test "$@"
