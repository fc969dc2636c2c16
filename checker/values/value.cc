#include "checker/values/value.h"

#include <algorithm>
#include <cmath>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "checker/values/text.h"

namespace claimdiff {
namespace {

constexpr absl::string_view kEnDash = "\xE2\x80\x93";

struct Scale {
  double factor;
  absl::string_view word;
};

// Readings name large amounts the way copy does: "2.2 billion".
Scale ScaleFor(double magnitude) {
  static constexpr Scale kScales[] = {
      {1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}};
  for (const Scale& scale : kScales) {
    if (magnitude >= scale.factor) return scale;
  }
  return {1, ""};
}

// Six decimals hide the binary noise of sums such as 2.2e9 - 1e8 while
// keeping every digit copy actually writes.
std::string FormatPlain(double number) {
  std::string out = absl::StrFormat("%.6f", number);
  out.erase(out.find_last_not_of('0') + 1);
  if (out.back() == '.') out.pop_back();
  if (out == "-0") out = "0";
  return out;
}

// A duration Value carries no written unit, so readings use the largest
// calendar unit that every nonzero finite end reaches.
std::string FormatDays(const Interval& days) {
  struct DayUnit {
    double days;
    absl::string_view singular;
    absl::string_view plural;
  };
  static constexpr DayUnit kUnits[] = {{365.2425, " year", " years"},
                                       {30.436875, " month", " months"},
                                       {1, " day", " days"}};
  double smallest = 0;
  for (double end : {days.low, days.high}) {
    if (std::isfinite(end) && end != 0 &&
        (smallest == 0 || std::fabs(end) < smallest)) {
      smallest = std::fabs(end);
    }
  }
  const DayUnit* unit = &kUnits[2];
  for (const DayUnit& candidate : kUnits) {
    if (smallest >= candidate.days * (1 - 1e-9)) {
      unit = &candidate;
      break;
    }
  }
  auto in_unit = [unit](double end) {
    return std::isfinite(end) ? std::round(end / unit->days * 100) / 100 : end;
  };
  Interval scaled = days;
  scaled.low = in_unit(days.low);
  scaled.high = in_unit(days.high);
  const bool one = scaled.low == 1 && scaled.high == 1;
  return FormatNumericRange(scaled, "", one ? unit->singular : unit->plural);
}

}  // namespace

absl::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kNumber:
      return "number";
    case Kind::kMoney:
      return "money";
    case Kind::kPercent:
      return "percent";
    case Kind::kDuration:
      return "duration";
    case Kind::kDate:
      return "date";
    case Kind::kMeasure:
      return "measure";
    case Kind::kName:
      return "name";
    case Kind::kSet:
      return "set";
  }
  return "number";
}

absl::StatusOr<Kind> ParseKind(absl::string_view name) {
  for (Kind kind :
       {Kind::kNumber, Kind::kMoney, Kind::kPercent, Kind::kDuration,
        Kind::kDate, Kind::kMeasure, Kind::kName, Kind::kSet}) {
    if (KindName(kind) == name) return kind;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown kind \"", name,
      "\" (expected number, money, percent, duration, date, measure, name "
      "or set)"));
}

Interval Interval::Closed(double low, double high) {
  return Interval{low, high, false, false};
}

bool Interval::Intersects(const Interval& other) const {
  // The overlap runs from the later low to the earlier high; an end is open
  // when either interval is open there.
  const double lo = std::max(low, other.low);
  const bool lo_open =
      (low == lo && low_open) || (other.low == lo && other.low_open);
  const double hi = std::min(high, other.high);
  const bool hi_open =
      (high == hi && high_open) || (other.high == hi && other.high_open);
  return lo < hi || (lo == hi && !lo_open && !hi_open);
}

bool Interval::Contains(double x) const {
  const bool above_low = x > low || (x == low && !low_open);
  const bool below_high = x < high || (x == high && !high_open);
  return above_low && below_high;
}

bool Interval::operator==(const Interval& other) const {
  return low == other.low && high == other.high && low_open == other.low_open &&
         high_open == other.high_open;
}

double DayNumber(absl::CivilDay day) {
  return static_cast<double>(day - absl::CivilDay(1970, 1, 1));
}

