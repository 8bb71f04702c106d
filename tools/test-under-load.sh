#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the whole test suite under load, as CI's shared machines are: two CPU hogs beside `ctest -j4`, ROUNDS times
# (default 3). Exits non-zero if any round failed. Build first (bash packaging/build.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
hogs=()
for _ in 1 2; do
    ( while :; do :; done ) &
    hogs+=($!)
done
trap 'kill "${hogs[@]}" 2>/dev/null' EXIT
failed=0
for round in $(seq 1 "$rounds"); do
    echo "== round $round of $rounds (load: $(cut -d' ' -f1-3 /proc/loadavg))"
    log="build/under-load-$round.log"
    ctest --test-dir build -j4 --output-on-failure >"$log" 2>&1 || failed=1
    grep -E "tests passed|\*\*\*Failed|Timeout" "$log"
done
exit "$failed"
