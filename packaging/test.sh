#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, step two: install what is missing, build, and run the whole test suite (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
ctest --preset default "$@"
