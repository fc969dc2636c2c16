#include "checker/values/expectation.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/common/iso_date.h"
#include "checker/common/unicode_fold.h"
#include "checker/values/duration.h"
#include "checker/values/name_set.h"
#include "checker/values/value.h"

namespace claimdiff {
namespace {

// A bound as a number, or a date as its day number.
absl::StatusOr<double> ParseBound(absl::string_view text, bool* is_date) {
  text = absl::StripAsciiWhitespace(text);
  if (absl::StatusOr<absl::CivilDay> day = ParseIsoDay(text); day.ok()) {
    *is_date = true;
    return DayNumber(*day);
  }
  double value = 0;
  if (absl::SimpleAtod(text, &value)) return value;
  return absl::InvalidArgumentError(absl::StrCat(
      "expect: \"", text, "\" is not a number or a YYYY-MM-DD date"));
}

}  // namespace

absl::StatusOr<Expectation> ParseExpectation(absl::string_view text,
                                             Kind kind) {
  text = absl::StripAsciiWhitespace(text);
  Expectation e;
  if (text == "none") {
    e.none = true;
    return e;
  }
  if (kind == Kind::kName || kind == Kind::kSet) {
    e.members = SplitList(text);
    if (e.members.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("expect: \"", text, "\" names nobody"));
    }
    return e;
  }
  // A leading word that is not a bound is the unit: "USD 2.1e9..2.3e9".
  std::string unit;
  const size_t space = text.find(' ');
  if (space != absl::string_view::npos) {
    unit = std::string(text.substr(0, space));
    text = absl::StripAsciiWhitespace(text.substr(space + 1));
  }
  std::vector<absl::string_view> parts = absl::StrSplit(text, "..");
  if (parts.size() > 2) {
    return absl::InvalidArgumentError(
        absl::StrCat("expect: \"", text, "\" has more than one \"..\""));
  }
  bool is_date = false;
  absl::StatusOr<double> low = ParseBound(parts[0], &is_date);
  if (!low.ok()) return low.status();
  absl::StatusOr<double> high =
      parts.size() == 2 ? ParseBound(parts[1], &is_date) : low;
  if (!high.ok()) return high.status();
  e.low = *low;
  e.high = *high;
  if (is_date) {
    if (!unit.empty() && unit != kUnitDate) {
      return absl::InvalidArgumentError(
          absl::StrCat("expect: dates take no unit but \"", unit, "\""));
    }
    e.unit = std::string(kUnitDate);
  } else {
    e.unit = unit;
    // Durations are measured in days; let authors write "years 70..80".
    if (!unit.empty()) {
      absl::StatusOr<ParsedDuration> d =
          ParseDuration(absl::StrCat("1 ", unit));
      if (d.ok()) {
        e.low *= d->unit->days;
        e.high *= d->unit->days;
        e.unit = std::string(kUnitDays);
      }
    }
  }
  if (e.low > e.high) {
    return absl::InvalidArgumentError(absl::StrCat(
        "expect: \"", text, "\" has its low bound above its high one"));
  }
  return e;
}

namespace {

// Folded names, sorted, so order, case and accents do not matter.
std::vector<std::string> FoldedSorted(const std::vector<std::string>& names) {
  std::vector<std::string> folded;
  for (const std::string& name : names) folded.push_back(FoldName(name));
  std::sort(folded.begin(), folded.end());
  return folded;
}

}  // namespace

bool Satisfies(const Value& value, const Expectation& expect) {
  if (value.kind == Kind::kName || value.kind == Kind::kSet) {
    if (expect.none || expect.members.empty()) return false;
    std::vector<std::string> names;
    for (const NamedMember& m : value.members) names.push_back(m.canonical);
    return FoldedSorted(names) == FoldedSorted(expect.members);
  }
  const auto near = [](double a, double b) {
    if (std::isinf(a) || std::isinf(b)) return a == b;
    return std::fabs(a - b) <=
           1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
  };
  return !expect.none && value.resolved &&
         (expect.unit.empty() || expect.unit == value.unit) &&
         near(value.interval.low, expect.low) &&
         near(value.interval.high, expect.high);
}

}  // namespace claimdiff
