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

// Every currency the values stage knows, as symbols, codes and names. The
// key is the ISO 4217 code; a key ending in "/100" names a hundredth of that
// currency ("cents", "50p"). This is the one currency table; it is to move
// to YAML (rules/common) so that copy desks can extend it without a build.
// Names shared by several currencies ("pesos", "francs", "kroner", "lira"
// alone) are left out: an amount in the wrong currency is worse than an
// unread one.
const std::vector<UnitPhrase>& CurrencyPhrases() {
  static const std::vector<UnitPhrase>* const kPhrases =
      new std::vector<UnitPhrase>{
          {{"$"}, "USD"},
          {{"us", "$"}, "USD", true},
          {{"usd"}, "USD"},
          {{"dollar"}, "USD"},
          {{"dollars"}, "USD"},
          {{"us", "dollar"}, "USD"},
          {{"us", "dollars"}, "USD"},
          {{"cent"}, "USD/100"},
          {{"cents"}, "USD/100"},
          {{"\xC2\xA2"}, "USD/100"},  // ¢
          {{"c", "$"}, "CAD", true},
          {{"cad"}, "CAD"},
          {{"canadian", "dollars"}, "CAD"},
          {{"a", "$"}, "AUD", true},
          {{"aud"}, "AUD"},
          {{"australian", "dollars"}, "AUD"},
          {{"hk", "$"}, "HKD", true},
          {{"hkd"}, "HKD"},
          {{"hong", "kong", "dollars"}, "HKD"},
          {{"s", "$"}, "SGD", true},
          {{"sgd"}, "SGD"},
          {{"singapore", "dollars"}, "SGD"},
          {{"nz", "$"}, "NZD", true},
          {{"nzd"}, "NZD"},
          {{"new", "zealand", "dollars"}, "NZD"},
          {{"r", "$"}, "BRL", true},
          {{"brl"}, "BRL"},
          {{"reais"}, "BRL"},
          {{"brazilian", "reais"}, "BRL"},
          {{"\xE2\x82\xAC"}, "EUR"},  // €
          {{"eur"}, "EUR"},
          {{"euro"}, "EUR"},
          {{"euros"}, "EUR"},
          {{"\xC2\xA5"}, "JPY"},  // ¥
          {{"jpy"}, "JPY"},
          {{"yen"}, "JPY"},
          {{"\xC2\xA3"}, "GBP"},  // £
          {{"gbp"}, "GBP"},
          {{"pound"}, "GBP"},
          {{"pounds"}, "GBP"},
          {{"sterling"}, "GBP"},
          {{"pounds", "sterling"}, "GBP"},
          {{"pence"}, "GBP/100"},
          {{"p"}, "GBP/100", false, /*after_numeral=*/true},  // "50p"
          {{"\xE2\x82\xBD"}, "RUB"},  // ₽
          {{"rub"}, "RUB"},
          {{"ruble"}, "RUB"},
          {{"rubles"}, "RUB"},
          {{"rouble"}, "RUB"},
          {{"roubles"}, "RUB"},
          {{"cny"}, "CNY"},
          {{"rmb"}, "CNY"},
          {{"yuan"}, "CNY"},
          {{"renminbi"}, "CNY"},
          {{"chf"}, "CHF"},
          {{"swiss", "franc"}, "CHF"},
          {{"swiss", "francs"}, "CHF"},
          {{"\xE2\x82\xB9"}, "INR"},  // ₹
          {{"inr"}, "INR"},
          {{"rs"}, "INR"},
          {{"rupee"}, "INR"},
          {{"rupees"}, "INR"},
          {{"indian", "rupees"}, "INR"},
          {{"\xE2\x82\xA9"}, "KRW"},  // ₩
          {{"krw"}, "KRW"},
          {{"won"}, "KRW"},
          {{"\xE2\x82\xA6"}, "NGN"},  // ₦
          {{"ngn"}, "NGN"},
          {{"naira"}, "NGN"},
          {{"\xE2\x82\xBA"}, "TRY"},  // ₺
          {{"turkish", "lira"}, "TRY"},
          {{"turkish", "liras"}, "TRY"},
          {{"mxn"}, "MXN"},
          {{"mexican", "peso"}, "MXN"},
          {{"mexican", "pesos"}, "MXN"},
          {{"zar"}, "ZAR"},
          {{"rand"}, "ZAR"},
          {{"sek"}, "SEK"},
          {{"krona"}, "SEK"},
          {{"kronor"}, "SEK"},
          {{"swedish", "krona"}, "SEK"},
          {{"swedish", "kronor"}, "SEK"},
          {{"\xE2\x82\xB4"}, "UAH"},  // ₴
          {{"uah"}, "UAH"},
          {{"hryvnia"}, "UAH"},
          {{"hryvnias"}, "UAH"},
          {{"hryvnya"}, "UAH"},
      };
  return *kPhrases;
}

// A key of CurrencyPhrases() split into its code and the size of the unit
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

absl::StatusOr<ParsedMoney> ParseMoney(absl::string_view text) {
  const absl::string_view shown = TrimSpaces(text);
  UnitSplit split =
      SplitUnits(Tokenize(text), CurrencyPhrases(), /*absorb_hyphens=*/false);
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
