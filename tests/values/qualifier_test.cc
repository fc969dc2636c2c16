#include "checker/values/qualifier.h"

#include <limits>
#include <optional>
#include <ostream>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(QualifierReadingTest, NamesRoundTrip) {
  for (QualifierReading reading :
       {QualifierReading::kExact, QualifierReading::kAbout,
        QualifierReading::kAlmost, QualifierReading::kMoreThan,
        QualifierReading::kAtLeast, QualifierReading::kLessThan,
        QualifierReading::kAtMost}) {
    absl::StatusOr<QualifierReading> parsed =
        ParseQualifierReading(QualifierReadingName(reading));
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    EXPECT_EQ(*parsed, reading);
  }
}

TEST(QualifierReadingTest, RejectsUnknownName) {
  absl::StatusOr<QualifierReading> parsed = ParseQualifierReading("roughly");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(parsed.status().message().find("\"roughly\""),
            absl::string_view::npos);
}

struct StepCase {
  absl::string_view digits;
  double step;
};

// Names the case by its text in test output.
void PrintTo(const StepCase& c, std::ostream* os) {
  *os << '"' << c.digits << '"';
}

class RoundingStepTest : public testing::TestWithParam<StepCase> {};

TEST_P(RoundingStepTest, PlaceOfLastNonzeroDigit) {
  EXPECT_DOUBLE_EQ(RoundingStep(GetParam().digits), GetParam().step);
}

INSTANTIATE_TEST_SUITE_P(
    Figures, RoundingStepTest,
    testing::Values(StepCase{"50", 10}, StepCase{"71", 1}, StepCase{"2.2", 0.1},
                    StepCase{"1312", 1}, StepCase{"400", 100},
                    StepCase{"10", 1}, StepCase{"100", 10},
                    StepCase{"1000", 100}, StepCase{"0.1", 0.01},
                    StepCase{"0", 1}, StepCase{"1", 0.1}, StepCase{"110", 10},
                    StepCase{"2000", 1000}, StepCase{"0.05", 0.01},
                    StepCase{"12.25", 0.01}, StepCase{"0.0", 1},
                    StepCase{"30", 10}, StepCase{"1.5", 0.1}));

struct ApplyCase {
  QualifierReading reading;
  Bounds bounds;
  double n;
  double step;
  double tolerance;
  Interval expected;
};

class ApplyQualifierTest : public testing::TestWithParam<ApplyCase> {};

TEST_P(ApplyQualifierTest, Widens) {
  const ApplyCase& c = GetParam();
  const Interval got =
      ApplyQualifier(c.reading, c.n, c.step, c.tolerance, c.bounds);
  EXPECT_DOUBLE_EQ(got.low, c.expected.low);
  EXPECT_DOUBLE_EQ(got.high, c.expected.high);
  EXPECT_EQ(got.low_open, c.expected.low_open);
  EXPECT_EQ(got.high_open, c.expected.high_open);
}

constexpr Bounds kRounding = Bounds::kRounding;
constexpr Bounds kLogical = Bounds::kLogical;

INSTANTIATE_TEST_SUITE_P(
    Rounding, ApplyQualifierTest,
    testing::Values(ApplyCase{QualifierReading::kExact, kRounding, 80, 10, 0,
                              Interval{80, 80, false, false}},
                    ApplyCase{QualifierReading::kExact, kRounding, 71, 1, 1,
                              Interval{70, 72, false, false}},
                    ApplyCase{QualifierReading::kAbout, kRounding, 2.2e9, 1e8,
                              0, Interval{2.1e9, 2.3e9, false, false}},
                    ApplyCase{QualifierReading::kAlmost, kRounding, 50, 10, 0,
                              Interval{40, 50, false, false}},
                    ApplyCase{QualifierReading::kMoreThan, kRounding, 50, 10, 0,
                              Interval{50, 60, true, false}},
                    ApplyCase{QualifierReading::kMoreThan, kRounding, 70, 10, 0,
                              Interval{70, 80, true, false}},
                    ApplyCase{QualifierReading::kAtLeast, kRounding, 30e9, 1e10,
                              0, Interval{30e9, 40e9, false, false}},
                    ApplyCase{QualifierReading::kLessThan, kRounding, 50, 10, 0,
                              Interval{40, 50, false, true}},
                    ApplyCase{QualifierReading::kAtMost, kRounding, 50, 10, 0,
                              Interval{40, 50, false, false}},
                    // Tolerance is for exact figures only.
                    ApplyCase{QualifierReading::kAbout, kRounding, 50, 10, 3,
                              Interval{40, 60, false, false}}));

