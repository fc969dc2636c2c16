#include "checker/values/percent.h"

#include <ostream>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "checker/values/value.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct PercentCase {
  absl::string_view text;
  absl::string_view unit;
  double low;
  double high;
  double step;
};

// Names the case by its text in test output.
void PrintTo(const PercentCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ParsePercentTest : public testing::TestWithParam<PercentCase> {};

TEST_P(ParsePercentTest, ReadsFigureAndUnit) {
  const PercentCase& c = GetParam();
  absl::StatusOr<ParsedPercent> percent = ParsePercent(c.text);
  ASSERT_TRUE(percent.ok()) << percent.status();
  EXPECT_EQ(percent->unit, c.unit);
  EXPECT_DOUBLE_EQ(percent->number.low, c.low);
  EXPECT_DOUBLE_EQ(percent->number.high, c.high);
  EXPECT_DOUBLE_EQ(percent->number.step, c.step);
}

INSTANTIATE_TEST_SUITE_P(
    Percent, ParsePercentTest,
    testing::Values(PercentCase{"50%", kUnitPercent, 50, 50, 10},
                    PercentCase{"50 %", kUnitPercent, 50, 50, 10},
                    PercentCase{"12.5 per cent", kUnitPercent, 12.5, 12.5, 0.1},
                    PercentCase{"12.5 percent", kUnitPercent, 12.5, 12.5, 0.1},
                    PercentCase{"12.5 Percent", kUnitPercent, 12.5, 12.5, 0.1},
                    PercentCase{"twenty percent", kUnitPercent, 20, 20, 10},
                    PercentCase{"20-30%", kUnitPercent, 20, 30, 10},
                    PercentCase{"20%-30%", kUnitPercent, 20, 30, 10},
                    PercentCase{"between 20% and 30%", kUnitPercent, 20, 30,
                                10},
                    PercentCase{"50", kUnitPercent, 50, 50, 10},
                    PercentCase{"5-percent", kUnitPercent, 5, 5, 1}));

INSTANTIATE_TEST_SUITE_P(
    Points, ParsePercentTest,
    testing::Values(PercentCase{"2 percentage points", kUnitPoints, 2, 2, 1},
                    PercentCase{"1 percentage point", kUnitPoints, 1, 1, 0.1},
                    PercentCase{"2pp", kUnitPoints, 2, 2, 1},
                    PercentCase{"2.5 pp", kUnitPoints, 2.5, 2.5, 0.1},
                    PercentCase{"50 basis points", kUnitPoints, 0.5, 0.5, 0.1},
                    PercentCase{"25bps", kUnitPoints, 0.25, 0.25, 0.01}));

// Percent and percentage points stay distinct units, so a 3% claim never
// matches a 3-point change.
INSTANTIATE_TEST_SUITE_P(
    NewsForms, ParsePercentTest,
    testing::Values(
        PercentCase{"3 percentage points", kUnitPoints, 3, 3, 1},
        PercentCase{"3%", kUnitPercent, 3, 3, 1},
        PercentCase{"3 per cent", kUnitPercent, 3, 3, 1},
        PercentCase{"three percentage points", kUnitPoints, 3, 3, 1},
        PercentCase{"50 basis points", kUnitPoints, 0.5, 0.5, 0.1},
        PercentCase{"a quarter of a percentage point", kUnitPoints, 0.25, 0.25,
                    0.05},
        PercentCase{"-0.5 percentage points", kUnitPoints, -0.5, -0.5, 0.1},
        PercentCase{"minus 2%", kUnitPercent, -2, -2, 1},
        PercentCase{"\xE2\x88\x92"
                    "1.5%",
                    kUnitPercent, -1.5, -1.5, 0.1},
        PercentCase{"half", kUnitPercent, 50, 50, 10},
        PercentCase{"a quarter", kUnitPercent, 25, 25, 5},
        PercentCase{"two-thirds", kUnitPercent, 200.0 / 3, 200.0 / 3, 20.0 / 3},
        PercentCase{"three-quarters", kUnitPercent, 75, 75, 5},
        PercentCase{"\xC2\xBD", kUnitPercent, 50, 50, 10}));  // ½

// "pc" written solid after a numeral, as British papers write per cent.
INSTANTIATE_TEST_SUITE_P(
    SolidPc, ParsePercentTest,
    testing::Values(PercentCase{"40pc", kUnitPercent, 40, 40, 10},
                    PercentCase{"2.5pc", kUnitPercent, 2.5, 2.5, 0.1},
                    PercentCase{"20pc-30pc", kUnitPercent, 20, 30, 10}));

// "or" spans read as for any figure (see IsOrSpan).
INSTANTIATE_TEST_SUITE_P(
    OrSpans, ParsePercentTest,
    testing::Values(PercentCase{"four or five per cent", kUnitPercent, 4, 5, 1},
                    PercentCase{"2 or 3%", kUnitPercent, 2, 3, 1}));

// A ratio is its exact share, with the step of the fraction it names
// (FractionStep of the denominator, in percent), so that "about one in
// five" widens like "about a fifth".
INSTANTIATE_TEST_SUITE_P(
    Ratios, ParsePercentTest,
    testing::Values(PercentCase{"one in five", kUnitPercent, 20, 20, 4},
                    PercentCase{"One in five.", kUnitPercent, 20, 20, 4},
                    PercentCase{"1 in 5", kUnitPercent, 20, 20, 4},
                    PercentCase{"one in every five", kUnitPercent, 20, 20, 4},
                    PercentCase{"one in four", kUnitPercent, 25, 25, 5},
                    PercentCase{"one in ten", kUnitPercent, 10, 10, 2},
                    PercentCase{"two in five", kUnitPercent, 40, 40, 4},
                    PercentCase{"three in ten", kUnitPercent, 30, 30, 2},
                    PercentCase{"nine out of ten", kUnitPercent, 90, 90, 2},
                    PercentCase{"two out of every three", kUnitPercent,
                                200.0 / 3, 200.0 / 3, 20.0 / 3},
                    PercentCase{"one in 100", kUnitPercent, 1, 1, 0.2},
                    PercentCase{"one in a thousand", kUnitPercent, 0.1, 0.1,
                                0.02},
                    PercentCase{"one or two in ten", kUnitPercent, 10, 20, 2}));

TEST(ParsePercentTest, BarePointsNeedPercentage) {
  for (absl::string_view text : {"3 points", "1 point", "2.5 pts"}) {
    absl::StatusOr<ParsedPercent> percent = ParsePercent(text);
    ASSERT_FALSE(percent.ok()) << text;
    EXPECT_EQ(percent.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(percent.status().message().find("without \"percentage\""),
              absl::string_view::npos)
        << percent.status();
  }
}

class ParsePercentErrorTest : public testing::TestWithParam<absl::string_view> {
};

TEST_P(ParsePercentErrorTest, RejectsText) {
  absl::StatusOr<ParsedPercent> percent = ParsePercent(GetParam());
  ASSERT_FALSE(percent.ok());
  EXPECT_EQ(percent.status().code(), absl::StatusCode::kInvalidArgument);
}

INSTANTIATE_TEST_SUITE_P(Errors, ParsePercentErrorTest,
                         testing::Values("%", "half of all", "5% and 2pp",
                                         "a lot percent", ""));

INSTANTIATE_TEST_SUITE_P(NotPercents, ParsePercentErrorTest,
                         testing::Values(
                             // "pc" only written solid after a numeral.
                             "40 pc", "pc", "forty pc",
                             // Not ratios.
                             "five in one", "one in", "in five", "half in five",
                             "one in five %", "one out ten",
                             "one in five or six", "0 in 5", "one in every"));

}  // namespace
}  // namespace claimdiff
