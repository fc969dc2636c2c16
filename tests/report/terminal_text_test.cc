#include "checker/report/terminal_text.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

TEST(CodePointCountTest, CountsCharactersNotBytes) {
  EXPECT_EQ(CodePointCount(""), 0u);
  EXPECT_EQ(CodePointCount("abc"), 3u);
  EXPECT_EQ(CodePointCount("Japan’s – €2"), 12u);
  EXPECT_EQ(CodePointCount("日本"), 2u);
}

TEST(IsCodePointBoundaryTest, NeverInsideASequence) {
  const std::string text = "a’b";  // ’ is 3 bytes: offsets 1..3
  EXPECT_TRUE(IsCodePointBoundary(text, 0));
  EXPECT_TRUE(IsCodePointBoundary(text, 1));
  EXPECT_FALSE(IsCodePointBoundary(text, 2));
  EXPECT_FALSE(IsCodePointBoundary(text, 3));
  EXPECT_TRUE(IsCodePointBoundary(text, 4));
  EXPECT_TRUE(IsCodePointBoundary(text, 5));  // the end
}

struct PrintableCase {
  std::string input;
  std::string expected;
};

class PrintableTest : public ::testing::TestWithParam<PrintableCase> {};

TEST_P(PrintableTest, Cleans) {
  EXPECT_EQ(Printable(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PrintableTest,
    ::testing::Values(
        PrintableCase{"plain text", "plain text"},
        PrintableCase{"Japan’s 71 years", "Japan’s 71 years"},
        PrintableCase{"a\t\tb\r\nc", "a b c"}, PrintableCase{"  lead", " lead"},
        PrintableCase{"red\x1b[31mtext", "red\xEF\xBF\xBD[31mtext"},
        PrintableCase{"del\x7f", "del\xEF\xBF\xBD"},
        PrintableCase{"csi\xC2\x9B"
                      "1m",
                      "csi\xEF\xBF\xBD"
                      "1m"},
        PrintableCase{"nbsp\xC2\xA0ok", "nbsp\xC2\xA0ok"},
        PrintableCase{"bad\xFF"
                      "byte",
                      "bad\xEF\xBF\xBD"
                      "byte"},
        PrintableCase{"cut\xE2\x80", "cut\xEF\xBF\xBD\xEF\xBF\xBD"},
        PrintableCase{"surrogate\xED\xA0\x80",
                      "surrogate\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"}));

TEST(PrintableTest, OffsetsFollowFoldedText) {
  std::vector<size_t> offsets;
  const std::string text = "a  ’b";
  EXPECT_EQ(Printable(text, &offsets), "a ’b");
  ASSERT_EQ(offsets.size(), text.size() + 1);
  EXPECT_EQ(offsets[0], 0u);  // a
  EXPECT_EQ(offsets[1], 1u);  // first space
  EXPECT_EQ(offsets[2], 1u);  // folded into it
  EXPECT_EQ(offsets[3], 2u);  // ’ lead byte
  EXPECT_EQ(offsets[4], 2u);  // its continuation bytes
  EXPECT_EQ(offsets[6], 5u);  // b
  EXPECT_EQ(offsets[7], 6u);  // the end
}

TEST(PadRightTest, PadsByCodePoints) {
  EXPECT_EQ(PadRight("ab", 4), "ab  ");
  EXPECT_EQ(PadRight("é", 3), "é  ");
  EXPECT_EQ(PadRight("abcdef", 3), "abcdef");
}

TEST(WrapWordsTest, WrapsAtWidth) {
  EXPECT_EQ(WrapWords("one two three four", 9),
            (std::vector<std::string>{"one two", "three", "four"}));
  EXPECT_EQ(WrapWords("  spaced   out  ", 80),
            (std::vector<std::string>{"spaced out"}));
  EXPECT_TRUE(WrapWords("   ", 10).empty());
}

TEST(WrapWordsTest, KeepsLongWordsWhole) {
  EXPECT_EQ(WrapWords("see seeds/a-very-long-file-name.txt now", 10),
            (std::vector<std::string>{"see", "seeds/a-very-long-file-name.txt",
                                      "now"}));
}

TEST(WrapWordsTest, CountsCodePoints) {
  // Eight code points but sixteen bytes: must fit a width of 8.
  EXPECT_EQ(WrapWords("éééé éôô", 8), (std::vector<std::string>{"éééé éôô"}));
}

}  // namespace
}  // namespace claimdiff
