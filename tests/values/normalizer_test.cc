#include "checker/values/normalizer.h"

#include <limits>
#include <optional>
#include <ostream>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "tests/values/common_vocabulary.h"

namespace claimdiff {
namespace {

using absl::CivilDay;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kYear = 365.2425;

double Day(int year, int month, int day) {
  return DayNumber(CivilDay(year, month, day));
}

ClaimText Claim(absl::string_view value, absl::string_view unit = "",
                absl::string_view qualifier = "") {
  ClaimText text;
  text.value = value;
  text.unit = unit;
  text.qualifier = qualifier;
  return text;
}

// The common vocabulary with a small qualifier table of its own, so that
// these tests do not change when qualifiers.yaml gains a phrase.
Vocabulary Qualifiers() {
  Vocabulary vocabulary = CommonVocabulary();
  QualifierTable& table = vocabulary.qualifiers;
  for (absl::string_view phrase : {"about", "around", "some", "roughly"}) {
    table.Add(phrase, QualifierReading::kAbout);
  }
  for (absl::string_view phrase : {"nearly", "almost"}) {
    table.Add(phrase, QualifierReading::kAlmost);
  }
  for (absl::string_view phrase : {"more than", "over"}) {
    table.Add(phrase, QualifierReading::kMoreThan);
  }
  table.Add("at least", QualifierReading::kAtLeast);
  for (absl::string_view phrase : {"less than", "under"}) {
    table.Add(phrase, QualifierReading::kLessThan);
  }
  for (absl::string_view phrase : {"at most", "up to"}) {
    table.Add(phrase, QualifierReading::kAtMost);
  }
  return vocabulary;
}

ValueOptions Options(double tolerance = 0, bool relative = false,
                     Bounds bounds = Bounds::kRounding,
                     Resolve resolve = Resolve::kNearest, bool anchor = false) {
  ValueOptions options;
  options.tolerance = tolerance;
  options.tolerance_relative = relative;
  options.bounds = bounds;
  options.resolve = resolve;
  options.anchor_published = anchor;
  return options;
}

ValueOptions Anchored(double tolerance = 0, Bounds bounds = Bounds::kRounding) {
  return Options(tolerance, false, bounds, Resolve::kNearest, true);
}

struct NormalizeCase {
  Kind kind;
  ClaimText text;
  ValueOptions options;
  std::optional<CivilDay> published;
  absl::string_view unit;
  Interval expected;
  // The expected reading, or empty to leave it unchecked.
  absl::string_view reading;
};

// Names the case by its text in test output.
void PrintTo(const NormalizeCase& c, std::ostream* os) {
  *os << '"' << c.text.value << '"';
}

class NormalizeTest : public testing::TestWithParam<NormalizeCase> {};

TEST_P(NormalizeTest, ReadsClaim) {
  const NormalizeCase& c = GetParam();
  absl::StatusOr<Value> value =
      Normalize(c.kind, c.text, Qualifiers(), c.options, c.published);
  ASSERT_TRUE(value.ok()) << value.status();
  EXPECT_TRUE(value->resolved) << value->unresolved;
  EXPECT_EQ(value->kind, c.kind);
  EXPECT_EQ(value->unit, c.unit);
  EXPECT_DOUBLE_EQ(value->interval.low, c.expected.low)
      << FormatDay(value->interval.low);
  EXPECT_DOUBLE_EQ(value->interval.high, c.expected.high)
      << FormatDay(value->interval.high);
  EXPECT_EQ(value->interval.low_open, c.expected.low_open);
  EXPECT_EQ(value->interval.high_open, c.expected.high_open);
  if (!c.reading.empty()) {
    EXPECT_EQ(value->reading, c.reading);
  }
}

INSTANTIATE_TEST_SUITE_P(
    AnchoredDurations, NormalizeTest,
    testing::Values(
        NormalizeCase{Kind::kDuration, Claim("more than 50 years"), Anchored(),
                      CivilDay(2019, 1, 22), kUnitDate,
                      Interval{Day(1959, 1, 22), Day(1969, 1, 22), false, true},
                      "more than 50 years before 2019-01-22 → started "
                      "1959-01-22 to 1969-01-22"},
        NormalizeCase{
            Kind::kDuration, Claim("more than 70 years"), Anchored(),
            CivilDay(2016, 12, 16), kUnitDate,
            Interval{Day(1936, 12, 16), Day(1946, 12, 16), false, true}, ""},
        NormalizeCase{Kind::kDuration, Claim("71-year"), Anchored(1),
                      CivilDay(2016, 12, 13), kUnitDate,
                      Interval::Closed(Day(1944, 12, 13), Day(1946, 12, 13)),
                      "71-year (±1) before 2016-12-13 → started 1944-12-13 to "
                      "1946-12-13"},
        NormalizeCase{Kind::kDuration, Claim("71", "year"), Anchored(1),
                      CivilDay(2016, 12, 13), kUnitDate,
                      Interval::Closed(Day(1944, 12, 13), Day(1946, 12, 13)),
                      ""},
        NormalizeCase{Kind::kDuration, Claim("71-year-old"), Anchored(),
                      CivilDay(2016, 12, 13), kUnitDate,
                      Interval::Closed(Day(1945, 12, 13), Day(1945, 12, 13)),
                      "71-year-old before 2016-12-13 → started 1945-12-13"},
        NormalizeCase{Kind::kDuration, Claim("50 years", "", "more than"),
                      Anchored(), CivilDay(2019, 1, 22), kUnitDate,
                      Interval{Day(1959, 1, 22), Day(1969, 1, 22), false, true},
                      ""},
        NormalizeCase{Kind::kDuration, Claim("more than 50 years"),
                      Anchored(0, Bounds::kLogical), CivilDay(2019, 1, 22),
                      kUnitDate, Interval{-kInf, Day(1969, 1, 22), true, true},
                      "more than 50 years before 2019-01-22 → started before "
                      "1969-01-22"},
        NormalizeCase{Kind::kDuration, Claim("seven decades"), Anchored(),
                      CivilDay(2016, 12, 13), kUnitDate,
                      Interval::Closed(Day(1946, 12, 13), Day(1946, 12, 13)),
                      ""},
        NormalizeCase{Kind::kDuration, Claim("half a century"), Anchored(),
                      CivilDay(2016, 12, 13), kUnitDate,
                      Interval::Closed(Day(1966, 12, 13), Day(1966, 12, 13)),
                      ""},
        NormalizeCase{Kind::kDuration, Claim("six months", "", "about"),
                      Anchored(), CivilDay(2016, 3, 31), kUnitDate,
                      Interval::Closed(Day(2015, 8, 31), Day(2015, 10, 31)),
                      ""}));

INSTANTIATE_TEST_SUITE_P(
    Durations, NormalizeTest,
    testing::Values(
        NormalizeCase{Kind::kDuration, Claim("more than 70 years"), Options(),
                      std::nullopt, kUnitDays,
                      Interval{70 * kYear, 80 * kYear, true, false},
                      "more than 70 years → 70–80 years"},
        NormalizeCase{Kind::kDuration, Claim("seven decades", "", "about"),
                      Options(), std::nullopt, kUnitDays,
                      Interval::Closed(60 * kYear, 80 * kYear),
                      "about seven decades → 6–8 decades"},
        NormalizeCase{Kind::kDuration, Claim("half a century"), Options(),
                      std::nullopt, kUnitDays,
                      Interval::Closed(50 * kYear, 50 * kYear),
                      "half a century → 50 years"},
        NormalizeCase{Kind::kDuration, Claim("more than a decade"), Options(),
                      std::nullopt, kUnitDays,
                      Interval{10 * kYear, 11 * kYear, true, false},
                      "more than a decade → 10–11 years"},
        NormalizeCase{Kind::kDuration, Claim("1 year"), Options(2),
                      std::nullopt, kUnitDays, Interval::Closed(0, 3 * kYear),
                      "1 year (±2) → 0–3 years"},
        NormalizeCase{Kind::kDuration, Claim("3 weeks"), Options(),
                      std::nullopt, kUnitDays, Interval::Closed(21, 21),
                      "3 weeks → 3 weeks"},
        NormalizeCase{Kind::kDuration, Claim("20-30 years", "", "about"),
                      Options(), std::nullopt, kUnitDays,
                      Interval::Closed(20 * kYear, 30 * kYear), ""}));

INSTANTIATE_TEST_SUITE_P(
    Dates, NormalizeTest,
    testing::Values(
        NormalizeCase{Kind::kDate, Claim("the summer of 1945"), Options(),
                      std::nullopt, kUnitDate,
                      Interval::Closed(Day(1945, 6, 1), Day(1945, 8, 31)),
                      "the summer of 1945 → summer 1945 (1945-06-01 to "
                      "1945-08-31)"},
        NormalizeCase{Kind::kDate, Claim("December 15"), Options(),
                      CivilDay(2016, 11, 21), kUnitDate,
                      Interval::Closed(Day(2016, 12, 15), Day(2016, 12, 15)),
                      "December 15 → Thu 2016-12-15"},
        NormalizeCase{Kind::kDate, Claim("December 15th"), Options(),
                      CivilDay(2016, 9, 3), kUnitDate,
                      Interval::Closed(Day(2016, 12, 15), Day(2016, 12, 15)),
                      ""},
        NormalizeCase{Kind::kDate, Claim("next month"), Options(),
                      CivilDay(2016, 11, 21), kUnitDate,
                      Interval::Closed(Day(2016, 12, 1), Day(2016, 12, 31)),
                      "next month → December 2016 (2016-12-01 to 2016-12-31)"},
        NormalizeCase{Kind::kDate, Claim("Thursday"), Options(),
                      CivilDay(2016, 12, 13), kUnitDate,
                      Interval::Closed(Day(2016, 12, 15), Day(2016, 12, 15)),
                      ""},
        NormalizeCase{Kind::kDate, Claim("on Thursday"), Options(),
                      CivilDay(2016, 12, 13), kUnitDate,
                      Interval::Closed(Day(2016, 12, 15), Day(2016, 12, 15)),
                      "on Thursday → Thu 2016-12-15"},
        NormalizeCase{Kind::kDate, Claim("on Thursday"),
                      Options(0, false, Bounds::kRounding, Resolve::kPrevious),
                      CivilDay(2016, 12, 13), kUnitDate,
                      Interval::Closed(Day(2016, 12, 8), Day(2016, 12, 8)), ""},
        NormalizeCase{Kind::kDate, Claim("September 2"), Options(),
                      CivilDay(2016, 9, 3), kUnitDate,
                      Interval::Closed(Day(2016, 9, 2), Day(2016, 9, 2)), ""},
        NormalizeCase{Kind::kDate, Claim("the 2 nd"), Options(),
                      CivilDay(2016, 9, 3), kUnitDate,
                      Interval::Closed(Day(2016, 9, 2), Day(2016, 9, 2)), ""},
        NormalizeCase{Kind::kDate, Claim("the 2nd"), Options(),
                      CivilDay(2016, 9, 3), kUnitDate,
                      Interval::Closed(Day(2016, 9, 2), Day(2016, 9, 2)), ""},
        NormalizeCase{Kind::kDate, Claim("September"), Options(),
                      CivilDay(2016, 11, 21), kUnitDate,
                      Interval::Closed(Day(2016, 9, 1), Day(2016, 9, 30)), ""},
        NormalizeCase{Kind::kDate, Claim("In September"), Options(),
                      CivilDay(2016, 11, 21), kUnitDate,
                      Interval::Closed(Day(2016, 9, 1), Day(2016, 9, 30)),
                      "In September → September 2016 (2016-09-01 to "
                      "2016-09-30)"},
        NormalizeCase{Kind::kDate, Claim("December 15, 2016"), Options(),
                      std::nullopt, kUnitDate,
                      Interval::Closed(Day(2016, 12, 15), Day(2016, 12, 15)),
                      ""},
        // Qualifiers, even unknown ones, leave a date's span alone.
        NormalizeCase{Kind::kDate, Claim("December 15, 2016", "", "around"),
                      Options(3), std::nullopt, kUnitDate,
                      Interval::Closed(Day(2016, 12, 15), Day(2016, 12, 15)),
                      ""},
        NormalizeCase{Kind::kDate, Claim("2016-12-15", "", "sometime"),
                      Options(), std::nullopt, kUnitDate,
                      Interval::Closed(Day(2016, 12, 15), Day(2016, 12, 15)),
                      ""}));

INSTANTIATE_TEST_SUITE_P(
    Money, NormalizeTest,
    testing::Values(
        NormalizeCase{Kind::kMoney, Claim("around $2.2 billion"), Options(),
                      std::nullopt, "USD", Interval::Closed(2.1e9, 2.3e9),
                      "around $2.2 billion → USD 2.1–2.3 billion"},
        NormalizeCase{Kind::kMoney, Claim("$30 billion", "", ", at least"),
                      Options(), std::nullopt, "USD",
                      Interval::Closed(30e9, 40e9),
                      "at least $30 billion → USD 30–40 billion"},
        NormalizeCase{Kind::kMoney, Claim("30 billion", "dollars"), Options(),
                      std::nullopt, "USD", Interval::Closed(30e9, 30e9),
                      "30 billion dollars → USD 30 billion"},
        NormalizeCase{Kind::kMoney, Claim("$2bn-$3bn", "", "about"), Options(),
                      std::nullopt, "USD", Interval::Closed(2e9, 3e9), ""},
        NormalizeCase{Kind::kMoney,
                      Claim("\xE2\x82\xAC"
                            "1.5m"),
                      Options(0.1, true), std::nullopt, "EUR",
                      Interval::Closed(1.35e6, 1.65e6),
                      "€1.5m (±10%) → EUR 1.35–1.65 million"},
        NormalizeCase{Kind::kMoney, Claim("1 trillion yen", "", "almost"),
                      Options(), std::nullopt, "JPY",
                      Interval::Closed(0.9e12, 1e12), ""},
        NormalizeCase{Kind::kMoney, Claim("USD 30bn", "", "over"),
                      Options(0, false, Bounds::kLogical), std::nullopt, "USD",
                      Interval{30e9, kInf, true, true},
                      "over USD 30bn → over USD 30 billion"}));

INSTANTIATE_TEST_SUITE_P(
    Numbers, NormalizeTest,
    testing::Values(
        NormalizeCase{Kind::kNumber, Claim("80"), Options(), std::nullopt,
                      kUnitNone, Interval::Closed(80, 80), "80 → 80"},
        NormalizeCase{Kind::kNumber, Claim("eight"), Options(), std::nullopt,
                      kUnitNone, Interval::Closed(8, 8), "eight → 8"},
        NormalizeCase{Kind::kNumber, Claim("over 20"), Options(), std::nullopt,
                      kUnitNone, Interval{20, 30, true, false},
                      "over 20 → 20–30"},
        NormalizeCase{Kind::kNumber, Claim("Over 20"), Options(), std::nullopt,
                      kUnitNone, Interval{20, 30, true, false}, ""},
        NormalizeCase{Kind::kNumber, Claim("over 20"),
                      Options(0, false, Bounds::kLogical), std::nullopt,
                      kUnitNone, Interval{20, kInf, true, true},
                      "over 20 → over 20"},
        NormalizeCase{Kind::kNumber, Claim("1.5", "million people"), Options(),
                      std::nullopt, kUnitNone, Interval::Closed(1.5e6, 1.5e6),
                      ""},
        NormalizeCase{Kind::kNumber, Claim("80", "people"), Options(),
                      std::nullopt, kUnitNone, Interval::Closed(80, 80), ""},
        NormalizeCase{Kind::kNumber, Claim("20-30"), Options(2), std::nullopt,
                      kUnitNone, Interval::Closed(18, 32),
                      "20-30 (±2) → 18–32"},
        NormalizeCase{Kind::kNumber, Claim("1,312"), Options(0.05, true),
                      std::nullopt, kUnitNone,
                      Interval::Closed(1312 - 65.6, 1312 + 65.6), ""},
        NormalizeCase{Kind::kNumber, Claim("almost 2,000"), Options(),
                      std::nullopt, kUnitNone, Interval::Closed(1000, 2000),
                      ""},
        NormalizeCase{Kind::kNumber, Claim("some 200"), Options(), std::nullopt,
                      kUnitNone, Interval::Closed(100, 300), ""},
        NormalizeCase{Kind::kNumber, Claim("a dozen", "", "up to"), Options(),
                      std::nullopt, kUnitNone, Interval::Closed(11, 12), ""}));

INSTANTIATE_TEST_SUITE_P(
    Percentages, NormalizeTest,
    testing::Values(
        NormalizeCase{Kind::kPercent, Claim("50%"), Options(), std::nullopt,
                      kUnitPercent, Interval::Closed(50, 50), "50% → 50%"},
        NormalizeCase{Kind::kPercent, Claim("50", "%"), Options(), std::nullopt,
                      kUnitPercent, Interval::Closed(50, 50), ""},
        NormalizeCase{Kind::kPercent, Claim("12 per cent", "", "about"),
                      Options(), std::nullopt, kUnitPercent,
                      Interval::Closed(11, 13), "about 12 per cent → 11–13%"},
        NormalizeCase{Kind::kPercent, Claim("2", "percentage points", "almost"),
                      Options(), std::nullopt, kUnitPoints,
                      Interval::Closed(1, 2), ""},
        NormalizeCase{Kind::kPercent, Claim("under 5%"),
                      Options(0, false, Bounds::kLogical), std::nullopt,
                      kUnitPercent, Interval{-kInf, 5, true, true},
                      "under 5% → under 5%"}));

// Vague counts read as their table's range; a rule's own table replaces
// the default.
TEST(NormalizeTest, VagueCountsReadAsRanges) {
  struct Case {
    absl::string_view text;
    double low;
    double high;
  };
  for (const Case& c :
       {Case{"dozens of", 24, 120}, Case{"several hundred", 300, 900},
        Case{"tens of thousands", 2e4, 1e5}, Case{"a few", 2, 4}}) {
    absl::StatusOr<Value> value = Normalize(
        Kind::kNumber, Claim(c.text), Qualifiers(), Options(), std::nullopt);
    ASSERT_TRUE(value.ok()) << c.text << ": " << value.status();
    EXPECT_EQ(value->interval, Interval::Closed(c.low, c.high)) << c.text;
  }
  Vocabulary own = Qualifiers();
  own.vague_counts = VagueCountTable();
  own.vague_counts.Add("dozens", 24, 99);
  absl::StatusOr<Value> value = Normalize(
      Kind::kNumber, Claim("dozens", "people"), own, Options(), std::nullopt);
  ASSERT_TRUE(value.ok()) << value.status();
  EXPECT_EQ(value->interval, Interval::Closed(24, 99));
  EXPECT_FALSE(
      Normalize(Kind::kNumber, Claim("several"), own, Options(), std::nullopt)
          .ok());
}

// Qualified durations as news copy writes them, in days.
TEST(NormalizeTest, NewsDurations) {
  struct Case {
    absl::string_view text;
    Interval days;
  };
  const Case cases[] = {
      {"nearly a week", Interval::Closed(7 - 0.7, 7)},
      {"more than two weeks", Interval{14, 21, true, false}},
      {"a six-day blockage", Interval::Closed(6, 6)},
      {"seven decades", Interval::Closed(70 * kYear, 70 * kYear)},
      {"a quarter-century", Interval::Closed(25 * kYear, 25 * kYear)},
      {"about a quarter-century", Interval::Closed(20 * kYear, 30 * kYear)},
      {"18 months", Interval::Closed(1.5 * kYear, 1.5 * kYear)},
      {"a year and a half", Interval::Closed(1.5 * kYear, 1.5 * kYear)},
      {"48 hours", Interval::Closed(2, 2)},
  };
  for (const Case& c : cases) {
    absl::StatusOr<Value> value = Normalize(
        Kind::kDuration, Claim(c.text), Qualifiers(), Options(), std::nullopt);
    ASSERT_TRUE(value.ok()) << c.text << ": " << value.status();
    EXPECT_EQ(value->unit, kUnitDays) << c.text;
    EXPECT_NEAR(value->interval.low, c.days.low, 1e-6) << c.text;
    EXPECT_NEAR(value->interval.high, c.days.high, 1e-6) << c.text;
    EXPECT_EQ(value->interval.low_open, c.days.low_open) << c.text;
    EXPECT_EQ(value->interval.high_open, c.days.high_open) << c.text;
  }
}

// Percent and percentage points never share a unit, so they never compare.
TEST(NormalizeTest, PercentAndPointsStayApart) {
  absl::StatusOr<Value> percent = Normalize(
      Kind::kPercent, Claim("3%"), Qualifiers(), Options(), std::nullopt);
  absl::StatusOr<Value> points =
      Normalize(Kind::kPercent, Claim("3", "percentage points"), Qualifiers(),
                Options(), std::nullopt);
  absl::StatusOr<Value> basis =
      Normalize(Kind::kPercent, Claim("50 basis points"), Qualifiers(),
                Options(), std::nullopt);
  ASSERT_TRUE(percent.ok() && points.ok() && basis.ok());
  EXPECT_EQ(percent->unit, kUnitPercent);
  EXPECT_EQ(points->unit, kUnitPoints);
  EXPECT_EQ(basis->unit, kUnitPoints);
  EXPECT_EQ(basis->interval, Interval::Closed(0.5, 0.5));
  EXPECT_FALSE(Normalize(Kind::kPercent, Claim("3", "points"), Qualifiers(),
                         Options(), std::nullopt)
                   .ok());
}

struct ErrorCase {
  Kind kind;
  ClaimText text;
  absl::string_view message;
};

// Names the case by its text in test output.
void PrintTo(const ErrorCase& c, std::ostream* os) {
  *os << '"' << c.text.value << '"';
}

class NormalizeErrorTest : public testing::TestWithParam<ErrorCase> {};

TEST_P(NormalizeErrorTest, Rejects) {
  const ErrorCase& c = GetParam();
  absl::StatusOr<Value> value = Normalize(c.kind, c.text, Qualifiers(),
                                          Options(), CivilDay(2016, 12, 13));
  ASSERT_FALSE(value.ok());
  EXPECT_EQ(value.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(value.status().message()), c.message);
}

INSTANTIATE_TEST_SUITE_P(
    Errors, NormalizeErrorTest,
    testing::Values(
        ErrorCase{Kind::kDate, Claim("February 30, 2016"),
                  "no such date: \"February 30, 2016\""},
        ErrorCase{Kind::kDate, Claim("April 31"), "no such date: \"April 31\""},
        ErrorCase{Kind::kDate, Claim("whenever"), "not a date: \"whenever\""},
        ErrorCase{Kind::kMoney, Claim("$30 billion", "", "kinda"),
                  "unknown qualifier \"kinda\""},
        ErrorCase{Kind::kMoney, Claim("30 billion zorkmids"),
                  "no known currency in \"30 billion zorkmids\""},
        ErrorCase{Kind::kNumber, Claim("lots"), "not a number: \"lots\""},
        ErrorCase{Kind::kNumber, Claim("overall 20"),
                  "not a number: \"overall 20\""},
        ErrorCase{Kind::kNumber, Claim("   "), "empty number value"},
        ErrorCase{Kind::kDuration, Claim("71"), "no duration unit in \"71\""},
        ErrorCase{Kind::kPercent, Claim("abc%"),
                  "not a percentage: \"abc%\""}));

TEST(NormalizeTest, TrailingQualifierReadsInWrittenOrder) {
  ClaimText text;
  text.value = "$30 billion";
  text.qualifier = ", at least";
  text.qualifier_after = true;
  absl::StatusOr<Value> value =
      Normalize(Kind::kMoney, text, Qualifiers(), Options(), std::nullopt);
  ASSERT_TRUE(value.ok()) << value.status();
  EXPECT_EQ(value->interval, Interval::Closed(30e9, 40e9));
  EXPECT_TRUE(absl::StartsWith(value->reading, "$30 billion at least"))
      << value->reading;
}

TEST(NormalizeTest, RelativeDateWithoutPublicationIsUnresolved) {
  absl::StatusOr<Value> value = Normalize(
      Kind::kDate, Claim("on Thursday"), Qualifiers(), Options(), std::nullopt);
  ASSERT_TRUE(value.ok()) << value.status();
  EXPECT_FALSE(value->resolved);
  EXPECT_EQ(value->unit, kUnitDate);
  EXPECT_EQ(value->unresolved,
            "no publication date to resolve \"on Thursday\"");
}

TEST(NormalizeTest, AnchoredDurationWithoutPublicationIsUnresolved) {
  absl::StatusOr<Value> value =
      Normalize(Kind::kDuration, Claim("71-year"), Qualifiers(), Anchored(1),
                std::nullopt);
  ASSERT_TRUE(value.ok()) << value.status();
  EXPECT_FALSE(value->resolved);
  EXPECT_EQ(value->unit, kUnitDate);
  EXPECT_EQ(value->unresolved, "no publication date to anchor \"71-year\"");
}

TEST(NormalizeTest, AnchoredIntervalsOverlapAcrossSources) {
  // "more than 70 years" (2016-12-16) and "71-year (±1)" (2016-12-13) agree.
  absl::StatusOr<Value> a =
      Normalize(Kind::kDuration, Claim("more than 70 years"), Qualifiers(),
                Anchored(), CivilDay(2016, 12, 16));
  absl::StatusOr<Value> b =
      Normalize(Kind::kDuration, Claim("71-year"), Qualifiers(), Anchored(1),
                CivilDay(2016, 12, 13));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_TRUE(a->interval.Intersects(b->interval));
}

struct ResolveCase {
  Resolve resolve;
  absl::string_view name;
};

class ResolveNameTest : public testing::TestWithParam<ResolveCase> {};

TEST_P(ResolveNameTest, RoundTrips) {
  EXPECT_EQ(ResolveName(GetParam().resolve), GetParam().name);
  absl::StatusOr<Resolve> parsed = ParseResolve(GetParam().name);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(*parsed, GetParam().resolve);
}

INSTANTIATE_TEST_SUITE_P(
    Names, ResolveNameTest,
    testing::Values(ResolveCase{Resolve::kNearest, "nearest"},
                    ResolveCase{Resolve::kNext, "next"},
                    ResolveCase{Resolve::kPrevious, "previous"}));

TEST(ResolveNameTest, RejectsUnknown) {
  absl::StatusOr<Resolve> parsed = ParseResolve("soonest");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(std::string(parsed.status().message()),
            "unknown resolve \"soonest\" (expected nearest, next or previous)");
}

}  // namespace
}  // namespace claimdiff

