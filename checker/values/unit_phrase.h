// Unit phrases ("$", "US$", "per cent", "years") found among the tokens of
// a figure, wherever they sit: before the amount ("$30bn"), after it ("30
// billion dollars") or around both ends of a range ("$2bn-$3bn").
#ifndef CLAIMDIFF_VALUES_UNIT_PHRASE_H_
#define CLAIMDIFF_VALUES_UNIT_PHRASE_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "checker/values/token.h"

namespace claimdiff {

struct UnitPhrase {
  // Token texts as Tokenize produces them (lowercase words, canonical
  // symbols), e.g. {"per", "cent"} or {"us", "$"}.
  std::vector<absl::string_view> words;
  // The key this phrase stands for: an ISO code, "%", a duration unit...
  absl::string_view unit;
  // When set, the tokens after the first must follow with no space between
  // them: "US$" and "C$" are currencies, "us $" and "c $" are not.
  bool joined = false;
  // When set, the phrase must be written solid after a numeral: "50p" is
  // fifty pence, but a "p" standing apart is not a currency.
  bool after_numeral = false;
};

struct UnitSplit {
  // The tokens that belong to no unit phrase, in order.
  std::vector<Token> rest;
  // The `unit` of every phrase found, in order of appearance.
  std::vector<absl::string_view> units;
};

// Removes every occurrence of the phrases from `tokens`, taking the longest
// phrase that matches at each position. With `absorb_hyphens`, a hyphen
// written solid with the phrase goes with it ("71-year-old" leaves "71",
// "old"), which is how adjectival durations are written.
UnitSplit SplitUnits(const std::vector<Token>& tokens,
                     const std::vector<UnitPhrase>& phrases,
                     bool absorb_hyphens);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_UNIT_PHRASE_H_
