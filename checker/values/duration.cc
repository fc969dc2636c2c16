#include "checker/values/duration.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/values/qualifier.h"
#include "checker/values/text.h"
#include "checker/values/token.h"
#include "checker/values/unit_phrase.h"

namespace claimdiff {
namespace {

// The mean Gregorian month, 365.2425 / 12 days.
constexpr double kDaysPerMonth = 30.436875;

constexpr DurationUnit kUnits[] = {
    {"hour", "hours", 1.0 / 24, 0},
    {"day", "days", 1, 0},
    {"week", "weeks", 7, 0},
    {"fortnight", "fortnights", 14, 0},
    {"month", "months", kDaysPerMonth, 1},
    {"year", "years", 12 * kDaysPerMonth, 12},
    {"decade", "decades", 120 * kDaysPerMonth, 120},
    {"century", "centuries", 1200 * kDaysPerMonth, 1200},
};

// The unit whose singular or plural is `name`.
const DurationUnit* UnitNamed(absl::string_view name) {
  for (const DurationUnit& unit : kUnits) {
    if (unit.singular == name || unit.plural == name) return &unit;
  }
  return nullptr;
}

// Each phrase keeps the number it was written in (its key is the singular
// or plural name), since a bare singular ("year-long") means one.
const UnitPhraseSet& DurationPhrases() {
  static const UnitPhraseSet* const kPhrases = [] {
    std::vector<UnitPhrase> phrases;
    for (const DurationUnit& unit : kUnits) {
      phrases.push_back(PhraseFromText(unit.singular, unit.singular));
      phrases.push_back(PhraseFromText(unit.plural, unit.plural));
    }
    phrases.push_back({{"yr"}, "year"});
    phrases.push_back({{"yrs"}, "years"});
    phrases.push_back({{"wk"}, "week"});
    phrases.push_back({{"wks"}, "weeks"});
    phrases.push_back({{"hr"}, "hour"});
    phrases.push_back({{"hrs"}, "hours"});
    return new UnitPhraseSet(std::move(phrases));
  }();
  return *kPhrases;
}

// Whether a duration unit is written solid after a hyphen ("six-day",
// "quarter-century"): the figure is then an adjective, which copy puts
// between an article and a noun ("a six-day blockage").
bool HasAdjectivalUnit(const std::vector<Token>& tokens) {
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].IsSymbol("-") && !tokens[i].spaced && !tokens[i + 1].spaced &&
        tokens[i + 1].kind == TokenKind::kWord &&
        UnitNamed(tokens[i + 1].text) != nullptr) {
      return true;
    }
  }
  return false;
}

// Reads the figure of an adjectival duration inside a noun phrase: "a
// six-day blockage" leaves "a six blockage" once the unit is out; the
// article and the trailing noun words are dropped.
std::optional<ParsedNumber> ReadAdjectivalFigure(std::vector<Token> rest) {
  if (rest.size() > 1 &&
      (rest.front().IsWord("a") || rest.front().IsWord("an"))) {
    size_t probe = 1;
    if (ParseNumberAt(rest, &probe)) rest.erase(rest.begin());
  }
  size_t pos = 0;
  std::optional<ParsedNumber> number = ParseNumberAt(rest, &pos);
  if (!number) return std::nullopt;
  for (size_t i = pos; i < rest.size(); ++i) {
    if (rest[i].kind != TokenKind::kWord) return std::nullopt;
  }
  return number;
}

