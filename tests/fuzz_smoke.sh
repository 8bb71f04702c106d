#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A short, bounded libFuzzer run of each fuzz target (fuzz/): builds the "fuzz" preset with clang, then runs
# 20000 inputs per target from its seed corpus. New inputs go to a temporary folder, never into the repository.
set -euo pipefail
src="${1:?source dir}"
cd "$src"
if ! command -v clang++ >/dev/null; then
    echo "fuzz_smoke: clang++ missing; packaging/install-deps.sh installs it" >&2
    exit 1
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for t in fuzz_csv fuzz_json; do
    mkdir -p "$work/$t"
    ./build-fuzz/fuzz/$t -runs=20000 -max_len=65536 -rss_limit_mb=2048 "$work/$t" "fuzz/corpus/$t"
done
