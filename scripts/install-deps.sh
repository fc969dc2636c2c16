#!/usr/bin/env bash
# Installs what claimdiff needs, and only what is missing. Safe to run
# repeatedly; does nothing when everything is present.
#
#   scripts/install-deps.sh          to build and run claimdiff
#   scripts/install-deps.sh --test   also what the test suite needs: a JSON
#                                    Schema validator, a browser, the
#                                    SARIF Multitool (npm), and ripgrep and
#                                    GNU time for the corpus benchmark
set -euo pipefail

testing=false
if [ "${1:-}" = "--test" ]; then
  testing=true
fi

# libbenchmark-dev is here, not in the --test list, because every configure
# (make bin's too) runs find_package(benchmark) for the microbenchmarks.
packages=(
  cmake make g++ pkg-config
  libre2-dev libabsl-dev libyaml-cpp-dev libgtest-dev libbenchmark-dev
  nlohmann-json3-dev libcli11-dev libutf8proc-dev libgumbo-dev
)
if $testing; then
  packages+=(
    python3-jsonschema python3-yaml  # tests/schema, tests/sarif
    chromium fonts-dejavu-core       # tests/browser: the HTML report
    ripgrep                          # tests/cli: exported patterns; bench/corpus.sh
    time                             # bench/corpus.sh: GNU time, peak RSS
  )
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The SARIF tests run Microsoft's SARIF Multitool, pinned by
# tests/sarif/package-lock.json; npm ci installs exactly that, once.
if $testing; then
  sarif_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/sarif"
  if [ ! -d "$sarif_dir/node_modules" ]; then
    if command -v npm >/dev/null 2>&1; then
      echo "install-deps: installing the SARIF Multitool (npm ci)" >&2
      npm ci --prefix "$sarif_dir" --no-audit --no-fund --loglevel=error >/dev/null
    else
      echo "install-deps: npm not found; the SARIF tests will fail" >&2
    fi
  fi
fi
