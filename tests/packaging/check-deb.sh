#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# Builds the .deb with cpack from a build tree, unpacks it with dpkg -x into a
# scratch root (the /usr tree moved elsewhere) and checks what it installs
# and depends on, then runs the installed binaries from there.
# Usage: check-deb.sh CPACK BUILD_DIR "PACKAGE;PACKAGE;…"   (the declared run-time packages)
set -euo pipefail
cpack=$1
build=$2
IFS=';' read -r -a declared <<<"$3"
id=org.workshopcompanion.WorkshopCompanion
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

fail() {
    echo "check-deb: $*" >&2
    exit 1
}

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
debs=("$scratch"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "expected one .deb in $scratch/out"
fi
deb=${debs[0]}
echo "package: $(basename "$deb")"

# Depends: what dpkg-shlibdeps found for the binaries, and the declared ones.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6quick6 libqt6qml6 libyaml-cpp0.7 libical3 libc6 "${declared[@]}"; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
[ "$(dpkg-deb -f "$deb" Package)" = workshop-companion ] || fail "wrong package name"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "wrong architecture"

root=$scratch/root
dpkg -x "$deb" "$root"
usr=$root/usr
expected=(
    bin/workshop-companion
    bin/workshop-program
    "share/applications/$id.desktop"
    "share/metainfo/$id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$id.svg"
    share/man/man1/workshop-companion.1
    share/man/man1/workshop-program.1
    share/workshop-companion/neurips2023/manifest.yaml
    share/workshop-companion/neurips2023/workshop.yaml
    share/workshop-companion/neurips2023/program.yaml
    share/workshop-companion/neurips2023/speakers.yaml
    share/workshop-companion/neurips2023/papers.yaml
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for file in "${expected[@]}"; do
    [ -f "$usr/$file" ] || fail "not installed: /usr/$file"
done
# Nothing outside /usr, nothing but these under it.
[ "$(ls "$root")" = usr ] || fail "files outside /usr: $(ls "$root")"
unexpected=$(cd "$usr" && find . -type f | sed 's|^\./||' | sort | comm -23 - <(printf '%s\n' "${expected[@]}" | sort))
[ -z "$unexpected" ] || fail "unexpected files: $unexpected"
for binary in workshop-companion workshop-program; do
    description=$(file -b "$usr/bin/$binary")
    if [[ $description != ELF* ]] || [[ $description == *"not stripped"* ]]; then
        fail "$binary is not a stripped executable: $description"
    fi
done
# The man pages name the installed folder, and man can format them.
grep -q '/usr/share/workshop-companion/neurips2023' "$usr/share/man/man1/workshop-program.1" ||
    fail "workshop-program.1 does not name the installed program folder"
for page in workshop-companion workshop-program; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$usr/share/man/man1/$page.1" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$page.1: $warnings"
done

# The installed binaries, run from the scratch root.
"$usr/bin/workshop-program" --version
"$usr/bin/workshop-program" validate "$usr/share/workshop-companion/neurips2023" >"$scratch/validate.txt" ||
    { cat "$scratch/validate.txt" >&2; fail "the installed program folder does not validate"; }
tail -n 1 "$scratch/validate.txt"
grep -q '^0 errors' "$scratch/validate.txt" || fail "validate reported errors"
"$usr/bin/workshop-companion" --self-test
