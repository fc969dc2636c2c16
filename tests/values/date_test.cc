#include "checker/values/date.h"

#include <optional>
#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "tests/values/common_vocabulary.h"

namespace claimdiff {
namespace {

const CalendarTerms& Terms() { return CommonVocabulary().calendar; }

using absl::CivilDay;

struct DateCase {
  absl::string_view text;
  std::optional<CivilDay> published;
  Resolve resolve;
  CivilDay first;
  CivilDay last;
  absl::string_view label;
};

// Names the case by its text in test output.
void PrintTo(const DateCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ReadDateTest : public testing::TestWithParam<DateCase> {};

TEST_P(ReadDateTest, PlacesDate) {
  const DateCase& c = GetParam();
  absl::StatusOr<DateReading> date =
      ReadDate(c.text, c.resolve, c.published, DateOrder::kNone, Terms());
  ASSERT_TRUE(date.ok()) << date.status();
  ASSERT_TRUE(date->resolved);
  EXPECT_EQ(date->first, c.first);
  EXPECT_EQ(date->last, c.last);
  EXPECT_EQ(date->label, c.label);
}

constexpr Resolve kNearest = Resolve::kNearest;
constexpr Resolve kNext = Resolve::kNext;
constexpr Resolve kPrevious = Resolve::kPrevious;

constexpr CivilDay kPublished(2016, 12, 13);

// Parts of months and years, quarters, decades and "since".
INSTANTIATE_TEST_SUITE_P(
    NewsSpans, ReadDateTest,
    testing::Values(
        DateCase{"early February 2017", std::nullopt, kNearest,
                 CivilDay(2017, 2, 1), CivilDay(2017, 2, 10),
                 "early February 2017"},
        DateCase{"mid-February 2017", std::nullopt, kNearest,
                 CivilDay(2017, 2, 11), CivilDay(2017, 2, 20),
                 "mid February 2017"},
        DateCase{"the middle of February 2017", std::nullopt, kNearest,
                 CivilDay(2017, 2, 11), CivilDay(2017, 2, 20),
                 "mid February 2017"},
        DateCase{"late February 2016", std::nullopt, kNearest,
                 CivilDay(2016, 2, 21), CivilDay(2016, 2, 29),
                 "late February 2016"},
        DateCase{"late February", kPublished, kNearest, CivilDay(2017, 2, 21),
                 CivilDay(2017, 2, 28), "late February 2017"},
        DateCase{"early 2019", std::nullopt, kNearest, CivilDay(2019, 1, 1),
                 CivilDay(2019, 4, 30), "early 2019"},
        DateCase{"Q3 2019", std::nullopt, kNearest, CivilDay(2019, 7, 1),
                 CivilDay(2019, 9, 30), "Q3 2019"},
        DateCase{"the third quarter of 2019", std::nullopt, kNearest,
                 CivilDay(2019, 7, 1), CivilDay(2019, 9, 30), "Q3 2019"},
        DateCase{"the third quarter", kPublished, kNearest,
                 CivilDay(2016, 7, 1), CivilDay(2016, 9, 30), "Q3 2016"},
        DateCase{"the first quarter", kPublished, kNearest,
                 CivilDay(2017, 1, 1), CivilDay(2017, 3, 31), "Q1 2017"},
        DateCase{"the 1990s", std::nullopt, kNearest, CivilDay(1990, 1, 1),
                 CivilDay(1999, 12, 31), "1990s"},
        DateCase{"in 2014", std::nullopt, kNearest, CivilDay(2014, 1, 1),
                 CivilDay(2014, 12, 31), "2014"},
        DateCase{"since 2005", std::nullopt, kNearest, CivilDay(2005, 1, 1),
                 CivilDay(2005, 12, 31), "2005"},
        DateCase{"winter 2016", std::nullopt, kNearest, CivilDay(2015, 12, 1),
                 CivilDay(2016, 2, 29), "winter 2016"},
        DateCase{"15 December", kPublished, kNearest, CivilDay(2016, 12, 15),
                 CivilDay(2016, 12, 15), "Thu 2016-12-15"},
        DateCase{"December 15", kPublished, kNearest, CivilDay(2016, 12, 15),
                 CivilDay(2016, 12, 15), "Thu 2016-12-15"}));

// Ranges share the month and year written once.
INSTANTIATE_TEST_SUITE_P(
    Ranges, ReadDateTest,
    testing::Values(
        DateCase{"December 15-16", kPublished, kNearest, CivilDay(2016, 12, 15),
                 CivilDay(2016, 12, 16), "Thu 2016-12-15 to Fri 2016-12-16"},
        DateCase{"15-16 December 2016", std::nullopt, kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 16),
                 "Thu 2016-12-15 to Fri 2016-12-16"},
        DateCase{"from March 23 to 29", kPublished, kNearest,
                 CivilDay(2017, 3, 23), CivilDay(2017, 3, 29),
                 "Thu 2017-03-23 to Wed 2017-03-29"},
        DateCase{"between March 23 and 29, 2016", std::nullopt, kNearest,
                 CivilDay(2016, 3, 23), CivilDay(2016, 3, 29),
                 "Wed 2016-03-23 to Tue 2016-03-29"},
        DateCase{"December 28 to January 3, 2017", std::nullopt, kNearest,
                 CivilDay(2016, 12, 28), CivilDay(2017, 1, 3),
                 "Wed 2016-12-28 to Tue 2017-01-03"},
        DateCase{"from 2014 to 2016", std::nullopt, kNearest,
                 CivilDay(2014, 1, 1), CivilDay(2016, 12, 31), "2014 to 2016"},
        DateCase{"2014-2016", std::nullopt, kNearest, CivilDay(2014, 1, 1),
                 CivilDay(2016, 12, 31), "2014 to 2016"}));

struct NumericDateCase {
  absl::string_view text;
  DateOrder order;
  CivilDay day;
};

// Names the case by its text in test output.
void PrintTo(const NumericDateCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class NumericDateTest : public testing::TestWithParam<NumericDateCase> {};

TEST_P(NumericDateTest, ReadsInOrder) {
  const NumericDateCase& c = GetParam();
  absl::StatusOr<DateReading> date =
      ReadDate(c.text, kNearest, std::nullopt, c.order, Terms());
  ASSERT_TRUE(date.ok()) << date.status();
  EXPECT_EQ(date->first, c.day);
  EXPECT_EQ(date->last, c.day);
}

INSTANTIATE_TEST_SUITE_P(
    Orders, NumericDateTest,
    testing::Values(
        NumericDateCase{"03/04/2021", DateOrder::kMdy, CivilDay(2021, 3, 4)},
        NumericDateCase{"03/04/2021", DateOrder::kDmy, CivilDay(2021, 4, 3)},
        NumericDateCase{"13/04/2021", DateOrder::kNone, CivilDay(2021, 4, 13)},
        NumericDateCase{"12/15/2016", DateOrder::kNone, CivilDay(2016, 12, 15)},
        NumericDateCase{"05/05/2020", DateOrder::kNone, CivilDay(2020, 5, 5)},
        NumericDateCase{"2016/12/15", DateOrder::kNone, CivilDay(2016, 12, 15)},
        NumericDateCase{"2016-12-15", DateOrder::kNone,
                        CivilDay(2016, 12, 15)}));

TEST(NumericDateTest, AmbiguousWithoutOrderIsAnError) {
  absl::StatusOr<DateReading> date =
      ReadDate("03/04/2021", kNearest, std::nullopt, DateOrder::kNone, Terms());
  ASSERT_FALSE(date.ok());
  EXPECT_EQ(date.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(
      date.status().message().find("ambiguous numeric date \"03/04/2021\""),
      absl::string_view::npos);
  EXPECT_NE(date.status().message().find("date_order"),
            absl::string_view::npos);
  EXPECT_FALSE(
      ReadDate("03/04/2021", kNearest, std::nullopt, DateOrder::kNone, Terms())
          .ok());
  EXPECT_FALSE(
      ReadDate("13/14/2021", kNearest, std::nullopt, DateOrder::kNone, Terms())
          .ok());
  EXPECT_FALSE(
      ReadDate("02/30/2021", kNearest, std::nullopt, DateOrder::kMdy, Terms())
          .ok());
}

TEST(DateRangeTest, RejectsBackwardsAndImpossibleRanges) {
  EXPECT_FALSE(
      ReadDate("2016-2014", kNearest, std::nullopt, DateOrder::kNone, Terms())
          .ok());
  EXPECT_FALSE(ReadDate("February 28-30, 2017", kNearest, std::nullopt,
                        DateOrder::kNone, Terms())
                   .ok());
  EXPECT_FALSE(
      ReadDate("Q5 2019", kNearest, std::nullopt, DateOrder::kNone, Terms())
          .ok());
  EXPECT_FALSE(
      ReadDate("the 1995s", kNearest, std::nullopt, DateOrder::kNone, Terms())
          .ok());
  EXPECT_FALSE(
      ReadDate("mid-Thursday", kNearest, kPublished, DateOrder::kNone, Terms())
          .ok());
}

TEST(DateRangeTest, YearlessRangeWithoutPublicationIsUnresolved) {
  absl::StatusOr<DateReading> date = ReadDate(
      "from March 23 to 29", kNearest, std::nullopt, DateOrder::kNone, Terms());
  ASSERT_TRUE(date.ok()) << date.status();
  EXPECT_FALSE(date->resolved);
}

INSTANTIATE_TEST_SUITE_P(
    Absolute, ReadDateTest,
    testing::Values(
        DateCase{"2016-12-15", std::nullopt, kNearest, CivilDay(2016, 12, 15),
                 CivilDay(2016, 12, 15), "Thu 2016-12-15"},
        DateCase{"December 15, 2016", std::nullopt, kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        DateCase{"15 December 2016", std::nullopt, kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        DateCase{"on Dec. 15, 2016", std::nullopt, kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        DateCase{"Thursday, December 15, 2016", std::nullopt, kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        DateCase{"the 15th of December 2016", std::nullopt, kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        DateCase{"February 29, 2016", std::nullopt, kNearest,
                 CivilDay(2016, 2, 29), CivilDay(2016, 2, 29),
                 "Mon 2016-02-29"},
        DateCase{"the summer of 1945", std::nullopt, kNearest,
                 CivilDay(1945, 6, 1), CivilDay(1945, 8, 31), "summer 1945"},
        DateCase{"summer 1945", std::nullopt, kNearest, CivilDay(1945, 6, 1),
                 CivilDay(1945, 8, 31), "summer 1945"},
        DateCase{"spring 2016", std::nullopt, kNearest, CivilDay(2016, 3, 1),
                 CivilDay(2016, 5, 31), "spring 2016"},
        DateCase{"autumn 2016", std::nullopt, kNearest, CivilDay(2016, 9, 1),
                 CivilDay(2016, 11, 30), "autumn 2016"},
        DateCase{"the fall of 2016", std::nullopt, kNearest,
                 CivilDay(2016, 9, 1), CivilDay(2016, 11, 30), "fall 2016"},
        DateCase{"winter 2016", std::nullopt, kNearest, CivilDay(2015, 12, 1),
                 CivilDay(2016, 2, 29), "winter 2016"},
        DateCase{"1945", std::nullopt, kNearest, CivilDay(1945, 1, 1),
                 CivilDay(1945, 12, 31), "1945"},
        DateCase{"in 2014", std::nullopt, kNearest, CivilDay(2014, 1, 1),
                 CivilDay(2014, 12, 31), "2014"},
        DateCase{"December 2016", std::nullopt, kNearest, CivilDay(2016, 12, 1),
                 CivilDay(2016, 12, 31), "December 2016"},
        DateCase{"February 2016", std::nullopt, kNearest, CivilDay(2016, 2, 1),
                 CivilDay(2016, 2, 29), "February 2016"},
        DateCase{"2016-02", std::nullopt, kNearest, CivilDay(2016, 2, 1),
                 CivilDay(2016, 2, 29), "February 2016"}));

INSTANTIATE_TEST_SUITE_P(
    Yearless, ReadDateTest,
    testing::Values(
        DateCase{"December 15", CivilDay(2016, 11, 21), kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        DateCase{"December 15th", CivilDay(2016, 9, 3), kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        DateCase{"Dec 15", CivilDay(2016, 9, 3), kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        // 183 days either way: the tie goes to the future.
        DateCase{"December 15", CivilDay(2016, 6, 15), kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        DateCase{"December 15", CivilDay(2016, 12, 20), kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        DateCase{"December 15", CivilDay(2016, 12, 20), kNext,
                 CivilDay(2017, 12, 15), CivilDay(2017, 12, 15),
                 "Fri 2017-12-15"},
        DateCase{"December 15", CivilDay(2016, 11, 21), kPrevious,
                 CivilDay(2015, 12, 15), CivilDay(2015, 12, 15),
                 "Tue 2015-12-15"},
        DateCase{"January 2", CivilDay(2016, 12, 30), kNearest,
                 CivilDay(2017, 1, 2), CivilDay(2017, 1, 2), "Mon 2017-01-02"},
        DateCase{"September 2", CivilDay(2016, 9, 3), kNearest,
                 CivilDay(2016, 9, 2), CivilDay(2016, 9, 2), "Fri 2016-09-02"},
        DateCase{"September 3 rd", CivilDay(2016, 9, 3), kNearest,
                 CivilDay(2016, 9, 3), CivilDay(2016, 9, 3), "Sat 2016-09-03"},
        DateCase{"February 29", CivilDay(2017, 6, 1), kNearest,
                 CivilDay(2016, 2, 29), CivilDay(2016, 2, 29),
                 "Mon 2016-02-29"},
        DateCase{"the 2nd", CivilDay(2016, 9, 3), kNearest,
                 CivilDay(2016, 9, 2), CivilDay(2016, 9, 2), "Fri 2016-09-02"},
        DateCase{"the 2 nd", CivilDay(2016, 9, 3), kNearest,
                 CivilDay(2016, 9, 2), CivilDay(2016, 9, 2), "Fri 2016-09-02"},
        DateCase{"the 2", CivilDay(2016, 9, 3), kNearest, CivilDay(2016, 9, 2),
                 CivilDay(2016, 9, 2), "Fri 2016-09-02"},
        DateCase{"2nd", CivilDay(2016, 9, 3), kNext, CivilDay(2016, 10, 2),
                 CivilDay(2016, 10, 2), "Sun 2016-10-02"},
        DateCase{"the 31st", CivilDay(2016, 9, 3), kNearest,
                 CivilDay(2016, 8, 31), CivilDay(2016, 8, 31),
                 "Wed 2016-08-31"},
        DateCase{"the 31st", CivilDay(2016, 9, 3), kNext,
                 CivilDay(2016, 10, 31), CivilDay(2016, 10, 31),
                 "Mon 2016-10-31"},
        DateCase{"September", CivilDay(2016, 11, 21), kNearest,
                 CivilDay(2016, 9, 1), CivilDay(2016, 9, 30), "September 2016"},
        DateCase{"In September", CivilDay(2016, 11, 21), kNearest,
                 CivilDay(2016, 9, 1), CivilDay(2016, 9, 30), "September 2016"},
        DateCase{"in September", CivilDay(2016, 11, 21), kNext,
                 CivilDay(2017, 9, 1), CivilDay(2017, 9, 30), "September 2017"},
        DateCase{"November", CivilDay(2016, 11, 21), kNext,
                 CivilDay(2016, 11, 1), CivilDay(2016, 11, 30),
                 "November 2016"},
        DateCase{"this summer", CivilDay(2016, 11, 21), kNearest,
                 CivilDay(2016, 6, 1), CivilDay(2016, 8, 31), "summer 2016"},
        DateCase{"last summer", CivilDay(2016, 7, 1), kNearest,
                 CivilDay(2015, 6, 1), CivilDay(2015, 8, 31), "summer 2015"},
        DateCase{"this winter", CivilDay(2016, 12, 10), kNearest,
                 CivilDay(2016, 12, 1), CivilDay(2017, 2, 28), "winter 2017"},
        DateCase{"next September", CivilDay(2016, 9, 15), kNearest,
                 CivilDay(2017, 9, 1), CivilDay(2017, 9, 30), "September 2017"},
        DateCase{"last December 15", CivilDay(2016, 12, 15), kNearest,
                 CivilDay(2015, 12, 15), CivilDay(2015, 12, 15),
                 "Tue 2015-12-15"},
        DateCase{"Thursday, December 15", CivilDay(2016, 11, 21), kNearest,
                 CivilDay(2016, 12, 15), CivilDay(2016, 12, 15),
                 "Thu 2016-12-15"},
        DateCase{"Friday, December 15", CivilDay(2016, 11, 21), kNearest,
                 CivilDay(2017, 12, 15), CivilDay(2017, 12, 15),
                 "Fri 2017-12-15"}));

INSTANTIATE_TEST_SUITE_P(Weekdays, ReadDateTest,
                         testing::Values(
                             // 2016-12-13 is a Tuesday.
                             DateCase{"Thursday", CivilDay(2016, 12, 13),
                                      kNearest, CivilDay(2016, 12, 15),
                                      CivilDay(2016, 12, 15), "Thu 2016-12-15"},
                             DateCase{"on Thursday", CivilDay(2016, 12, 13),
                                      kNearest, CivilDay(2016, 12, 15),
                                      CivilDay(2016, 12, 15), "Thu 2016-12-15"},
                             DateCase{"on Thursday", CivilDay(2016, 12, 13),
                                      kPrevious, CivilDay(2016, 12, 8),
                                      CivilDay(2016, 12, 8), "Thu 2016-12-08"},
                             DateCase{"Tuesday", CivilDay(2016, 12, 13),
                                      kNearest, CivilDay(2016, 12, 13),
                                      CivilDay(2016, 12, 13), "Tue 2016-12-13"},
                             DateCase{"Tuesday", CivilDay(2016, 12, 13), kNext,
                                      CivilDay(2016, 12, 13),
                                      CivilDay(2016, 12, 13), "Tue 2016-12-13"},
                             DateCase{"Sunday", CivilDay(2016, 12, 13),
                                      kNearest, CivilDay(2016, 12, 11),
                                      CivilDay(2016, 12, 11), "Sun 2016-12-11"},
                             DateCase{"Saturday", CivilDay(2016, 12, 13),
                                      kNearest, CivilDay(2016, 12, 10),
                                      CivilDay(2016, 12, 10), "Sat 2016-12-10"},
                             // "this Saturday" stays in the publication week.
                             DateCase{"this Saturday", CivilDay(2016, 12, 13),
                                      kNearest, CivilDay(2016, 12, 17),
                                      CivilDay(2016, 12, 17), "Sat 2016-12-17"},
                             DateCase{"Fri", CivilDay(2016, 12, 13), kPrevious,
                                      CivilDay(2016, 12, 9),
                                      CivilDay(2016, 12, 9), "Fri 2016-12-09"},
                             DateCase{"last Tuesday", CivilDay(2016, 12, 13),
                                      kNearest, CivilDay(2016, 12, 6),
                                      CivilDay(2016, 12, 6), "Tue 2016-12-06"},
                             DateCase{"next Friday", CivilDay(2016, 12, 13),
                                      kPrevious, CivilDay(2016, 12, 16),
                                      CivilDay(2016, 12, 16), "Fri 2016-12-16"},
                             DateCase{"next Tuesday", CivilDay(2016, 12, 13),
                                      kNearest, CivilDay(2016, 12, 20),
                                      CivilDay(2016, 12, 20), "Tue 2016-12-20"},
                             DateCase{"this Friday", CivilDay(2016, 12, 13),
                                      kNearest, CivilDay(2016, 12, 16),
                                      CivilDay(2016, 12, 16), "Fri 2016-12-16"},
                             DateCase{"this Monday", CivilDay(2016, 12, 13),
                                      kNearest, CivilDay(2016, 12, 12),
                                      CivilDay(2016, 12, 12),
                                      "Mon 2016-12-12"}));

INSTANTIATE_TEST_SUITE_P(
    RelativePeriods, ReadDateTest,
    testing::Values(DateCase{"next month", CivilDay(2016, 11, 21), kNearest,
                             CivilDay(2016, 12, 1), CivilDay(2016, 12, 31),
                             "December 2016"},
                    DateCase{"last month", CivilDay(2016, 1, 21), kNearest,
                             CivilDay(2015, 12, 1), CivilDay(2015, 12, 31),
                             "December 2015"},
                    DateCase{"this month", CivilDay(2016, 2, 10), kNearest,
                             CivilDay(2016, 2, 1), CivilDay(2016, 2, 29),
                             "February 2016"},
                    DateCase{"next year", CivilDay(2016, 11, 21), kNearest,
                             CivilDay(2017, 1, 1), CivilDay(2017, 12, 31),
                             "2017"},
                    DateCase{"last week", CivilDay(2016, 12, 13), kNearest,
                             CivilDay(2016, 12, 5), CivilDay(2016, 12, 11),
                             "week of 2016-12-05"},
                    DateCase{"this week", CivilDay(2016, 12, 18), kNearest,
                             CivilDay(2016, 12, 12), CivilDay(2016, 12, 18),
                             "week of 2016-12-12"},
                    DateCase{"yesterday", CivilDay(2016, 3, 1), kNearest,
                             CivilDay(2016, 2, 29), CivilDay(2016, 2, 29),
                             "Mon 2016-02-29"},
                    DateCase{"today", CivilDay(2016, 12, 13), kNearest,
                             CivilDay(2016, 12, 13), CivilDay(2016, 12, 13),
                             "Tue 2016-12-13"},
                    DateCase{"tomorrow", CivilDay(2016, 12, 31), kNearest,
                             CivilDay(2017, 1, 1), CivilDay(2017, 1, 1),
                             "Sun 2017-01-01"}));

class UnresolvedDateTest : public testing::TestWithParam<absl::string_view> {};

TEST_P(UnresolvedDateTest, NeedsPublicationDate) {
  absl::StatusOr<DateReading> date = ReadDate(
      GetParam(), Resolve::kNearest, std::nullopt, DateOrder::kNone, Terms());
  ASSERT_TRUE(date.ok()) << date.status();
  EXPECT_FALSE(date->resolved);
}

INSTANTIATE_TEST_SUITE_P(Relative, UnresolvedDateTest,
                         testing::Values("on Thursday", "December 15",
                                         "the 2nd", "next month", "September",
                                         "last Tuesday", "summer", "today"));

struct DateErrorCase {
  absl::string_view text;
  absl::string_view message;
};

// Names the case by its text in test output.
void PrintTo(const DateErrorCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ReadDateErrorTest : public testing::TestWithParam<DateErrorCase> {};

TEST_P(ReadDateErrorTest, RejectsText) {
  const DateErrorCase& c = GetParam();
  // Errors do not depend on having a publication date.
  for (std::optional<CivilDay> published :
       {std::optional<CivilDay>(),
        std::optional<CivilDay>(CivilDay(2016, 12, 13))}) {
    absl::StatusOr<DateReading> date = ReadDate(
        c.text, Resolve::kNearest, published, DateOrder::kNone, Terms());
    ASSERT_FALSE(date.ok());
    EXPECT_EQ(date.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(std::string(date.status().message()), c.message);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Impossible, ReadDateErrorTest,
    testing::Values(
        DateErrorCase{"February 30, 2016",
                      "no such date: \"February 30, 2016\""},
        DateErrorCase{"February 30", "no such date: \"February 30\""},
        DateErrorCase{"2016-02-30", "no such date: \"2016-02-30\""},
        DateErrorCase{"April 31, 2016", "no such date: \"April 31, 2016\""},
        DateErrorCase{"February 29, 2015",
                      "no such date: \"February 29, 2015\""},
        DateErrorCase{"2016-13-01", "no such date: \"2016-13-01\""},
        DateErrorCase{"the 32nd", "no such date: \"the 32nd\""},
        DateErrorCase{"December 0", "no such date: \"December 0\""}));

INSTANTIATE_TEST_SUITE_P(
    NotDates, ReadDateErrorTest,
    testing::Values(DateErrorCase{"banana", "not a date: \"banana\""},
                    DateErrorCase{"", "not a date: \"\""},
                    DateErrorCase{"15", "not a date: \"15\""},
                    DateErrorCase{"next", "not a date: \"next\""},
                    DateErrorCase{"month", "not a date: \"month\""},
                    DateErrorCase{"next December 2016",
                                  "not a date: \"next December 2016\""},
                    DateErrorCase{"December December",
                                  "not a date: \"December December\""},
                    DateErrorCase{"15th 2016", "not a date: \"15th 2016\""},
                    DateErrorCase{"summer of December",
                                  "not a date: \"summer of December\""},
                    DateErrorCase{"Thursday in December",
                                  "not a date: \"Thursday in December\""},
                    DateErrorCase{"1945 1946", "not a date: \"1945 1946\""}));

TEST(ReadDateTest, WeekdayMustMatchFullDate) {
  absl::StatusOr<DateReading> date =
      ReadDate("Friday, December 15, 2016", Resolve::kNearest, std::nullopt,
               DateOrder::kNone, Terms());
  ASSERT_FALSE(date.ok());
  EXPECT_EQ(std::string(date.status().message()),
            "weekday does not match the date: \"Friday, December 15, 2016\" "
            "(Thu 2016-12-15)");
}

// Holidays on fixed dates: with a year they are that day; without one they
// are placed like "December 25", nearest the publication date.
INSTANTIATE_TEST_SUITE_P(
    Holidays, ReadDateTest,
    testing::Values(
        DateCase{"New Year's Day 2017", std::nullopt, kNearest,
                 CivilDay(2017, 1, 1), CivilDay(2017, 1, 1), "Sun 2017-01-01"},
        DateCase{"New Year\xE2\x80\x99s Day 2017", std::nullopt, kNearest,
                 CivilDay(2017, 1, 1), CivilDay(2017, 1, 1), "Sun 2017-01-01"},
        DateCase{"Christmas Day 2016", std::nullopt, kNearest,
                 CivilDay(2016, 12, 25), CivilDay(2016, 12, 25),
                 "Sun 2016-12-25"},
        DateCase{"Christmas Day", kPublished, kNearest, CivilDay(2016, 12, 25),
                 CivilDay(2016, 12, 25), "Sun 2016-12-25"},
        DateCase{"Christmas Eve", kPublished, kNearest, CivilDay(2016, 12, 24),
                 CivilDay(2016, 12, 24), "Sat 2016-12-24"},
        DateCase{"on Christmas", kPublished, kPrevious, CivilDay(2015, 12, 25),
                 CivilDay(2015, 12, 25), "Fri 2015-12-25"},
        DateCase{"New Year's Eve", CivilDay(2021, 1, 4), kNearest,
                 CivilDay(2020, 12, 31), CivilDay(2020, 12, 31),
                 "Thu 2020-12-31"},
        // July 4, 2016 is 162 days before publication, 2017's 203 after.
        DateCase{"Independence Day", kPublished, kNearest, CivilDay(2016, 7, 4),
                 CivilDay(2016, 7, 4), "Mon 2016-07-04"},
        DateCase{"Independence Day", kPublished, kNext, CivilDay(2017, 7, 4),
                 CivilDay(2017, 7, 4), "Tue 2017-07-04"},
        DateCase{"the Fourth of July, 1776", std::nullopt, kNearest,
                 CivilDay(1776, 7, 4), CivilDay(1776, 7, 4), "Thu 1776-07-04"},
        DateCase{"St. Patrick's Day 2016", std::nullopt, kNearest,
                 CivilDay(2016, 3, 17), CivilDay(2016, 3, 17),
                 "Thu 2016-03-17"}));

// Halves of a year, written as "H1" or in words.
INSTANTIATE_TEST_SUITE_P(
    Halves, ReadDateTest,
    testing::Values(
        DateCase{"H1 2021", std::nullopt, kNearest, CivilDay(2021, 1, 1),
                 CivilDay(2021, 6, 30), "H1 2021"},
        DateCase{"H2 2021", std::nullopt, kNearest, CivilDay(2021, 7, 1),
                 CivilDay(2021, 12, 31), "H2 2021"},
        DateCase{"the first half of 2020", std::nullopt, kNearest,
                 CivilDay(2020, 1, 1), CivilDay(2020, 6, 30), "H1 2020"},
        DateCase{"the second half of the year", kPublished, kNearest,
                 CivilDay(2016, 7, 1), CivilDay(2016, 12, 31), "H2 2016"},
        DateCase{"the first half of next year", kPublished, kNearest,
                 CivilDay(2017, 1, 1), CivilDay(2017, 6, 30), "H1 2017"},
        DateCase{"the second half of last year", kPublished, kNearest,
                 CivilDay(2015, 7, 1), CivilDay(2015, 12, 31), "H2 2015"},
        DateCase{"the first half", kPublished, kNearest, CivilDay(2017, 1, 1),
                 CivilDay(2017, 6, 30), "H1 2017"}));

// Days, weeks, months and years before the publication date.
INSTANTIATE_TEST_SUITE_P(
    Ago, ReadDateTest,
    testing::Values(
        DateCase{"two days ago", kPublished, kNearest, CivilDay(2016, 12, 11),
                 CivilDay(2016, 12, 11), "Sun 2016-12-11"},
        DateCase{"a week ago", kPublished, kNearest, CivilDay(2016, 12, 6),
                 CivilDay(2016, 12, 6), "Tue 2016-12-06"},
        DateCase{"three weeks ago", kPublished, kNearest,
                 CivilDay(2016, 11, 22), CivilDay(2016, 11, 22),
                 "Tue 2016-11-22"},
        DateCase{"10 days ago", kPublished, kNearest, CivilDay(2016, 12, 3),
                 CivilDay(2016, 12, 3), "Sat 2016-12-03"},
        DateCase{"a month ago", CivilDay(2016, 3, 31), kNearest,
                 CivilDay(2016, 2, 29), CivilDay(2016, 2, 29),
                 "Mon 2016-02-29"},
        DateCase{"two years ago", kPublished, kNearest, CivilDay(2014, 12, 13),
                 CivilDay(2014, 12, 13), "Sat 2014-12-13"}));

// Decades written with two digits, and centuries.
INSTANTIATE_TEST_SUITE_P(
    DecadesAndCenturies, ReadDateTest,
    testing::Values(
        DateCase{"the '90s", kPublished, kNearest, CivilDay(1990, 1, 1),
                 CivilDay(1999, 12, 31), "1990s"},
        DateCase{"the \xE2\x80\x99"
                 "60s",
                 kPublished, kNearest, CivilDay(1960, 1, 1),
                 CivilDay(1969, 12, 31), "1960s"},
        DateCase{"the 10s", kPublished, kNearest, CivilDay(2010, 1, 1),
                 CivilDay(2019, 12, 31), "2010s"},
        DateCase{"the 1800s", std::nullopt, kNearest, CivilDay(1800, 1, 1),
                 CivilDay(1899, 12, 31), "1800s"},
        DateCase{"the 1900s", std::nullopt, kNearest, CivilDay(1900, 1, 1),
                 CivilDay(1999, 12, 31), "1900s"},
        DateCase{"the 2000s", std::nullopt, kNearest, CivilDay(2000, 1, 1),
                 CivilDay(2009, 12, 31), "2000s"},
        DateCase{"the winter of 2015-16", std::nullopt, kNearest,
                 CivilDay(2015, 12, 1), CivilDay(2016, 2, 29), "winter 2016"}));

INSTANTIATE_TEST_SUITE_P(
    Dotted, NumericDateTest,
    testing::Values(
        NumericDateCase{"15.12.2016", DateOrder::kNone, CivilDay(2016, 12, 15)},
        NumericDateCase{"1.5.2016", DateOrder::kDmy, CivilDay(2016, 5, 1)},
        NumericDateCase{"1.5.2016", DateOrder::kMdy, CivilDay(2016, 1, 5)}));

TEST(NumericDateTest, AmbiguousDottedDateAsksForOrder) {
  absl::StatusOr<DateReading> date =
      ReadDate("01.05.2016", kNearest, std::nullopt, DateOrder::kNone, Terms());
  ASSERT_FALSE(date.ok());
  EXPECT_EQ(date.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(date.status().message()),
            "ambiguous numeric date \"01.05.2016\" (month and day could swap; "
            "set date_order)");
  EXPECT_FALSE(
      ReadDate("15.13.2016", kNearest, std::nullopt, DateOrder::kNone, Terms())
          .ok());
}

INSTANTIATE_TEST_SUITE_P(Added, UnresolvedDateTest,
                         testing::Values("Christmas Eve", "two days ago",
                                         "a week ago", "the '90s",
                                         "the second half of the year",
                                         "the first half"));

INSTANTIATE_TEST_SUITE_P(
    NotAddedDates, ReadDateErrorTest,
    testing::Values(
        DateErrorCase{"H3 2021", "no such date: \"H3 2021\""},
        DateErrorCase{"the summer of 2015-16",
                      "not a date: \"the summer of 2015-16\""},
        DateErrorCase{"1.5 weeks ago", "not a date: \"1.5 weeks ago\""},
        DateErrorCase{"banana ago", "not a date: \"banana ago\""},
        DateErrorCase{"the 95s", "not a date: \"the 95s\""},
        DateErrorCase{"Christmas Day December 2016",
                      "not a date: \"Christmas Day December 2016\""},
        DateErrorCase{"the second half of Q3 2019",
                      "not a date: \"the second half of Q3 2019\""}));

}  // namespace
}  // namespace claimdiff
