#!/usr/bin/env bash
# Installs the Debian packages claimdiff needs to build and test, and only
# the ones that are missing. Safe to run repeatedly; does nothing when all
# packages are present.
set -euo pipefail

packages=(
  cmake make g++ pkg-config
  libre2-dev libabsl-dev libyaml-cpp-dev libgtest-dev
  nlohmann-json3-dev libcli11-dev libutf8proc-dev libgumbo-dev
  python3-jsonschema python3-yaml
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
