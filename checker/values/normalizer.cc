#include "checker/values/normalizer.h"

#include <cmath>
#include <initializer_list>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "checker/values/date.h"
#include "checker/values/duration.h"
#include "checker/values/exchange_rates.h"
#include "checker/values/measure.h"
#include "checker/values/money.h"
#include "checker/values/name.h"
#include "checker/values/name_set.h"
#include "checker/values/number.h"
#include "checker/values/percent.h"
#include "checker/values/rate.h"
#include "checker/values/text.h"
#include "checker/values/token.h"

namespace claimdiff {
namespace {

constexpr absl::string_view kArrow = " \xE2\x86\x92 ";  // " → "

// A figure as written, before its qualifier is applied.
struct Figure {
  // In the unit the claim was written in (years for "71-year").
  ParsedNumber number;
  // The canonical unit of the result.
  std::string unit;
  // Set for durations only.
  const DurationUnit* duration = nullptr;
  // Set for measures only.
  const Dimension* dimension = nullptr;
};

// Joins the non-empty parts with single spaces.
std::string JoinParts(std::initializer_list<absl::string_view> parts) {
  std::string joined;
  for (absl::string_view part : parts) {
    if (part.empty()) continue;
    if (!joined.empty()) joined.push_back(' ');
    absl::StrAppend(&joined, part);
  }
  return joined;
}

// A count's unit text is usually a noun ("people"), which adds nothing, but
// it may carry the scale ("1.5" + "million people"); the value text itself
// must be all number.
// A vague count ("dozens", "tens of thousands") reads as its table range.
absl::StatusOr<Figure> ParseCount(absl::string_view value,
                                  absl::string_view unit,
                                  const VagueCountTable& vague) {
  std::vector<Token> tokens = Tokenize(value);
  TrimPunctuationTokens(&tokens);
  const size_t value_tokens = tokens.size();
  for (Token& token : Tokenize(unit)) tokens.push_back(std::move(token));
  size_t pos = 0;
  std::optional<ParsedNumber> number = ParseNumberAt(tokens, &pos);
  if (!number || pos < value_tokens) {
    if (std::optional<ParsedNumber> count = ReadVagueCount(value, vague)) {
      return Figure{*count, std::string(kUnitNone)};
    }
    return absl::InvalidArgumentError(
        absl::StrCat("not a number: \"", TrimSpaces(value), "\""));
  }
  return Figure{*number, std::string(kUnitNone)};
}

// Reads a figure of `kind` that is not a rate.
absl::StatusOr<Figure> ParseAmount(Kind kind, absl::string_view value,
                                   absl::string_view unit,
                                   const Vocabulary& vocabulary) {
  const std::string text = JoinParts({value, unit});
  switch (kind) {
    case Kind::kMoney: {
      absl::StatusOr<ParsedMoney> money =
          ParseMoney(text, vocabulary.currencies);
      if (!money.ok()) return money.status();
      return Figure{money->amount, money->currency};
    }
    case Kind::kPercent: {
      absl::StatusOr<ParsedPercent> percent = ParsePercent(text);
      if (!percent.ok()) return percent.status();
      return Figure{percent->number, std::string(percent->unit)};
    }
    case Kind::kDuration: {
      absl::StatusOr<ParsedDuration> duration = ParseDuration(text);
      if (!duration.ok()) return duration.status();
      return Figure{duration->number, std::string(kUnitDays), duration->unit};
    }
    case Kind::kMeasure: {
      absl::StatusOr<ParsedMeasure> measure =
          ParseMeasure(text, vocabulary.units);
      if (!measure.ok()) return measure.status();
      return Figure{measure->number, measure->dimension->canonical, nullptr,
                    measure->dimension};
    }
    case Kind::kNumber:
    case Kind::kDate:
    case Kind::kName:  // read by Normalize before any figure
    case Kind::kSet:
      break;
  }
  return ParseCount(value, unit, vocabulary.vague_counts);
}

// Reads a figure, or a rate: an amount of money, a count or a measure
// followed by a period phrase ("$400 million an hour", "200 a day"), which
// becomes the amount per day. A count's period may end its unit capture
// ("people a day"), since a count's unit is a free noun.
absl::StatusOr<Figure> ParseFigure(Kind kind, absl::string_view value,
                                   absl::string_view unit,
                                   const Vocabulary& vocabulary) {
  const bool may_be_rate =
      !vocabulary.rate_periods.empty() &&
      (kind == Kind::kNumber || kind == Kind::kMoney || kind == Kind::kMeasure);
  // A count reads whatever noun follows it, so a period in its unit must be
  // looked for first or "200" + "people a day" would read as 200.
  std::optional<RateSplit> rate;
  absl::StatusOr<Figure> figure = absl::UnknownError("");
  if (may_be_rate && kind == Kind::kNumber && !unit.empty()) {
    rate = SplitRate(unit, vocabulary.rate_periods);
  }
  if (rate) {
    figure = ParseAmount(kind, value, rate->amount, vocabulary);
  } else {
    figure = ParseAmount(kind, value, unit, vocabulary);
    if (figure.ok() || !may_be_rate) return figure;
    rate = SplitRate(JoinParts({value, unit}), vocabulary.rate_periods);
    if (!rate) return figure;
    absl::StatusOr<Figure> amount =
        ParseAmount(kind, rate->amount, "", vocabulary);
    // The error worth showing is the one about the text as written.
    if (!amount.ok()) return figure;
    figure = std::move(amount);
  }
  if (!figure.ok()) return figure;
  ParsedNumber& n = figure->number;
  n.low /= rate->days;
  n.high /= rate->days;
  n.step /= rate->days;
  absl::StrAppend(&figure->unit, kRateSuffix);
  return figure;
}

double ToleranceAt(const ValueOptions& options, double n) {
  return options.tolerance_relative ? options.tolerance * std::fabs(n)
                                    : options.tolerance;
}

// " (±1)" or " (±5%)", so a reading shows how far an exact figure stretched.
std::string ToleranceNote(const ValueOptions& options) {
  if (options.tolerance == 0) return "";
  if (options.tolerance_relative) {
    return absl::StrCat(" (\xC2\xB1", FormatAmount(options.tolerance * 100),
                        "%)");
  }
  return absl::StrCat(" (\xC2\xB1", FormatAmount(options.tolerance), ")");
}

// The start dates a duration implies when it ran up to `published`. The
// longest duration gives the earliest start, so the ends swap sides, each
// keeping its open flag.
Interval Anchor(const Interval& length, const DurationUnit& unit,
                absl::CivilDay published) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  Interval starts;
  starts.low = std::isfinite(length.high)
                   ? DayNumber(SubtractDuration(published, length.high, unit))
                   : -kInf;
  starts.low_open = length.high_open || !std::isfinite(length.high);
  starts.high = std::isfinite(length.low)
                    ? DayNumber(SubtractDuration(published, length.low, unit))
                    : kInf;
  starts.high_open = length.low_open || !std::isfinite(length.low);
  return starts;
}

absl::StatusOr<Value> NormalizeDate(const std::string& text, Resolve resolve,
                                    DateOrder order,
                                    const CalendarTerms& calendar,
                                    std::optional<absl::CivilDay> published) {
  absl::StatusOr<DateReading> date =
      ReadDate(text, resolve, published, order, calendar);
  if (!date.ok()) return date.status();
  Value result;
  result.kind = Kind::kDate;
  result.unit = std::string(kUnitDate);
  if (!date->resolved) {
    result.resolved = false;
    result.unresolved =
        absl::StrCat("no publication date to resolve \"", text, "\"");
    result.reading = absl::StrCat(text, kArrow, "unresolved");
    return result;
  }
  result.interval =
      Interval::Closed(DayNumber(date->first), DayNumber(date->last));
  result.reading = absl::StrCat(text, kArrow, date->label);
  if (date->first != date->last) {
    absl::StrAppend(&result.reading, " (", FormatDayRange(result.interval),
                    ")");
  }
  return result;
}

}  // namespace

