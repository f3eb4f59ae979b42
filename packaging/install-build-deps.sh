#!/bin/sh
# Installs the Debian 12 packages TeamLens needs to build, test and run. Uses sudo when not root.
set -eu

packages="
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6svg6 libsqlite3-dev sqlite3 libcsv-dev libquazip1-qt6-dev libgoogle-perftools-dev libssl-dev
    dpkg-dev desktop-file-utils appstream
    fonts-noto-cjk
"

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
else
    as_root="sudo"
fi

# Skip the network entirely when everything is already there (fast re-runs, offline rebuilds).
missing=""
for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -z "$missing" ]; then
    echo "install-build-deps: all packages present"
    exit 0
fi

echo "install-build-deps: installing$missing"
$as_root apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing
