// Vague counts ("dozens", "a few", "several hundred", "tens of thousands")
// read as the interval of counts a reader would accept for them.
//
// The bounds are data, not code: VagueCountTable holds them and
// DefaultVagueCounts() is the built-in table until the table moves to YAML
// (rules/common/, beside qualifiers.yaml), when a loaded table replaces it
// through ValueOptions::vague_counts.
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

// The built-in bounds. A plural scale word is two to ten of it ("dozens"
// 24-120, "hundreds" 200-1,000, "thousands" 2,000-10,000); "a couple" is
// 2-3, "a few" 2-4, "a handful" 2-6, "several" 3-9, "scores" 40-200 (two
// to ten score). TODO(lead): move to YAML beside qualifiers.yaml.
const VagueCountTable& DefaultVagueCounts();

// Reads text that is wholly a vague count: a table phrase ("dozens of",
// "several"), or one followed by a scale word, which multiplies both ends
// ("several hundred" 300-900, "tens of thousands" 20,000-100,000, "a few
// million" 2-4 million). The result is a range whose step is the scale
// (1 without one). nullopt when the text is anything else.
std::optional<ParsedNumber> ReadVagueCount(absl::string_view text,
                                           const VagueCountTable& table);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_VAGUE_COUNT_H_
