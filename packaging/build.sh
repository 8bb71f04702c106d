#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, then configures and builds Liaison with the default preset (Ninja, ccache).
# Warnings are errors when CI is set.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
werror=OFF
if [ -n "${CI:-}" ]; then werror=ON; fi
cmake --preset default -DLIAISON_WERROR="$werror" >/dev/null
cmake --build --preset default
