// Percentages ("50%", "12 per cent", "40pc", "one in five") and percentage
// points ("2 percentage points", "2pp", "50 basis points").
#ifndef CLAIMDIFF_VALUES_PERCENT_H_
#define CLAIMDIFF_VALUES_PERCENT_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/values/number.h"

namespace claimdiff {

struct ParsedPercent {
  // The figure in `unit`s; basis points are already converted to points.
  ParsedNumber number;
  // kUnitPercent ("%") or kUnitPoints ("pp").
  absl::string_view unit;
};

// Reads a percentage or a change in percentage points. A bare figure ("50")
// reads as a percentage, since the rule that captured it declared the
// kind, a bare fraction ("half", "a quarter", "¾") as that share of 100%,
// and a bare ratio ("one in five", "nine out of ten") as its exact share,
// with the step of the fraction it names. "points" counts as percentage points
// only as "percentage points" (or "pp", "ppt"); bare "points" may be index or
// poll points, so it is InvalidArgument. InvalidArgument, quoting the text,
// also when the text mixes "%" with points or the rest is not a number.
absl::StatusOr<ParsedPercent> ParsePercent(absl::string_view text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_PERCENT_H_
