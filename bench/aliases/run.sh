#!/usr/bin/env bash
# What accent-insensitive alias matching costs. Generates a pack with one
# alias group of N person names (default 400, several with accents) and a
# name rule on {GROUP}, and, as the peer in the same run, the same names as
# a plain case-insensitive literal alternation under a rule of the same
# kind. Both run over the same generated text (3 names per paragraph).
# Prints the median of 7 runs of each, interleaved, and the ratio.
#
#   make bin && bench/aliases/run.sh [NAMES] [PARAGRAPHS]
set -euo pipefail
names=${1:-400}
paragraphs=${2:-20000}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin="$root/build/claimdiff"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$names" "$paragraphs" <<'PY'
import os, random, re, sys
work, count, paragraphs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
first = ["Anna", "Boris", "Chloé", "Dmitri", "Élodie", "Farid", "Göran",
         "Hana", "Ivan", "José", "Kenji", "Lena", "Miguel", "Nadia", "Olaf",
         "Pavel", "Quentin", "Rosa", "Sven", "Tomás", "Una", "Viktor"]
last = ["Ivanova", "Smith", "Müller", "Dubois", "Novák", "García", "Kowalski",
        "Rossi", "Nakamura", "Andersson", "Popescu", "Horváth", "Silva",
        "Jensen", "Öztürk", "Petrov", "Brown", "Lefèvre", "Costa", "Ibrahim",
        "Kerr", "Lund"]
names = set()
while len(names) < count:
    names.add(random.choice(first) + " " + random.choice(last))
names = sorted(names)
rule = ("rules:\n  - id: p.name\n    kind: name\n    subject: spelling/{value}\n"
        "    patterns: ['(?P<value>{%s})']\n")
for pack in ("aliases", "plain"):
    os.makedirs(os.path.join(work, pack))
    open(os.path.join(work, pack, "pack.yaml"), "w").write(f"name: {pack}\n")
with open(os.path.join(work, "aliases", "names.yaml"), "w") as f:
    f.write("aliases:\n  people:\n")
    f.writelines(f"    {n}: []\n" for n in names)
    f.write(rule % "people")
alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
with open(os.path.join(work, "plain", "names.yaml"), "w") as f:
    f.write("definitions:\n  people: '(?i:%s)'\n" % alternation)
    f.write(rule % "people")
with open(os.path.join(work, "doc.txt"), "w") as f:
    for _ in range(paragraphs):
        a, b, c = random.sample(names, 3)
        # Every third name loses its accents, as copy often does.
        f.write(f"{a} met {b.encode('ascii', 'ignore').decode()} and {c} "
                "in the square on Tuesday.\n\n")
PY

python3 - "$work" "$bin" "$names" <<'PY'
import statistics, subprocess, sys, time, os
work, binary, names = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = {"aliases": [], "plain": []}
for _ in range(7):  # interleaved, so both see the same machine load
    for pack in times:
        start = time.perf_counter()
        subprocess.run([binary, "check", "--rules", os.path.join(work, pack),
                        "--fail-on", "never", os.path.join(work, "doc.txt")],
                       stdout=subprocess.DEVNULL, check=True)
        times[pack].append(time.perf_counter() - start)
a = statistics.median(times["aliases"])
p = statistics.median(times["plain"])
size = os.path.getsize(os.path.join(work, "doc.txt")) / 1e6
print(f"{names} names, {size:.1f} MB, median of 7")
print(f"aliases (case- and accent-insensitive)  {a:.3f} s")
print(f"plain literal alternation (peer)        {p:.3f} s")
print(f"ratio                                   {a / p:.2f}x")
PY
