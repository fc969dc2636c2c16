#!/usr/bin/env bash
# The corpus benchmark (issue 7): claimdiff against ripgrep on generated
# news. Writes a sparse corpus of SIZE_MB megabytes (default 100; 1000 is
# the 1 GB target) and a dense one (DENSE_MB, default a tenth of it) with
# bench/corpus/generate.py into a temporary folder, exports the
# vell-bridge patterns for ripgrep (`claimdiff rules export-patterns`),
# then times, interleaved, RUNS runs (default 5) after one warm-up of
#
#   claimdiff check --rules rules/examples/vell-bridge \
#     --published 2024-03-05 --fail-on never -j T -o REPORT CORPUS
#   rg -c -j T -f patterns.txt CORPUS
#
# at T = 1 and T = every core, each under GNU time for its peak RSS. It
# prints the medians: MB/s (of wall time; CPU time beside it, as the
# machine may be shared), claimdiff's time over rg's at equal threads,
# claimdiff's speed-up from 1 thread to all cores, peak RSS, the cost per
# claim on the dense corpus, and the targets of docs/performance.md. The
# temporary folder is deleted at exit.
#
#   make bench                      # 100 MB
#   make bench BENCH_MB=1000        # 1 GB: 2.2 GB of disk, 50 MB of memory, 20 min
#   DENSE_MB=5 RUNS=7 bench/corpus.sh 300
#
# Needs ripgrep and GNU time (scripts/install-deps.sh --test) and a built
# claimdiff (make bin).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
size=${1:-100}
dense=${DENSE_MB:-$(python3 -c "print(max(1, $size / 10))")}
runs=${RUNS:-5}
bin="$root/build/claimdiff"

if [ ! -x "$bin" ]; then
  echo "corpus.sh: $bin not found: run make bin" >&2
  exit 2
