// Amounts of money: "$2.2 billion", "30 billion dollars", "USD 30bn",
// "€1.5m", "1 trillion yen".
#ifndef CLAIMDIFF_VALUES_MONEY_H_
#define CLAIMDIFF_VALUES_MONEY_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/values/number.h"
#include "checker/values/unit_phrase.h"

namespace claimdiff {

struct ParsedMoney {
  // The amount in whole currency units (2.2e9 for "$2.2 billion").
  ParsedNumber amount;
  // ISO 4217 code: "USD", "EUR", "JPY", "GBP", "RUB", "CNY", ...
  std::string currency;
};

// Reads an amount of money. The currency may be any phrase of `currencies`
// (symbols, codes and names, from rules/common/currencies.yaml), before or
// after the figure and repeated around a range ("$2bn-$3bn"). A phrase
// whose key ends in "/100" names a hundredth of the currency ("cents",
// "50p"). InvalidArgument, quoting the text, when no known currency is
// named, when two different ones are, or when the rest is not a number.
absl::StatusOr<ParsedMoney> ParseMoney(absl::string_view text,
                                       const UnitPhraseSet& currencies);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_MONEY_H_
