#include "checker/values/money.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/values/text.h"
#include "checker/values/token.h"
#include "checker/values/unit_phrase.h"

namespace claimdiff {
namespace {

// A currency phrase's key split into its code and the size of the unit
// it names in whole currency units.
struct CurrencyKey {
  absl::string_view code;
  double factor = 1;
};

CurrencyKey SplitKey(absl::string_view key) {
  constexpr absl::string_view kHundredth = "/100";
  if (key.size() > kHundredth.size() &&
      key.substr(key.size() - kHundredth.size()) == kHundredth) {
    return {key.substr(0, key.size() - kHundredth.size()), 0.01};
  }
  return {key, 1};
}

}  // namespace

absl::StatusOr<ParsedMoney> ParseMoney(absl::string_view text,
                                       const UnitPhraseSet& currencies) {
  const absl::string_view shown = TrimSpaces(text);
  UnitSplit split =
      SplitUnits(Tokenize(text), currencies, /*absorb_hyphens=*/false);
  if (split.units.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("no known currency in \"", shown, "\""));
  }
  const absl::string_view key = split.units.front();
  // "$2bn-$3bn" names one currency twice; "$1 50 cents" is not one amount.
  if (std::any_of(split.units.begin(), split.units.end(),
                  [key](absl::string_view unit) { return unit != key; })) {
    return absl::InvalidArgumentError(
        absl::StrCat("mixed currencies in \"", shown, "\""));
  }
  std::optional<ParsedNumber> amount = ParseNumberTokens(split.rest);
  if (!amount) {
    return absl::InvalidArgumentError(
        absl::StrCat("not an amount of money: \"", shown, "\""));
  }
  const CurrencyKey currency = SplitKey(key);
  if (currency.factor != 1) {
    // "99 cents" rounds to the cent, so the step scales with the figure.
    amount->low *= currency.factor;
    amount->high *= currency.factor;
    amount->step *= currency.factor;
  }
  return ParsedMoney{*amount, std::string(currency.code)};
}

}  // namespace claimdiff
