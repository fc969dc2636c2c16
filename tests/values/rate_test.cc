#include "checker/values/rate.h"

#include <cstddef>
#include <optional>
#include <ostream>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "tests/values/common_vocabulary.h"

namespace claimdiff {
namespace {

struct RateCase {
  absl::string_view text;
  absl::string_view amount;
  double days;
};

void PrintTo(const RateCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class SplitRateTest : public testing::TestWithParam<RateCase> {};

TEST_P(SplitRateTest, SplitsThePeriodOff) {
  const RateCase& c = GetParam();
  std::optional<RateSplit> split =
      SplitRate(c.text, CommonVocabulary().rate_periods);
  ASSERT_TRUE(split.has_value());
  EXPECT_EQ(split->amount, c.amount);
  EXPECT_DOUBLE_EQ(split->days, c.days);
}

constexpr double kYear = 365.2425;

INSTANTIATE_TEST_SUITE_P(
    News, SplitRateTest,
    testing::Values(RateCase{"$400 million an hour", "$400 million", 1.0 / 24},
                    RateCase{"$9.6 billion a day", "$9.6 billion", 1},
                    RateCase{"$3bn-a-year", "$3bn", kYear},
                    RateCase{"$3bn a year", "$3bn", kYear},
                    RateCase{"$3bn annually", "$3bn", kYear},
                    RateCase{"$3bn per annum", "$3bn", kYear},
                    RateCase{"5,000 tonnes per week", "5,000 tonnes", 7},
                    RateCase{"$5/h", "$5", 1.0 / 24},
                    RateCase{"$2m a month", "$2m", kYear / 12},
                    // A unit capture that is only the period.
                    RateCase{"a day", "", 1}));

class NoRateTest : public testing::TestWithParam<absl::string_view> {};

TEST_P(NoRateTest, LeavesTextAlone) {
  EXPECT_FALSE(
      SplitRate(GetParam(), CommonVocabulary().rate_periods).has_value());
}

INSTANTIATE_TEST_SUITE_P(Other, NoRateTest,
                         testing::Values("$3bn", "71 years", "$3bn alpha year",
                                         "$3bnannually", "holiday"));

TEST(RatePeriodsTest, LongestPhraseWinsAndReAddingUpdates) {
  RatePeriods periods;
  periods.Add("a year", 365);
  periods.Add("a calendar year", 366);
  std::optional<RateSplit> split = SplitRate("$5m a calendar year", periods);
  ASSERT_TRUE(split.has_value());
  EXPECT_EQ(split->amount, "$5m");
  EXPECT_EQ(split->days, 366);
  periods.Add("A  Year", 360);  // folded: the same phrase
  split = SplitRate("$5m a year", periods);
  ASSERT_TRUE(split.has_value());
  EXPECT_EQ(split->days, 360);
  EXPECT_EQ(periods.periods().size(), 2u);
}

struct MatchEndCase {
  absl::string_view folded;
  absl::string_view phrase;  // empty when no period ends the text
  size_t length;
};

void PrintTo(const MatchEndCase& c, std::ostream* os) {
  *os << '"' << c.folded << '"';
}

RatePeriods SamplePeriods() {
  RatePeriods periods;
  periods.Add("a year", 365);
  periods.Add("a calendar year", 366);
  periods.Add("per day", 1);
  periods.Add("/h", 1.0 / 24);
  return periods;
}

class MatchEndTest : public testing::TestWithParam<MatchEndCase> {};

TEST_P(MatchEndTest, FindsThePeriodThatEndsTheText) {
  const MatchEndCase& c = GetParam();
  const RatePeriods periods = SamplePeriods();
  size_t length = 0;
  const RatePeriods::Period* period = periods.MatchEnd(c.folded, &length);
  if (c.phrase.empty()) {
    EXPECT_EQ(period, nullptr);
    return;
  }
  ASSERT_NE(period, nullptr);
  EXPECT_EQ(period->phrase, c.phrase);
  EXPECT_EQ(length, c.length);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MatchEndTest,
    testing::Values(MatchEndCase{"$5m a year", "a year", 6},
                    MatchEndCase{"$5m a calendar year", "a calendar year", 15},
                    MatchEndCase{"$5m-a-calendar-year", "a calendar year", 15},
                    MatchEndCase{"$5m-a-year", "a year", 6},
                    MatchEndCase{"200 per day", "per day", 7},
                    MatchEndCase{"$5/h", "/h", 2},
                    // The phrase itself.
                    MatchEndCase{"a year", "a year", 6},
                    // A word phrase starts a word.
                    MatchEndCase{"$5m alpha year", "", 0},
                    MatchEndCase{"$5m", "", 0}, MatchEndCase{"", "", 0}));

}  // namespace
}  // namespace claimdiff
