// Calendar dates as copy writes them, resolved to a span of days.
//
// Absolute forms ("December 15, 2016", "2016-12-15", "the summer of 1945",
// "in 2014") need nothing else. Relative forms ("on Thursday", "December
// 15", "the 2nd", "in September", "next month") are placed against the
// document's publication date.
#ifndef CLAIMDIFF_VALUES_DATE_H_
#define CLAIMDIFF_VALUES_DATE_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "checker/values/calendar_terms.h"
#include "checker/values/normalizer.h"

namespace claimdiff {

struct DateReading {
  // False when the text is relative and there was no publication date to
  // place it against; `first`, `last` and `label` are then unset.
  bool resolved = true;
  // The span the text names: one day, a week, a month, a season or a year.
  absl::CivilDay first;
  absl::CivilDay last;
  // A short name for the span: "Thu 2016-12-15", "December 2016",
  // "summer 1945", "2014", "week of 2016-12-12".
  std::string label;
};

// Reads a date and places it on the calendar.
//
// `resolve` places weekdays, yearless dates, day-only dates ("the 2nd"),
// months and seasons: the occurrence nearest `published` (ties go to the
// future), the first on or after it, or the last on or before it. "next",
// "last" and "this" override it: "last Tuesday" is strictly before,
// "next Friday" strictly after, "this Friday" is in the same Monday-based
// week, and "next month" is the month after the publication month.
//
// Also reads: "early/mid/late February" (days 1-10, 11-20, 21-end;
// "mid-February" and "the middle of February" are mid) and "early/mid/late
// 2019" (Jan-Apr, May-Aug, Sep-Dec); quarters ("Q3 2019", "the third
// quarter", placed like a month when yearless); decades ("the 1990s");
// "since 2005" (the year named); and ranges ("December 15-16", "from March
// 23 to 29", "between March 23 and 29", "15-16 December 2016",
// "2014-2016"), whose ends share the month and year written once. Seasons
// and fixed-date holidays ("Christmas Eve", "New Year's Day 2017", placed
// like "December 24" when yearless) come from `terms`. Also halves ("H1
// 2021", "the second half of the year", the publication year's); "the
// 1800s" and "the 1900s" (centuries; "the 2000s" is a decade); "the '90s"
// (the latest such decade not after publication); "the winter of 2015-16"
// (a season that crosses the new year); and "two days ago", "three weeks
// ago", "a month ago" (one day before publication). Numeric dates, slashed
// or dotted ("15.12.2016"), are read in `order`; with DateOrder::kNone an
// ambiguous one (both parts 12 or less) is InvalidArgument asking for
// date_order.
//
// InvalidArgument, with a one-line message quoting the text, for text that
// is not a date and for impossible dates ("February 30", "2016-02-30",
// "April 31, 2016"); the latter are rejected even when unresolved.
absl::StatusOr<DateReading> ReadDate(absl::string_view text, Resolve resolve,
                                     std::optional<absl::CivilDay> published,
                                     DateOrder order,
                                     const CalendarTerms& terms);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_DATE_H_
