// Amounts of money: "$2.2 billion", "30 billion dollars", "USD 30bn",
// "€1.5m", "1 trillion yen".
#ifndef CLAIMDIFF_VALUES_MONEY_H_
#define CLAIMDIFF_VALUES_MONEY_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/values/number.h"

namespace claimdiff {

struct ParsedMoney {
  // The amount in whole currency units (2.2e9 for "$2.2 billion").
  ParsedNumber amount;
  // ISO 4217 code: "USD", "EUR", "JPY", "GBP", "RUB", "CNY", ...
  std::string currency;
};

// Reads an amount of money. The currency may be a symbol, code or name,
// before or after the figure and repeated around a range ("$2bn-$3bn").
// InvalidArgument, quoting the text, when no known currency is named, when
// two different ones are, or when the rest is not a number.
absl::StatusOr<ParsedMoney> ParseMoney(absl::string_view text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_MONEY_H_
