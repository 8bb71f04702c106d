#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, step one: install what is missing, build, and open Liaison on its default database
# (created with the bundled dataset on first start). Extra arguments go to liaison, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found; opening Liaison under Xvfb is possible with: xvfb-run -a ./build/liaison" >&2
    exec xvfb-run -a ./build/liaison "$@"
fi
exec ./build/liaison "$@"
