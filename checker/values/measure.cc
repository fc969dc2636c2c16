#include "checker/values/measure.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "absl/strings/str_cat.h"
#include "checker/values/text.h"
#include "checker/values/token.h"

namespace claimdiff {

void MeasureUnits::SetDimension(absl::string_view name,
                                absl::string_view canonical,
                                std::optional<double> tolerance) {
  for (Dimension& dimension : dimensions_) {
    if (dimension.name == name) {
      dimension.canonical = std::string(canonical);
      if (tolerance) dimension.tolerance = *tolerance;
      return;
    }
  }
  dimensions_.push_back(Dimension{std::string(name), std::string(canonical),
                                  tolerance.value_or(0)});
}

absl::Status MeasureUnits::AddUnit(absl::string_view dimension,
                                   absl::string_view symbol, double factor,
                                   const std::vector<std::string>& names) {
  if (FindDimension(dimension) == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unit ", symbol, ": unknown dimension \"", dimension, "\""));
  }
  if (!(factor > 0) || !std::isfinite(factor)) {
    return absl::InvalidArgumentError(
        absl::StrCat("unit ", symbol, ": factor must be a positive number"));
  }
  std::vector<UnitPhrase> added;
  for (const std::string& name : names) {
    UnitPhrase phrase = PhraseFromText(name, symbol);
    if (phrase.words.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("unit ", symbol, ": \"", name, "\" is not a unit name"));
    }
    added.push_back(std::move(phrase));
  }
  auto same =
      std::find_if(units_.begin(), units_.end(),
                   [&](const MeasureUnit& u) { return u.symbol == symbol; });
  if (same != units_.end() && same->dimension != dimension) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unit ", symbol, " is already a unit of ", same->dimension));
  }
  if (same != units_.end()) {
    same->factor = factor;
  } else {
    units_.push_back(
        MeasureUnit{std::string(symbol), std::string(dimension), factor});
  }
  for (UnitPhrase& phrase : added) phrases_.Add(std::move(phrase));
  names_.insert(names_.end(), names.begin(), names.end());
  return absl::OkStatus();
}

absl::Status MeasureUnits::CheckDimension(absl::string_view name) const {
  const Dimension* dimension = FindDimension(name);
  if (dimension == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown dimension \"", name, "\""));
  }
  const MeasureUnit* canonical = FindUnit(dimension->canonical);
  if (canonical == nullptr || canonical->dimension != dimension->name ||
      canonical->factor != 1) {
    return absl::InvalidArgumentError(absl::StrCat(
        "dimension ", dimension->name, ": its canonical unit ",
        dimension->canonical, " must be one of its units, with factor 1"));
  }
  return absl::OkStatus();
}

const MeasureUnit* MeasureUnits::FindUnit(absl::string_view symbol) const {
  for (const MeasureUnit& unit : units_) {
    if (unit.symbol == symbol) return &unit;
  }
  return nullptr;
}

const Dimension* MeasureUnits::FindDimension(absl::string_view name) const {
  for (const Dimension& dimension : dimensions_) {
    if (dimension.name == name) return &dimension;
  }
  return nullptr;
}

absl::StatusOr<ParsedMeasure> ParseMeasure(absl::string_view text,
                                           const MeasureUnits& units) {
  const absl::string_view shown = TrimSpaces(text);
  UnitSplit split =
      SplitUnits(Tokenize(text), units.phrases(), /*absorb_hyphens=*/true);
  if (split.units.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("no known unit of measure in \"", shown, "\""));
  }
  const MeasureUnit* unit = units.FindUnit(split.units.front());
  // "5-10 miles" names one unit; "3 feet 2 inches" is two figures, which
  // a claim must not add up silently.
  for (absl::string_view other : split.units) {
    if (other != unit->symbol) {
      return absl::InvalidArgumentError(
          absl::StrCat("more than one unit in \"", shown, "\""));
    }
  }
  std::optional<ParsedNumber> number = ParseNumberTokens(split.rest);
  // "the quarter-mile span", "a half-mile stretch": as an adjective the
  // fraction drops its article, which the number reader needs.
  if (!number && split.rest.size() == 1 &&
      split.rest.front().kind == TokenKind::kWord) {
    std::vector<Token> with_article = {Token{TokenKind::kWord, "a", true},
                                       split.rest.front()};
    number = ParseNumberTokens(with_article);
    if (number && !number->fraction) number.reset();
  }
  if (!number) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a measure: \"", shown, "\""));
  }
  number->low *= unit->factor;
  number->high *= unit->factor;
  number->step *= unit->factor;
  return ParsedMeasure{*number, units.FindDimension(unit->dimension), unit};
}

}  // namespace claimdiff
