#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# The app on the largest edition it is meant to carry (generate-edition
# --large: 20,000 papers, 3,000 sessions): started with an empty program
# cache it loads the YAML and keeps a snapshot, started again it draws the
# timeline and the papers list from that snapshot, each time without a QML
# warning (which makes the app exit non-zero). Scrolling them takes longer
# than a test should: bench/scalebench does it.
# Usage: large-edition.sh APP GENERATOR OUT_PREFIX
set -euo pipefail
app="$1" generator="$2" out="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$generator" "$work/edition" --large >/dev/null
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config"
"$app" --self-test --data "$work/edition" --size 1366x768 >"$work/self-test.txt"
grep -q 'program loaded$' "$work/self-test.txt" \
    || { echo "the large edition did not load" >&2; exit 1; }
[ -n "$(find "$XDG_CACHE_HOME" -name '*.snapshot')" ] \
    || { echo "no snapshot of the large edition in $XDG_CACHE_HOME" >&2; exit 1; }
for view in timeline papers; do
    "$app" --screenshot "$out-$view.png" --view "$view" --data "$work/edition" --size 1366x768
done
