// Unit phrases ("$", "US$", "per cent", "years") found among the tokens of
// a figure, wherever they sit: before the amount ("$30bn"), after it ("30
// billion dollars") or around both ends of a range ("$2bn-$3bn").
#ifndef CLAIMDIFF_VALUES_UNIT_PHRASE_H_
#define CLAIMDIFF_VALUES_UNIT_PHRASE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "checker/values/byte_buckets.h"
#include "checker/values/token.h"

namespace claimdiff {

struct UnitPhrase {
  UnitPhrase() = default;
  // Brace-initialisable from literals and string_view constants alike:
  // {{"per", "cent"}, kUnitPercent}.
  UnitPhrase(std::vector<std::string> words, absl::string_view unit,
             bool joined = false, bool after_numeral = false)
      : words(std::move(words)),
        unit(unit),
        joined(joined),
        after_numeral(after_numeral) {}

  // Token texts as Tokenize produces them (lowercase words, canonical
  // symbols, numerals after the first token as in "km2"), e.g.
  // {"per", "cent"} or {"us", "$"}.
  std::vector<std::string> words;
  // The key this phrase stands for: an ISO code, "%", a duration unit...
  std::string unit;
  // When set, the tokens after the first must follow with no space between
  // them: "US$" and "C$" are currencies, "us $" and "c $" are not.
  bool joined = false;
  // When set, the phrase must be written solid after a numeral: "50p" is
  // fifty pence, but a "p" standing apart is not a currency.
  bool after_numeral = false;
};

// A phrase as a vocabulary file writes it ("US$", "pounds sterling",
// "km/h"), tokenized as claim text is. Parts written solid stay solid:
// "US$" matches "US$4bn" but not "us $4bn". Empty `words` when `written`
// holds no token, or starts with a numeral, which no unit can.
UnitPhrase PhraseFromText(absl::string_view written, absl::string_view unit);

// Phrases as SplitUnits tries them: in the order added, grouped once by
// the first byte of their first word, so a token tries only the phrases
// that can start with it rather than the whole table.
class UnitPhraseSet {
 public:
  UnitPhraseSet() = default;
  // The phrases of `phrases`, as if added in turn.
  explicit UnitPhraseSet(std::vector<UnitPhrase> phrases);

  // Appends a phrase. One without words matches nothing and is not kept.
  void Add(UnitPhrase phrase);

  // Every phrase in the order added.
  const std::vector<UnitPhrase>& phrases() const { return phrases_; }
  bool empty() const { return phrases_.empty(); }

  // Positions in phrases() of the phrases whose first word begins with
  // `byte`, in the order added.
  absl::Span<const uint32_t> StartingWith(unsigned char byte) const {
    return by_first_byte_.Of(byte);
  }

 private:
  static bool Keeps(const UnitPhrase& phrase);
  // Rebuilds by_first_byte_ from phrases_.
  void Index();

  std::vector<UnitPhrase> phrases_;
  ByteBuckets by_first_byte_;
};

struct UnitSplit {
  // The tokens that belong to no unit phrase, in order.
  std::vector<Token> rest;
  // The `unit` of every phrase found, in order of appearance.
  std::vector<absl::string_view> units;
};

// Removes every occurrence of the phrases from `tokens`, taking the longest
// phrase that matches at each position (the last of equally long ones, so
// that a later pack's definition of a name wins). With `absorb_hyphens`, a
// hyphen written solid with the phrase goes with it ("71-year-old" leaves "71",
// "old"), which is how adjectival durations are written.
UnitSplit SplitUnits(const std::vector<Token>& tokens,
                     const UnitPhraseSet& phrases, bool absorb_hyphens);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_UNIT_PHRASE_H_
