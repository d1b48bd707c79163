#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from the release preset, build/release/gongwen_<version>_<arch>.deb, and
# checks it with lintian (no error allowed; warnings and notes printed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh release
if ! command -v lintian >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends lintian >/dev/null
fi
rm -f build/release/gongwen_*.deb
cmake --build --preset release --target package >/dev/null
deb=$(ls build/release/gongwen_*.deb)
dpkg-deb --field "$deb"
echo "lintian:"
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" || { echo "lintian found errors in $deb" >&2; exit 1; }
echo "Package: $deb"
