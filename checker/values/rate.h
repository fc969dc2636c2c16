// Rates: an amount per unit of time, such as "$400 million an hour",
// "1.2 million barrels a day" or "$3bn-a-year". The period phrases ("an
// hour", "per year", "annually") and their lengths in days are YAML
// (rules/common/units.yaml); the amount before them is read by its own kind.
#ifndef CLAIMDIFF_VALUES_RATE_H_
#define CLAIMDIFF_VALUES_RATE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/values/byte_buckets.h"

namespace claimdiff {

// Period phrase -> length of the period in days.
class RatePeriods {
 public:
  // Adds a phrase, compared as FoldText does; a phrase added again takes
  // the new length. A phrase with spaces also matches with hyphens, as
  // adjectives write it ("a $3bn-a-year programme").
  void Add(absl::string_view phrase, double days);
  bool empty() const { return periods_.empty(); }

  struct Period {
    std::string phrase;  // folded
    double days = 1;
  };
  // Longest first, so "per calendar year" is tried before "year".
  const std::vector<Period>& periods() const { return periods_; }

  // The period phrase that ends `folded` (text as FoldText leaves it),
  // written with spaces or, when it has any, with hyphens in their place;
  // the longest period wins, and of one period the spaced form. The phrase
  // must start a word, as SplitRate describes. Returns the period and sets
  // `*length` to the bytes of `folded` it covers; nullptr when none ends it.
  const Period* MatchEnd(absl::string_view folded, size_t* length) const;

 private:
  // Rebuilds what MatchEnd reads from `periods_`.
  void Index();

  std::vector<Period> periods_;
  // Each period's phrase with hyphens for spaces, or empty when it has no
  // space, made once here rather than for every claim.
  std::vector<std::string> hyphenated_;
  // Positions in periods_ by the last byte of the phrase, which the
  // hyphenated form shares.
  ByteBuckets by_last_byte_;
};

struct RateSplit {
  std::string amount;  // the text before the period, folded and trimmed
  std::string period;  // the period phrase as the table holds it
  double days = 1;
};

// Splits `text` into an amount and the period phrase that ends it, or
// nullopt when no period ends it. The amount is empty when the text is the
// phrase alone (a unit capture of "a day"). The phrase must start a word:
// "a year" ends "$3bn a year" and "$3bn-a-year", not "$3bn alpha year".
std::optional<RateSplit> SplitRate(absl::string_view text,
                                   const RatePeriods& periods);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_RATE_H_
