#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# The bundled program starts from the snapshot built into the app: a first
# start parses no YAML, so it leaves no program cache behind. A folder
# without a snapshot of its own does leave one (so that this can fail).
# Usage: bundled-snapshot.sh APP FOLDER
set -euo pipefail
app="$1" folder="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
snapshots() { find "$1" -name '*.snapshot' 2>/dev/null | wc -l; }

XDG_CACHE_HOME="$work/bundled" "$app" --self-test >"$work/bundled.txt"
grep -q 'program loaded' "$work/bundled.txt" || { cat "$work/bundled.txt" >&2; exit 1; }
[ "$(snapshots "$work/bundled")" = 0 ] \
    || { echo "the bundled program was parsed and cached: its built-in snapshot went unused" >&2; exit 1; }

XDG_CACHE_HOME="$work/folder" "$app" --self-test --data "$folder" >"$work/folder.txt"
[ "$(snapshots "$work/folder")" = 1 ] \
    || { echo "a program folder was not cached" >&2; exit 1; }
