#include "checker/values/calendar_terms.h"

#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct MonthDayCase {
  absl::string_view text;
  bool ok;
  int month;
  int day;
};

void PrintTo(const MonthDayCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ParseMonthDayTest : public testing::TestWithParam<MonthDayCase> {};

TEST_P(ParseMonthDayTest, ReadsMonthAndDay) {
  const MonthDayCase& c = GetParam();
  absl::StatusOr<MonthDay> md = ParseMonthDay(c.text);
  ASSERT_EQ(md.ok(), c.ok) << md.status();
  if (!c.ok) return;
  EXPECT_EQ(md->month, c.month);
  EXPECT_EQ(md->day, c.day);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseMonthDayTest,
    testing::Values(MonthDayCase{"03-01", true, 3, 1},
                    MonthDayCase{"12-31", true, 12, 31},
                    MonthDayCase{"02-29", true, 2, 29},
                    MonthDayCase{"02-30", false}, MonthDayCase{"04-31", false},
                    MonthDayCase{"13-01", false}, MonthDayCase{"00-10", false},
                    MonthDayCase{"3-1", false}, MonthDayCase{"03/01", false},
                    MonthDayCase{"", false}));

TEST(CalendarTermsTest, FebruaryTwentyNinthIsTheLastDayOfFebruary) {
  EXPECT_EQ(DayIn(2015, MonthDay{2, 29}), absl::CivilDay(2015, 2, 28));
  EXPECT_EQ(DayIn(2016, MonthDay{2, 29}), absl::CivilDay(2016, 2, 29));
  EXPECT_EQ(DayIn(2016, MonthDay{6, 21}), absl::CivilDay(2016, 6, 21));
}

TEST(CalendarTermsTest, SeasonsReplaceByName) {
  CalendarTerms terms;
  terms.AddSeason("summer", MonthDay{6, 1}, MonthDay{8, 31});
  terms.AddSeason("winter", MonthDay{12, 1}, MonthDay{2, 29});
  ASSERT_NE(terms.FindSeason("summer"), nullptr);
  EXPECT_FALSE(terms.FindSeason("summer")->CrossesYear());
  EXPECT_TRUE(terms.FindSeason("winter")->CrossesYear());
  terms.AddSeason("summer", MonthDay{6, 21}, MonthDay{9, 22});
  EXPECT_EQ(terms.FindSeason("summer")->from.day, 21);
  EXPECT_EQ(terms.FindSeason("spring"), nullptr);
}

TEST(CalendarTermsTest, HolidaysIgnoreApostrophesAndDots) {
  CalendarTerms terms;
  terms.AddHoliday("St. Patrick's Day", MonthDay{3, 17});
  terms.AddHoliday("Christmas", MonthDay{12, 25});
  ASSERT_EQ(terms.holidays().size(), 2u);
  EXPECT_EQ(terms.holidays()[0].words,
            (std::vector<std::string>{"st", "patrick", "s", "day"}));
  // The same words again replace the day rather than adding a holiday.
  terms.AddHoliday("christmas", MonthDay{1, 7});
  ASSERT_EQ(terms.holidays().size(), 2u);
  EXPECT_EQ(terms.holidays()[1].day.month, 1);
}

}  // namespace
}  // namespace claimdiff
