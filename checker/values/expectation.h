// An expected reading, as rule examples and the value cases write it:
// "none", or `[UNIT ]LOW[..HIGH]`.
#ifndef CLAIMDIFF_VALUES_EXPECTATION_H_
#define CLAIMDIFF_VALUES_EXPECTATION_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/values/value.h"

namespace claimdiff {

struct Expectation {
  bool none = false;  // "none": nothing should be read
  // Names and sets: the expected house spellings (a name no alias knows as
  // written), in any order. Figures leave it empty.
  std::vector<std::string> members;
  std::string unit;  // canonical unit; empty for counts (or any unit)
  double low = 0;
  double high = 0;
};

// Parses an expectation. Bounds are numbers ("70", "2.1e9", "inf") or
// YYYY-MM-DD dates (which imply the unit "date" and take no other). The
// unit is a canonical one ("USD", "%", "pp") or, for durations, a duration
// unit word ("weeks 5..6", "years 70"), converted to days, the unit
// durations are measured in. InvalidArgument, quoting the text, for a bad
// bound, more than one "..", a date with another unit, or low above high.
//
// For kinds name and set the expectation is instead a list of names,
// "Sergei Lavrov" or "Habomai, Iturup, Kunashir and Shikotan" (SplitList),
// or "none".
absl::StatusOr<Expectation> ParseExpectation(absl::string_view text,
                                             Kind kind = Kind::kNumber);

// Whether `value` reads as `expect`. A name or set must name exactly the
// expected members, compared as FoldName does. A figure must be resolved, in
// the expected unit (any unit when the expectation names none) and with both
// bounds equal within a relative 1e-9. Open and closed ends are not compared.
// Never true for "none", which is about whether a claim exists at all.
bool Satisfies(const Value& value, const Expectation& expect);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_EXPECTATION_H_