namespace claimdiff {
namespace {

absl::StatusOr<Value> ReadCommon(Kind kind, ClaimText text,
                                 const ValueOptions& options = ValueOptions()) {
  return Normalize(kind, text, CommonVocabulary(), options, std::nullopt);
}

// A measure without a rule tolerance takes its dimension's (0.5%), so a
// figure converted and rounded still agrees with the original.
TEST(NormalizeTest, ConvertedMeasuresAgree) {
  absl::StatusOr<Value> feet = ReadCommon(Kind::kMeasure, {"1,312-foot"});
  absl::StatusOr<Value> metres = ReadCommon(Kind::kMeasure, {"400-metre"});
  absl::StatusOr<Value> quarter =
      ReadCommon(Kind::kMeasure, {"a quarter-mile"});
  absl::StatusOr<Value> other = ReadCommon(Kind::kMeasure, {"420 metres"});
  ASSERT_TRUE(feet.ok() && metres.ok() && quarter.ok() && other.ok());
  EXPECT_EQ(feet->unit, "m");
  EXPECT_TRUE(feet->interval.Intersects(metres->interval));
  EXPECT_TRUE(quarter->interval.Intersects(metres->interval));
  EXPECT_FALSE(other->interval.Intersects(metres->interval));
  EXPECT_NE(feet->reading.find("(\xC2\xB1"
                               "0.5%)"),
            std::string::npos)
      << feet->reading;
  // A rule's own tolerance, even 0, replaces the dimension's.
  ValueOptions exact;
  exact.tolerance_set = true;
  feet = ReadCommon(Kind::kMeasure, {"1,312-foot"}, exact);
  ASSERT_TRUE(feet.ok());
  EXPECT_EQ(feet->interval, Interval::Closed(399.8976, 399.8976));
  absl::StatusOr<Value> exact_metres =
      ReadCommon(Kind::kMeasure, {"400-metre"}, exact);
  ASSERT_TRUE(exact_metres.ok());
  EXPECT_FALSE(feet->interval.Intersects(exact_metres->interval));
}

// Rates compare per day, whatever period they were written in.
TEST(NormalizeTest, RatesArePerDay) {
  struct Case {
    Kind kind;
    ClaimText text;
    const char* unit;
    double per_day;
  };
  const Case cases[] = {
      {Kind::kMoney, {"$400 million an hour"}, "USD/day", 9.6e9},
      {Kind::kMoney, {"$9.6 billion a day"}, "USD/day", 9.6e9},
      {Kind::kMoney, {"$365.2425 billion a year"}, "USD/day", 1e9},
      {Kind::kMoney, {"$365.2425 billion annually"}, "USD/day", 1e9},
      {Kind::kMoney, {"$365.2425bn-a-year"}, "USD/day", 1e9},
      {Kind::kNumber, {"200", "people a day"}, "/day", 200},
      {Kind::kNumber, {"1,400 a week"}, "/day", 200},
      {Kind::kMeasure, {"1 million barrels a day"}, "l/day", 158987294.928},
  };
  ValueOptions exact;
  exact.tolerance_set = true;
  for (const Case& c : cases) {
    absl::StatusOr<Value> value = ReadCommon(c.kind, c.text, exact);
    ASSERT_TRUE(value.ok()) << c.text.value << ": " << value.status();
    EXPECT_EQ(value->unit, c.unit) << c.text.value;
    EXPECT_NEAR(value->interval.low, c.per_day, c.per_day * 1e-12)
        << c.text.value;
  }
  // A percentage or a duration is never a rate.
  EXPECT_FALSE(ReadCommon(Kind::kPercent, {"3% a year"}).ok());
}

// A qualifier may also end the value text.
TEST(NormalizeTest, TrailingQualifiersInTheValue) {
  struct Case {
    Kind kind;
    const char* text;
    Interval interval;
  };
  const Case cases[] = {
      {Kind::kNumber, "30 or more", Interval::Closed(30, 40)},
      {Kind::kNumber, "100 or so", Interval::Closed(90, 110)},
      {Kind::kNumber, "200 or fewer", Interval::Closed(100, 200)},
      {Kind::kMoney, "$30bn or more", Interval::Closed(30e9, 40e9)},
  };
  for (const Case& c : cases) {
    absl::StatusOr<Value> value = ReadCommon(c.kind, {c.text});
    ASSERT_TRUE(value.ok()) << c.text << ": " << value.status();
    EXPECT_EQ(value->interval, c.interval) << c.text;
  }
  // A word that merely ends like a qualifier is not one.
  EXPECT_FALSE(ReadCommon(Kind::kNumber, {"30 moreover"}).ok());
}

}  // namespace
}  // namespace claimdiff
