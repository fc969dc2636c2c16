// Vague counts ("dozens", "a few", "several hundred", "tens of thousands")
// read as the interval of counts a reader would accept for them.
//
// The bounds are data, not code: VagueCountTable holds them as
// rules/common/vague_counts.yaml (or a pack that overrides it) gives them.
#ifndef CLAIMDIFF_VALUES_VAGUE_COUNT_H_
#define CLAIMDIFF_VALUES_VAGUE_COUNT_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/values/number.h"

namespace claimdiff {

// The closed interval of counts a vague phrase stands for.
struct VagueCount {
  double low = 0;
  double high = 0;
};

// Phrase -> bounds. Phrases compare as FoldText does (case and runs of
// whitespace ignored) and with every "of" dropped, so "dozens of" and
// "dozens" are one entry and "a couple of hundred" reads like "a couple
// hundred".
class VagueCountTable {
 public:
  // Adds a phrase; a later identical phrase replaces the earlier one.
  // `low` <= `high` is the caller's to keep.
  void Add(absl::string_view phrase, double low, double high);

  // The bounds of exactly `phrase`, or nullopt.
  std::optional<VagueCount> Lookup(absl::string_view phrase) const;

  bool empty() const { return entries_.empty(); }

 private:
  struct Entry {
    std::string key;
    VagueCount count;
  };
  std::vector<Entry> entries_;
};

// Reads text that is wholly a vague count: a table phrase ("dozens of",
// "several"), or one followed by a scale word, which multiplies both ends
// ("several hundred" 300-900, "tens of thousands" 20,000-100,000, "a few
// million" 2-4 million). The result is a range whose step is the scale
// (1 without one). nullopt when the text is anything else.
std::optional<ParsedNumber> ReadVagueCount(absl::string_view text,
                                           const VagueCountTable& table);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_VAGUE_COUNT_H_
