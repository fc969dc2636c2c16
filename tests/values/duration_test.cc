#include "checker/values/duration.h"

#include <limits>
#include <ostream>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct DurationCase {
  absl::string_view text;
  absl::string_view unit;  // singular name
  double low;
  double high;
  double step;
};

// Names the case by its text in test output.
void PrintTo(const DurationCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ParseDurationTest : public testing::TestWithParam<DurationCase> {};

TEST_P(ParseDurationTest, ReadsFigureAndUnit) {
  const DurationCase& c = GetParam();
  absl::StatusOr<ParsedDuration> duration = ParseDuration(c.text);
  ASSERT_TRUE(duration.ok()) << duration.status();
  EXPECT_EQ(duration->unit->singular, c.unit);
  EXPECT_DOUBLE_EQ(duration->number.low, c.low);
  EXPECT_DOUBLE_EQ(duration->number.high, c.high);
  EXPECT_DOUBLE_EQ(duration->number.step, c.step);
}

INSTANTIATE_TEST_SUITE_P(
    Durations, ParseDurationTest,
    testing::Values(DurationCase{"70 years", "year", 70, 70, 10},
                    DurationCase{"71-year", "year", 71, 71, 1},
                    DurationCase{"71-year-old", "year", 71, 71, 1},
                    DurationCase{"71-year old", "year", 71, 71, 1},
                    DurationCase{"71 year", "year", 71, 71, 1},
                    DurationCase{"1 year", "year", 1, 1, 0.1},
                    DurationCase{"5 yrs", "year", 5, 5, 1},
                    DurationCase{"seven decades", "decade", 7, 7, 1},
                    DurationCase{"a decade", "decade", 1, 1, 0.1},
                    DurationCase{"half a century", "century", 0.5, 0.5, 0.1},
                    DurationCase{"two centuries", "century", 2, 2, 1},
                    DurationCase{"six months", "month", 6, 6, 1},
                    DurationCase{"3 weeks", "week", 3, 3, 1},
                    DurationCase{"10 days", "day", 10, 10, 1},
                    DurationCase{"a fortnight", "fortnight", 1, 1, 0.1},
                    DurationCase{"20-30 years", "year", 20, 30, 10},
                    DurationCase{"20 to 30 years", "year", 20, 30, 10},
                    DurationCase{"decade-long", "decade", 1, 1, 0.1}));

// News phrasing: adjectival lengths inside a noun phrase, fractions of a
// unit and "X and a half". Qualifiers ("nearly a week") are Normalize's;
// see normalizer_test.cc.
INSTANTIATE_TEST_SUITE_P(
    NewsForms, ParseDurationTest,
    testing::Values(
        DurationCase{"a week", "week", 1, 1, 0.1},
        DurationCase{"two weeks", "week", 2, 2, 1},
        DurationCase{"a six-day blockage", "day", 6, 6, 1},
        DurationCase{"six-day", "day", 6, 6, 1},
        DurationCase{"a 10-day ceasefire", "day", 10, 10, 1},
        DurationCase{"seven decades", "decade", 7, 7, 1},
        DurationCase{"a quarter-century", "century", 0.25, 0.25, 0.05},
        DurationCase{"a quarter of a century", "century", 0.25, 0.25, 0.05},
        DurationCase{"a half-century", "century", 0.5, 0.5, 0.1},
        DurationCase{"18 months", "month", 18, 18, 1},
        DurationCase{"a year and a half", "year", 1.5, 1.5, 0.1},
        DurationCase{"two and a half years", "year", 2.5, 2.5, 0.1},
        DurationCase{"2\xC2\xBD years", "year", 2.5, 2.5, 0.1},  // 2½
        DurationCase{"48 hours", "hour", 48, 48, 1},
        DurationCase{"a 72-hour strike", "hour", 72, 72, 1}));

// "and a half" hyphenated into one adjective.
INSTANTIATE_TEST_SUITE_P(
    HyphenatedHalves, ParseDurationTest,
    testing::Values(
        DurationCase{"three-and-a-half years", "year", 3.5, 3.5, 0.1},
        DurationCase{"a three-and-a-half-year sentence", "year", 3.5, 3.5, 0.1},
        DurationCase{"a year-and-a-half", "year", 1.5, 1.5, 0.1}));

// Approximate spans joined by "or" (see IsOrSpan), with the unit after the
// span or, for "a year or two", after its first figure.
INSTANTIATE_TEST_SUITE_P(
    OrSpans, ParseDurationTest,
    testing::Values(DurationCase{"four or five days", "day", 4, 5, 1},
                    DurationCase{"two or three weeks", "week", 2, 3, 1},
                    DurationCase{"a year or two", "year", 1, 2, 0.1},
                    DurationCase{"a year or two.", "year", 1, 2, 0.1},
                    DurationCase{"an hour or two", "hour", 1, 2, 0.1},
                    DurationCase{"a day or two", "day", 1, 2, 0.1},
                    DurationCase{"one month or two", "month", 1, 2, 0.1},
                    DurationCase{"two years or three", "year", 2, 3, 1}));

class ParseDurationErrorTest
    : public testing::TestWithParam<absl::string_view> {};

TEST_P(ParseDurationErrorTest, RejectsText) {
  absl::StatusOr<ParsedDuration> duration = ParseDuration(GetParam());
  ASSERT_FALSE(duration.ok());
  EXPECT_EQ(duration.status().code(), absl::StatusCode::kInvalidArgument);
}

INSTANTIATE_TEST_SUITE_P(Errors, ParseDurationErrorTest,
                         testing::Values("71", "many years", "5 years 3 months",
                                         "ages", "years", "", "-5 years",
                                         "a six-day 7", "six day blockage"));

// Not spans: a trailing qualifier, or not the next figure.
INSTANTIATE_TEST_SUITE_P(NotSpans, ParseDurationErrorTest,
                         testing::Values("a year or so", "a year or more",
                                         "a year or three", "years or two",
                                         "four or six days", "30 years or more",
                                         "a year or two months"));

TEST(ParseDurationTest, ErrorQuotesText) {
  EXPECT_EQ(std::string(ParseDuration("71").status().message()),
            "no duration unit in \"71\"");
  EXPECT_EQ(std::string(ParseDuration("many years").status().message()),
            "not a duration: \"many years\"");
}

// Returns the unit that ParseDuration gives for `text`.
const DurationUnit& UnitOf(absl::string_view text) {
  return *ParseDuration(text)->unit;
}

struct SubtractCase {
  absl::CivilDay from;
  double amount;
  absl::string_view unit_text;  // a duration naming the unit
  absl::CivilDay expected;
};

class SubtractDurationTest : public testing::TestWithParam<SubtractCase> {};

TEST_P(SubtractDurationTest, StepsBackOnTheCalendar) {
  const SubtractCase& c = GetParam();
  EXPECT_EQ(SubtractDuration(c.from, c.amount, UnitOf(c.unit_text)),
            c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Calendar, SubtractDurationTest,
    testing::Values(SubtractCase{absl::CivilDay(2016, 12, 13), 71, "1 year",
                                 absl::CivilDay(1945, 12, 13)},
                    SubtractCase{absl::CivilDay(2016, 12, 13), 72, "1 year",
                                 absl::CivilDay(1944, 12, 13)},
                    SubtractCase{absl::CivilDay(2019, 1, 22), 60, "1 year",
                                 absl::CivilDay(1959, 1, 22)},
                    SubtractCase{absl::CivilDay(2016, 2, 29), 1, "1 year",
                                 absl::CivilDay(2015, 2, 28)},
                    SubtractCase{absl::CivilDay(2016, 3, 31), 1, "1 month",
                                 absl::CivilDay(2016, 2, 29)},
                    SubtractCase{absl::CivilDay(2016, 12, 13), 7, "1 decade",
                                 absl::CivilDay(1946, 12, 13)},
                    SubtractCase{absl::CivilDay(2016, 12, 13), 0.5, "1 century",
                                 absl::CivilDay(1966, 12, 13)},
                    SubtractCase{absl::CivilDay(2016, 12, 13), 1.5, "1 month",
                                 absl::CivilDay(2016, 10, 29)},
                    SubtractCase{absl::CivilDay(2016, 12, 13), 2, "1 week",
                                 absl::CivilDay(2016, 11, 29)},
                    SubtractCase{absl::CivilDay(2016, 3, 1), 1, "1 day",
                                 absl::CivilDay(2016, 2, 29)},
                    SubtractCase{absl::CivilDay(2016, 12, 13), -1, "1 year",
                                 absl::CivilDay(2017, 12, 13)},
                    SubtractCase{absl::CivilDay(2016, 12, 13), 0, "1 year",
                                 absl::CivilDay(2016, 12, 13)}));

struct FormatCase {
  Interval interval;
  absl::string_view unit_text;
  absl::string_view expected;
};

class FormatDurationTest : public testing::TestWithParam<FormatCase> {};

TEST_P(FormatDurationTest, ShowsWrittenUnit) {
  const FormatCase& c = GetParam();
  EXPECT_EQ(FormatDuration(c.interval, UnitOf(c.unit_text)), c.expected);
}

constexpr double kInf = std::numeric_limits<double>::infinity();

INSTANTIATE_TEST_SUITE_P(
    Readings, FormatDurationTest,
    testing::Values(
        FormatCase{Interval{70, 80, true, false}, "1 year",
                   "70\xE2\x80\x93"
                   "80 years"},
        FormatCase{Interval::Closed(1, 1), "1 year", "1 year"},
        FormatCase{Interval::Closed(7, 8), "1 decade",
                   "7\xE2\x80\x93"
                   "8 decades"},
        FormatCase{Interval::Closed(0.5, 0.5), "1 century", "50 years"},
        FormatCase{Interval{1, 1.1, true, false}, "1 decade",
                   "10\xE2\x80\x93"
                   "11 years"},
        FormatCase{Interval{50, kInf, true, true}, "1 year", "over 50 years"},
        FormatCase{Interval::Closed(6, 6), "1 month", "6 months"}));

}  // namespace
}  // namespace claimdiff