absl::CivilDay DayFromNumber(double number) {
  return absl::CivilDay(1970, 1, 1) +
         static_cast<absl::civil_diff_t>(std::floor(number));
}

std::string FormatDay(double number) {
  if (std::isinf(number)) return number < 0 ? "-inf" : "+inf";
  return absl::FormatCivilTime(DayFromNumber(number));
}

std::string FormatAmount(double number) {
  return FormatNumericRange(Interval::Closed(number, number));
}

std::string FormatNumericRange(const Interval& interval,
                               absl::string_view prefix,
                               absl::string_view suffix) {
  const bool low_finite = std::isfinite(interval.low);
  const bool high_finite = std::isfinite(interval.high);
  if (!low_finite && !high_finite) return "any";
  const double magnitude = std::max(low_finite ? std::fabs(interval.low) : 0,
                                    high_finite ? std::fabs(interval.high) : 0);
  const Scale scale = ScaleFor(magnitude);
  auto figure = [&](double x) {
    return absl::StrCat(prefix, FormatPlain(x / scale.factor));
  };
  const std::string tail = absl::StrCat(scale.word, suffix);
  if (!high_finite) {
    return absl::StrCat(interval.low_open ? "over " : "at least ",
                        figure(interval.low), tail);
  }
  if (!low_finite) {
    return absl::StrCat(interval.high_open ? "under " : "at most ",
                        figure(interval.high), tail);
  }
  const std::string low = FormatPlain(interval.low / scale.factor);
  const std::string high = FormatPlain(interval.high / scale.factor);
  if (low == high) return absl::StrCat(prefix, low, tail);
  // A dash after a negative figure would read as a second minus sign.
  const absl::string_view joiner = interval.low < 0 ? " to " : kEnDash;
  return absl::StrCat(prefix, low, joiner, high, tail);
}

std::string FormatDayRange(const Interval& interval) {
  const bool low_finite = std::isfinite(interval.low);
  const bool high_finite = std::isfinite(interval.high);
  if (!low_finite && !high_finite) return "any date";
  if (!high_finite) {
    return absl::StrCat(interval.low_open ? "after " : "on or after ",
                        FormatDay(interval.low));
  }
  if (!low_finite) {
    return absl::StrCat(interval.high_open ? "before " : "on or before ",
                        FormatDay(interval.high));
  }
  if (interval.low == interval.high) return FormatDay(interval.low);
  return absl::StrCat(FormatDay(interval.low), " to ",
                      FormatDay(interval.high));
}

std::string FormatMembers(const Value& value) {
  std::vector<std::string> names;
  for (const NamedMember& m : value.members) {
    names.push_back(m.recognised ? m.canonical
                                 : absl::StrCat(m.written, " (unrecognised)"));
  }
  if (value.kind == Kind::kName) return absl::StrJoin(names, ", ");
  std::sort(names.begin(), names.end());
  return absl::StrCat("{", absl::StrJoin(names, ", "), "}");
}

std::string FormatInterval(const Value& value) {
  if (!value.resolved) return "unresolved";
  if (value.kind == Kind::kName || value.kind == Kind::kSet) {
    return FormatMembers(value);
  }
  const Interval& interval = value.interval;
  const absl::string_view unit = value.unit;
  if (unit.size() >= kRateSuffix.size() &&
      unit.substr(unit.size() - kRateSuffix.size()) == kRateSuffix) {
    Value amount = value;
    amount.unit = std::string(unit.substr(0, unit.size() - kRateSuffix.size()));
    return absl::StrCat(FormatInterval(amount), " a day");
  }
  if (value.kind == Kind::kMeasure) {
    return FormatNumericRange(interval, "", absl::StrCat(" ", value.unit));
  }
  if (value.unit == kUnitDate) return FormatDayRange(interval);
  if (value.unit == kUnitPercent) return FormatNumericRange(interval, "", "%");
  if (value.unit == kUnitPoints) {
    return FormatNumericRange(interval, "", " pp");
  }
  if (value.unit == kUnitDays) return FormatDays(interval);
  if (value.unit.empty()) return FormatNumericRange(interval);
  return FormatNumericRange(interval, absl::StrCat(value.unit, " "));
}

}  // namespace claimdiff
