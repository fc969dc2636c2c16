#include "checker/values/token.h"

#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

// Renders tokens compactly: words as-is, numerals in #..., symbols in
// [...], and "^" before a token written solid with the one before it.
std::string Render(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& token : tokens) {
    if (!out.empty()) out += ' ';
    if (!token.spaced) out += '^';
    switch (token.kind) {
      case TokenKind::kWord:
        out += token.text;
        break;
      case TokenKind::kNumeral:
        out += "#" + token.text;
        break;
      case TokenKind::kSymbol:
        out += "[" + token.text + "]";
        break;
    }
  }
  return out;
}

struct TokenizeCase {
  absl::string_view text;
  absl::string_view expected;
};

// Names the case by its text in test output.
void PrintTo(const TokenizeCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class TokenizeTest : public testing::TestWithParam<TokenizeCase> {};

TEST_P(TokenizeTest, Splits) {
  EXPECT_EQ(Render(Tokenize(GetParam().text)), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TokenizeTest,
    testing::Values(TokenizeCase{"1,312", "#1312"},
                    TokenizeCase{"1,312,000.5", "#1312000.5"},
                    TokenizeCase{"$2.2bn", "[$] ^#2.2 ^bn"},
                    TokenizeCase{"2.2 BN", "#2.2 bn"},
                    TokenizeCase{"US$5m", "us ^[$] ^#5 ^m"},
                    TokenizeCase{"71-year-old", "#71 ^[-] ^year ^[-] ^old"},
                    TokenizeCase{"seventy-one", "seventy ^[-] ^one"},
                    TokenizeCase{"20\xE2\x80\x93"
                                 "30",
                                 "#20 ^[-] ^#30"},
                    TokenizeCase{"20 \xE2\x80\x94 30", "#20 [-] #30"},
                    TokenizeCase{"December 15, 2016",
                                 "december #15 ^[,] #2016"},
                    TokenizeCase{"15,2016", "#15 ^[,] ^#2016"},
                    TokenizeCase{"Dec. 15th", "dec ^[.] #15 ^th"},
                    TokenizeCase{"2.2.", "#2.2 ^[.]"},
                    TokenizeCase{"2016-12-15", "#2016 ^[-] ^#12 ^[-] ^#15"},
                    TokenizeCase{"\xE2\x82\xAC"
                                 "1.5m",
                                 "[\xE2\x82\xAC] ^#1.5 ^m"},
                    TokenizeCase{"50\xC2\xA0%", "#50 [%]"},
                    TokenizeCase{"", ""}));

TEST(TrimPunctuationTokensTest, DropsSentencePunctuationAtEnds) {
  std::vector<Token> tokens = Tokenize(", 2.2 billion.;");
  TrimPunctuationTokens(&tokens);
  EXPECT_EQ(Render(tokens), "#2.2 billion");
}

TEST(TrimPunctuationTokensTest, KeepsInnerAndOtherSymbols) {
  std::vector<Token> tokens = Tokenize("$2, 3%");
  TrimPunctuationTokens(&tokens);
  EXPECT_EQ(Render(tokens), "[$] ^#2 ^[,] #3 ^[%]");
}

}  // namespace
}  // namespace claimdiff
