#include "checker/common/unicode_fold.h"

#include <ostream>
#include <string>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace claimdiff {
namespace {

struct FoldCase {
  absl::string_view a;
  absl::string_view b;
  bool same;
};

void PrintTo(const FoldCase& c, std::ostream* os) {
  *os << '"' << c.a << "\" vs \"" << c.b << '"';
}

class FoldNameTest : public testing::TestWithParam<FoldCase> {};

TEST_P(FoldNameTest, FoldsCaseAccentsAndSpacesOnly) {
  const FoldCase& c = GetParam();
  EXPECT_EQ(FoldName(c.a) == FoldName(c.b), c.same)
      << FoldName(c.a) << " / " << FoldName(c.b);
}

INSTANTIATE_TEST_SUITE_P(
    Pairs, FoldNameTest,
    testing::Values(
        FoldCase{"Shinz\xC5\x8D Abe", "Shinzo Abe", true},  // ō
        FoldCase{"dmitry Peskov", "Dmitry Peskov", true},
        FoldCase{"SERGEI  LAVROV ", "sergei lavrov", true},
        FoldCase{"Ren\xC3\xA9", "RENE", true},              // é
        FoldCase{"Re\xCC\x81ne", "Rene", true},             // e + U+0301
        FoldCase{"\xEF\xAC\x81nance", "finance", true},     // ﬁ ligature
        FoldCase{"O\xE2\x80\x99Neill", "O'Neill", true},    // ’
        FoldCase{"Sergey Lavrov", "Sergei Lavrov", false},  // letters differ
        FoldCase{"\xC3\x98stby", "Ostby", false},  // Ø is a letter, not O+mark
        FoldCase{"Iturup", "Etorofu", false}));

TEST(FoldNameTest, InvalidUtf8StillFolds) {
  EXPECT_EQ(FoldName("AB\xFF"), "ab\xFF");
}

struct PatternCase {
  absl::string_view literal;
  absl::string_view text;
  bool matches;
};

void PrintTo(const PatternCase& c, std::ostream* os) {
  *os << '"' << c.literal << "\" on \"" << c.text << '"';
}

class AccentInsensitivePatternTest
    : public testing::TestWithParam<PatternCase> {};

TEST_P(AccentInsensitivePatternTest, MatchesAsFoldNameCompares) {
  const PatternCase& c = GetParam();
  RE2 re(AccentInsensitivePattern(c.literal));
  ASSERT_TRUE(re.ok()) << re.error();
  EXPECT_EQ(RE2::FullMatch(std::string(c.text), re), c.matches) << re.pattern();
}

INSTANTIATE_TEST_SUITE_P(
    Texts, AccentInsensitivePatternTest,
    testing::Values(
        PatternCase{"Shinzo Abe", "Shinz\xC5\x8D Abe", true},
        PatternCase{"Shinzo Abe", "SHINZO\n ABE", true},
        PatternCase{"Shinz\xC5\x8D Abe", "Shinzo Abe", true},
        PatternCase{"Ren\xC3\xA9", "R\xC3\x89NE", true},  // É, upper case
        PatternCase{"O'Neill", "O\xE2\x80\x99Neill", true},
        PatternCase{"Jean-Pierre", "Jean\xE2\x80\x93Pierre", true},  // en dash
        PatternCase{"St. Ives", "St. Ives", true},
        PatternCase{"St. Ives", "Stx Ives", false},  // the dot is literal
        PatternCase{"Sergei Lavrov", "Sergey Lavrov", false}));

}  // namespace
}  // namespace claimdiff
