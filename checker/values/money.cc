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
          {{"c", "$"}, "CAD", true},
          {{"cad"}, "CAD"},
          {{"canadian", "dollars"}, "CAD"},
          {{"a", "$"}, "AUD", true},
          {{"aud"}, "AUD"},
          {{"australian", "dollars"}, "AUD"},
          {{"hk", "$"}, "HKD", true},
          {{"hkd"}, "HKD"},
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
          {{"swiss", "francs"}, "CHF"},
          {{"\xE2\x82\xB9"}, "INR"},  // ₹
          {{"inr"}, "INR"},
          {{"rupee"}, "INR"},
          {{"rupees"}, "INR"},
      };
  return *kPhrases;
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
  const absl::string_view currency = split.units.front();
  if (std::any_of(
          split.units.begin(), split.units.end(),
          [currency](absl::string_view unit) { return unit != currency; })) {
    return absl::InvalidArgumentError(
        absl::StrCat("mixed currencies in \"", shown, "\""));
  }
  std::optional<ParsedNumber> amount = ParseNumberTokens(split.rest);
  if (!amount) {
    return absl::InvalidArgumentError(
        absl::StrCat("not an amount of money: \"", shown, "\""));
  }
  return ParsedMoney{*amount, std::string(currency)};
}

}  // namespace claimdiff
