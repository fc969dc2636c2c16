#include "checker/values/text.h"

#include <cstddef>
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

struct SpaceCase {
  absl::string_view text;
  size_t pos;
  size_t length;
};

void PrintTo(const SpaceCase& c, std::ostream* os) {
  *os << '"' << c.text << "\" at " << c.pos;
}

class SpaceLengthTableTest : public testing::TestWithParam<SpaceCase> {};

TEST_P(SpaceLengthTableTest, Measures) {
  EXPECT_EQ(SpaceLength(GetParam().text, GetParam().pos), GetParam().length);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SpaceLengthTableTest,
    testing::Values(SpaceCase{"\t", 0, 1}, SpaceCase{"\n", 0, 1},
                    SpaceCase{"\v", 0, 1}, SpaceCase{"\f", 0, 1},
                    SpaceCase{"\r", 0, 1}, SpaceCase{"a b", 1, 1},
                    SpaceCase{"a b", 2, 0},
                    SpaceCase{"\xE2\x80\x87", 0, 3},  // figure space
                    SpaceCase{"\xE2\x80\x8A", 0, 3},  // hair space
                    SpaceCase{"\xE2\x80\xAF", 0, 3},  // narrow no-break
                    SpaceCase{"x\xC2\xA0", 1, 2},
                    // Cut short, or other characters on the same lead bytes.
                    SpaceCase{"\xC2", 0, 0}, SpaceCase{"\xE2\x80", 0, 0},
                    SpaceCase{"\xC2\xA9", 0, 0},      // copyright sign
                    SpaceCase{"\xE2\x80\x94", 0, 0},  // em dash
                    SpaceCase{"\xE2\x80\x88", 0, 0},  // punctuation space
                    SpaceCase{"\xA0", 0, 0},
                    SpaceCase{"\xC3\xA0", 0, 0}));  // a with grave

INSTANTIATE_TEST_SUITE_P(
    WideSpacesAtEitherEnd, TrimSpacesTest,
    testing::Values(TextCase{"x\xE2\x80\x87", "x"},
                    TextCase{"x\xE2\x80\x8A\xC2\xA0 ", "x"},
                    TextCase{"\xE2\x80\x89\xE2\x80\xAFx", "x"},
                    // Tails of wide spaces that are not spaces.
                    TextCase{"x\xA0", "x\xA0"},
                    TextCase{"x\xC3\xA0", "x\xC3\xA0"},
                    TextCase{"x\x80\xAF", "x\x80\xAF"},
                    TextCase{"\xE2\x82\xAC ", "\xE2\x82\xAC"}));

INSTANTIATE_TEST_SUITE_P(WideSpaces, FoldTextTest,
                         testing::Values(TextCase{"\xE2\x80\x87"
                                                  "A\xE2\x80\xAF\tB ",
                                                  "a b"},
                                         TextCase{"x\xC2\xA9Y", "x\xC2\xA9y"}));

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
