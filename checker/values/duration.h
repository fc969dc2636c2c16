// Durations: "more than 70 years", "71-year", "seven decades", "half a
// century", "six months".
#ifndef CLAIMDIFF_VALUES_DURATION_H_
#define CLAIMDIFF_VALUES_DURATION_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "checker/values/number.h"
#include "checker/values/value.h"

namespace claimdiff {

// A unit a duration can be written in.
struct DurationUnit {
  absl::string_view singular;  // "year"
  absl::string_view plural;    // "years"
  // Mean length in days (a year is 365.2425), for the canonical "day" unit.
  double days;
  // Calendar months in one unit (12 for a year), or 0 for days and weeks,
  // which are counted in days.
  int months;
};

struct ParsedDuration {
  // The figure in `unit`s, as written: "71-year" is 71 with unit year.
  ParsedNumber number;
  const DurationUnit* unit = nullptr;
};

// Reads a duration. The unit may be plural, abbreviated ("yrs") or written
// solid as an adjective ("71-year-old", "decades-long"). InvalidArgument,
// quoting the text, when it names no unit, two different units, or the
// rest is not a number.
absl::StatusOr<ParsedDuration> ParseDuration(absl::string_view text);

// The day `amount` units before `day`. Years, decades and centuries step
// back whole calendar months (a year is 12), clamping to the end of a
// shorter month (2016-03-31 less one month is 2016-02-29), so "71 years
// before 2016-12-13" is 1945-12-13; any fraction of a month becomes days at
// the mean month length. Days and weeks are plain day counts. A negative
// amount steps forward.
absl::CivilDay SubtractDuration(absl::CivilDay day, double amount,
                                const DurationUnit& unit);

// Formats an interval measured in `unit`s, e.g. "70–80 years", "7 decades".
// Decades and centuries that come out fractional ("half a century") are
// shown in years instead.
std::string FormatDuration(const Interval& interval, const DurationUnit& unit);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_DURATION_H_
