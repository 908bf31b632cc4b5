#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# Installs what is needed, builds everything and runs every test, headless;
# then every test again under the sanitizers, and each fuzzer for a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
# The app also builds and runs without Qt WebEngine, opening links in the
# system browser: build that configuration and start it once.
cmake --preset ci-nowebengine
cmake --build --preset ci-nowebengine --target workshop-companion
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
    QT_QPA_PLATFORM=offscreen build/ci-nowebengine/app/desktop/workshop-companion --self-test

# Every test again with AddressSanitizer, UBSan and LeakSanitizer (the
# preset says which tests it leaves out, and docs/reliability.md why).
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
# Each libFuzzer harness for 60 s from its committed seeds; fails on any
# crash, hang or out-of-memory input.
bench/fuzz 60