INSTANTIATE_TEST_SUITE_P(
    Logical, ApplyQualifierTest,
    testing::Values(ApplyCase{QualifierReading::kMoreThan, kLogical, 50, 10, 0,
                              Interval{50, kInf, true, true}},
                    ApplyCase{QualifierReading::kAtLeast, kLogical, 50, 10, 0,
                              Interval{50, kInf, false, true}},
                    ApplyCase{QualifierReading::kLessThan, kLogical, 50, 10, 0,
                              Interval{-kInf, 50, true, true}},
                    ApplyCase{QualifierReading::kAtMost, kLogical, 50, 10, 0,
                              Interval{-kInf, 50, true, false}},
                    ApplyCase{QualifierReading::kAbout, kLogical, 50, 10, 0,
                              Interval{40, 60, false, false}},
                    ApplyCase{QualifierReading::kAlmost, kLogical, 50, 10, 0,
                              Interval{40, 50, false, false}},
                    ApplyCase{QualifierReading::kExact, kLogical, 50, 10, 2,
                              Interval{48, 52, false, false}}));

QualifierTable SampleTable() {
  QualifierTable table;
  table.Add("about", QualifierReading::kAbout);
  table.Add("more than", QualifierReading::kMoreThan);
  table.Add("at least", QualifierReading::kAtLeast);
  table.Add("~", QualifierReading::kAbout);
  return table;
}

struct LookupCase {
  absl::string_view phrase;
  std::optional<QualifierReading> reading;
};

// Names the case by its text in test output.
void PrintTo(const LookupCase& c, std::ostream* os) {
  *os << '"' << c.phrase << '"';
}

class QualifierLookupTest : public testing::TestWithParam<LookupCase> {};

TEST_P(QualifierLookupTest, NormalisesPhrase) {
  EXPECT_EQ(SampleTable().Lookup(GetParam().phrase), GetParam().reading);
}

INSTANTIATE_TEST_SUITE_P(
    Phrases, QualifierLookupTest,
    testing::Values(LookupCase{"about", QualifierReading::kAbout},
                    LookupCase{"About", QualifierReading::kAbout},
                    LookupCase{"  about ", QualifierReading::kAbout},
                    LookupCase{", at least", QualifierReading::kAtLeast},
                    LookupCase{"at least,", QualifierReading::kAtLeast},
                    LookupCase{"More  than", QualifierReading::kMoreThan},
                    LookupCase{"more\tthan", QualifierReading::kMoreThan},
                    LookupCase{"more\xC2\xA0than", QualifierReading::kMoreThan},
                    LookupCase{"~", QualifierReading::kAbout},
                    LookupCase{" ~ ", QualifierReading::kAbout},
                    LookupCase{"roughly", std::nullopt},
                    LookupCase{"morethan", std::nullopt},
                    LookupCase{"", std::nullopt}));

TEST(QualifierTableTest, LaterPhraseReplacesEarlier) {
  QualifierTable table;
  table.Add("over", QualifierReading::kMoreThan);
  table.Add("Over ", QualifierReading::kAtLeast);
  EXPECT_EQ(table.Lookup("over"), QualifierReading::kAtLeast);
  EXPECT_EQ(table.PhrasesLongestFirst().size(), 1u);
}

TEST(QualifierTableTest, PhrasesLongestFirst) {
  EXPECT_EQ(SampleTable().PhrasesLongestFirst(),
            (std::vector<std::string>{"more than", "at least", "about", "~"}));
}

// A table where one phrase starts or ends another, so the longest must be
// tried first, and where word phrases and symbols mix.
QualifierTable AffixTable() {
  QualifierTable table = SampleTable();
  table.Add("more", QualifierReading::kMoreThan);
  table.Add("or more", QualifierReading::kAtLeast);
  table.Add("over", QualifierReading::kMoreThan);
  table.Add("c.", QualifierReading::kAbout);
  table.Add(">", QualifierReading::kMoreThan);
  return table;
}