// Reads "a year or two", "an hour or two": an approximate span (see
// IsOrSpan) whose unit follows its first figure rather than its last, so
// that taking the unit out leaves "a or two", which is no number.
std::optional<ParsedNumber> ReadSpanAroundUnit(std::vector<Token> tokens) {
  TrimPunctuationTokens(&tokens);
  size_t pos = 0;
  std::optional<ParsedNumber> first = ParseNumberAt(tokens, &pos);
  if (!first || first->is_range || pos + 2 >= tokens.size() ||
      tokens[pos].kind != TokenKind::kWord ||
      UnitNamed(tokens[pos].text) == nullptr || !tokens[pos + 1].IsWord("or")) {
    return std::nullopt;
  }
  pos += 2;
  std::optional<ParsedNumber> second = ParseNumberAt(tokens, &pos);
  if (!second || second->is_range || pos != tokens.size() ||
      !IsOrSpan(first->low, second->low)) {
    return std::nullopt;
  }
  return ParsedNumber{first->low, second->low,
                      std::min(first->step, second->step), true};
}

bool IsWhole(double x) {
  return !std::isfinite(x) || std::fabs(x - std::round(x)) < 1e-9;
}

}  // namespace

absl::StatusOr<ParsedDuration> ParseDuration(absl::string_view text) {
  const absl::string_view shown = TrimSpaces(text);
  const std::vector<Token> tokens = Tokenize(text);
  UnitSplit split =
      SplitUnits(tokens, DurationPhrases(), /*absorb_hyphens=*/true);
  if (split.units.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("no duration unit in \"", shown, "\""));
  }
  const DurationUnit* unit = UnitNamed(split.units.front());
  if (std::any_of(split.units.begin(), split.units.end(),
                  [unit](absl::string_view other) {
                    return UnitNamed(other) != unit;
                  })) {
    return absl::InvalidArgumentError(
        absl::StrCat("mixes duration units in \"", shown, "\""));
  }
  // Adjectival forms end in "old" or "long" ("71-year-old", "decades-long"),
  // which add nothing to the length.
  while (!split.rest.empty() && (split.rest.back().IsWord("old") ||
                                 split.rest.back().IsWord("long"))) {
    split.rest.pop_back();
  }
  // "a year-long inquiry": a singular unit with no figure is one of it.
  if (split.rest.empty() && split.units.size() == 1 &&
      split.units.front() == unit->singular) {
    return ParsedDuration{ParsedNumber{1, 1, RoundingStep("1"), false}, unit};
  }
  std::optional<ParsedNumber> number = ParseNumberTokens(split.rest);
  if (!number && HasAdjectivalUnit(tokens)) {
    number = ReadAdjectivalFigure(split.rest);
  }
  if (!number) number = ReadSpanAroundUnit(tokens);
  if (!number) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a duration: \"", shown, "\""));
  }
  if (number->low < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("negative duration: \"", shown, "\""));
  }
  return ParsedDuration{*number, unit};
}

absl::CivilDay SubtractDuration(absl::CivilDay day, double amount,
                                const DurationUnit& unit) {
  if (unit.months == 0) {
    return day -
           static_cast<absl::civil_diff_t>(std::llround(amount * unit.days));
  }
  double months = amount * unit.months;
  // A product such as 2.9999999999999996 * 12 must not lose a whole month
  // to binary noise.
  if (IsWhole(months)) months = std::round(months);
  const double whole = std::floor(months);
  const absl::CivilMonth target =
      absl::CivilMonth(day) - static_cast<absl::civil_diff_t>(whole);
  const absl::CivilDay last_of_target = absl::CivilDay(target + 1) - 1;
  const absl::CivilDay landed(target.year(), target.month(),
                              std::min(day.day(), last_of_target.day()));
  return landed - static_cast<absl::civil_diff_t>(
                      std::llround((months - whole) * kDaysPerMonth));
}

std::string FormatDuration(const Interval& interval, const DurationUnit& unit) {
  if (unit.months > 12 && !(IsWhole(interval.low) && IsWhole(interval.high))) {
    const double years_per_unit = unit.months / 12.0;
    Interval years = interval;
    years.low *= years_per_unit;
    years.high *= years_per_unit;
    return FormatDuration(years, *UnitNamed("year"));
  }
  const bool one = interval.low == 1 && interval.high == 1;
  return FormatNumericRange(
      interval, "", absl::StrCat(" ", one ? unit.singular : unit.plural));
}

}  // namespace claimdiff
