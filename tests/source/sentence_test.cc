#include "checker/source/sentence.h"

#include <string>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct SentenceCase {
  std::string name;
  std::string text;
  std::string claim;
  std::string sentence;
};

class SentenceAroundTest : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(SentenceAroundTest, FindsTheSentence) {
  const SentenceCase& c = GetParam();
  const size_t begin = c.text.find(c.claim);
  ASSERT_NE(begin, std::string::npos);
  const auto [first, last] =
      SentenceAround(c.text, begin, begin + c.claim.size());
  EXPECT_EQ(c.text.substr(first, last - first), c.sentence);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SentenceAroundTest,
    ::testing::Values(
        SentenceCase{"Middle",
                     "First one. The treaty has hung for more than 50 years. "
                     "Next one.",
                     "more than 50 years",
                     "The treaty has hung for more than 50 years."},
        SentenceCase{"TextStart", "More than 50 years passed! Then more.",
                     "More than 50 years", "More than 50 years passed!"},
        SentenceCase{"TextEnd", "Intro. It lasted 71 years", "71 years",
                     "It lasted 71 years"},
        SentenceCase{"LineBreaks", "Headline with 71 years\nBody text.",
                     "71 years", "Headline with 71 years"},
        SentenceCase{"CrLf", "Title\r\n  It took 3 days  \r\nMore.", "3 days",
                     "It took 3 days"},
        SentenceCase{"MonthAbbreviation",
                     "Old. It began on Dec. 13 when Mr. Abe arrived. Later.",
                     "13", "It began on Dec. 13 when Mr. Abe arrived."},
        SentenceCase{"Acronym",
                     "Old. The U.S. Treasury paid $2 billion. Then more.",
                     "$2 billion", "The U.S. Treasury paid $2 billion."},
        SentenceCase{"Initial", "Old. J. Smith counted 40 ships. New.",
                     "40 ships", "J. Smith counted 40 ships."},
        SentenceCase{"ClosingQuote", "“It lasted 70 years.” She left. Then?",
                     "70 years", "“It lasted 70 years.”"},
        SentenceCase{"Question", "Was it 70 years? Nobody knows.", "70 years",
                     "Was it 70 years?"},
        SentenceCase{"DecimalPoint", "Trade fell 2.5 percent. Exports rose.",
                     "percent", "Trade fell 2.5 percent."},
        SentenceCase{"LowerCaseContinues",
                     "It is approx. three years old. Yes.", "three years",
                     "It is approx. three years old."}),
    [](const ::testing::TestParamInfo<SentenceCase>& info) {
      return info.param.name;
    });

}  // namespace
}  // namespace claimdiff