fi
if ! command -v rg >/dev/null 2>&1 ||
  ! /usr/bin/time --version 2>&1 | grep -q GNU; then
  echo "corpus.sh: needs ripgrep and GNU time: run scripts/install-deps.sh --test" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The corpora, one report each (0.6 times the sparse corpus, 2.7 times the
# dense one: every claim of a conflicting subject is listed) and slack.
need_mb=$(python3 -c "print(int($size * 1.6 + $dense * 3.7) + 200)")
free_mb=$(df -Pm "$work" | awk 'NR == 2 {print $4}')
if [ "$free_mb" -lt "$need_mb" ]; then
  echo "corpus.sh: $need_mb MB needed in $(dirname "$work"), $free_mb MB free" >&2
  exit 2
fi

python3 "$root/bench/corpus/generate.py" "$work/sparse" "$size" --seed 1
python3 "$root/bench/corpus/generate.py" "$work/dense" "$dense" --dense --seed 2
"$bin" rules export-patterns --rules "$root/rules/examples/vell-bridge" \
  >"$work/patterns.txt"

python3 - "$work" "$bin" "$root" "$runs" <<'PY'
import os, re, statistics, subprocess, sys, time

work, binary, root, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
cores = len(os.sched_getaffinity(0))
threads = [1, cores] if cores > 1 else [1]
rules = os.path.join(root, "rules", "examples", "vell-bridge")
patterns = os.path.join(work, "patterns.txt")


def corpus_size(path):
    total, files = 0, 0
    for folder, _, names in os.walk(path):
        for name in names:
            total += os.path.getsize(os.path.join(folder, name))
            files += 1
    return total / 1e6, files


def command(tool, corpus, t):
    """The command line, and where its output goes (never /dev/null, which
    some tools treat as a reason to stop at the first match)."""
    out = os.path.join(work, f"{tool}-{corpus}-{t}.out")
    if tool == "claimdiff":
        # One report a corpus, rewritten by every run, to spare the disk.
        out = os.path.join(work, f"claimdiff-{corpus}.out")
        return [binary, "check", "--rules", rules, "--published",
                "2024-03-05", "--fail-on", "never", "-j", str(t), "-o", out,
                os.path.join(work, corpus)], os.devnull
    return ["rg", "-c", "-j", str(t), "-f", patterns,
            os.path.join(work, corpus)], out


def run(tool, corpus, t):
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one
    run under GNU time."""
    argv, stdout = command(tool, corpus, t)
    stats = os.path.join(work, "time.txt")
    start = time.perf_counter()
    with open(stdout, "w") as out:
        done = subprocess.run(["/usr/bin/time", "-v", "-o", stats] + argv,
                              stdout=out, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr}")
    report = open(stats).read()

    def field(name):
        return float(re.search(re.escape(name) + r": ([\d.]+)", report)[1])

    cpu = field("User time (seconds)") + field("System time (seconds)")
    return seconds, cpu, field("Maximum resident set size (kbytes)") / 1024


cases = [(c, tool, t) for c in ("sparse", "dense") for t in threads
         for tool in ("claimdiff", "rg")]
results = {case: [] for case in cases}
load_before = open("/proc/loadavg").read().split()[:3]
for corpus in ("sparse", "dense"):
    mine = [case for case in cases if case[0] == corpus]
    for case in mine:  # warm-up: the page cache, not counted
        run(case[1], case[0], case[2])
    for _ in range(runs):  # interleaved, so all see the same machine load
        for case in mine:
            results[case].append(run(case[1], case[0], case[2]))

info = {}
for corpus in ("sparse", "dense"):
    mb, files = corpus_size(os.path.join(work, corpus))
    summary = open(os.path.join(work, f"claimdiff-{corpus}.out")).read()
    claims = int(re.search(r"(\d+) claims", summary.splitlines()[-1]).group(1))
    lines = 0
    for row in open(os.path.join(work, f"rg-{corpus}-1.out")):
        lines += int(row.rsplit(":", 1)[1])
    info[corpus] = (mb, files, claims, lines)
    print(f"{corpus:6}  {mb:7.1f} MB in {files} files, {claims} claims; "
          f"rg: {lines} matching lines")

med = {case: tuple(statistics.median(run[k] for run in r) for k in range(3))
       for case, r in results.items()}
load_after = open("/proc/loadavg").read().split()[:3]
print(f"\n{cores} cores; median of {runs} interleaved runs after a warm-up; "
      f"load average {' '.join(load_before)} before, "
      f"{' '.join(load_after)} after")
print(f"{'corpus':6}  {'tool':9}  {'threads':>7}  {'seconds':>8}  "
      f"{'MB/s':>7}  {'CPU s':>7}  {'peak RSS MB':>11}")
for case in cases:
    corpus, tool, t = case
    seconds, cpu, rss = med[case]
    print(f"{corpus:6}  {tool:9}  {t:7d}  {seconds:8.3f}  "
          f"{info[corpus][0] / seconds:7.1f}  {cpu:7.2f}  {rss:11.0f}")


def ratio(corpus, t):
    return med[(corpus, "claimdiff", t)][0] / med[(corpus, "rg", t)][0]


def speedup(corpus, tool):
    return med[(corpus, tool, 1)][0] / med[(corpus, tool, threads[-1])][0]


print()
for corpus in ("sparse", "dense"):
    print(f"{corpus}: claimdiff / rg time: " + ", ".join(
        f"{ratio(corpus, t):.2f}x at {t} thread{'s' if t > 1 else ''}"
        for t in threads))
if len(threads) > 1:
    for corpus in ("sparse", "dense"):
        print(f"{corpus}: speed-up 1 -> {cores} threads: claimdiff "
              f"{speedup(corpus, 'claimdiff'):.2f}x, rg "
              f"{speedup(corpus, 'rg'):.2f}x")
claims = info["dense"][2]
print("dense: claimdiff per claim: " + ", ".join(
    f"{med[('dense', 'claimdiff', t)][0] / claims * 1e6:.2f} us at {t} "
    f"thread{'s' if t > 1 else ''}" for t in threads) +
    f" ({claims} claims)")


def verdict(ok):
    return "met" if ok else "MISSED"


print("\ntargets (sparse corpus):")
for t in threads:
    r = ratio("sparse", t)
    print(f"  claimdiff <= 1.3x rg at {t} thread{'s' if t > 1 else ''}: "
          f"{r:.2f}x, {verdict(r <= 1.3)}")
if len(threads) > 1:
    s = speedup("sparse", "claimdiff")
    print(f"  speed-up 1 -> {cores} threads >= 1.8x: {s:.2f}x, "
          f"{verdict(s >= 1.8)}")
rss = max(med[("sparse", "claimdiff", t)][2] for t in threads)
print(f"  peak RSS <= 256 MB: {rss:.0f} MB, {verdict(rss <= 256)} "
      f"(flat with size: compare runs at two sizes)")
PY
