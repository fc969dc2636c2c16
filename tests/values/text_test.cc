#include "checker/values/text.h"

#include <ostream>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct TextCase {
  absl::string_view text;
  absl::string_view expected;
};

// Names the case by its text in test output.
void PrintTo(const TextCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class TrimSpacesTest : public testing::TestWithParam<TextCase> {};

TEST_P(TrimSpacesTest, Trims) {
  EXPECT_EQ(TrimSpaces(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Cases, TrimSpacesTest,
                         testing::Values(TextCase{"  71 years ", "71 years"},
                                         TextCase{"\t\n71\r\n", "71"},
                                         TextCase{"\xC2\xA0"
                                                  "2.2 bn"
                                                  "\xE2\x80\xAF",
                                                  "2.2 bn"},
                                         TextCase{"   ", ""}, TextCase{"", ""},
                                         TextCase{"a  b", "a  b"}));

class TrimPunctuationTest : public testing::TestWithParam<TextCase> {};

TEST_P(TrimPunctuationTest, Trims) {
  EXPECT_EQ(TrimPunctuation(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Cases, TrimPunctuationTest,
                         testing::Values(TextCase{", at least", "at least"},
                                         TextCase{"at least, ", "at least"},
                                         TextCase{" (about) ", "about"},
                                         TextCase{"-- over --", "over"},
                                         TextCase{" ~ ", "~"}, TextCase{"", ""},
                                         TextCase{"more than", "more than"}));

class FoldTextTest : public testing::TestWithParam<TextCase> {};

TEST_P(FoldTextTest, Folds) {
  EXPECT_EQ(FoldText(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FoldTextTest,
    testing::Values(TextCase{"More  Than", "more than"},
                    TextCase{"  more\tthan  ", "more than"},
                    TextCase{"more\xC2\xA0than", "more than"},
                    TextCase{"\xE2\x82\xAC"
                             "1.5M",
                             "\xE2\x82\xAC"
                             "1.5m"},
                    TextCase{"", ""}));

TEST(SpaceLengthTest, CountsWideSpaces) {
  EXPECT_EQ(SpaceLength(" x", 0), 1u);
  EXPECT_EQ(SpaceLength("\xC2\xA0x", 0), 2u);
  EXPECT_EQ(SpaceLength("\xE2\x80\x89x", 0), 3u);
  EXPECT_EQ(SpaceLength("x ", 0), 0u);
  EXPECT_EQ(SpaceLength("x", 5), 0u);
  // The euro sign shares its lead byte with the thin space.
  EXPECT_EQ(SpaceLength("\xE2\x82\xAC", 0), 0u);
}

}  // namespace
}  // namespace claimdiff
