#include "checker/common/iso_date.h"

#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct GoodCase {
  const char* text;
  int year, month, day;
};

TEST(ParseIsoDayTest, AcceptsRealDays) {
  const GoodCase cases[] = {
      {"2016-12-13", 2016, 12, 13}, {"2016-02-29", 2016, 2, 29},  // leap year
      {"2000-02-29", 2000, 2, 29},  // divisible by 400
      {"1945-08-01", 1945, 8, 1},   {"2019-01-31", 2019, 1, 31},
      {"0001-01-01", 1, 1, 1},
  };
  for (const GoodCase& c : cases) {
    absl::StatusOr<absl::CivilDay> day = ParseIsoDay(c.text);
    ASSERT_TRUE(day.ok()) << c.text << ": " << day.status();
    EXPECT_EQ(*day, absl::CivilDay(c.year, c.month, c.day)) << c.text;
    EXPECT_EQ(FormatIsoDay(*day), c.text);
  }
}

TEST(ParseIsoDayTest, RejectsImpossibleDays) {
  const char* cases[] = {
      "2016-02-30",  // would roll over to March 1
      "2015-02-29",  // not a leap year
      "1900-02-29",  // divisible by 100, not 400
      "2016-04-31", "2016-13-01", "2016-00-10", "2016-01-00", "2016-01-32",
  };
  for (const char* text : cases) {
    absl::StatusOr<absl::CivilDay> day = ParseIsoDay(text);
    ASSERT_FALSE(day.ok()) << text << " parsed as " << *day;
    EXPECT_EQ(day.status().code(), absl::StatusCode::kInvalidArgument);
    // One line that quotes the text.
    EXPECT_NE(day.status().message().find(text), absl::string_view::npos)
        << day.status();
    EXPECT_EQ(day.status().message().find('\n'), absl::string_view::npos);
  }
}

TEST(ParseIsoDayTest, RejectsOtherShapes) {
  const char* cases[] = {
      "",           "2016-1-13",  "2016-12-1",   "16-12-13",
      "2016/12/13", "20161213",   "2016-12-13 ", " 2016-12-13",
      "2016-12-1x", "abcd-ef-gh", "13-12-2016",  "2016-12-13T00:00",
  };
  for (const char* text : cases) {
    absl::StatusOr<absl::CivilDay> day = ParseIsoDay(text);
    EXPECT_FALSE(day.ok()) << "\"" << text << "\" parsed as " << *day;
    if (!day.ok()) {
      EXPECT_EQ(day.status().code(), absl::StatusCode::kInvalidArgument);
    }
  }
}

// Strict YYYY-MM-DD means exactly digits in every field: a sign or a space
// inside a field is another shape, even when it has the right length.
TEST(ParseIsoDayTest, RejectsSignsAndSpacesInsideFields) {
  const char* cases[] = {
      "2016-+1-05",  // month "+1"
      "2016-12-+5",  // day "+5"
      "2016- 1-05",  // month " 1"
      "2016-12- 5",  // day " 5"
      "+016-12-13",  // year "+016"
      "-100-12-13",  // negative year
  };
  for (const char* text : cases) {
    absl::StatusOr<absl::CivilDay> day = ParseIsoDay(text);
    EXPECT_FALSE(day.ok()) << "\"" << text << "\" parsed as " << *day;
  }
}

}  // namespace
}  // namespace claimdiff
