#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# Installs everything Workshop Companion needs to build, run and test on
# Debian 12. This is the one place the package list lives; README's commands
# and CI call it. Safe to run again: apt skips what is already there.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6.4 and the QML modules the app imports at run time
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-webengine-dev qt6-webengine-dev-tools qml6-module-qtwebengine
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window
    qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript
    qml6-module-qt-labs-settings qml6-module-qtqml-models qml6-module-qttest
    qml6-module-qt-labs-folderlistmodel
    qt6-qpa-plugins libgl-dev libvulkan-dev
    # Qt's own strings (dialog buttons) in German and other languages
    qt6-translations-l10n
    # data formats
    libyaml-cpp-dev libical-dev zlib1g-dev
    # an iCalendar parser independent of libical, to check exports (tests/ics)
    python3-icalendar
    # robustness: libFuzzer and the sanitizer runtimes (clang 14), and strace
    # for the fault-injection tests
    clang-14 libclang-rt-14-dev strace
    # headless runs and screenshots
    xvfb xauth fonts-dejavu-core fonts-noto-core tzdata
    # a private session bus for the desktop-notification test
    dbus-daemon
    # packaging: icons rendered from SVG, the .deb (cpack runs dpkg-shlibdeps)
    # and the validators of the desktop entry and the AppStream metadata
    librsvg2-bin dpkg-dev file man-db desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
