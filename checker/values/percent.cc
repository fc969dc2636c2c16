#include "checker/values/percent.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/values/text.h"
#include "checker/values/token.h"
#include "checker/values/unit_phrase.h"
#include "checker/values/value.h"

namespace claimdiff {
namespace {

// Basis points are hundredths of a point; they are matched under their own
// key and converted once the unit is known.
constexpr absl::string_view kBasisPoints = "bp";
// "points" with no "percentage": index points, poll points or percentage
// points; only the writer knows, so it is not read as either.
constexpr absl::string_view kBarePoints = "points";

const std::vector<UnitPhrase>& PercentPhrases() {
  static const std::vector<UnitPhrase>* const kPhrases =
      new std::vector<UnitPhrase>{
          {{"%"}, kUnitPercent},
          {{"percent"}, kUnitPercent},
          {{"per", "cent"}, kUnitPercent},
          {{"pct"}, kUnitPercent},
          {{"percentage", "point"}, kUnitPoints},
          {{"percentage", "points"}, kUnitPoints},
          {{"pp"}, kUnitPoints},
          {{"ppt"}, kUnitPoints},
          {{"ppts"}, kUnitPoints},
          {{"basis", "point"}, kBasisPoints},
          {{"basis", "points"}, kBasisPoints},
          {{"bp"}, kBasisPoints},
          {{"bps"}, kBasisPoints},
          {{"point"}, kBarePoints},
          {{"points"}, kBarePoints},
          {{"pts"}, kBarePoints},
      };
  return *kPhrases;
}

}  // namespace

absl::StatusOr<ParsedPercent> ParsePercent(absl::string_view text) {
  const absl::string_view shown = TrimSpaces(text);
  UnitSplit split =
      SplitUnits(Tokenize(text), PercentPhrases(), /*absorb_hyphens=*/true);
  if (std::find(split.units.begin(), split.units.end(), kBarePoints) !=
      split.units.end()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "\"points\" without \"percentage\" is not a percentage unit: \"", shown,
        "\""));
  }
  const absl::string_view unit =
      split.units.empty() ? kUnitPercent : split.units.front();
  if (std::any_of(split.units.begin(), split.units.end(),
                  [unit](absl::string_view other) { return other != unit; })) {
    return absl::InvalidArgumentError(
        absl::StrCat("mixes percent and percentage points: \"", shown, "\""));
  }
  std::optional<ParsedNumber> number = ParseNumberTokens(split.rest);
  if (!number) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a percentage: \"", shown, "\""));
  }
  // "half", "a quarter" with no unit are shares of the whole: 50%, 25%.
  if (split.units.empty() && number->fraction) {
    number->low *= 100;
    number->high *= 100;
    number->step *= 100;
  }
  if (unit != kBasisPoints) return ParsedPercent{*number, unit};
  number->low /= 100;
  number->high /= 100;
  number->step /= 100;
  return ParsedPercent{*number, kUnitPoints};
}

}  // namespace claimdiff
