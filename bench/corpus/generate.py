#!/usr/bin/env python3
"""Writes a deterministic, news-like English corpus for bench/corpus.sh.

    bench/corpus/generate.py OUT_DIR SIZE_MB [--dense] [--seed N]

OUT_DIR receives SIZE_MB megabytes (10^6 bytes) of plain-text articles,
20-100 KB each, as part-NNN/NNNNNN.txt (1000 files a folder). Nothing is
copied from real articles: sentences come from templates written here,
filled from a vocabulary of a few thousand invented words built from
syllables, plus a short list of ordinary English words.

Each article is a headline, a byline and paragraphs separated by blank
lines, one paragraph a line. In the default (sparse) corpus about a quarter
of sentences state a fact that rules/examples/vell-bridge extracts: the
repair bill, the reopening date, the workforce, the bridge's age, the
length of the closure, the freight share, the toll target and income, the
main span, the engineer's name and the districts. Values vary, mostly
around one consensus, so some claims conflict. About one sentence in
twenty is a decoy that nearly matches a rule ("billions of dollars", "May"
as a name, "months, not years", numbers without units). With --dense
nearly every sentence states a fact and paragraphs are one or two
sentences, so almost every line holds a claim.

Relative dates ("Friday", "next month") are meant to be read with
--published 2024-03-05 (a Tuesday). The same arguments always write the
same bytes. Python 3 standard library only.
"""

import argparse
import os
import random
import sys

ONSETS = ["b", "bl", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "fr", "g",
          "gl", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "pr", "r", "s",
          "sh", "sl", "st", "t", "th", "tr", "v", "w", "z"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "ou", "oa", "ie"]
CODAS = ["", "", "", "n", "r", "l", "s", "t", "nd", "rk", "st", "m", "ng",
         "ck", "ld", "nt"]

# Invented words must not spell what the rules look for, or the corpus
# would hold claims nobody wrote: no trigger word inside them (some rule
# words are matched without word boundaries), no figure word or qualifier
# as a whole word, and no name starting like a month ("Marton" holds "Mar").
TRIGGERS = ("open repair cost target goal toll old bridge span cross stood "
            "district freight cargo worker closure cent").split()
WHOLE_WORDS = set((
    "dozen zero one two three four five six seven eight nine ten eleven "
    "twelve hundred bn mn mln tn some over under just about above below "
    "circa nearly around almost roughly exactly precisely estimated half "
    "quarter third days weeks months years decade century").split())
NAME_STARTS = ("jan feb mar apr may jun jul aug sep oct nov dec mon tue wed "
               "thu fri sat sun").split()

FUNCTION_NOUNS = [
    "council", "mayor", "ferry", "river", "road", "traffic", "budget",
    "committee", "report", "engineer", "contractor", "resident", "shop",
    "market", "school", "harbour", "station", "tram", "bus", "plan",
    "inquiry", "vote", "meeting", "permit", "survey", "detour", "queue",
    "commuter", "trader", "pavement", "festival", "library", "hospital"]
FUNCTION_ADJECTIVES = [
    "local", "new", "long", "quiet", "busy", "public", "narrow", "early",
    "late", "small", "large", "final", "formal", "regional", "temporary",
    "eastern", "western", "wet", "cold", "careful", "costly", "slow"]
FUNCTION_VERBS = [
    "delayed", "approved", "closed", "visited", "inspected", "praised",
    "questioned", "rejected", "funded", "reviewed", "blocked", "crowded",
    "surveyed", "planned", "welcomed", "criticised", "extended", "moved"]
