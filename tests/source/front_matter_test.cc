#include "checker/source/front_matter.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct Expected {
  absl::CivilDay day;   // when it reads
  const char* message;  // part of the error otherwise ("" when it reads)
  std::string at;       // the text the entry's offset points at
};

struct FrontMatterCase {
  const char* name;
  std::string markdown;
  std::vector<Expected> dates;
};

TEST(FrontMatterDatesTest, ReadsPublishedThenDate) {
  const FrontMatterCase cases[] = {
      {"date",
       "---\ntitle: Trams\ndate: 2024-05-08\n---\nBody.\n",
       {{absl::CivilDay(2024, 5, 8), "", "2024-05-08"}}},
      {"published before date",
       "---\ndate: 2024-05-09\npublished: 2024-05-08\n---\n",
       {{absl::CivilDay(2024, 5, 8), "", "2024-05-08"},
        {absl::CivilDay(2024, 5, 9), "", "2024-05-09"}}},
      {"date-time",
       "---\ndate: 2024-05-08 10:00:00 +01:00\n---\n",
       {{absl::CivilDay(2024, 5, 8), "", "2024-05-08 10"}}},
      {"quoted",
       "---\ndate: \"2024-05-08\"\n---\n",
       {{absl::CivilDay(2024, 5, 8), "", "\"2024-05-08\""}}},
      {"closed by dots",
       "---\ndate: 2024-05-08\n...\nBody.\n",
       {{absl::CivilDay(2024, 5, 8), "", "2024-05-08"}}},
      {"crlf",
       "---\r\ndate: 2024-05-08\r\n---\r\nBody.\r\n",
       {{absl::CivilDay(2024, 5, 8), "", "2024-05-08"}}},
      {"unclosed runs to the end",
       "---\ndate: 2024-05-08\n",
       {{absl::CivilDay(2024, 5, 8), "", "2024-05-08"}}},
      {"not a date",
       "---\ndate: May 8th\n---\n",
       {{absl::CivilDay(), "date: not a date", "May 8th"}}},
      {"a list",
       "---\ndate:\n  - 2024-05-08\n---\n",
       {{absl::CivilDay(), "expected a date", "- 2024"}}},
      {"invalid YAML",
       "---\ntitle: Trams\ndate: [2024\n---\n",
       {{absl::CivilDay(), "invalid YAML", ""}}},
      {"not a map",
       "---\n- a\n- b\n---\n",
       {{absl::CivilDay(), "not a map", "- a"}}},
  };
  for (const FrontMatterCase& c : cases) {
    const std::vector<StatedDate> dates = FrontMatterDates(c.markdown);
    ASSERT_EQ(dates.size(), c.dates.size()) << c.name;
    for (size_t i = 0; i < dates.size(); ++i) {
      const Expected& e = c.dates[i];
      EXPECT_EQ(dates[i].from, DateSource::kFrontMatter) << c.name;
      if (e.message[0] == '\0') {
        ASSERT_TRUE(dates[i].day.ok())
            << c.name << ": " << dates[i].day.status();
        EXPECT_EQ(*dates[i].day, e.day) << c.name;
      } else {
        ASSERT_FALSE(dates[i].day.ok()) << c.name;
        EXPECT_TRUE(
            absl::StrContains(dates[i].day.status().message(), e.message))
            << c.name << ": " << dates[i].day.status();
      }
      ASSERT_LE(dates[i].offset, c.markdown.size()) << c.name;
      EXPECT_TRUE(absl::StartsWith(
          absl::string_view(c.markdown).substr(dates[i].offset), e.at))
          << c.name << ": offset " << dates[i].offset;
    }
  }
}

TEST(FrontMatterDatesTest, NoFrontMatterOrNoDateGivesNothing) {
  for (const char* markdown : {"", "Body with date: 2024-05-08\n",
                               "Intro.\n---\ndate: 2024-05-08\n---\n",
                               "---\ntitle: Trams\n---\nBody.\n", "---\n---\n",
                               " ---\ndate: 2024-05-08\n---\n"}) {
    EXPECT_TRUE(FrontMatterDates(markdown).empty()) << markdown;
  }
}

}  // namespace
}  // namespace claimdiff
