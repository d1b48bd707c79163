#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Gongwen Desk needs to build, test and run on Debian 12. Safe to run again.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n qt6-charts-dev
  libpoppler-qt6-dev poppler-data catch2 libsodium-dev libseccomp-dev libxlsxwriter-dev libssl-dev libqpdf-dev zlib1g-dev qt6-svg-dev unzip
  python3 postgresql-15 xvfb xauth fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei poppler-utils
  desktop-file-utils appstream groff-base
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "All packages are installed."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
