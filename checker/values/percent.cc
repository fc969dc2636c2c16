#include "checker/values/percent.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/values/text.h"
#include "checker/values/token.h"
#include "checker/values/unit_phrase.h"
#include "checker/values/value.h"

namespace claimdiff {
namespace {

// Basis points are hundredths of a point; they are matched under their own
// key and converted once the unit is known.
constexpr absl::string_view kBasisPoints = "bp";
// "points" with no "percentage": index points, poll points or percentage
// points; only the writer knows, so it is not read as either.
constexpr absl::string_view kBarePoints = "points";

const UnitPhraseSet& PercentPhrases() {
  static const UnitPhraseSet* const kPhrases =
      new UnitPhraseSet(std::vector<UnitPhrase>{
          {{"%"}, kUnitPercent},
          {{"percent"}, kUnitPercent},
          {{"per", "cent"}, kUnitPercent},
          {{"pct"}, kUnitPercent},
          // "40pc", as British papers write it; a "pc" standing apart is a
          // computer or a police constable.
          {{"pc"}, kUnitPercent, /*joined=*/false, /*after_numeral=*/true},
          {{"percentage", "point"}, kUnitPoints},
          {{"percentage", "points"}, kUnitPoints},
          {{"pp"}, kUnitPoints},
          {{"ppt"}, kUnitPoints},
          {{"ppts"}, kUnitPoints},
          {{"basis", "point"}, kBasisPoints},
          {{"basis", "points"}, kBasisPoints},
          {{"bp"}, kBasisPoints},
          {{"bps"}, kBasisPoints},
          {{"point"}, kBarePoints},
          {{"points"}, kBarePoints},
          {{"pts"}, kBarePoints},
      });
  return *kPhrases;
}

// Reads a share written as a ratio: "one in five", "1 in 5", "nine out of
// ten", "one in every five". The numerator may be a span ("one or two in
// ten"). nullopt when the tokens are not exactly that.
//
// The figure is the exact share (N/M of 100%), but its step is that of the
// fraction N/M (FractionStep of M, in percent) rather than the RoundingStep
// of the percentage: "one in five" says a fifth, so "about one in five"
// widens like "about a fifth" (16-24%), not like "about 20%" (10-30%), and
// "nearly nine out of ten" is 88-90%.
std::optional<ParsedNumber> ReadRatio(std::vector<Token> tokens) {
  TrimPunctuationTokens(&tokens);
  size_t pos = 0;
  std::optional<ParsedNumber> part = ParseNumberAt(tokens, &pos);
  if (!part || part->fraction || pos >= tokens.size()) return std::nullopt;
  if (tokens[pos].IsWord("in")) {
    ++pos;
  } else if (pos + 1 < tokens.size() && tokens[pos].IsWord("out") &&
             tokens[pos + 1].IsWord("of")) {
    pos += 2;
  } else {
    return std::nullopt;
  }
  if (pos < tokens.size() && tokens[pos].IsWord("every")) ++pos;
  std::optional<ParsedNumber> whole = ParseNumberAt(tokens, &pos);
  if (!whole || whole->is_range || whole->fraction || pos != tokens.size() ||
      part->low <= 0 || part->high > whole->low) {
    return std::nullopt;
  }
  ParsedNumber share = *part;
  share.low = part->low * 100 / whole->low;
  share.high = part->high * 100 / whole->low;
  share.step = FractionStep(whole->low) * 100;
  return share;
}

}  // namespace

absl::StatusOr<ParsedPercent> ParsePercent(absl::string_view text) {
  const absl::string_view shown = TrimSpaces(text);
  UnitSplit split =
      SplitUnits(Tokenize(text), PercentPhrases(), /*absorb_hyphens=*/true);
  if (std::find(split.units.begin(), split.units.end(), kBarePoints) !=
      split.units.end()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "\"points\" without \"percentage\" is not a percentage unit: \"", shown,
        "\""));
  }
  const absl::string_view unit =
      split.units.empty() ? kUnitPercent : split.units.front();
  if (std::any_of(split.units.begin(), split.units.end(),
                  [unit](absl::string_view other) { return other != unit; })) {
    return absl::InvalidArgumentError(
        absl::StrCat("mixes percent and percentage points: \"", shown, "\""));
  }
  std::optional<ParsedNumber> number = ParseNumberTokens(split.rest);
  if (!number && split.units.empty()) number = ReadRatio(split.rest);
  if (!number) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a percentage: \"", shown, "\""));
  }
  // "half", "a quarter" with no unit are shares of the whole: 50%, 25%.
  if (split.units.empty() && number->fraction) {
    number->low *= 100;
    number->high *= 100;
    number->step *= 100;
  }
  if (unit != kBasisPoints) return ParsedPercent{*number, unit};
  number->low /= 100;
  number->high /= 100;
  number->step /= 100;
  return ParsedPercent{*number, kUnitPoints};
}

}  // namespace claimdiff
