#!/usr/bin/env bash
# Runs every test: installs missing system packages first, exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/environment.sh
# The page tests print and screenshot pages in Debian's headless Chromium and read the PDF with poppler.
missing=""
for pkg in chromium poppler-utils; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
    echo "Installing system packages:$missing" >&2
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >&2
fi
swift test "$@"
