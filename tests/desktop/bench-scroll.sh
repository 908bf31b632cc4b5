#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# --bench-scroll, the scripted scroll the benchmarks time, on small programs:
# it goes through every day of the timeline and down to the last row of the
# papers list, reports once, and exits 0 (no QML warning).
# Usage: bench-scroll.sh APP FOLDER DAYS (a program of DAYS days)
set -euo pipefail
app="$1" folder="$2" days="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config"
figure() { awk -v name="$1" '$1 == name { print $2 }' "$2"; }

"$app" --bench-scroll timeline --data "$folder" --size 1366x768 >"$work/timeline.txt"
reports=$(grep -c '^scroll-passes ' "$work/timeline.txt" || true)
[ "$reports" = 1 ] || { echo "the timeline's scroll reported $reports times" >&2; exit 1; }
[ "$(figure scroll-passes "$work/timeline.txt")" = "$days" ] \
    || { echo "not every one of the $days days was scrolled" >&2; exit 1; }
[ "$(figure scroll-frames "$work/timeline.txt")" -gt 0 ] \
    || { echo "the timeline did not scroll" >&2; exit 1; }

# The bundled program has more papers than fit in the window.
"$app" --bench-scroll papers --size 1366x768 >"$work/papers.txt"
rows=$(figure scroll-rows "$work/papers.txt")
[ "$rows" -gt 0 ] && [ "$(figure scroll-last-row "$work/papers.txt")" = "$rows" ] \
    || { echo "the papers list did not reach its last row" >&2; cat "$work/papers.txt" >&2; exit 1; }