struct MatchCase {
  absl::string_view folded;
  std::optional<QualifierReading> reading;
  absl::string_view rest;  // empty when no match
};

void PrintTo(const MatchCase& c, std::ostream* os) {
  *os << '"' << c.folded << '"';
}

class MatchLeadingTest : public testing::TestWithParam<MatchCase> {};

TEST_P(MatchLeadingTest, FindsThePhraseThatStartsTheText) {
  const MatchCase& c = GetParam();
  std::optional<QualifierTable::Match> match =
      AffixTable().MatchLeading(c.folded);
  ASSERT_EQ(match.has_value(), c.reading.has_value());
  if (!match) return;
  EXPECT_EQ(match->reading, *c.reading);
  EXPECT_EQ(match->rest, c.rest);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MatchLeadingTest,
    testing::Values(MatchCase{"more than 70 years", QualifierReading::kMoreThan,
                              "70 years"},
                    // "more" is shorter than "more than", so it only wins when
                    // the longer phrase does not match.
                    MatchCase{"more 70", QualifierReading::kMoreThan, "70"},
                    MatchCase{"at least, 30", QualifierReading::kAtLeast, "30"},
                    MatchCase{"over 20", QualifierReading::kMoreThan, "20"},
                    // A word phrase ends at a word boundary.
                    MatchCase{"overall 20", std::nullopt, ""},
                    MatchCase{"c. 400", QualifierReading::kAbout, "400"},
                    // A symbol needs no boundary.
                    MatchCase{">50", QualifierReading::kMoreThan, "50"},
                    MatchCase{"~3", QualifierReading::kAbout, "3"},
                    // Nothing but the phrase (and separators) is no match.
                    MatchCase{"about", std::nullopt, ""},
                    MatchCase{"about, .", std::nullopt, ""},
                    MatchCase{"70 or more", std::nullopt, ""},
                    MatchCase{"", std::nullopt, ""}));

class MatchTrailingTest : public testing::TestWithParam<MatchCase> {};

TEST_P(MatchTrailingTest, FindsThePhraseThatEndsTheText) {
  const MatchCase& c = GetParam();
  std::optional<QualifierTable::Match> match =
      AffixTable().MatchTrailing(c.folded);
  ASSERT_EQ(match.has_value(), c.reading.has_value());
  if (!match) return;
  EXPECT_EQ(match->reading, *c.reading);
  EXPECT_EQ(match->rest, c.rest);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MatchTrailingTest,
    testing::Values(
        // "or more" is longer than "more", which also ends the text.
        MatchCase{"30 or more", QualifierReading::kAtLeast, "30"},
        MatchCase{"$30bn, at least", QualifierReading::kAtLeast, "$30bn"},
        MatchCase{"30 more", QualifierReading::kMoreThan, "30"},
        // A word phrase starts at a word boundary.
        MatchCase{"30 evermore", std::nullopt, ""},
        MatchCase{"30~", QualifierReading::kAbout, "30"},
        // "or more" is all the text, but "more" still ends it.
        MatchCase{"or more", QualifierReading::kMoreThan, "or"},
        MatchCase{"more than 70", std::nullopt, ""},
        MatchCase{"", std::nullopt, ""}));

TEST(QualifierTableTest, MatchesFollowAReplacedPhrase) {
  QualifierTable table;
  table.Add("over", QualifierReading::kMoreThan);
  table.Add("Over", QualifierReading::kAtLeast);
  std::optional<QualifierTable::Match> match = table.MatchLeading("over 5");
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->reading, QualifierReading::kAtLeast);
}

TEST(QualifierTableTest, EmptyTableMatchesNothing) {
  QualifierTable table;
  EXPECT_FALSE(table.MatchLeading("about 5").has_value());
  EXPECT_FALSE(table.MatchTrailing("5 or more").has_value());
}

TEST(QualifierTableTest, EmptyUntilAdded) {
  QualifierTable table;
  EXPECT_TRUE(table.empty());
  table.Add("about", QualifierReading::kAbout);
  EXPECT_FALSE(table.empty());
}

}  // namespace
}  // namespace claimdiff
