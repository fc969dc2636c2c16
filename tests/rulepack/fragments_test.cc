#include "checker/rulepack/fragments.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace claimdiff {
namespace {

struct ExpandCase {
  const char* name;
  const char* pattern;
  const char* expected;
};

TEST(ExpandFragmentsTest, ExpandsReferencesAndLeavesRe2BracesAlone) {
  const FragmentMap fragments = {
      {"digits", R"(\d+)"}, {"number", "{digits}(?:{scale})?"},
      {"scale", "bn|mn"},   {"alt", "a|b"},
      {"x1", "X"},
  };
  const ExpandCase cases[] = {
      {"plain", "no refs here", "no refs here"},
      {"one", "{digits} years", R"((?:\d+) years)"},
      {"nested", "{number}", R"((?:(?:\d+)(?:(?:bn|mn))?))"},
      {"alternation stays inside", "x{alt}y", "x(?:a|b)y"},
      {"repetition count", R"(\d{2,3})", R"(\d{2,3})"},
      {"exact repetition", "a{2}", "a{2}"},
      {"open repetition", "a{2,}", "a{2,}"},
      {"escaped brace", R"(\{digits\})", R"(\{digits\})"},
      {"escaped open brace only", R"(\{digits})", R"(\{digits})"},
      {"escaped backslash then ref", R"(\\{digits})", R"(\\(?:\d+))"},
      {"digits in name", "{x1}", "(?:X)"},
      {"not an identifier", "{1x} { digits} {digits", "{1x} { digits} {digits"},
      {"empty braces", "{}", "{}"},
      {"two refs", "{x1}-{x1}", "(?:X)-(?:X)"},
  };
  for (const ExpandCase& c : cases) {
    absl::StatusOr<std::string> out = ExpandFragments(c.pattern, fragments);
    ASSERT_TRUE(out.ok()) << c.name << ": " << out.status();
    EXPECT_EQ(*out, c.expected) << c.name;
  }
}

TEST(ExpandFragmentsTest, ExpansionCompilesAndMatches) {
  const FragmentMap fragments = {{"alt", "cat|dog"}};
  absl::StatusOr<std::string> out = ExpandFragments("^{alt}s$", fragments);
  ASSERT_TRUE(out.ok());
  // Wrapping keeps "^" bound to both alternatives.
  EXPECT_TRUE(RE2::FullMatch("dogs", *out));
  EXPECT_FALSE(RE2::FullMatch("dog", *out));
}

struct ErrorCase {
  const char* name;
  FragmentMap fragments;
  const char* pattern;
  const char* message;
};

TEST(ExpandFragmentsTest, ReportsUndefinedAndCycles) {
  const ErrorCase cases[] = {
      {"undefined", {}, "{nmber} years", "undefined fragment {nmber}"},
      {"undefined inside fragment",
       {{"a", "x{b}"}},
       "{a}",
       "undefined fragment {b}"},
      {"self cycle", {{"a", "x{a}"}}, "{a}", "fragment cycle: a -> a"},
      {"two-step cycle",
       {{"a", "{b}"}, {"b", "{a}"}},
       "{a}",
       "fragment cycle: a -> b -> a"},
  };
  for (const ErrorCase& c : cases) {
    absl::StatusOr<std::string> out = ExpandFragments(c.pattern, c.fragments);
    ASSERT_FALSE(out.ok()) << c.name << " expanded to " << *out;
    EXPECT_EQ(out.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(out.status().message(), c.message) << c.name;
  }
}

TEST(ExpandFragmentsTest, CycleBelowTheTopIsReported) {
  const FragmentMap fragments = {{"top", "{a}"}, {"a", "{b}"}, {"b", "{a}"}};
  absl::StatusOr<std::string> out = ExpandFragments("{top}", fragments);
  ASSERT_FALSE(out.ok());
  const std::string message(out.status().message());
  EXPECT_EQ(message.rfind("fragment cycle: ", 0), 0u) << message;
  EXPECT_NE(message.find("a -> b -> a"), std::string::npos) << message;
}

TEST(ExpandFragmentsTest, ReusingAFragmentTwiceIsNotACycle) {
  const FragmentMap fragments = {{"d", R"(\d)"}, {"pair", "{d}{d}"}};
  absl::StatusOr<std::string> out = ExpandFragments("{pair}-{pair}", fragments);
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out, R"((?:(?:\d)(?:\d))-(?:(?:\d)(?:\d)))");
}

TEST(FragmentReferencesTest, ListsNamesInOrder) {
  const struct {
    const char* text;
    std::vector<std::string> names;
  } cases[] = {
      {"trade/{from}-{to}", {"from", "to"}},
      {"kuril/dispute-start", {}},
      {R"({qualifier}\s+{number}{2,3})", {"qualifier", "number"}},
      {R"(\{escaped} {real})", {"real"}},
      {"{a}{a}", {"a", "a"}},
      {"{ a } {9} {a-b}", {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FragmentReferences(c.text), c.names) << c.text;
  }
}

struct StripCase {
  const char* name;
  const char* pattern;
  const char* expected;
};

TEST(StripCapturesTest, MakesEveryGroupNonCapturing) {
  const StripCase cases[] = {
      {"named", R"((?P<value>\d+))", R"((?:\d+))"},
      {"unnamed", "(a)(b)", "(?:a)(?:b)"},
      {"nested named", "(?P<a>x(?P<b>y))", "(?:x(?:y))"},
      {"non-capturing kept", "(?:a|b)", "(?:a|b)"},
      {"flag group kept", "(?i:abc)", "(?i:abc)"},
      {"flags kept", "(?i)abc", "(?i)abc"},
      {"escaped parens", R"(\((?P<value>\d+)\))", R"(\((?:\d+)\))"},
      {"parens in class", "[()](a)", "[()](?:a)"},
      {"negated class", "[^()]+", "[^()]+"},
      {"bracket first in class", "[]()](x)", "[]()](?:x)"},
      {"negated bracket first", "[^]()](x)", "[^]()](?:x)"},
      {"escaped bracket in class", R"([\]()](x))", R"([\]()](?:x))"},
      {"no groups", R"(\d{1,3}\s+years)", R"(\d{1,3}\s+years)"},
      {"trailing backslash", "a\\", "a\\"},
  };
  for (const StripCase& c : cases) {
    EXPECT_EQ(StripCaptures(c.pattern), c.expected) << c.name;
  }
}

TEST(StripCapturesTest, ResultHasNoCapturingGroups) {
  const char* patterns[] = {
      R"((?P<qualifier>about|over)\s+(?P<value>\d+)\s+(?P<unit>years?))",
      R"(((a)|(b))+(?:c)(?P<x>[()]))",
      R"((?i:(peace)\s+treaty)[^.]{0,80}?\b(for|in)\s+(\d+))",
  };
  for (const char* p : patterns) {
    RE2 original(p);
    ASSERT_TRUE(original.ok()) << p;
    ASSERT_GT(original.NumberOfCapturingGroups(), 0) << p;
    RE2 stripped(StripCaptures(p));
    ASSERT_TRUE(stripped.ok()) << StripCaptures(p);
    EXPECT_EQ(stripped.NumberOfCapturingGroups(), 0) << StripCaptures(p);
  }
}

// A character class that holds a POSIX class such as [:alpha:] ends at its
// own ']' only: "[[:alpha:]()]" is one class of letters and parentheses,
// and has no group to strip.
TEST(StripCapturesTest, PosixClassInsideBracketsIsStillOneClass) {
  EXPECT_EQ(StripCaptures("[[:alpha:]()]+"), "[[:alpha:]()]+");
  EXPECT_EQ(StripCaptures("[[:digit:](]"), "[[:digit:](]");
}

// \Q...\E quotes literal text: parentheses there are not groups, and
// rewriting them would change what the stripped pattern matches.
TEST(StripCapturesTest, QuotedLiteralIsUntouched) {
  const std::string stripped = StripCaptures(R"(\Q(a)\E(?P<value>\d))");
  EXPECT_EQ(stripped, R"(\Q(a)\E(?:\d))");
  EXPECT_TRUE(RE2::FullMatch("(a)5", stripped)) << stripped;
}

}  // namespace
}  // namespace claimdiff
