#include "checker/source/published.h"

#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

TEST(ParseStatedDayTest, TakesTheDateOfAnIsoDateOrDateTime) {
  const struct {
    const char* text;
    absl::CivilDay day;
  } cases[] = {
      {"2024-05-06", absl::CivilDay(2024, 5, 6)},
      {"2024-05-06T07:45:00+01:00", absl::CivilDay(2024, 5, 6)},
      // Late at night west of Greenwich is still the date the page shows.
      {"2024-05-06T23:30:00-08:00", absl::CivilDay(2024, 5, 6)},
      {"2024-05-06T07:45:00.000Z", absl::CivilDay(2024, 5, 6)},
      {"2024-05-06 07:45", absl::CivilDay(2024, 5, 6)},
      {"2024-05-06t07:45", absl::CivilDay(2024, 5, 6)},
      {"  2024-05-06\n", absl::CivilDay(2024, 5, 6)},
  };
  for (const auto& c : cases) {
    absl::StatusOr<absl::CivilDay> day = ParseStatedDay(c.text);
    ASSERT_TRUE(day.ok()) << c.text << ": " << day.status();
    EXPECT_EQ(*day, c.day) << c.text;
  }
}

TEST(ParseStatedDayTest, RejectsWhatIsNotAnIsoDate) {
  const struct {
    const char* text;
    const char* message;
  } cases[] = {
      {"", "not a date"},
      {"May 6, 2024", "not an ISO date"},
      {"6 May 2024", "not a date"},
      {"20240506", "not a date"},
      {"2024-5-6", "not a date"},
      {"2024-02-30", "no such date"},
      {"2024-05-06x", "not an ISO date"},
      {"2024-05-06T", "not an ISO date"},
      {"2024-05-061", "not an ISO date"},
      {"2024-13-01T10:00", "no such date"},
  };
  for (const auto& c : cases) {
    absl::StatusOr<absl::CivilDay> day = ParseStatedDay(c.text);
    ASSERT_FALSE(day.ok()) << c.text;
    EXPECT_EQ(day.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_TRUE(absl::StrContains(day.status().message(), c.message))
        << c.text << ": " << day.status();
  }
}

TEST(DateSourceNameTest, NamesEverySource) {
  const struct {
    DateSource source;
    const char* name;
  } cases[] = {
      {DateSource::kNone, ""},
      {DateSource::kManifest, "manifest"},
      {DateSource::kCommandLine, "command line"},
      {DateSource::kHtmlMeta, "html meta article:published_time"},
      {DateSource::kHtmlMetaItemprop, "html meta datePublished"},
      {DateSource::kHtmlTime, "html time"},
      {DateSource::kJsonLd, "json-ld datePublished"},
      {DateSource::kFrontMatter, "front matter"},
  };
  for (const auto& c : cases) EXPECT_EQ(DateSourceName(c.source), c.name);
}

}  // namespace
}  // namespace claimdiff
