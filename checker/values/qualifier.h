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
  // building the {qualifier} fragment and for prefix matching, where the
  // longest phrase must win. Kept sorted as phrases are added, since the
  // values stage asks for it once per claim.
  const std::vector<std::string>& PhrasesLongestFirst() const {
    return longest_first_;
  }

  bool empty() const { return phrases_.empty(); }

 private:
  struct Entry {
    std::string written;  // as the {qualifier} fragment must match it
    std::string key;      // as lookups compare it (see Lookup)
    QualifierReading reading;
  };
  std::vector<Entry> phrases_;
  std::vector<std::string> longest_first_;  // every Entry::written, sorted
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
