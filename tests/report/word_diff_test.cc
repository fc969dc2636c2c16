#include "checker/report/word_diff.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

// "=same", "-left only", "+right only", joined by "|".
std::string Show(const std::vector<DiffPiece>& pieces) {
  std::string out;
  for (const DiffPiece& p : pieces) {
    if (!out.empty()) out += "|";
    out += p.kind == DiffPiece::kSame       ? "="
           : p.kind == DiffPiece::kOnlyLeft ? "-"
                                            : "+";
    out += p.text;
  }
  return out;
}

TEST(DiffWordsTest, MarksTheWordsEachSideAlone) {
  struct Case {
    const char* left;
    const char* right;
    const char* diff;
  } cases[] = {
      {"the bill is $62 million", "the bill is $48 million",
       "=the bill is|-$62|+$48|=million"},
      {"same words", "same words", "=same words"},
      {"", "all new", "+all new"},
      {"all gone", "", "-all gone"},
      {"a b c", "a  x\tc", "=a|-b|+x|=c"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Show(DiffWords(c.left, c.right)), c.diff) << c.left;
  }
}

TEST(DiffWordsTest, VeryLongSentencesCompareAsWholes) {
  std::string left, right;
  for (int i = 0; i < 500; ++i) {
    left += "w ";
    right += "v ";
  }
  const std::vector<DiffPiece> pieces = DiffWords(left, right);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].kind, DiffPiece::kOnlyLeft);
  EXPECT_EQ(pieces[1].kind, DiffPiece::kOnlyRight);
}

}  // namespace
}  // namespace claimdiff
