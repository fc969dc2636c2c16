#!/usr/bin/env bash
# Measures what one reading of the values stage costs: heap allocations and
# time per Normalize call over every case in tests/values/cases, against
# Tokenize alone in the same run, and how allocations grow with the length
# of the text. docs/values.md quotes the figures.
#
#   bench/values-alloc/run.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build -j2 --target values_alloc_bench >/dev/null
build/values_alloc_bench
