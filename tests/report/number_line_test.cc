#include "checker/report/number_line.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

TEST(NiceTicksTest, StepsAreOneTwoOrFiveTimesAPowerOfTen) {
  struct Case {
    double low, high;
    std::vector<double> ticks;
  } cases[] = {
      {0, 10, {0, 2, 4, 6, 8, 10}},
      {47, 62, {50, 55, 60}},  // a step of 3 would be closer, but not nice
      {1931, 1940, {1932, 1934, 1936, 1938, 1940}},
      {-5, 5, {-4, -2, 0, 2, 4}},
      {3, 3, {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NiceTicks(c.low, c.high, 5), c.ticks) << c.low << ".." << c.high;
  }
}

TEST(NumberLineSvgTest, DrawsOneBarPerClaimTheBandAndArrowsForOpenEnds) {
  NumberLine line;
  line.unit = "USD";
  line.has_band = true;
  line.band = Interval::Closed(47e6, 48.45e6);
  line.bars.push_back(
      {"Herald <b>", "\"$62m\"", Interval::Closed(62e6, 62e6), true});
  Interval open = Interval::Closed(40e6, 0);
  open.high = std::numeric_limits<double>::infinity();
  open.high_open = true;
  line.bars.push_back({"Courier", "at least $40m", open, false});
  const std::string svg = NumberLineSvg(line);
  EXPECT_TRUE(absl::StartsWith(svg, "<svg class=\"numberline\""));
  EXPECT_NE(svg.find("<rect class=\"band\""), std::string::npos);
  EXPECT_NE(svg.find("<g class=\"bar outlier\">"), std::string::npos);
  EXPECT_NE(svg.find("<g class=\"bar agrees\">"), std::string::npos);
  EXPECT_NE(svg.find("Herald &lt;b&gt;"), std::string::npos);  // escaped
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(svg.find("<path d="), std::string::npos);     // the open end
  EXPECT_NE(svg.find("million USD"), std::string::npos);  // tick labels
}

TEST(NumberLineSvgTest, DatesGetATimelineInYearsOrMonths) {
  NumberLine years;
  years.unit = std::string(kUnitDate);
  years.bars.push_back(
      {"a", "",
       Interval::Closed(DayNumber(absl::CivilDay(1936, 12, 16)),
                        DayNumber(absl::CivilDay(1946, 12, 16))),
       false});
  EXPECT_NE(NumberLineSvg(years).find(">1940</text>"), std::string::npos);
  NumberLine months;
  months.unit = std::string(kUnitDate);
  months.bars.push_back(
      {"a", "",
       Interval::Closed(DayNumber(absl::CivilDay(2024, 2, 10)),
                        DayNumber(absl::CivilDay(2024, 4, 20))),
       false});
  EXPECT_NE(NumberLineSvg(months).find(">2024-03</text>"), std::string::npos);
  EXPECT_EQ(NumberLineSvg(NumberLine{}), "");
}

}  // namespace
}  // namespace claimdiff
