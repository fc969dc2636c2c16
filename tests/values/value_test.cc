#include "checker/values/value.h"

#include <limits>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(KindTest, NamesRoundTrip) {
  for (Kind kind : {Kind::kNumber, Kind::kMoney, Kind::kPercent,
                    Kind::kDuration, Kind::kDate}) {
    absl::StatusOr<Kind> parsed = ParseKind(KindName(kind));
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    EXPECT_EQ(*parsed, kind);
  }
}

TEST(KindTest, RejectsUnknownName) {
  absl::StatusOr<Kind> parsed = ParseKind("weight");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(parsed.status().message().find("\"weight\""),
            absl::string_view::npos);
}

struct IntersectCase {
  Interval a;
  Interval b;
  bool expected;
};

class IntersectsTest : public testing::TestWithParam<IntersectCase> {};

TEST_P(IntersectsTest, HonoursOpenEnds) {
  const IntersectCase& c = GetParam();
  EXPECT_EQ(c.a.Intersects(c.b), c.expected);
  EXPECT_EQ(c.b.Intersects(c.a), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Overlaps, IntersectsTest,
    testing::Values(
        IntersectCase{Interval{50, 60, true, false}, Interval::Closed(60, 70),
                      true},
        IntersectCase{Interval{50, 60, false, true}, Interval::Closed(60, 70),
                      false},
        IntersectCase{Interval::Closed(1, 2), Interval::Closed(3, 4), false},
        IntersectCase{Interval::Closed(1, 5), Interval::Closed(2, 3), true},
        IntersectCase{Interval::Closed(5, 5), Interval::Closed(5, 5), true},
        IntersectCase{Interval{5, kInf, true, true}, Interval::Closed(5, 5),
                      false},
        IntersectCase{Interval{-kInf, 5, true, false}, Interval::Closed(5, 9),
                      true},
        IntersectCase{Interval{0, 1, true, true}, Interval{1, 2, true, true},
                      false},
        IntersectCase{Interval{-kInf, kInf, true, true},
                      Interval::Closed(-3, -3), true},
        IntersectCase{Interval{50, 60, true, false},
                      Interval{50, 60, true, false}, true},
        IntersectCase{Interval{2.1e9, 2.3e9, false, false},
                      Interval::Closed(2.3e9, 2.3e9), true}));

struct ContainsCase {
  Interval interval;
  double x;
  bool expected;
};

class ContainsTest : public testing::TestWithParam<ContainsCase> {};

TEST_P(ContainsTest, HonoursOpenEnds) {
  EXPECT_EQ(GetParam().interval.Contains(GetParam().x), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Points, ContainsTest,
    testing::Values(ContainsCase{Interval{50, 60, true, false}, 50, false},
                    ContainsCase{Interval{50, 60, true, false}, 60, true},
                    ContainsCase{Interval{50, 60, false, true}, 60, false},
                    ContainsCase{Interval::Closed(50, 60), 55, true},
                    ContainsCase{Interval::Closed(50, 60), 61, false},
                    ContainsCase{Interval{50, kInf, false, true}, 1e300, true},
                    ContainsCase{Interval{-kInf, 0, true, false}, -1e300,
                                 true}));

TEST(IntervalTest, EqualityComparesOpenFlags) {
  EXPECT_EQ(Interval::Closed(1, 2), (Interval{1, 2, false, false}));
  EXPECT_FALSE(Interval::Closed(1, 2) == (Interval{1, 2, true, false}));
  EXPECT_FALSE(Interval::Closed(1, 2) == Interval::Closed(1, 3));
}

struct DayCase {
  absl::CivilDay day;
  double number;
  absl::string_view formatted;
};

class DayNumberTest : public testing::TestWithParam<DayCase> {};

TEST_P(DayNumberTest, CountsFromEpoch) {
  const DayCase& c = GetParam();
  EXPECT_EQ(DayNumber(c.day), c.number);
  EXPECT_EQ(DayFromNumber(c.number), c.day);
  EXPECT_EQ(FormatDay(c.number), c.formatted);
}

INSTANTIATE_TEST_SUITE_P(
    Days, DayNumberTest,
    testing::Values(DayCase{absl::CivilDay(1970, 1, 1), 0, "1970-01-01"},
                    DayCase{absl::CivilDay(1970, 1, 2), 1, "1970-01-02"},
                    DayCase{absl::CivilDay(1969, 12, 31), -1, "1969-12-31"},
                    DayCase{absl::CivilDay(2000, 1, 1), 10957, "2000-01-01"},
                    DayCase{absl::CivilDay(2016, 12, 15), 17150, "2016-12-15"},
                    DayCase{absl::CivilDay(1945, 6, 1), -8980, "1945-06-01"}));

TEST(FormatDayTest, Infinities) {
  EXPECT_EQ(FormatDay(kInf), "+inf");
  EXPECT_EQ(FormatDay(-kInf), "-inf");
}

struct AmountCase {
  double number;
  absl::string_view expected;
};

class FormatAmountTest : public testing::TestWithParam<AmountCase> {};

TEST_P(FormatAmountTest, Compact) {
  EXPECT_EQ(FormatAmount(GetParam().number), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Amounts, FormatAmountTest,
    testing::Values(AmountCase{2.2e9, "2.2 billion"}, AmountCase{71, "71"},
                    AmountCase{0.5, "0.5"}, AmountCase{1312, "1312"},
                    AmountCase{1e12, "1 trillion"},
                    AmountCase{1.5e6, "1.5 million"}, AmountCase{-3, "-3"},
                    AmountCase{0, "0"}, AmountCase{2.1e9 + 1e-6, "2.1 billion"},
                    AmountCase{0.30000000000000004, "0.3"}));

struct RangeCase {
  Interval interval;
  absl::string_view prefix;
  absl::string_view suffix;
  absl::string_view expected;
};

class FormatNumericRangeTest : public testing::TestWithParam<RangeCase> {};

TEST_P(FormatNumericRangeTest, Human) {
  const RangeCase& c = GetParam();
  EXPECT_EQ(FormatNumericRange(c.interval, c.prefix, c.suffix), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Ranges, FormatNumericRangeTest,
    testing::Values(
        RangeCase{Interval::Closed(70, 80), "", " years", "70–80 years"},
        RangeCase{Interval::Closed(2.1e9, 2.3e9), "USD ", "",
                  "USD 2.1–2.3 billion"},
        RangeCase{Interval::Closed(0.9e9, 1.1e9), "", "", "0.9–1.1 billion"},
        RangeCase{Interval{20, kInf, true, true}, "", "", "over 20"},
        RangeCase{Interval{30e9, kInf, false, true}, "USD ", "",
                  "at least USD 30 billion"},
        RangeCase{Interval{-kInf, 5, true, true}, "", "%", "under 5%"},
        RangeCase{Interval{-kInf, 5, true, false}, "", "%", "at most 5%"},
        RangeCase{Interval{-kInf, kInf, true, true}, "", "", "any"},
        RangeCase{Interval::Closed(50, 50), "", "%", "50%"},
        RangeCase{Interval::Closed(-5, 5), "", "", "-5 to 5"}));

struct DayRangeCase {
  Interval interval;
  absl::string_view expected;
};

class FormatDayRangeTest : public testing::TestWithParam<DayRangeCase> {};

TEST_P(FormatDayRangeTest, Human) {
  EXPECT_EQ(FormatDayRange(GetParam().interval), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Ranges, FormatDayRangeTest,
    testing::Values(
        DayRangeCase{Interval::Closed(17150, 17150), "2016-12-15"},
        DayRangeCase{Interval::Closed(-9150, -8420),
                     "1944-12-13 to 1946-12-13"},
        DayRangeCase{Interval{-kInf, 0, true, true}, "before 1970-01-01"},
        DayRangeCase{Interval{-kInf, 0, true, false},
                     "on or before 1970-01-01"},
        DayRangeCase{Interval{0, kInf, true, true}, "after 1970-01-01"},
        DayRangeCase{Interval{0, kInf, false, true}, "on or after 1970-01-01"},
        DayRangeCase{Interval{-kInf, kInf, true, true}, "any date"}));

struct IntervalTextCase {
  Value value;
  absl::string_view expected;
};

Value MakeValue(Kind kind, absl::string_view unit, Interval interval) {
  Value value;
  value.kind = kind;
  value.unit = std::string(unit);
  value.interval = interval;
  return value;
}

class FormatIntervalTest : public testing::TestWithParam<IntervalTextCase> {};

TEST_P(FormatIntervalTest, InItsUnit) {
  EXPECT_EQ(FormatInterval(GetParam().value), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Units, FormatIntervalTest,
    testing::Values(
        IntervalTextCase{
            MakeValue(Kind::kMoney, "USD", Interval::Closed(2.1e9, 2.3e9)),
            "USD 2.1–2.3 billion"},
        IntervalTextCase{
            MakeValue(Kind::kPercent, kUnitPercent, Interval::Closed(50, 50)),
            "50%"},
        IntervalTextCase{
            MakeValue(Kind::kPercent, kUnitPoints, Interval::Closed(2, 3)),
            "2–3 pp"},
        IntervalTextCase{
            MakeValue(Kind::kNumber, kUnitNone, Interval{20, 30, true, false}),
            "20–30"},
        IntervalTextCase{
            MakeValue(Kind::kDuration, kUnitDays,
                      Interval{70 * 365.2425, 80 * 365.2425, true, false}),
            "70–80 years"},
        IntervalTextCase{
            MakeValue(Kind::kDuration, kUnitDays, Interval::Closed(14, 14)),
            "14 days"},
        IntervalTextCase{MakeValue(Kind::kDuration, kUnitDays,
                                   Interval::Closed(365.2425, 365.2425)),
                         "1 year"},
        IntervalTextCase{MakeValue(Kind::kDuration, kUnitDate,
                                   Interval::Closed(-9150, -8420)),
                         "1944-12-13 to 1946-12-13"}));

TEST(FormatIntervalTest, Unresolved) {
  Value value = MakeValue(Kind::kDate, kUnitDate, Interval::Closed(0, 0));
  value.resolved = false;
  EXPECT_EQ(FormatInterval(value), "unresolved");
}

}  // namespace
}  // namespace claimdiff
