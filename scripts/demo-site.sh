#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# Serves an updated copy of the bundled program on this computer, as the
# workshop's site would on the day (see scripts/make-demo-update.sh), so that
# the app can sync from it:
#
#   scripts/demo-site.sh [PORT] [BUILD_DIR] &      (default: 8765 build/release)
#   workshop-companion --sync-url http://127.0.0.1:8765/
#
# Stops with Ctrl+C; nothing outside a temporary folder is written.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8765}"
cli="${2:-build/release}/app/cli/workshop-program"
site=$(mktemp -d)
server=
trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null; fi; rm -rf "$site"' EXIT
trap 'exit 0' INT TERM
scripts/make-demo-update.sh "$site" "$cli"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" &
server=$!
wait "$server"
