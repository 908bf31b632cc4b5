#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Workshop Companion developers
#
# Writes an updated copy of the bundled program to SITE, as organizers would
# publish it on the day: the keynote starts five minutes late, the coffee
# break is shorter, a talk has a new title and a paper is retracted. Published
# as version 2 with workshop-program. Prints what changed on standard error.
# Usage: scripts/make-demo-update.sh SITE WORKSHOP_PROGRAM
set -euo pipefail
site="$1"
cli="$2"
source_dir="$(dirname "$0")/../data/neurips2023"
mkdir -p "$site"
cp "$source_dir"/*.yaml "$site/"
sed -i -e '/id: keynote-lattner/{n;s/"10:00"/"10:05"/}' \
       -e '/id: coffee-break/{n;s/"10:55"/"11:00"/}' \
       -e 's/title: "VMR2L: Virtual Machines Rescheduling Using Reinforcement Learning in Data Centers"/title: "VMR2L: Rescheduling Virtual Machines with Reinforcement Learning"/' \
       "$site/program.yaml"
sed -i -e '/^  - id: 9$/a\    retracted: true' "$site/papers.yaml"
"$cli" publish "$site" >&2
"$cli" diff "$source_dir" "$site" >&2
