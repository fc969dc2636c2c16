#include "checker/values/exchange_rates.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

ExchangeRates Table() {
  ExchangeRates rates;
  rates.SetBase("USD");
  rates.Add(absl::CivilDay(2016, 1, 1), "EUR", 1.10);
  rates.Add(absl::CivilDay(2016, 7, 1), "EUR", 1.05);
  rates.Add(absl::CivilDay(2019, 1, 1), "EUR", 1.15);
  return rates;
}

TEST(ExchangeRatesTest, TakesTheLatestRateOnOrBeforeTheDay) {
  struct Case {
    std::optional<absl::CivilDay> day;
    double rate;
  };
  const std::vector<Case> cases = {
      {absl::CivilDay(2015, 6, 1), 1.10},    // before the table: earliest
      {absl::CivilDay(2016, 1, 1), 1.10},    // exactly listed
      {absl::CivilDay(2016, 12, 13), 1.05},  // between rows
      {absl::CivilDay(2020, 3, 1), 1.15},    // after the last row
      {std::nullopt, 1.15},                  // undated: the latest
  };
  const ExchangeRates rates = Table();
  for (const Case& c : cases) {
    std::optional<ExchangeRates::Rate> r = rates.RateFor("EUR", c.day);
    ASSERT_TRUE(r.has_value());
    EXPECT_DOUBLE_EQ(r->rate, c.rate);
  }
  EXPECT_FALSE(rates.RateFor("JPY", absl::CivilDay(2016, 1, 1)).has_value());
}

Value Money(const char* unit, double low, double high) {
  Value v;
  v.kind = Kind::kMoney;
  v.unit = unit;
  v.interval = Interval::Closed(low, high);
  v.reading = "x";
  return v;
}

TEST(ConvertToBaseTest, ConvertsKnownCurrenciesOnly) {
  const ExchangeRates rates = Table();
  Value eur = Money("EUR", 40e6, 48e6);
  ConvertToBase(rates, absl::CivilDay(2016, 12, 13), &eur);
  EXPECT_EQ(eur.unit, "USD");
  EXPECT_DOUBLE_EQ(eur.interval.low, 42e6);
  EXPECT_DOUBLE_EQ(eur.interval.high, 50.4e6);
  EXPECT_TRUE(absl::StrContains(eur.reading, "at 1.05 on 2016-07-01"))
      << eur.reading;

  Value usd = Money("USD", 1, 2);
  ConvertToBase(rates, std::nullopt, &usd);
  EXPECT_EQ(usd.unit, "USD");
  EXPECT_EQ(usd.reading, "x");

  Value yen = Money("JPY", 1, 2);
  ConvertToBase(rates, std::nullopt, &yen);
  EXPECT_EQ(yen.unit, "JPY") << "no rate: stays apart, so incomparable";

  Value count;
  count.kind = Kind::kNumber;
  count.interval = Interval::Closed(3, 3);
  ConvertToBase(rates, std::nullopt, &count);
  EXPECT_EQ(count.unit, "");
}

}  // namespace
}  // namespace claimdiff
