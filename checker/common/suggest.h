// "Did you mean": the closest of a set of known names to a mistyped one,
// for unknown keys, kinds and rule ids.
#ifndef CLAIMDIFF_COMMON_SUGGEST_H_
#define CLAIMDIFF_COMMON_SUGGEST_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimdiff {

// The number of single-character insertions, deletions, substitutions and
// swaps of neighbours that turn `a` into `b` (optimal string alignment),
// comparing bytes case-insensitively.
int EditDistance(absl::string_view a, absl::string_view b);

// The known name closest to `typed`, when it is close enough to be a typo:
// at most 2 edits and at most a third of the longer name ("patern" →
// "patterns", "sevrity" → "severity"; "foo" suggests nothing). Ties go to
// the earlier name in `known`.
std::optional<std::string> ClosestName(
    absl::string_view typed, const std::vector<absl::string_view>& known);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_SUGGEST_H_
