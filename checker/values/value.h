// The normalised value of a claim: a closed-or-open interval on one axis.
//
// Every kind of figure (a count, an amount of money, a percentage, a
// duration, a calendar date) is reduced to an Interval in a canonical unit,
// so that the comparator only ever asks "do these intervals overlap?".
#ifndef CLAIMDIFF_VALUES_VALUE_H_
#define CLAIMDIFF_VALUES_VALUE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace claimdiff {

// The claim kinds a rule can declare.
// `name` and `set` are not figures: their values are names resolved
// through the alias table (see `members`), and the comparator checks them
// for spelling and for set equality instead of interval overlap.
enum class Kind {
  kNumber,
  kMoney,
  kPercent,
  kDuration,
  kDate,
  kMeasure,
  kName,
  kSet
};

// Returns "number", "money", "percent", "duration", "date", "measure",
// "name" or "set".
absl::string_view KindName(Kind kind);

// Parses a kind name as written in a rule file.
absl::StatusOr<Kind> ParseKind(absl::string_view name);

// An interval [low, high] where either end may be open or infinite.
// Infinite ends are represented by +/-infinity and are always open.
struct Interval {
  double low = 0;
  double high = 0;
  bool low_open = false;
  bool high_open = false;

  // A closed interval [low, high].
  static Interval Closed(double low, double high);

  // True when the two intervals share at least one point, honouring open
  // ends: (50, 60] and [60, 70] overlap at 60; [50, 60) and [60, 70] do not.
  bool Intersects(const Interval& other) const;

  // True when `x` lies inside the interval.
  bool Contains(double x) const;

  bool operator==(const Interval& other) const;
};

// Canonical units. Money uses an ISO 4217 code ("USD", "EUR", "JPY", ...).
inline constexpr absl::string_view kUnitNone = "";  // plain counts
inline constexpr absl::string_view kUnitPercent = "%";
inline constexpr absl::string_view kUnitPoints = "pp";  // percentage points
inline constexpr absl::string_view kUnitDays = "day";   // durations
// Dates, and anchored durations: low/high count days since 1970-01-01
// (see DayNumber below).
inline constexpr absl::string_view kUnitDate = "date";
// Measures use the canonical unit of their dimension from the unit table
// ("m", "kg", "km/h"). A rate (an amount per unit of time) is the canonical
// unit of the amount followed by this suffix: "USD/day", "l/day", and
// "/day" for a count, with the amount per day.
inline constexpr absl::string_view kRateSuffix = "/day";
// Names and sets of names have no axis; their unit only keeps them apart
// from figures that share a subject.
inline constexpr absl::string_view kUnitName = "name";
inline constexpr absl::string_view kUnitSet = "set";

// One name as a claim gives it: the whole claim for kind name, each member
// for kind set.
struct NamedMember {
  std::string written;      // as the source spells it
  std::string canonical;    // the alias's house spelling; `written` if none
  bool recognised = false;  // whether an alias matched
};

struct Value {
  Kind kind = Kind::kNumber;
  // Canonical unit; two values compare only when their units are equal.
  std::string unit;
  Interval interval;
  // A human reading of how the text was understood, e.g.
  // "more than 70 years -> 70-80 years" or "on Thursday -> 2016-12-15".
  std::string reading;
  // False when the value could not be placed on its axis, e.g. a relative
  // date in a document with no publication date. Such a value is reported
  // but never compared; `unresolved` says why.
  bool resolved = true;
  std::string unresolved;
  // Kinds name and set only (the interval is then unused): the names, in
  // the order written, a set's repeated members dropped.
  std::vector<NamedMember> members;
};

// Day numbers: a date's position on the date axis.
double DayNumber(absl::CivilDay day);
absl::CivilDay DayFromNumber(double number);

// Formats a date-axis bound as YYYY-MM-DD; infinities print as "-inf"/"+inf".
std::string FormatDay(double number);

// Formats a number compactly for readings: 2200000000 -> "2.2 billion",
// 71 -> "71", 0.5 -> "0.5".
std::string FormatAmount(double number);

// Formats the interval of `value` in its unit for humans, e.g.
// "1944-12-13 to 1946-12-13", "USD 2.1-2.3 billion", "70-80 years"; for
// names and sets, FormatMembers.
std::string FormatInterval(const Value& value);

// The names of a name or set value: the house spelling of a name
// ("Sergei Lavrov"), a set sorted in braces ("{Habomai, Iturup}"), and a
// name no alias knows as written with " (unrecognised)".
std::string FormatMembers(const Value& value);

// Formats a numeric interval for humans, e.g. "70–80", "2.1–2.3 billion",
// "over 20", "at most 5". Both ends share one scale word and `prefix` and
// `suffix` wrap the figures: ("USD ", "") gives "USD 2.1–2.3 billion" and
// "at least USD 30 billion"; ("", " years") gives "70–80 years". Open
// finite ends are not marked, to keep readings short; the Interval itself
// keeps that precision.
std::string FormatNumericRange(const Interval& interval,
                               absl::string_view prefix = "",
                               absl::string_view suffix = "");

// Formats a date-axis interval: "2016-12-15", "1944-12-13 to 1946-12-13",
// "before 1969-01-22", "on or after 1959-01-22".
std::string FormatDayRange(const Interval& interval);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_VALUE_H_
