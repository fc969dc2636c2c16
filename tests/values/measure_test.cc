#include "checker/values/measure.h"

#include <cmath>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "tests/values/common_vocabulary.h"

namespace claimdiff {
namespace {

struct MeasureCase {
  absl::string_view text;
  absl::string_view canonical;  // the dimension's canonical unit
  double low;
  double high;
  double step;
};

void PrintTo(const MeasureCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ParseMeasureTest : public testing::TestWithParam<MeasureCase> {};

TEST_P(ParseMeasureTest, ConvertsToTheCanonicalUnit) {
  const MeasureCase& c = GetParam();
  absl::StatusOr<ParsedMeasure> measure =
      ParseMeasure(c.text, CommonVocabulary().units);
  ASSERT_TRUE(measure.ok()) << measure.status();
  EXPECT_EQ(measure->dimension->canonical, c.canonical);
  EXPECT_DOUBLE_EQ(measure->number.low, c.low);
  EXPECT_DOUBLE_EQ(measure->number.high, c.high);
  EXPECT_DOUBLE_EQ(measure->number.step, c.step);
}

INSTANTIATE_TEST_SUITE_P(
    News, ParseMeasureTest,
    testing::Values(
        MeasureCase{"1,312-foot", "m", 399.8976, 399.8976, 0.3048},
        MeasureCase{"400-metre", "m", 400, 400, 100},
        MeasureCase{"a quarter-mile", "m", 402.336, 402.336, 80.4672},
        MeasureCase{"quarter-mile", "m", 402.336, 402.336, 80.4672},
        MeasureCase{"two miles", "m", 3218.688, 3218.688, 1609.344},
        MeasureCase{"5-10 miles", "m", 8046.72, 16093.44, 1609.344},
        MeasureCase{"2.5 tonnes", "kg", 2500, 2500, 100},
        MeasureCase{"40 tons", "kg", 36287.3896, 36287.3896, 9071.8474},
        MeasureCase{"120 km/h", "km/h", 120, 120, 10},
        MeasureCase{"75 mph", "km/h", 120.7008, 120.7008, 1.609344},
        MeasureCase{"3 sq km", "m2", 3e6, 3e6, 1e6},
        MeasureCase{"3 km2", "m2", 3e6, 3e6, 1e6},
        MeasureCase{"1,500 hectares", "m2", 1.5e7, 1.5e7, 1e6},
        MeasureCase{"10 acres", "m2", 40468.564224, 40468.564224, 4046.8564224},
        MeasureCase{"120 square miles", "m2", 310798573.24032, 310798573.24032,
                    25899881.10336},
        MeasureCase{"1.2 gigawatts", "W", 1.2e9, 1.2e9, 1e8},
        MeasureCase{"500 kWh", "J", 1.8e9, 1.8e9, 3.6e8},
        MeasureCase{"1 million barrels", "l", 158987294.928, 158987294.928,
                    15898729.4928}));

class ParseMeasureErrorTest : public testing::TestWithParam<absl::string_view> {
};

TEST_P(ParseMeasureErrorTest, RejectsText) {
  absl::StatusOr<ParsedMeasure> measure =
      ParseMeasure(GetParam(), CommonVocabulary().units);
  ASSERT_FALSE(measure.ok());
  EXPECT_EQ(measure.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(measure.status().message().find(GetParam()), std::string::npos)
      << measure.status();
}

INSTANTIATE_TEST_SUITE_P(Errors, ParseMeasureErrorTest,
                         testing::Values("400",              // no unit
                                         "3 feet 2 inches",  // two units
                                         "many miles",       // no figure
                                         "dozen-mile"));

// A small table of its own, so each rule of MeasureUnits shows alone.
MeasureUnits Lengths() {
  MeasureUnits units;
  units.SetDimension("length", "m", 0.005);
  EXPECT_TRUE(units.AddUnit("length", "m", 1, {"m", "metres"}).ok());
  EXPECT_TRUE(units.AddUnit("length", "ft", 0.3048, {"ft", "feet"}).ok());
  return units;
}

TEST(MeasureUnitsTest, RejectsBadUnits) {
  MeasureUnits units = Lengths();
  EXPECT_FALSE(units.AddUnit("mass", "kg", 1, {"kg"}).ok());
  EXPECT_FALSE(units.AddUnit("length", "km", 0, {"km"}).ok());
  EXPECT_FALSE(units.AddUnit("length", "km", -1000, {"km"}).ok());
  EXPECT_FALSE(units.AddUnit("length", "km", HUGE_VAL, {"km"}).ok());
  EXPECT_FALSE(units.AddUnit("length", "km", 1000, {"12"}).ok());
  units.SetDimension("mass", "kg", 0);
  EXPECT_FALSE(units.AddUnit("mass", "ft", 1, {"ftm"}).ok());
}

TEST(MeasureUnitsTest, ChecksTheCanonicalUnit) {
  MeasureUnits units = Lengths();
  EXPECT_TRUE(units.CheckDimension("length").ok());
  units.SetDimension("mass", "kg", 0);
  EXPECT_FALSE(units.CheckDimension("mass").ok());  // no kg yet
  ASSERT_TRUE(units.AddUnit("mass", "kg", 2, {"kg"}).ok());
  EXPECT_FALSE(units.CheckDimension("mass").ok());  // factor is not 1
  ASSERT_TRUE(units.AddUnit("mass", "kg", 1, {}).ok());
  EXPECT_TRUE(units.CheckDimension("mass").ok());
}

TEST(MeasureUnitsTest, RedeclaringADimensionKeepsItsTolerance) {
  MeasureUnits units = Lengths();
  units.SetDimension("length", "m", std::nullopt);
  EXPECT_DOUBLE_EQ(units.FindDimension("length")->tolerance, 0.005);
  units.SetDimension("length", "m", 0.01);
  EXPECT_DOUBLE_EQ(units.FindDimension("length")->tolerance, 0.01);
}

TEST(MeasureUnitsTest, ALaterDefinitionWins) {
  MeasureUnits units = Lengths();
  // A new factor for a symbol replaces the old one.
  ASSERT_TRUE(units.AddUnit("length", "ft", 0.3, {}).ok());
  absl::StatusOr<ParsedMeasure> feet = ParseMeasure("10 feet", units);
  ASSERT_TRUE(feet.ok()) << feet.status();
  EXPECT_DOUBLE_EQ(feet->number.low, 3);
  // A name given again under another symbol now means that one.
  ASSERT_TRUE(units.AddUnit("length", "m", 1, {"feet"}).ok());
  feet = ParseMeasure("10 feet", units);
  ASSERT_TRUE(feet.ok()) << feet.status();
  EXPECT_EQ(feet->written->symbol, "m");
  EXPECT_DOUBLE_EQ(feet->number.low, 10);
}

}  // namespace
}  // namespace claimdiff