ADVERBS = ["slowly", "quickly", "quietly", "again", "briefly", "openly",
           "sharply", "steadily", "rarely", "twice"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FIRST_NAMES = ["Anna", "Tomas", "Lena", "Omar", "Ruth", "Ivo", "Greta",
               "Pavel", "Nadia", "Felix", "Ines", "Karl", "Mira", "Jonas",
               "Sofia", "Elias", "Clara", "Bruno", "Hanna", "Leon"]

# The facts of the Vell bridge story, one list per rule: (template,
# values), the first value the consensus. An article states the consensus
# of a fact, or (one time in AGREE_SHARE's complement) a value of its own
# for each way of saying it, so most articles agree and some conflict.
REPAIR = [
    ("The repair bill came to {v}.",
     ["$48 million", "about $48 million", "$48m", "$47.5m",
      "48 million dollars", "nearly $50 million", "$52 million",
      "$61 million", "€44 million"]),
    ("Officials put the final cost of the work at {v}.",
     ["$48 million", "USD 48 million", "$47.5m", "$55 million"]),
    ("The repairs cost {v}, the council said.",
     ["$48 million", "$48m", "about $50 million"]),
]
REOPEN = [
    ("The bridge will reopen on {v}, engineers said.",
     ["March 8", "Friday", "8 March", "March 8, 2024", "March 15",
      "March 22"]),
    ("The span reopens on {v}.", ["March 8", "Friday", "the 8th"]),
    ("Officials expect to reopen it {v}.", ["this month", "next month"]),
    ("The crossing is due to open again by {v}.",
     ["March 8", "Friday", "March 15"]),
]
TARGET = [
    ("The council has set a target of {v} a year in tolls.",
     ["$80 million", "$75 million", "$90m", "about $80 million"]),
    ("It now has a toll target of {v}.",
     ["$80 million", "$80 million or more"]),
    ("The {noun} committee backed a goal of {v} in tolls.",
     ["$80 million", "$80m", "$85 million"]),
]
INCOME = [
    ("Tolls brought in {v} last year.",
     ["$61 million", "$60 million", "$58m", "$64 million"]),
    ("Last year tolls raised {v}, the {noun} report said.",
     ["$61 million", "nearly $61 million"]),
    ("Tolls earned {v} before the closure.", ["$61 million", "$61m"]),
]
AGE = [
    ("The {v}-old bridge carries the {adj} road over the river.",
     ["93-year", "92-year", "90-year", "80-year"]),
    ("The crossing, which has stood for {v}, was shut for repairs.",
     ["93 years", "more than 90 years", "nearly 95 years"]),
    ("Engineers say the {v}-old span needs {adj} work.",
     ["93-year", "92-year"]),
]
OPENED = [
    ("The bridge opened in {v} and has rarely closed.",
     ["1931", "1930", "1932", "March 1931"]),
    ("The span was completed in {v}.", ["1931", "1930"]),
    ("The crossing first opened in {v}, records show.", ["1931"]),
]
FREIGHT = [
    ("It carries {v} of the city's freight.",
     ["40%", "40 per cent", "38%", "45%"]),
    ("The bridge handles {v} of freight in the region.",
     ["40%", "nearly 40 percent", "40 percent"]),
    ("About {v} of the region's cargo crosses it.", ["40%", "35%"]),
]
WORKFORCE = [
    ("A crew of {v} workers is on site.",
     ["1,200", "about 1,200", "1,250", "1200"]),
    ("The contractor says {v} workers are on the job.",
     ["1,200", "between 1,100 and 1,300", "up to 1,300"]),
    ("Officials said {v} workers had been hired.", ["1,200", "900"]),
]
CLOSURE = [
    ("The closure has lasted {v}.",
     ["six weeks", "nearly six weeks", "6 weeks", "five weeks",
      "two months"]),
    ("Shops say the closure, now in force for {v}, hurt trade.",
     ["six weeks", "seven weeks"]),
    ("After a {v} closure the {adj} shops reopened.",
     ["six-week", "five-week", "two-month"]),
]
SPAN = [
    ("Its {v} main span was built of steel.",
     ["400-metre", "1,312-foot", "420-metre", "380-metre"]),
    ("The {v} span is the longest in the region.",
     ["400-metre", "quarter-mile", "400 m"]),
    ("Crews walked the {v} span on {weekday}.", ["400-metre", "1,312-foot"]),
]
ENGINEER = [
    ("Chief engineer {v} said the work was on schedule.",
     ["Agnès Moreau", "Agnes Moreau", "Agnès Moreaux"]),
    ("{v}, who leads the repairs, spoke to reporters.",
     ["Agnès Moreau", "AGNES MOREAU"]),
    ("The report was signed by {v}.", ["Agnès Moreau", "Agnes Moreau"]),
]
DISTRICTS = [
    ("The bridge links the districts of {v}.",
     ["Harwick, Ostby and Marn", "Ostby and Marne", "Harwick and Ostby"]),
    ("Buses now reach the districts of {v} by the ferry road.",
     ["Harwick, Ostby and Marn", "Harwick, Ostby and Marne"]),
]
AGREE_SHARE = 0.85
CLAIMS = [REPAIR, REOPEN, TARGET, INCOME, AGE, OPENED, FREIGHT, WORKFORCE,
          CLOSURE, SPAN, ENGINEER, DISTRICTS]

FILLER = [
    "{Person} said the {adj} {noun} had {verb} the {noun} in {Place}.",
    "The {noun} of {Place} {verb} the {adj} {noun} on {weekday}.",
    "Officials in {Place} {verb} a {adj} {noun} after the {noun}.",
    "{Person}, a {noun} from {Place}, said the {noun} was {adj}.",
    "Shops on the east bank {verb} their {noun} as the {noun} moved {adv}.",
    "The {adj} {noun} was {verb} by the {noun}, {Person} told reporters.",
    "In {Place}, the {noun} and the {noun} {verb} the {adj} {noun}.",
    "Questions about the {noun} remain, {Person} wrote to the council.",
    "Traffic on the {adj} road was {adj} on {weekday} morning.",
    "The {noun} at {Place} {verb} {adv}, and the {noun} followed.",
    "{Person} of the {Place} {noun} {verb} the {noun} {adv}.",
    "A {adj} {noun} {verb} the {noun} near the {Place} {noun}.",
    "The council {verb} the {noun} and asked {Person} for a {noun}.",
    "Residents of {Place} said the {noun} had become {adj}.",
    "The ferry to {Place} ran {adv} while the {noun} was {verb}.",
    "Drivers queued at the {adj} {noun} as {Person} {verb} the {noun}.",
    "{Person} {verb} the {adj} {noun}, calling it {adj}.",
    "The mayor {verb} the {noun} from {Place} and the {adj} {noun}.",
]
DECOYS = [
    "The repair bill could run to billions of dollars, critics said.",
    "Critics said the city had spent billions of dollars on roads.",
    "The closure could go on for months, not years, {Person} said.",
    "The work will take months, not years, according to the {noun}.",
    "May {Surname} said the bridge would reopen when the {noun} was ready.",
    "Reopening plans were welcomed by May {Surname}, who runs a {noun}.",
    "The council met {n} times and heard {n} objections.",
    "About {n} of the {noun}s in {Place} were {verb}.",
    "The report runs to {n} pages, {Person} said.",
    "Route {small} buses ran late on {weekday}.",
    "The workers' union and the {noun} met on {weekday}.",
    "Tolls were {adj}, drivers in {Place} said.",
]


def make_vocabulary(rng):
    """Invented nouns, verbs, adjectives, surnames and places."""
    def word(syllables):
        return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) +
                       rng.choice(CODAS) for _ in range(syllables))

    def words(count, suffixes, min_syllables, max_syllables):
        out = set()
        while len(out) < count:
            w = word(rng.randint(min_syllables, max_syllables)) + \
                rng.choice(suffixes)
            if (len(w) >= 4 and w not in WHOLE_WORDS and
                    not any(t in w for t in TRIGGERS) and
                    not any(w.startswith(n) for n in NAME_STARTS)):
                out.add(w)
        return sorted(out)

    nouns = words(2400, ["", "", "ment", "er", "ery", "ance"], 1, 2)
    verbs = [w + "ed" for w in words(600, [""], 1, 2)]
    adjectives = words(600, ["al", "ous", "ive", "ish", "y"], 1, 2)
    surnames = [w.capitalize() for w in words(400, ["", "son", "er"], 1, 2)]
    places = [w.capitalize() for w in words(300, ["", "ton", "by", "holm"],
                                             1, 2)]
    return {
        "noun": nouns + FUNCTION_NOUNS * 20,
        "verb": verbs + FUNCTION_VERBS * 10,
        "adj": adjectives + FUNCTION_ADJECTIVES * 10,
        "surname": surnames,
        "place": places,
    }