absl::StatusOr<Tolerance> ParseTolerance(absl::string_view text) {
  absl::string_view number = TrimSpaces(text);
  const bool relative = absl::ConsumeSuffix(&number, "%");
  double value = 0;
  if (!absl::SimpleAtod(TrimSpaces(number), &value) || !(value >= 0)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "tolerance \"", text, "\" is not a number or a percentage"));
  }
  return Tolerance{relative ? value / 100 : value, relative};
}

absl::string_view ResolveName(Resolve resolve) {
  switch (resolve) {
    case Resolve::kNearest:
      return "nearest";
    case Resolve::kNext:
      return "next";
    case Resolve::kPrevious:
      return "previous";
  }
  return "nearest";
}

absl::StatusOr<Resolve> ParseResolve(absl::string_view name) {
  for (Resolve resolve :
       {Resolve::kNearest, Resolve::kNext, Resolve::kPrevious}) {
    if (ResolveName(resolve) == name) return resolve;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown resolve \"", name, "\" (expected nearest, next or previous)"));
}

absl::StatusOr<Value> Normalize(Kind kind, const ClaimText& text,
                                const Vocabulary& vocabulary,
                                const ValueOptions& rule_options,
                                std::optional<absl::CivilDay> published) {
  const QualifierTable& qualifiers = vocabulary.qualifiers;
  const absl::string_view value = TrimSpaces(text.value);
  const absl::string_view unit = TrimSpaces(text.unit);
  if (value.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("empty ", KindName(kind), " value"));
  }
  // Names are not figures: no qualifier, tolerance or unit applies.
  if (kind == Kind::kName) {
    return ReadName(value, vocabulary.aliases, rule_options.aliases);
  }
  if (kind == Kind::kSet) {
    return ReadNameSet(value, vocabulary.aliases, rule_options.aliases);
  }
  // A date names its own span; "about" or "more than" do not widen it.
  if (kind == Kind::kDate) {
    return NormalizeDate(JoinParts({value, unit}), rule_options.resolve,
                         rule_options.date_order, vocabulary.calendar,
                         published);
  }

  QualifierReading reading = QualifierReading::kExact;
  // The value as written, unless a qualifier inside it is cut off; then
  // the rest of `folded`, which must outlive `figure_text`.
  absl::string_view figure_text = value;
  std::string folded;
  const absl::string_view qualifier = TrimPunctuation(text.qualifier);
  if (!qualifier.empty()) {
    std::optional<QualifierReading> found = qualifiers.Lookup(qualifier);
    if (!found) {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown qualifier \"", qualifier, "\""));
    }
    reading = *found;
  } else {
    folded = FoldText(value);
    std::optional<QualifierTable::Match> found =
        qualifiers.MatchLeading(folded);
    if (!found) found = qualifiers.MatchTrailing(folded);
    if (found) {
      reading = found->reading;
      figure_text = found->rest;
    }
  }
  const std::string shown = text.qualifier_after
                                ? JoinParts({value, unit, qualifier})
                                : JoinParts({qualifier, value, unit});

  absl::StatusOr<Figure> figure =
      ParseFigure(kind, figure_text, unit, vocabulary);
  if (!figure.ok()) return figure.status();
  ValueOptions options = rule_options;
  if (figure->dimension != nullptr && !options.tolerance_set) {
    options.tolerance = figure->dimension->tolerance;
    options.tolerance_relative = true;
  }
  const ParsedNumber& n = figure->number;
  // A range states its own ends, so a qualifier has nothing to widen.
  Interval written =
      n.is_range ? Interval::Closed(n.low - ToleranceAt(options, n.low),
                                    n.high + ToleranceAt(options, n.high))
                 : ApplyQualifier(reading, n.low, n.step,
                                  ToleranceAt(options, n.low), options.bounds);
  const bool tolerated = n.is_range || reading == QualifierReading::kExact;
  const std::string claim =
      absl::StrCat(shown, tolerated ? ToleranceNote(options) : "");

  Value result;
  result.kind = kind;
  if (kind != Kind::kDuration) {
    result.unit = figure->unit;
    result.interval = written;
    result.reading = absl::StrCat(claim, kArrow, FormatInterval(result));
    if (kind == Kind::kMoney && !vocabulary.exchange_rates.empty()) {
      ConvertToBase(vocabulary.exchange_rates, published, &result);
    }
    return result;
  }

  const DurationUnit& duration = *figure->duration;
  // A length cannot be negative, however wide the tolerance.
  if (written.low < 0) {
    written.low = 0;
    written.low_open = false;
  }
  if (!options.anchor_published) {
    result.unit = std::string(kUnitDays);
    result.interval = written;
    result.interval.low *= duration.days;
    result.interval.high *= duration.days;
    result.reading =
        absl::StrCat(claim, kArrow, FormatDuration(written, duration));
    return result;
  }
  result.unit = std::string(kUnitDate);
  if (!published) {
    result.resolved = false;
    result.unresolved =
        absl::StrCat("no publication date to anchor \"", shown, "\"");
    result.reading = absl::StrCat(claim, kArrow, "unresolved");
    return result;
  }
  result.interval = Anchor(written, duration, *published);
  result.reading =
      absl::StrCat(claim, " before ", absl::FormatCivilTime(*published), kArrow,
                   "started ", FormatDayRange(result.interval));
  return result;
}

}  // namespace claimdiff
