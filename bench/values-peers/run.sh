#!/usr/bin/env bash
# Scores claimdiff's values stage against Microsoft Recognizers-Text and
# chrono-node on tests/values/cases/*.yaml and prints a table per category.
# The peers are installed from npm into a temporary folder that is removed
# on exit; nothing is installed into the repository.
#
#   bench/values-peers/run.sh                 # uses build/claimdiff
#   CLAIMDIFF=path/to/claimdiff bench/values-peers/run.sh
#
# Needs node (18 or later) and npm. The scoring rule is at the top of
# peers.mjs; docs/values.md has the last measured table.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

claimdiff="${CLAIMDIFF:-build/claimdiff}"
if [ ! -x "$claimdiff" ]; then
  if [ -n "${CLAIMDIFF:-}" ]; then
    echo "run.sh: CLAIMDIFF=$claimdiff is not an executable" >&2
    exit 2
  fi
  echo "run.sh: $claimdiff is missing; building it (make bin)" >&2
  make bin
fi
# A binary older than the sources it was built from measures old code.
if [ -n "$(find checker -newer "$claimdiff" \( -name '*.cc' -o -name '*.h' \) -print -quit)" ]; then
  echo "run.sh: warning: $claimdiff is older than checker/ sources;" \
       "run 'make bin' to measure the current code" >&2
fi

for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "run.sh: $tool is required" >&2
    exit 2
  fi
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "run.sh: installing peers into a temporary folder" >&2
(
  cd "$tmp"
  npm init -y >/dev/null 2>&1
  npm install --silent --no-audit --no-fund \
    @microsoft/recognizers-text-suite chrono-node yaml >/dev/null
)

TZ=UTC node "$here/peers.mjs" --repo "$repo" --claimdiff "$claimdiff" \
  --modules "$tmp"
