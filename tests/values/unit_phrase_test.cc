#include "checker/values/unit_phrase.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

const UnitPhraseSet& Phrases() {
  static const UnitPhraseSet* const kPhrases =
      new UnitPhraseSet(std::vector<UnitPhrase>{
          {{"$"}, "USD"},
          {{"us", "$"}, "USD", true},
          {{"c", "$"}, "CAD", true},
          {{"dollars"}, "USD"},
          {{"per", "cent"}, "%"},
          {{"year"}, "year"},
          {{"years"}, "year"},
      });
  return *kPhrases;
}

struct SplitCase {
  absl::string_view text;
  bool absorb_hyphens;
  absl::string_view rest;   // token texts joined by spaces
  absl::string_view units;  // units joined by spaces
};

// Names the case by its text in test output.
void PrintTo(const SplitCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class SplitUnitsTest : public testing::TestWithParam<SplitCase> {};

TEST_P(SplitUnitsTest, RemovesPhrases) {
  const SplitCase& c = GetParam();
  const UnitSplit split =
      SplitUnits(Tokenize(c.text), Phrases(), c.absorb_hyphens);
  std::vector<std::string> rest;
  for (const Token& token : split.rest) rest.push_back(token.text);
  std::vector<std::string> units;
  for (absl::string_view unit : split.units) units.emplace_back(unit);
  EXPECT_EQ(absl::StrJoin(rest, " "), c.rest);
  EXPECT_EQ(absl::StrJoin(units, " "), c.units);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SplitUnitsTest,
    testing::Values(SplitCase{"$30bn", false, "30 bn", "USD"},
                    SplitCase{"30 billion dollars", false, "30 billion", "USD"},
                    SplitCase{"$2bn-$3bn", false, "2 bn - 3 bn", "USD USD"},
                    SplitCase{"US$5m", false, "5 m", "USD"},
                    // "us $" with a space is not the joined symbol.
                    SplitCase{"us $5", false, "us 5", "USD"},
                    SplitCase{"C$40", false, "40", "CAD"},
                    SplitCase{"12 per cent", false, "12", "%"},
                    SplitCase{"71-year-old", true, "71 old", "year"},
                    SplitCase{"71-year-old", false, "71 - - old", "year"},
                    SplitCase{"20-30 years", true, "20 - 30", "year"},
                    SplitCase{"71 year", true, "71", "year"},
                    SplitCase{"71", true, "71", ""}));

struct StartingCase {
  unsigned char byte;
  std::vector<uint32_t> positions;
};

void PrintTo(const StartingCase& c, std::ostream* os) {
  *os << "'" << c.byte << "'";
}

class UnitPhraseSetTest : public testing::TestWithParam<StartingCase> {};

TEST_P(UnitPhraseSetTest, GroupsByFirstByteInOrderAdded) {
  absl::Span<const uint32_t> got = Phrases().StartingWith(GetParam().byte);
  EXPECT_EQ(std::vector<uint32_t>(got.begin(), got.end()),
            GetParam().positions);
}

INSTANTIATE_TEST_SUITE_P(Cases, UnitPhraseSetTest,
                         testing::Values(StartingCase{'$', {0}},
                                         StartingCase{'y', {5, 6}},
                                         StartingCase{'u', {1}},
                                         StartingCase{'x', {}}));

TEST(UnitPhraseSetTest, LastOfEquallyLongPhrasesWins) {
  UnitPhraseSet set;
  set.Add({{"dollars"}, "USD"});
  set.Add({{"dollars"}, "AUD"});
  const UnitSplit split = SplitUnits(Tokenize("5 dollars"), set, false);
  ASSERT_EQ(split.units.size(), 1u);
  EXPECT_EQ(split.units.front(), "AUD");
}

TEST(UnitPhraseSetTest, AddKeepsOnlyPhrasesWithWords) {
  UnitPhraseSet set;
  EXPECT_TRUE(set.empty());
  set.Add(PhraseFromText("12", "X"));  // a numeral: no words
  EXPECT_TRUE(set.empty());
  set.Add(PhraseFromText("km", "km"));
  EXPECT_EQ(set.phrases().size(), 1u);
}

}  // namespace
}  // namespace claimdiff
