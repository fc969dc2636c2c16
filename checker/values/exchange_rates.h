// Exchange rates, per date, for comparing amounts in different currencies.
//
// Off by default: without a table, amounts in different currencies keep
// their own units and the comparator reports them as incomparable. A pack
// turns conversion on with an `exchange_rates:` table (docs/rules.md).
#ifndef CLAIMDIFF_VALUES_EXCHANGE_RATES_H_
#define CLAIMDIFF_VALUES_EXCHANGE_RATES_H_

#include <map>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "checker/values/value.h"

namespace claimdiff {

// How many units of the base currency one unit of a currency was worth on
// given days. Lookups take the rate of the nearest listed day on or before
// the date asked for, else the earliest listed one, so a table with one
// row per month or year still applies to every day.
class ExchangeRates {
 public:
  // Sets the base currency every amount is converted into ("USD").
  void SetBase(std::string base) { base_ = std::move(base); }
  const std::string& base() const { return base_; }

  // Records that on `day` one `currency` was worth `rate` base units.
  void Add(absl::CivilDay day, absl::string_view currency, double rate);

  // The rate for `currency` around `day` (the latest listed day when `day`
  // is unknown) and the day it was listed for, or nullopt when the table
  // has no rate for that currency.
  struct Rate {
    double rate = 0;
    absl::CivilDay listed;
  };
  std::optional<Rate> RateFor(absl::string_view currency,
                              std::optional<absl::CivilDay> day) const;

  bool empty() const { return rates_.empty(); }

 private:
  std::string base_;
  // currency -> day -> rate
  std::map<std::string, std::map<absl::CivilDay, double>, std::less<>> rates_;
};

// Converts a resolved money value into the base currency when the table
// has a rate for its currency, and appends the conversion to its reading
// ("… = USD 46.6 million at 1.06 on 2016-12-01"). Values in the base
// currency, other kinds, and currencies without a rate are left as they
// are (and so stay incomparable with the base).
void ConvertToBase(const ExchangeRates& rates,
                   std::optional<absl::CivilDay> published, Value* value);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_EXCHANGE_RATES_H_
