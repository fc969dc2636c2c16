#!/usr/bin/env bash
# A quick, self-contained throughput check: the bundled corpus copied N
# times (default 2000 copies of its four dated text files), checked at 1
# thread and at every core, beside `grep -c` scanning the same files for
# the words the vell-bridge rules anchor on. Runs are interleaved and the
# median of 5 is printed with MB/s and ratios. Usage: bench/quick.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-2000}
bin=build/claimdiff
[ -x "$bin" ] || make bin >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
for i in $(seq 1 "$copies"); do
  for f in fixtures/corpus/*.txt; do
    cp "$f" "$work/corpus/$i-$(basename "$f")"
  done
done
mb=$(echo "$(du -sb "$work/corpus" | cut -f1) / 1000000" | bc -l)
cores=$(nproc)

time_of() {  # prints elapsed seconds of "$@"
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: >"$work/j1"; : >"$work/jn"; : >"$work/grep"
for run in 1 2 3 4 5; do
  time_of "$bin" check --rules rules/examples/vell-bridge -j 1 \
    --fail-on never -o "$work/out.txt" "$work/corpus" >>"$work/j1"
  time_of "$bin" check --rules rules/examples/vell-bridge -j "$cores" \
    --fail-on never -o "$work/out.txt" "$work/corpus" >>"$work/jn"
  time_of grep -r -c -E \
    'reopen|repair bill|cost of the work|target of|old bridge|stood for|opened in|freight|workers|closure' \
    "$work/corpus" >>"$work/grep"
done
j1=$(median <"$work/j1"); jn=$(median <"$work/jn"); g=$(median <"$work/grep")
claims=$("$bin" check --rules rules/examples/vell-bridge --format json \
  --fail-on never "$work/corpus" | grep -c '"rule":' || true)
printf 'corpus: %s files, %.1f MB, %s claims; %s cores\n' \
  "$(ls "$work/corpus" | wc -l)" "$mb" "$claims" "$cores"
printf '%-22s %8s %8s\n' "median of 5" "seconds" "MB/s"
printf '%-22s %8.3f %8.1f\n' "claimdiff -j1" "$j1" "$(echo "$mb/$j1" | bc -l)"
printf '%-22s %8.3f %8.1f\n' "claimdiff -j$cores" "$jn" "$(echo "$mb/$jn" | bc -l)"
printf '%-22s %8.3f %8.1f\n' "grep -c (peer)" "$g" "$(echo "$mb/$g" | bc -l)"
printf 'speed-up 1 -> %s threads: %.2fx; claimdiff -j1 / grep: %.2fx\n' \
  "$cores" "$(echo "$j1/$jn" | bc -l)" "$(echo "$j1/$g" | bc -l)"
