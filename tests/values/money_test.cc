#include "checker/values/money.h"

#include <ostream>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "tests/values/common_vocabulary.h"

namespace claimdiff {
namespace {

const UnitPhraseSet& Currencies() { return CommonVocabulary().currencies; }

struct MoneyCase {
  absl::string_view text;
  absl::string_view currency;
  double low;
  double high;
  double step;
};

// Names the case by its text in test output.
void PrintTo(const MoneyCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ParseMoneyTest : public testing::TestWithParam<MoneyCase> {};

TEST_P(ParseMoneyTest, ReadsAmountAndCurrency) {
  const MoneyCase& c = GetParam();
  absl::StatusOr<ParsedMoney> money = ParseMoney(c.text, Currencies());
  ASSERT_TRUE(money.ok()) << money.status();
  EXPECT_EQ(money->currency, c.currency);
  EXPECT_DOUBLE_EQ(money->amount.low, c.low);
  EXPECT_DOUBLE_EQ(money->amount.high, c.high);
  EXPECT_DOUBLE_EQ(money->amount.step, c.step);
}

INSTANTIATE_TEST_SUITE_P(
    Dollars, ParseMoneyTest,
    testing::Values(MoneyCase{"$2.2 billion", "USD", 2.2e9, 2.2e9, 1e8},
                    MoneyCase{"$30 billion", "USD", 30e9, 30e9, 1e10},
                    MoneyCase{"30 billion dollars", "USD", 30e9, 30e9, 1e10},
                    MoneyCase{"USD 30bn", "USD", 30e9, 30e9, 1e10},
                    MoneyCase{"usd 30 bn", "USD", 30e9, 30e9, 1e10},
                    MoneyCase{"US$5m", "USD", 5e6, 5e6, 1e6},
                    MoneyCase{"5 million US dollars", "USD", 5e6, 5e6, 1e6},
                    MoneyCase{"$1,312", "USD", 1312, 1312, 1},
                    MoneyCase{"$2bn-$3bn", "USD", 2e9, 3e9, 1e9},
                    MoneyCase{"$20-30 million", "USD", 20e6, 30e6, 1e7},
                    MoneyCase{"C$40 million", "CAD", 40e6, 40e6, 1e7},
                    MoneyCase{"A$1.2bn", "AUD", 1.2e9, 1.2e9, 1e8},
                    MoneyCase{"HK$3bn", "HKD", 3e9, 3e9, 1e9},
                    MoneyCase{"$5-million", "USD", 5e6, 5e6, 1e6}));

INSTANTIATE_TEST_SUITE_P(
    OtherCurrencies, ParseMoneyTest,
    testing::Values(MoneyCase{"\xE2\x82\xAC"
                              "1.5m",
                              "EUR", 1.5e6, 1.5e6, 1e5},  // €1.5m
                    MoneyCase{"1.5 million euros", "EUR", 1.5e6, 1.5e6, 1e5},
                    MoneyCase{"EUR 700 million", "EUR", 700e6, 700e6, 1e8},
                    MoneyCase{"1 trillion yen", "JPY", 1e12, 1e12, 1e11},
                    MoneyCase{"\xC2\xA5"
                              "300bn",
                              "JPY", 300e9, 300e9, 1e11},  // ¥
                    MoneyCase{"\xC2\xA3"
                              "40m",
                              "GBP", 40e6, 40e6, 1e7},  // £
                    MoneyCase{"40 million pounds", "GBP", 40e6, 40e6, 1e7},
                    MoneyCase{"GBP 12bn", "GBP", 12e9, 12e9, 1e9},
                    MoneyCase{"\xE2\x82\xBD"
                              "5bn",
                              "RUB", 5e9, 5e9, 1e9},  // ₽
                    MoneyCase{"5 billion rubles", "RUB", 5e9, 5e9, 1e9},
                    MoneyCase{"5 billion roubles", "RUB", 5e9, 5e9, 1e9},
                    MoneyCase{"RUB 5bn", "RUB", 5e9, 5e9, 1e9},
                    MoneyCase{"60 billion yuan", "CNY", 60e9, 60e9, 1e10},
                    MoneyCase{"CNY 60bn", "CNY", 60e9, 60e9, 1e10}));

// Both orders, as wire and business copy write them.
INSTANTIATE_TEST_SUITE_P(
    NewsForms, ParseMoneyTest,
    testing::Values(
        MoneyCase{"$2.2bn", "USD", 2.2e9, 2.2e9, 1e8},
        MoneyCase{"US$4.7 billion", "USD", 4.7e9, 4.7e9, 1e8},
        MoneyCase{"USD 30bn", "USD", 30e9, 30e9, 1e10},
        MoneyCase{"30 billion dollars", "USD", 30e9, 30e9, 1e10},
        MoneyCase{"1 trillion yen", "JPY", 1e12, 1e12, 1e11},
        MoneyCase{"\xC2\xA5"
                  "1tn",
                  "JPY", 1e12, 1e12, 1e11},  // ¥1tn
        MoneyCase{"\xE2\x82\xAC"
                  "1.5m",
                  "EUR", 1.5e6, 1.5e6, 1e5},  // €1.5m
        MoneyCase{"\xC2\xA3"
                  "300,000",
                  "GBP", 3e5, 3e5, 1e5},  // £300,000
        MoneyCase{"2.5 million rubles", "RUB", 2.5e6, 2.5e6, 1e5},
        MoneyCase{"from $20bn to $30bn", "USD", 20e9, 30e9, 1e10},
        MoneyCase{"between $20bn and $30bn", "USD", 20e9, 30e9, 1e10},
        MoneyCase{"$20bn\xE2\x80\x93$30bn", "USD", 20e9, 30e9, 1e10},
        MoneyCase{"-$5bn", "USD", -5e9, -5e9, 1e9},
        MoneyCase{"half a billion dollars", "USD", 5e8, 5e8, 1e8},
        MoneyCase{"two and a half billion euros", "EUR", 2.5e9, 2.5e9, 1e8},
        MoneyCase{"\xC2\xA3"
                  "2\xC2\xBD"
                  "m",
                  "GBP", 2.5e6, 2.5e6, 1e5}));  // £2½m

// Currencies beyond the majors, and hundredths of a currency.
INSTANTIATE_TEST_SUITE_P(
    MoreCurrencies, ParseMoneyTest,
    testing::Values(
        MoneyCase{"S$1.1 billion", "SGD", 1.1e9, 1.1e9, 1e8},
        MoneyCase{"NZ$40 million", "NZD", 40e6, 40e6, 1e7},
        MoneyCase{"R$2 billion", "BRL", 2e9, 2e9, 1e9},
        MoneyCase{"200 million reais", "BRL", 2e8, 2e8, 1e8},
        MoneyCase{"HK$3.6bn", "HKD", 3.6e9, 3.6e9, 1e8},
        MoneyCase{"\xE2\x82\xB9"
                  "2,000 crore",
                  "INR", 2e10, 2e10, 1e10},  // ₹2,000 crore
        MoneyCase{"Rs 500 crore", "INR", 5e9, 5e9, 1e9},
        MoneyCase{"Rs. 5 lakh", "INR", 5e5, 5e5, 1e5},
        MoneyCase{"50 billion rupees", "INR", 5e10, 5e10, 1e10},
        MoneyCase{"\xE2\x82\xA9"
                  "500 billion",
                  "KRW", 5e11, 5e11, 1e11},  // ₩500 billion
        MoneyCase{"2 trillion won", "KRW", 2e12, 2e12, 1e12},
        MoneyCase{"\xE2\x82\xA6"
                  "50bn",
                  "NGN", 5e10, 5e10, 1e10},  // ₦50bn
        MoneyCase{"50 billion naira", "NGN", 5e10, 5e10, 1e10},
        MoneyCase{"1.5 billion Turkish lira", "TRY", 1.5e9, 1.5e9, 1e8},
        MoneyCase{"5 billion Mexican pesos", "MXN", 5e9, 5e9, 1e9},
        MoneyCase{"3.5 billion rand", "ZAR", 3.5e9, 3.5e9, 1e8},
        MoneyCase{"400 million Swedish kronor", "SEK", 4e8, 4e8, 1e8},
        MoneyCase{"20 million kronor", "SEK", 2e7, 2e7, 1e7},
        MoneyCase{"10 million Swiss francs", "CHF", 1e7, 1e7, 1e6},
        MoneyCase{"CHF 10m", "CHF", 1e7, 1e7, 1e6},
        MoneyCase{"30 billion hryvnias", "UAH", 3e10, 3e10, 1e10},
        MoneyCase{"99 cents", "USD", 0.99, 0.99, 0.01},
        MoneyCase{"50p", "GBP", 0.5, 0.5, 0.1},
        MoneyCase{"20 pence", "GBP", 0.2, 0.2, 0.1}));

struct MoneyErrorCase {
  absl::string_view text;
  absl::string_view message;
};

// Names the case by its text in test output.
void PrintTo(const MoneyErrorCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ParseMoneyErrorTest : public testing::TestWithParam<MoneyErrorCase> {};

TEST_P(ParseMoneyErrorTest, RejectsText) {
  absl::StatusOr<ParsedMoney> money = ParseMoney(GetParam().text, Currencies());
  ASSERT_FALSE(money.ok());
  EXPECT_EQ(money.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(money.status().message()), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Errors, ParseMoneyErrorTest,
    testing::Values(
        MoneyErrorCase{"30 billion zorkmids",
                       "no known currency in \"30 billion zorkmids\""},
        MoneyErrorCase{"30 billion", "no known currency in \"30 billion\""},
        MoneyErrorCase{"$30 billion euros",
                       "mixed currencies in \"$30 billion euros\""},
        // A "p" standing apart from the figure is not pence.
        MoneyErrorCase{"50 p", "no known currency in \"50 p\""},
        // "pesos" and "francs" alone name several currencies.
        MoneyErrorCase{"5 billion pesos",
                       "no known currency in \"5 billion pesos\""},
        MoneyErrorCase{"$1 50 cents", "mixed currencies in \"$1 50 cents\""},
        MoneyErrorCase{"$ lots", "not an amount of money: \"$ lots\""},
        MoneyErrorCase{"USD", "not an amount of money: \"USD\""}));

}  // namespace
}  // namespace claimdiff
