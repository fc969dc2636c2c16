#include "checker/values/exchange_rates.h"

#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace claimdiff {

void ExchangeRates::Add(absl::CivilDay day, absl::string_view currency,
                        double rate) {
  auto it = rates_.find(currency);
  if (it == rates_.end()) {
    it = rates_
             .emplace(std::string(currency), std::map<absl::CivilDay, double>())
             .first;
  }
  it->second[day] = rate;
}

std::optional<ExchangeRates::Rate> ExchangeRates::RateFor(
    absl::string_view currency, std::optional<absl::CivilDay> day) const {
  auto it = rates_.find(currency);
  if (it == rates_.end() || it->second.empty()) return std::nullopt;
  const std::map<absl::CivilDay, double>& by_day = it->second;
  if (!day) {
    const auto& last = *by_day.rbegin();
    return Rate{last.second, last.first};
  }
  auto after = by_day.upper_bound(*day);
  if (after == by_day.begin()) return Rate{after->second, after->first};
  --after;
  return Rate{after->second, after->first};
}

void ConvertToBase(const ExchangeRates& rates,
                   std::optional<absl::CivilDay> published, Value* value) {
  if (!value->resolved || value->kind != Kind::kMoney ||
      value->unit == rates.base()) {
    return;
  }
  const std::optional<ExchangeRates::Rate> rate =
      rates.RateFor(value->unit, published);
  if (!rate) return;
  // Infinite ends (logical bounds) stay infinite; finite ones scale.
  value->interval.low *= rate->rate;
  value->interval.high *= rate->rate;
  value->unit = rates.base();
  absl::StrAppend(&value->reading, " = ", FormatInterval(*value), " at ",
                  absl::StrFormat("%g", rate->rate), " on ",
                  FormatDay(DayNumber(rate->listed)));
}

}  // namespace claimdiff
