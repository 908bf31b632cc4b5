#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# Regenerates docs/screenshots/ with the app's screenshot mode: every view of
# the bundled program at laptop size, light and dark, during the event; then
# the app after syncing an update from scripts/demo-site.sh on loopback.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
app="$build/app/desktop/workshop-companion"
out=docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
# The app's data (bookmarks) from the test fixture in a throwaway folder, so
# My Schedule has something to show and the user's own data is untouched.
home=$(mktemp -d)
site=
trap 'if [ -n "$site" ]; then kill "$site"; wait "$site" 2>/dev/null || true; fi; rm -rf "$home"' EXIT
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

# On the day: version 2 arrives from the site. Each run syncs once from it
# (the first one updates, the others find the copy up to date) and shows
# what changed, with the bookmarked keynote first.
port=8765
scripts/demo-site.sh "$port" "$build" 2>/dev/null &
site=$!
for _ in $(seq 50); do
    if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/manifest.yaml')" 2>/dev/null; then
        break
    fi
    sleep 0.2
done
for theme in light dark; do
    for view in changes timeline; do
        name="updated-$view-$theme.png"
        "$app" --screenshot "$out/$name" --view "$view" --size 1366x768 --theme "$theme" --now 2023-12-16T09:50 \
            --sync-url "http://127.0.0.1:$port/"
        echo "$out/$name"
    done
done

# Organizer mode, on a laptop that has only the built-in program: the demo
# update as a draft compared with it, then the draft with two mistakes.
export XDG_DATA_HOME="$home/organizer"
draft="$home/draft"
scripts/make-demo-update.sh "$draft" "$build/app/cli/workshop-program" 2>/dev/null
for theme in light dark; do
    "$app" --screenshot "$out/preview-changes-$theme.png" --preview "$draft" --view changes --size 1366x768 \
        --theme "$theme" --now 2023-12-16T09:50
    echo "$out/preview-changes-$theme.png"
done
sed -i 's/^    end: "09:05"$/    end: "08:55"/; s/^    speakers: \[william-dally\]$/    speakers: [william-daly]/' \
    "$draft/program.yaml"
for theme in light dark; do
    "$app" --screenshot "$out/preview-problems-$theme.png" --preview "$draft" --view problems --size 1366x768 \
        --theme "$theme" --now 2023-12-16T09:50
    echo "$out/preview-problems-$theme.png"
done

# The web pane: paper 37 served as a PDF from loopback (a stand-in PDF made
# here; the real papers are not part of the project), then the same paper
# with nothing serving it and no saved copy. Only in builds with WebEngine.
if grep -q "WITH_WEBENGINE:BOOL=ON" "$build/CMakeCache.txt"; then
    export XDG_DATA_HOME="$home/web" XDG_CACHE_HOME="$home/web-cache"
    if [ "$(id -u)" = 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
    mkdir -p "$home/papers" "$home/web-program"
    python3 - "$home/papers/paper37.pdf" <<'PY'
import sys
lines = ["ML for Systems 2023 - a stand-in for paper 37", "",
         "This page stands in for a paper's PDF in the screenshots.",
         "The web pane shows PDFs in Qt WebEngine's own viewer."]
text = "BT /F1 18 Tf 72 720 Td 24 TL " + " ".join(
    "(%s) '" % l.replace("(", "[").replace(")", "]") for l in lines) + " ET"
objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
           "/Resources << /Font << /F1 5 0 R >> >> >>",
           "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
           "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
out, offsets = b"%PDF-1.4\n", []
for i, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += ("%d 0 obj\n%s\nendobj\n" % (i, body)).encode()
xref = len(out)
out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
out += "".join("%010d 00000 n \n" % o for o in offsets).encode()
out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)).encode()
open(sys.argv[1], "wb").write(out)
PY
    webport=8766
    cp data/neurips2023/*.yaml "$home/web-program/"
    sed -i "s#https://mlforsystems.org/assets/papers/neurips2023/paper37.pdf#http://127.0.0.1:$webport/paper37.pdf#" \
        "$home/web-program/papers.yaml"
    python3 -m http.server "$webport" --bind 127.0.0.1 --directory "$home/papers" >/dev/null 2>&1 &
    papers=$!
    sleep 0.5
    for theme in light dark; do
        "$app" --screenshot "$out/paper-pdf-$theme.png" --data "$home/web-program" --size 1366x768 --theme "$theme" \
            --now "$now" --view "web:http://127.0.0.1:$webport/paper37.pdf"
        echo "$out/paper-pdf-$theme.png"
    done
    kill "$papers"
    wait "$papers" 2>/dev/null || true
    for theme in light dark; do
        "$app" --screenshot "$out/paper-offline-$theme.png" --data "$home/web-program" --size 1366x768 \
            --theme "$theme" --now "$now" --view "web:http://127.0.0.1:$webport/paper37.pdf"
        echo "$out/paper-offline-$theme.png"
    done
fi
