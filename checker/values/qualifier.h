// Qualifiers ("about", "more than", "at least" ...) and how they widen a
// figure into an interval.
//
// The phrases live in YAML (rules/common/qualifiers.yaml); only the small,
// closed set of readings and their interval arithmetic live here.
#ifndef CLAIMDIFF_VALUES_QUALIFIER_H_
#define CLAIMDIFF_VALUES_QUALIFIER_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/values/byte_buckets.h"
#include "checker/values/value.h"

namespace claimdiff {

enum class QualifierReading {
  kExact,     // N +/- the rule's tolerance
  kAbout,     // "about/around/some/roughly N": N +/- step
  kAlmost,    // "nearly/almost N": [N - step, N]
  kMoreThan,  // "more than/over N": (N, N + step]
  kAtLeast,   // "at least N": [N, N + step]
  kLessThan,  // "less than/under N": [N - step, N)
  kAtMost,    // "at most/up to N": [N - step, N]
};

// Names as written in qualifiers.yaml: exact, about, almost, more_than,
// at_least, less_than, at_most.
absl::string_view QualifierReadingName(QualifierReading reading);
absl::StatusOr<QualifierReading> ParseQualifierReading(absl::string_view name);

// How one-sided qualifiers bound a figure.
enum class Bounds {
  kRounding,  // "more than 50" is (50, 60]: people round to the next step
  kLogical,   // "more than 50" is (50, inf)
};

// Phrase -> reading, loaded from YAML. Lookups ignore case and collapse
// runs of whitespace, so "More  than" finds "more than".
class QualifierTable {
 public:
  // Adds a phrase; a later phrase replaces an earlier identical one.
  void Add(absl::string_view phrase, QualifierReading reading);

  // The reading of `phrase`, or nullopt when the table does not know it.
  // Leading/trailing spaces and punctuation such as "," are ignored, so
  // the capture ", at least" finds "at least".
  std::optional<QualifierReading> Lookup(absl::string_view phrase) const;

  // Every phrase as written, longest first (ties alphabetical), for
  // building the {qualifier} fragment; MatchLeading and MatchTrailing try
  // phrases in this order, since the longest phrase must win.
  const std::vector<std::string>& PhrasesLongestFirst() const {
    return longest_first_;
  }

  // A qualifier found at one end of a value text, and the figure text
  // beside it.
  struct Match {
    QualifierReading reading;
    // Part of the text passed in, without the phrase and the separators
    // (" ,.:") between it and the figure; never empty.
    absl::string_view rest;
  };

  // The longest phrase that starts `folded` (value text as FoldText leaves
  // it), for rules that capture "more than 70 years" whole. A phrase that
  // ends in a letter or digit must end a word there: "over" starts "over
  // 20", not "overall". A phrase with nothing after it is no match.
  std::optional<Match> MatchLeading(absl::string_view folded) const;

  // The same at the end of `folded`: "30 or more", "100 or so", "$30bn, at
  // least". A phrase that starts with a letter or digit must start a word.
  std::optional<Match> MatchTrailing(absl::string_view folded) const;

  bool empty() const { return phrases_.empty(); }

 private:
  struct Entry {
    std::string written;  // as the {qualifier} fragment must match it
    std::string key;      // as lookups compare it (see Lookup)
    QualifierReading reading;
  };
  // A phrase as MatchLeading and MatchTrailing compare it, folded and with
  // its reading resolved when it is added rather than once per claim.
  struct Affix {
    std::string phrase;
    QualifierReading reading;
  };

  // Rebuilds everything derived from `phrases_`.
  void Index();

  std::vector<Entry> phrases_;
  std::vector<std::string> longest_first_;  // every Entry::written, sorted
  // Every key with its reading, sorted by key, for Lookup.
  std::vector<std::pair<std::string, QualifierReading>> by_key_;
  std::vector<Affix> affixes_;  // in longest_first_ order, empty ones out
  ByteBuckets by_first_byte_;   // positions in affixes_
  ByteBuckets by_last_byte_;
};

// The rounding granularity of a figure as written: the place value of its
// last nonzero digit (50 -> 10, 71 -> 1, 2.2 -> 0.1). A figure whose only
// nonzero digit is a leading 1 (10, 100, 0.1) uses one place lower
// (10 -> 1, 100 -> 10). `digits` is the numeral as written without
// separators or scale, e.g. "2.2", "1312", "50". Zero has step 1.
double RoundingStep(absl::string_view digits);

// Widens `n` into an interval. `step` is the figure's rounding step (already
// multiplied by any scale such as "billion"); `tolerance` is used only for
// kExact.
Interval ApplyQualifier(QualifierReading reading, double n, double step,
                        double tolerance, Bounds bounds);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_QUALIFIER_H_
