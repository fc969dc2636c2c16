#include "checker/values/number.h"

#include <ostream>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct NumberCase {
  absl::string_view text;
  double low;
  double high;
  double step;
  bool is_range;
};

// Names the case by its text in test output.
void PrintTo(const NumberCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ParseNumberTest : public testing::TestWithParam<NumberCase> {};

TEST_P(ParseNumberTest, ReadsFigure) {
  const NumberCase& c = GetParam();
  absl::StatusOr<ParsedNumber> number = ParseNumber(c.text);
  ASSERT_TRUE(number.ok()) << number.status();
  EXPECT_DOUBLE_EQ(number->low, c.low);
  EXPECT_DOUBLE_EQ(number->high, c.high);
  EXPECT_DOUBLE_EQ(number->step, c.step);
  EXPECT_EQ(number->is_range, c.is_range);
}

INSTANTIATE_TEST_SUITE_P(
    Numerals, ParseNumberTest,
    testing::Values(NumberCase{"80", 80, 80, 10, false},
                    NumberCase{"71", 71, 71, 1, false},
                    NumberCase{"1,312", 1312, 1312, 1, false},
                    NumberCase{"2.2", 2.2, 2.2, 0.1, false},
                    NumberCase{"10", 10, 10, 1, false},
                    NumberCase{"400", 400, 400, 100, false},
                    NumberCase{"1,000,000", 1e6, 1e6, 1e5, false},
                    NumberCase{"0", 0, 0, 1, false},
                    NumberCase{"  50  ", 50, 50, 10, false},
                    NumberCase{"2.2 billion.", 2.2e9, 2.2e9, 1e8, false}));

INSTANTIATE_TEST_SUITE_P(
    Scales, ParseNumberTest,
    testing::Values(NumberCase{"2.2bn", 2.2e9, 2.2e9, 1e8, false},
                    NumberCase{"2.2 bn", 2.2e9, 2.2e9, 1e8, false},
                    NumberCase{"2.2 BN", 2.2e9, 2.2e9, 1e8, false},
                    NumberCase{"2.2 billion", 2.2e9, 2.2e9, 1e8, false},
                    NumberCase{"30 Billion", 30e9, 30e9, 1e10, false},
                    NumberCase{"1.5m", 1.5e6, 1.5e6, 1e5, false},
                    NumberCase{"1.5 mn", 1.5e6, 1.5e6, 1e5, false},
                    NumberCase{"1.5 mln", 1.5e6, 1.5e6, 1e5, false},
                    NumberCase{"1.5 million", 1.5e6, 1.5e6, 1e5, false},
                    NumberCase{"30k", 30e3, 30e3, 1e4, false},
                    NumberCase{"4 thousand", 4e3, 4e3, 1e3, false},
                    NumberCase{"1 trillion", 1e12, 1e12, 1e11, false},
                    NumberCase{"3tn", 3e12, 3e12, 1e12, false},
                    NumberCase{"5 hundred", 500, 500, 100, false},
                    NumberCase{"5-million", 5e6, 5e6, 1e6, false}));

INSTANTIATE_TEST_SUITE_P(
    Adjectives, ParseNumberTest,
    testing::Values(NumberCase{"71-year", 71, 71, 1, false},
                    NumberCase{"500-strong", 500, 500, 100, false},
                    NumberCase{"twenty-five-member", 25, 25, 1, false},
                    NumberCase{"12-member", 12, 12, 1, false}));

INSTANTIATE_TEST_SUITE_P(
    Words, ParseNumberTest,
    testing::Values(NumberCase{"eight", 8, 8, 1, false},
                    NumberCase{"one", 1, 1, 0.1, false},
                    NumberCase{"a", 1, 1, 0.1, false},
                    NumberCase{"an", 1, 1, 0.1, false},
                    NumberCase{"half", 0.5, 0.5, 0.1, false},
                    NumberCase{"eighty", 80, 80, 10, false},
                    NumberCase{"Seventy-one", 71, 71, 1, false},
                    NumberCase{"seventy one", 71, 71, 1, false},
                    NumberCase{"nineteen", 19, 19, 1, false},
                    NumberCase{"two hundred", 200, 200, 100, false},
                    NumberCase{"a hundred", 100, 100, 10, false},
                    NumberCase{"one hundred and twenty", 120, 120, 10, false},
                    NumberCase{"fifteen hundred", 1500, 1500, 100, false},
                    NumberCase{"a dozen", 12, 12, 1, false},
                    NumberCase{"two dozen", 24, 24, 1, false},
                    NumberCase{"half a dozen", 6, 6, 1, false},
                    NumberCase{"two million", 2e6, 2e6, 1e6, false},
                    NumberCase{"a million", 1e6, 1e6, 1e5, false},
                    NumberCase{"half a million", 5e5, 5e5, 1e5, false},
                    NumberCase{"seventy-one thousand", 71e3, 71e3, 1e3, false},
                    NumberCase{"two million three hundred thousand", 2.3e6,
                               2.3e6, 1e5, false}));

INSTANTIATE_TEST_SUITE_P(
    Ranges, ParseNumberTest,
    testing::Values(
        NumberCase{"20-30", 20, 30, 10, true},
        NumberCase{"20\xE2\x80\x93"
                   "30",
                   20, 30, 10, true},                        // en dash
        NumberCase{"20 \xE2\x80\x94 30", 20, 30, 10, true},  // em dash
        NumberCase{"20 to 30", 20, 30, 10, true},
        NumberCase{"between 20 and 30", 20, 30, 10, true},
        NumberCase{"Between twenty and thirty", 20, 30, 10, true},
        NumberCase{"from 20 to 30", 20, 30, 10, true},
        NumberCase{"20-30 million", 20e6, 30e6, 1e7, true},
        NumberCase{"2 to 3 billion", 2e9, 3e9, 1e9, true},
        NumberCase{"2bn-3bn", 2e9, 3e9, 1e9, true},
        NumberCase{"900,000 to 1.2 million", 9e5, 1.2e6, 1e5, true},
        NumberCase{"seventy-one to seventy-three", 71, 73, 1, true}));

// Fractions as news copy writes them; a fraction's step is 0.2 over its
// denominator (see FractionStep in number.cc), so "about a third" is
// roughly 0.27-0.4.
INSTANTIATE_TEST_SUITE_P(
    Fractions, ParseNumberTest,
    testing::Values(
        NumberCase{"a quarter", 0.25, 0.25, 0.05, false},
        NumberCase{"one-third", 1.0 / 3, 1.0 / 3, 0.2 / 3, false},
        NumberCase{"a third", 1.0 / 3, 1.0 / 3, 0.2 / 3, false},
        NumberCase{"two-thirds", 2.0 / 3, 2.0 / 3, 0.2 / 3, false},
        NumberCase{"two thirds", 2.0 / 3, 2.0 / 3, 0.2 / 3, false},
        NumberCase{"three quarters", 0.75, 0.75, 0.05, false},
        NumberCase{"three-quarters", 0.75, 0.75, 0.05, false},
        NumberCase{"half", 0.5, 0.5, 0.1, false},
        NumberCase{"2\xC2\xBD", 2.5, 2.5, 0.1, false},                  // 2½
        NumberCase{"\xC2\xBE", 0.75, 0.75, 0.05, false},                // ¾
        NumberCase{"1\xE2\x85\x93", 4.0 / 3, 4.0 / 3, 0.2 / 3, false},  // 1⅓
        NumberCase{"a quarter million", 2.5e5, 2.5e5, 5e4, false},
        NumberCase{"two and a half", 2.5, 2.5, 0.1, false},
        NumberCase{"two and a half million", 2.5e6, 2.5e6, 1e5, false},
        NumberCase{"one and a half", 1.5, 1.5, 0.1, false},
        NumberCase{"a million and a half", 1.5e6, 1.5e6, 1e5, false},
        NumberCase{"a quarter of a million", 2.5e5, 2.5e5, 5e4, false},
        NumberCase{"three-quarters of a million", 7.5e5, 7.5e5, 5e4, false}));

// "and a half" hyphenated into one adjective, as copy often writes it.
INSTANTIATE_TEST_SUITE_P(
    HyphenatedHalves, ParseNumberTest,
    testing::Values(
        NumberCase{"three-and-a-half", 3.5, 3.5, 0.1, false},
        NumberCase{"Three-And-A-Half", 3.5, 3.5, 0.1, false},
        NumberCase{"one-and-a-half", 1.5, 1.5, 0.1, false},
        NumberCase{"twenty-one-and-a-half", 21.5, 21.5, 0.1, false},
        NumberCase{"two-and-a-half million", 2.5e6, 2.5e6, 1e5, false},
        NumberCase{"a million-and-a-half", 1.5e6, 1.5e6, 1e5, false},
        NumberCase{"three-and-one-half", 3.5, 3.5, 0.1, false},
        NumberCase{"three-and-a-half-year", 3.5, 3.5, 0.1, false}));

// "N or M" is a span when M is the whole number after N (see IsOrSpan);
// a scale written on either end covers both.
INSTANTIATE_TEST_SUITE_P(
    OrSpans, ParseNumberTest,
    testing::Values(NumberCase{"four or five", 4, 5, 1, true},
                    NumberCase{"4 or 5", 4, 5, 1, true},
                    NumberCase{"one or two", 1, 2, 0.1, true},
                    NumberCase{"nineteen or twenty", 19, 20, 1, true},
                    NumberCase{"two or three million", 2e6, 3e6, 1e6, true},
                    NumberCase{"2m or 3m", 2e6, 3e6, 1e6, true},
                    NumberCase{"a million or two", 1e6, 2e6, 1e5, true}));

// Ordinals read as the number they rank, for kinds that need them.
INSTANTIATE_TEST_SUITE_P(
    Ordinals, ParseNumberTest,
    testing::Values(NumberCase{"third", 3, 3, 1, false},
                    NumberCase{"first", 1, 1, 0.1, false},
                    NumberCase{"twelfth", 12, 12, 1, false},
                    NumberCase{"twentieth", 20, 20, 10, false},
                    NumberCase{"twenty-first", 21, 21, 1, false},
                    NumberCase{"21st", 21, 21, 1, false},
                    NumberCase{"3rd", 3, 3, 1, false},
                    NumberCase{"100th", 100, 100, 10, false}));

INSTANTIATE_TEST_SUITE_P(
    Negatives, ParseNumberTest,
    testing::Values(NumberCase{"-5", -5, -5, 1, false},
                    NumberCase{"\xE2\x88\x92"
                               "5",
                               -5, -5, 1, false},  // U+2212
                    NumberCase{"\xE2\x80\x93"
                               "2.4",
                               -2.4, -2.4, 0.1, false},  // en dash
                    NumberCase{"minus 5", -5, -5, 1, false},
                    NumberCase{"minus five", -5, -5, 1, false},
                    NumberCase{"-1.2 million", -1.2e6, -1.2e6, 1e5, false},
                    NumberCase{"from -5 to 5", -5, 5, 1, true},
                    NumberCase{"between minus 3 and minus 1", -3, -1, 0.1,
                               true},
                    NumberCase{"-3 to -1", -3, -1, 0.1, true}));

// Words up to the billions, and the ranges copy writes most.
INSTANTIATE_TEST_SUITE_P(
    LargeWords, ParseNumberTest,
    testing::Values(NumberCase{"two hundred and five", 205, 205, 1, false},
                    NumberCase{"one hundred thousand", 1e5, 1e5, 1e4, false},
                    NumberCase{"1.2 million", 1.2e6, 1.2e6, 1e5, false},
                    NumberCase{"three million", 3e6, 3e6, 1e6, false},
                    NumberCase{"four billion", 4e9, 4e9, 1e9, false},
                    NumberCase{"two billion five hundred million", 2.5e9, 2.5e9,
                               1e8, false},
                    NumberCase{"nine hundred and ninety-nine", 999, 999, 1,
                               false},
                    NumberCase{"from 20 to 30", 20, 30, 10, true},
                    NumberCase{"20\xE2\x80\x93"
                               "30",
                               20, 30, 10, true}));

// Thousands separated by spaces, as European and typeset copy writes
// them, and the Indian lakh and crore.
INSTANTIATE_TEST_SUITE_P(
    SpacedThousandsAndIndianScales, ParseNumberTest,
    testing::Values(NumberCase{"40 000", 4e4, 4e4, 1e4, false},
                    NumberCase{"1 250 000", 1.25e6, 1.25e6, 1e4, false},
                    NumberCase{"40\xE2\x80\x89"
                               "000",
                               4e4, 4e4, 1e4, false},
                    NumberCase{"40\xC2\xA0"
                               "000",
                               4e4, 4e4, 1e4, false},
                    NumberCase{"40\xE2\x80\xAF"
                               "000",
                               4e4, 4e4, 1e4, false},
                    NumberCase{"5 lakh", 5e5, 5e5, 1e5, false},
                    NumberCase{"2 crore", 2e7, 2e7, 1e7, false},
                    NumberCase{"2,000 crore", 2e10, 2e10, 1e10, false},
                    NumberCase{"two crore", 2e7, 2e7, 1e7, false}));

class ParseNumberErrorTest : public testing::TestWithParam<absl::string_view> {
};

TEST_P(ParseNumberErrorTest, RejectsText) {
  absl::StatusOr<ParsedNumber> number = ParseNumber(GetParam());
  ASSERT_FALSE(number.ok());
  EXPECT_EQ(number.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(number.status().message().find("not a number"),
            absl::string_view::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Garbage, ParseNumberErrorTest,
    testing::Values("", "many", "lots of people", "between 20", "from 20",
                    "30-20", "twenty zero", "71-year-old", "20 or 30",
                    "seven seven", "1.2.3x", "quarter", "third quarter",
                    // Groups of other than three
                    // digits are separate figures.
                    "40 00", "4000 000", "1 000 00", "40  000", "minus", "- 5",
                    "a third third"));

INSTANTIATE_TEST_SUITE_P(
    NotSpans, ParseNumberErrorTest,
    testing::Values(
        // M is not the next figure, or the "or" starts a trailing qualifier.
        "five or four", "1.5 or 2.5", "0 or 1", "2 million or 3 billion",
        "a or two", "30 or more", "100 or so", "200 or fewer", "5 or less",
        "four or",
        // A half needs all its words.
        "three-and-a", "three and-a", "three-and-half"));

TEST(ParseNumberAtTest, TakesOneAdjectivalTail) {
  const std::vector<Token> tokens = Tokenize("71-year-old");
  size_t pos = 0;
  std::optional<ParsedNumber> number = ParseNumberAt(tokens, &pos);
  ASSERT_TRUE(number.has_value());
  EXPECT_DOUBLE_EQ(number->low, 71);
  EXPECT_EQ(pos, 3u);
}

TEST(ParseNumberAtTest, SpacedHyphenIsNotATail) {
  const std::vector<Token> tokens = Tokenize("71 - year");
  size_t pos = 0;
  std::optional<ParsedNumber> number = ParseNumberAt(tokens, &pos);
  ASSERT_TRUE(number.has_value());
  EXPECT_DOUBLE_EQ(number->low, 71);
  EXPECT_EQ(pos, 1u);
}

TEST(ParseNumberAtTest, LeavesPositionWhenNoNumber) {
  const std::vector<Token> tokens = Tokenize("dollars 5");
  size_t pos = 0;
  EXPECT_FALSE(ParseNumberAt(tokens, &pos).has_value());
  EXPECT_EQ(pos, 0u);
}

// A trailing qualifier such as "or more" is left for the caller.
TEST(ParseNumberAtTest, LeavesTrailingOrQualifier) {
  for (absl::string_view text : {"30 or more", "100 or so", "200 or fewer",
                                 "five or less", "20 or 30"}) {
    const std::vector<Token> tokens = Tokenize(text);
    size_t pos = 0;
    std::optional<ParsedNumber> number = ParseNumberAt(tokens, &pos);
    ASSERT_TRUE(number.has_value()) << text;
    EXPECT_FALSE(number->is_range) << text;
    EXPECT_EQ(pos, 1u) << text;
  }
}

struct OrSpanCase {
  double first;
  double second;
  bool span;
};

void PrintTo(const OrSpanCase& c, std::ostream* os) {
  *os << c.first << " or " << c.second;
}

class IsOrSpanTest : public testing::TestWithParam<OrSpanCase> {};

TEST_P(IsOrSpanTest, NeedsTheNextWholeNumber) {
  const OrSpanCase& c = GetParam();
  EXPECT_EQ(IsOrSpan(c.first, c.second), c.span);
}

INSTANTIATE_TEST_SUITE_P(
    Pairs, IsOrSpanTest,
    testing::Values(OrSpanCase{4, 5, true}, OrSpanCase{1, 2, true},
                    OrSpanCase{99, 100, true}, OrSpanCase{20, 30, false},
                    OrSpanCase{5, 4, false}, OrSpanCase{4, 4, false},
                    OrSpanCase{0, 1, false}, OrSpanCase{-2, -1, false},
                    OrSpanCase{1.5, 2.5, false}, OrSpanCase{0.5, 1, false}));

struct FractionStepCase {
  double denominator;
  double step;
};

void PrintTo(const FractionStepCase& c, std::ostream* os) {
  *os << "1/" << c.denominator;
}

class FractionStepTest : public testing::TestWithParam<FractionStepCase> {};

TEST_P(FractionStepTest, ScalesWithTheDenominator) {
  EXPECT_DOUBLE_EQ(FractionStep(GetParam().denominator), GetParam().step);
}

INSTANTIATE_TEST_SUITE_P(Denominators, FractionStepTest,
                         testing::Values(FractionStepCase{2, 0.1},
                                         FractionStepCase{3, 0.2 / 3},
                                         FractionStepCase{5, 0.04},
                                         FractionStepCase{100, 0.002}));

TEST(ParseNumberAtTest, TrailingAndIsNotPartOfTheNumber) {
  const std::vector<Token> tokens = Tokenize("two hundred and counting");
  size_t pos = 0;
  std::optional<ParsedNumber> number = ParseNumberAt(tokens, &pos);
  ASSERT_TRUE(number.has_value());
  EXPECT_DOUBLE_EQ(number->low, 200);
  EXPECT_EQ(pos, 2u);
}

}  // namespace
}  // namespace claimdiff
