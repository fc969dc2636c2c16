#include "checker/source/markup.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

// Every byte that is not a line break either stays or becomes a space; a
// line break never moves.
void ExpectOnlyBlanked(const std::string& before, const std::string& after,
                       const std::string& name) {
  ASSERT_EQ(after.size(), before.size()) << name;
  for (size_t i = 0; i < before.size(); ++i) {
    if (before[i] == '\n' || before[i] == '\r') {
      EXPECT_EQ(after[i], before[i]) << name << " at " << i;
    } else if (after[i] != before[i]) {
      EXPECT_EQ(after[i], ' ') << name << " at " << i;
    }
  }
}

TEST(BlankRangeTest, KeepsLineBreaksAndLength) {
  const struct {
    const char* name;
    std::string text;
    size_t begin, end;
    std::string expected;
  } cases[] = {
      {"middle", "abcdef", 1, 4, "a   ef"},
      {"keeps LF and CR", "ab\r\ncd", 0, 6, "  \r\n  "},
      {"end clamps to size", "abc", 1, 100, "a  "},
      {"empty range", "abc", 2, 2, "abc"},
      {"begin past end", "abc", 5, 9, "abc"},
  };
  for (const auto& c : cases) {
    std::string text = c.text;
    BlankRange(&text, c.begin, c.end);
    EXPECT_EQ(text, c.expected) << c.name;
  }
}

struct MaskCase {
  const char* name;
  std::string input;
  std::string expected;
};

TEST(MaskMarkdownTest, BlanksSyntaxAndKeepsProse) {
  const MaskCase cases[] = {
      {"front matter", "---\ntitle: 5 things\n---\nBody 7.\n",
       "   \n" + std::string(15, ' ') + "\n   \nBody 7.\n"},
      {"front matter closed by dots", "---\ndate: 2016\n...\nBody.",
       "   \n          \n   \nBody."},
      {"dashes later are not front matter", "Intro.\n---\nText 5.",
       "Intro.\n---\nText 5."},
      {"fenced code", "Text 1.\n```cpp\nint x = 5;\n```\nText 2.",
       "Text 1.\n      \n          \n   \nText 2."},
      {"tilde fence", "a\n~~~\n42\n~~~\nb", "a\n   \n  \n   \nb"},
      {"indented fence", "a\n  ```\n42\n  ```\nb", "a\n     \n  \n     \nb"},
      {"heading marker", "# Talks 5\n", "  Talks 5\n"},
      {"deep heading with closing hashes", "### Heading 7 ###\nx",
       "    Heading 7    \nx"},
      {"hash without space is prose", "#1 seed", "#1 seed"},
      {"bold and italic", "**71 years** and *70*", "  71 years   and  70 "},
      {"underscores", "_about_ 50 and more", " about  50 and more"},
      {"snake_case stays", "snake_case_name 5", "snake_case_name 5"},
      {"inline code backticks", "run `claimdiff` now", "run  claimdiff  now"},
      {"link keeps text drops URL", "[$2bn](http://x.com/a) deal",
       " $2bn                  deal"},
      {"image keeps alt text", "![71 years](a.png)", "  71 years        "},
      {"reference link", "[80 deals][ref] signed",
       " 80 deals" + std::string(7, ' ') + "signed"},
      {"reference definition", "Text.\n[ref]: http://x.com/1999\nMore.",
       "Text.\n                        \nMore."},
      {"html comment", "a <!-- 1999 -->b", "a" + std::string(14, ' ') + "b"},
      {"multi-line html comment", "a<!-- 5\n6 -->b", "a      \n     b"},
      {"html tags", "<b>5</b> deals<br/>", "   5     deals     "},
      {"quote marker", "> He said 50.\n>> Nested 6.",
       "  He said 50.\n   Nested 6."},
  };
  for (const MaskCase& c : cases) {
    std::string text = c.input;
    MaskMarkdown(&text);
    EXPECT_EQ(text, c.expected) << c.name;
    ExpectOnlyBlanked(c.input, text, c.name);
  }
}