class Writer:
    def __init__(self, rng, vocab, dense):
        self.rng = rng
        self.vocab = vocab
        self.dense = dense
        self.claim_share = 0.9 if dense else 0.25
        self.decoy_share = 0.05
        self.claims = 0

    def fill(self, template):
        rng, v = self.rng, self.vocab
        # str.replace, one slot at a time, so each slot draws afresh.
        out = template
        while "{" in out:
            start = out.index("{")
            end = out.index("}", start)
            slot = out[start + 1:end]
            if slot == "noun":
                value = rng.choice(v["noun"])
            elif slot == "adj":
                value = rng.choice(v["adj"])
            elif slot == "verb":
                value = rng.choice(v["verb"])
            elif slot == "adv":
                value = rng.choice(ADVERBS)
            elif slot == "Place":
                value = rng.choice(v["place"])
            elif slot == "Person":
                value = rng.choice(FIRST_NAMES) + " " + \
                    rng.choice(v["surname"])
            elif slot == "Surname":
                value = rng.choice(v["surname"])
            elif slot == "weekday":
                value = rng.choice(WEEKDAYS)
            elif slot == "n":
                value = str(rng.randint(2, 4000))
            elif slot == "small":
                value = str(rng.randint(1, 99))
            else:
                raise ValueError(slot)
            out = out[:start] + value + out[end + 1:]
        return out

    def choose_facts(self):
        """What the next article says, for every way of saying each fact."""
        self.facts = {}
        for fact in CLAIMS:
            agree = self.rng.random() < AGREE_SHARE
            for template, values in fact:
                self.facts[template] = values[0] if agree or len(values) == 1 \
                    else self.rng.choice(values[1:])

    def claim(self):
        template, _ = self.rng.choice(self.rng.choice(CLAIMS))
        self.claims += 1
        return self.fill(template.replace("{v}", self.facts[template]))

    def sentence(self):
        r = self.rng.random()
        if r < self.claim_share:
            return self.claim()
        if r < self.claim_share + self.decoy_share:
            return self.fill(self.rng.choice(DECOYS))
        return self.fill(self.rng.choice(FILLER))

    def article(self, size):
        rng = self.rng
        self.choose_facts()
        parts = [
            self.fill("{Place} {noun} {verb} as bridge work goes on"),
            "",
            self.fill("By {Person}"),
            "",
        ]
        length = sum(len(p) + 1 for p in parts)
        while length < size:
            count = rng.randint(1, 2) if self.dense else rng.randint(3, 6)
            paragraph = " ".join(self.sentence() for _ in range(count))
            parts.append(paragraph)
            parts.append("")
            length += len(paragraph.encode("utf-8")) + 2
        return "\n".join(parts)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("size_mb", type=float)
    parser.add_argument("--dense", action="store_true",
                        help="a claim in almost every line")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    writer = Writer(rng, make_vocabulary(rng), args.dense)
    target = int(args.size_mb * 1_000_000)
    written = 0
    files = 0
    while written < target:
        size = min(rng.randint(20_000, 100_000), max(target - written, 1000))
        text = writer.article(size).encode("utf-8")
        folder = os.path.join(args.out_dir, "part-%03d" % (files // 1000))
        if files % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "%06d.txt" % files), "wb") as f:
            f.write(text)
        written += len(text)
        files += 1
    print("%s: %d files, %.1f MB, %d claim sentences%s" %
          (args.out_dir, files, written / 1e6, writer.claims,
           " (dense)" if args.dense else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
