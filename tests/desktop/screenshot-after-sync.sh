#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# The app end to end: it syncs the demo update from a site on loopback,
# draws VIEW (a screenshot without QML warnings), keeps the new version as
# its copy and caches the speakers' photos, in data folders of its own. The
# photos are served by the same loopback site: no test reaches the internet.
# Usage: screenshot-after-sync.sh APP CLI HTTP_SERVER OUT.png VIEW THEME SIZE
set -euo pipefail
app="$1" cli="$2" server="$3" out="$4" view="$5" theme="$6" size="$7"
work=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
"$(dirname "$0")/../../scripts/make-demo-update.sh" "$work/site" "$cli" 2>/dev/null
coproc SITE { exec "$server" "$work/site" /none; }
pid=$SITE_PID
read -r -u "${SITE[0]}" _ port
# Photos from this site, as small PNGs, and the folder published again.
sed -i "s#https://mlforsystems.org/assets/images/speakers/\([a-z_]*\)\.[a-z]*#http://127.0.0.1:$port/photos/\1.png#" \
    "$work/site/speakers.yaml"
mkdir -p "$work/site/photos"
python3 - "$work/site/photos" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
for name, rgb in (("chris_lattner", b"\x3d\x8b\xe0"), ("bill_dally", b"\x2e\xa0\x6b"), ("atlas_wang", b"\xc0\x5a\x2a")):
    rows = b"".join(b"\x00" + rgb * 64 for _ in range(64))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    open(f"{sys.argv[1]}/{name}.png", "wb").write(png)
PY
"$cli" publish "$work/site" >/dev/null
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config"
"$app" --screenshot "$out" --view "$view" --theme "$theme" --size "$size" --now 2023-12-16T09:50 \
    --sync-url "http://127.0.0.1:$port/"
manifest="$XDG_DATA_HOME/workshop-companion/workshop-companion/programs/mlforsys-neurips2023/manifest.yaml"
grep -q '^version: 3$' "$manifest" || { echo "no synced version 3 in $manifest" >&2; exit 1; }
changes="$XDG_DATA_HOME/workshop-companion/workshop-companion/changes/mlforsys-neurips2023.json"
grep -q '"id": "keynote-lattner"' "$changes" || { echo "the keynote's move is not in $changes" >&2; exit 1; }
photos=$(find "$XDG_CACHE_HOME/workshop-companion/workshop-companion/photos" -type f | wc -l)
[ "$photos" -eq 3 ] || { echo "$photos of 3 photos cached" >&2; exit 1; }
