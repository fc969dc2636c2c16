#include "checker/values/vague_count.h"

#include <optional>
#include <ostream>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "tests/values/common_vocabulary.h"

namespace claimdiff {
namespace {

struct VagueCase {
  absl::string_view text;
  double low;
  double high;
  double step;
};

// Names the case by its text in test output.
void PrintTo(const VagueCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ReadVagueCountTest : public testing::TestWithParam<VagueCase> {};

TEST_P(ReadVagueCountTest, ReadsCommonBounds) {
  const VagueCase& c = GetParam();
  std::optional<ParsedNumber> count =
      ReadVagueCount(c.text, CommonVocabulary().vague_counts);
  ASSERT_TRUE(count.has_value());
  EXPECT_TRUE(count->is_range);
  EXPECT_DOUBLE_EQ(count->low, c.low);
  EXPECT_DOUBLE_EQ(count->high, c.high);
  EXPECT_DOUBLE_EQ(count->step, c.step);
}

INSTANTIATE_TEST_SUITE_P(
    Phrases, ReadVagueCountTest,
    testing::Values(
        VagueCase{"a few", 2, 4, 1}, VagueCase{"A few", 2, 4, 1},
        VagueCase{"a couple of", 2, 3, 1}, VagueCase{"a handful of", 2, 6, 1},
        VagueCase{"several", 3, 9, 1}, VagueCase{"dozens", 24, 120, 1},
        VagueCase{"dozens of", 24, 120, 1}, VagueCase{"Scores of", 40, 200, 1},
        VagueCase{"hundreds", 200, 1000, 1},
        VagueCase{"thousands of", 2000, 10000, 1},
        VagueCase{"millions", 2e6, 1e7, 1}));

INSTANTIATE_TEST_SUITE_P(
    Scaled, ReadVagueCountTest,
    testing::Values(VagueCase{"several hundred", 300, 900, 100},
                    VagueCase{"a few thousand", 2000, 4000, 1000},
                    VagueCase{"a couple of hundred", 200, 300, 100},
                    VagueCase{"tens of thousands", 2e4, 1e5, 1000},
                    VagueCase{"hundreds of thousands of", 2e5, 1e6, 1000},
                    VagueCase{"tens of millions", 2e7, 1e8, 1e6},
                    VagueCase{"several million", 3e6, 9e6, 1e6}));

class ReadVagueCountRejectTest
    : public testing::TestWithParam<absl::string_view> {};

TEST_P(ReadVagueCountRejectTest, IsNotAVagueCount) {
  EXPECT_FALSE(
      ReadVagueCount(GetParam(), CommonVocabulary().vague_counts).has_value());
}

INSTANTIATE_TEST_SUITE_P(Other, ReadVagueCountRejectTest,
                         testing::Values("", "many", "of", "hundred",
                                         "thousands 5", "several 100",
                                         "a few more", "lots of"));

TEST(VagueCountTableTest, LaterPhraseReplacesEarlier) {
  VagueCountTable table;
  table.Add("dozens", 24, 120);
  table.Add("Dozens  of", 24, 99);
  const std::optional<VagueCount> count = table.Lookup("dozens");
  ASSERT_TRUE(count.has_value());
  EXPECT_DOUBLE_EQ(count->high, 99);
}

TEST(VagueCountTableTest, ReplacementTableIsUsed) {
  VagueCountTable table;
  table.Add("umpteen", 10, 50);
  std::optional<ParsedNumber> count = ReadVagueCount("umpteen", table);
  ASSERT_TRUE(count.has_value());
  EXPECT_DOUBLE_EQ(count->low, 10);
  EXPECT_FALSE(ReadVagueCount("dozens", table).has_value());
}

TEST(VagueCountTableTest, EmptyTableKnowsNothing) {
  VagueCountTable table;
  EXPECT_TRUE(table.empty());
  EXPECT_FALSE(table.Lookup("several").has_value());
}

}  // namespace
}  // namespace claimdiff
