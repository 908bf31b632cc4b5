#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# Regenerates docs/screenshots/ with the app's screenshot mode: every view of
# the bundled program at laptop size, light and dark, during the event.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-build/release}/app/desktop/workshop-companion"
out=docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
# The app's data (bookmarks) from the test fixture in a throwaway folder, so
# My Schedule has something to show and the user's own data is untouched.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
store="$home/workshop-companion/workshop-companion/bookmarks"
mkdir -p "$store"
cp tests/data/bookmarks/mlforsys-neurips2023.json "$store/"
export XDG_DATA_HOME="$home"
now=2023-12-16T11:15
views=(timeline schedule session:talk-dally speakers speaker:chris-lattner papers paper:37 search:learning about
       settings)
for theme in light dark; do
    for view in "${views[@]}"; do
        name="${view%%:*}-$theme.png"
        "$app" --screenshot "$out/$name" --view "$view" --size 1366x768 --theme "$theme" --now "$now"
        echo "$out/$name"
    done
done
"$app" --screenshot "$out/timeline-1920-light.png" --view timeline --size 1920x1080 --theme light --now "$now"
echo "$out/timeline-1920-light.png"