// Strong emphasis with underscores: both closing underscores are syntax.
// A stray "_" left after a figure ("71_ years") would keep rules from
// reading it.
TEST(MaskMarkdownTest, DoubleUnderscoreEmphasisIsFullyBlanked) {
  const MaskCase cases[] = {
      {"word", "__more__", "  more  "},
      {"figure", "__71__ years", "  71   years"},
      {"triple", "___5___ x", "   5    x"},
      {"end of text", "a __b__", "a   b  "},
  };
  for (const MaskCase& c : cases) {
    std::string text = c.input;
    MaskMarkdown(&text);
    EXPECT_EQ(text, c.expected) << c.name;
  }
}

// A fence line inside an HTML comment is comment text, not the start of a
// code block: the prose after the comment must stay readable.
TEST(MaskMarkdownTest, FenceInsideHtmlCommentDoesNotHideLaterProse) {
  std::string text = "<!--\n```\n-->\nTalks lasted 71 years.";
  MaskMarkdown(&text);
  EXPECT_EQ(text, "    \n   \n   \nTalks lasted 71 years.");
}

// A fenced block closes only with a fence of the same character (CommonMark
// 4.5): "~~~" inside a ``` block is code, and the ``` after it closes the
// block rather than opening a new one.
TEST(MaskMarkdownTest, FenceClosesOnlyWithTheSameCharacter) {
  std::string text = "```\ncode 1\n~~~\ncode 2\n```\nProse 3.";
  MaskMarkdown(&text);
  EXPECT_EQ(text, "   \n      \n   \n      \n   \nProse 3.");
}

TEST(MaskMarkdownTest, CrlfFrontMatterAndFences) {
  const std::string input = "---\r\nk: 1\r\n---\r\nA.\r\n```\r\n9\r\n```\r\nB.";
  std::string text = input;
  MaskMarkdown(&text);
  EXPECT_EQ(text, "   \r\n    \r\n   \r\nA.\r\n   \r\n \r\n   \r\nB.");
}

TEST(MaskMarkdownTest, UnclosedFenceBlanksToTheEnd) {
  std::string text = "a\n```\n1\n2";
  MaskMarkdown(&text);
  EXPECT_EQ(text, "a\n   \n \n ");
}

TEST(MaskMarkdownTest, PlainProseIsUntouched) {
  const std::string input =
      "The dispute has lasted 71 years.\n\nTrade is $20bn (about 5%).\n";
  std::string text = input;
  MaskMarkdown(&text);
  EXPECT_EQ(text, input);
}

TEST(MaskMarkdownTest, MultibyteTextKeepsItsBytes) {
  const std::string input =
      "**It\xE2\x80\x99s \xE2\x82\xAC"
      "5**";
  std::string text = input;
  MaskMarkdown(&text);
  EXPECT_EQ(text,
            "  It\xE2\x80\x99s \xE2\x82\xAC"
            "5  ");
}

TEST(MaskExcludedTest, BlanksWholeMatchesOfEachPattern) {
  const struct {
    const char* name;
    std::vector<std::string> patterns;
    std::string input;
    std::string expected;
  } cases[] = {
      {"comments section",
       {R"((?s)Comments \(\d+\).*)"},
       "Body 5.\nComments (2)\nme: 9\n",
       "Body 5.\n            \n     \n"},
      {"two patterns",
       {"Advert[^\\n]*", "Related: \\d+"},
       "Advert 50% off\nText 7.\nRelated: 3",
       "              \nText 7.\n          "},
      {"groups do not limit the blanking",
       {"(Share) this (\\d+)"},
       "x Share this 5 y",
       "x              y"},
      {"no patterns", {}, "abc", "abc"},
      {"no match", {"zzz"}, "abc", "abc"},
      {"empty matches do not loop", {"a*"}, "baab", "b  b"},
  };
  for (const auto& c : cases) {
    std::string text = c.input;
    const absl::Status s = MaskExcluded(c.patterns, &text);
    ASSERT_TRUE(s.ok()) << c.name << ": " << s;
    EXPECT_EQ(text, c.expected) << c.name;
  }
}

TEST(MaskExcludedTest, InvalidPatternIsInvalidArgumentNamingIt) {
  const std::vector<std::string> bad = {"(unclosed", R"((a)\1)", "a{2,1}"};
  for (const std::string& pattern : bad) {
    std::string text = "unclosed aa";
    const absl::Status s = MaskExcluded({pattern}, &text);
    ASSERT_FALSE(s.ok()) << pattern;
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(s.message().find(pattern), absl::string_view::npos) << s;
  }
}

}  // namespace
}  // namespace claimdiff
