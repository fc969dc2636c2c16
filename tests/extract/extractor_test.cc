#include "checker/extract/extractor.h"

#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/rulepack/rulepack.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

// A rule compiled by hand: the extractor only needs ids, patterns and
// their regexes, so these tests do not depend on the YAML loader.
Rule MakeRule(const std::string& id, const std::vector<std::string>& patterns,
              const std::string& subject = "s") {
  Rule rule;
  rule.id = id;
  rule.subject = subject;
  for (const std::string& p : patterns) {
    rule.patterns.push_back(p);
    auto re = std::make_unique<const RE2>(p);
    EXPECT_TRUE(re->ok()) << p << ": " << re->error();
    rule.regexes.push_back(std::move(re));
  }
  return rule;
}

// Rules hold unique_ptrs, so a pack is built by moving each one in.
template <typename... Rules>
RulePack MakePack(Rules&&... rules) {
  RulePack pack;
  (pack.rules.push_back(std::forward<Rules>(rules)), ...);
  return pack;
}

std::unique_ptr<Extractor> Make(const RulePack& pack) {
  absl::StatusOr<std::unique_ptr<Extractor>> ex = Extractor::Create(pack);
  EXPECT_TRUE(ex.ok()) << ex.status();
  return ex.ok() ? std::move(*ex) : nullptr;
}

std::string SpanText(absl::string_view text, const Span& span) {
  return std::string(text.substr(span.begin, span.end - span.begin));
}

// A compact view of a match: "rule:[begin,end) text".
std::string Show(absl::string_view text, const Match& m) {
  return std::to_string(m.rule) + ":[" + std::to_string(m.whole.begin) + "," +
         std::to_string(m.whole.end) + ") " + SpanText(text, m.whole);
}

std::vector<std::string> ShowAll(absl::string_view text,
                                 const std::vector<Match>& matches) {
  std::vector<std::string> out;
  for (const Match& m : matches) out.push_back(Show(text, m));
  return out;
}

TEST(ExtractorTest, FindsEveryMatchWithSpansAndCaptures) {
  const RulePack pack = MakePack(MakeRule(
      "things",
      {R"((?:(?P<qualifier>about)\s+)?(?P<value>\d+) (?P<unit>things))"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  const std::string text =
      "We saw 3 things, about 45 things.\n\nThen 6 things.";
  const std::vector<Match> matches = ex->FindAll(text);
  ASSERT_EQ(matches.size(), 3u)
      << ::testing::PrintToString(ShowAll(text, matches));

  EXPECT_EQ(matches[0].rule, 0u);
  EXPECT_EQ(matches[0].whole.begin, 7u);
  EXPECT_EQ(matches[0].whole.end, 15u);
  // Named captures in name order; a group that did not take part is absent.
  ASSERT_EQ(matches[0].captures.size(), 2u);
  EXPECT_EQ(matches[0].captures[0].first, "unit");
  EXPECT_EQ(matches[0].captures[1].first, "value");
  EXPECT_EQ(matches[0].Capture("qualifier"), nullptr);
  ASSERT_NE(matches[0].Capture("value"), nullptr);
  EXPECT_EQ(SpanText(text, *matches[0].Capture("value")), "3");
  EXPECT_EQ(matches[0].Capture("value")->begin, 7u);
  EXPECT_EQ(SpanText(text, *matches[0].Capture("unit")), "things");

  EXPECT_EQ(SpanText(text, matches[1].whole), "about 45 things");
  ASSERT_NE(matches[1].Capture("qualifier"), nullptr);
  EXPECT_EQ(SpanText(text, *matches[1].Capture("qualifier")), "about");
  EXPECT_EQ(matches[1].Capture("qualifier")->begin, 17u);
  EXPECT_EQ(SpanText(text, *matches[1].Capture("value")), "45");

  EXPECT_EQ(SpanText(text, matches[2].whole), "6 things");
  EXPECT_EQ(matches[2].whole.begin, text.find("6 things"));
}

TEST(ExtractorTest, NoMatchesInTextWithoutCandidates) {
  const RulePack pack = MakePack(MakeRule("r", {R"((?P<value>\d+) things)"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  EXPECT_TRUE(ex->FindAll("").empty());
  EXPECT_TRUE(ex->FindAll("nothing to see\n\nhere").empty());
  EXPECT_TRUE(ex->FindAll("5 items").empty());
}

struct ParagraphCase {
  const char* name;
  std::string text;
  std::vector<std::string> expected;  // Show() of each match
};

// A pattern that could run on across a blank line stops at it: matches are
// found within paragraphs only.
std::vector<ParagraphCase> ParagraphCases() {
  return {
      {"one line", "a x b.", {"0:[0,5) a x b"}},
      {"line break inside a paragraph", "a x\nx b.", {"0:[0,7) a x\nx b"}},
      {"blank line", "a x\n\nx b.", {}},
      {"whitespace-only line", "a x\n \t\nx b.", {}},
      {"CRLF blank line", "a x\r\n\r\nx b.", {}},
      {"several blank lines", "a x\n\n\n\nx b.", {}},
      {"match in the second paragraph only", "a x\n\nab.", {"0:[5,7) ab"}},
      {"one match per paragraph",
       "a b.\n\na  b.",
       {"0:[0,3) a b", "0:[6,10) a  b"}},
  };
}

TEST(ExtractorTest, FindAllStaysWithinParagraphs) {
  const RulePack pack = MakePack(MakeRule("ab", {R"((?P<value>a)[^.]*b)"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  for (const ParagraphCase& c : ParagraphCases()) {
    EXPECT_EQ(ShowAll(c.text, ex->FindAll(c.text)), c.expected) << c.name;
  }
}

TEST(ExtractorTest, FindRuleStaysWithinParagraphs) {
  const RulePack pack = MakePack(MakeRule("ab", {R"((?P<value>a)[^.]*b)"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  for (const ParagraphCase& c : ParagraphCases()) {
    EXPECT_EQ(ShowAll(c.text, ex->FindRule(0, c.text)), c.expected) << c.name;
  }
}

TEST(ExtractorTest, SeveralRulesInOneParagraphOrderedByStartThenRule) {
  const RulePack pack =
      MakePack(MakeRule("things", {R"((?P<value>\d+) things)"}),
               MakeRule("items", {R"((?P<value>\d+) items)"}),
               MakeRule("any", {R"((?P<value>\d+) (?:things|items))"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  const std::string text = "2 items and 3 things\nand 4 things.";
  EXPECT_EQ(
      ShowAll(text, ex->FindAll(text)),
      (std::vector<std::string>{"1:[0,7) 2 items", "2:[0,7) 2 items",
                                "0:[12,20) 3 things", "2:[12,20) 3 things",
                                "0:[25,33) 4 things", "2:[25,33) 4 things"}));
}

TEST(ExtractorTest, EveryPatternOfARuleRuns) {
  const RulePack pack = MakePack(
      MakeRule("r", {R"((?P<value>\d+) things)", R"(things: (?P<value>\d+))"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  const std::string text = "5 things\n\nthings: 7";
  EXPECT_EQ(
      ShowAll(text, ex->FindAll(text)),
      (std::vector<std::string>{"0:[0,8) 5 things", "0:[10,19) things: 7"}));
}

// Show() plus the names of the captures, which tell apart identical
// matches from different patterns of one rule.
std::string ShowWithCaptures(absl::string_view text, const Match& m) {
  std::string out = Show(text, m);
  for (const auto& [name, span] : m.captures) out += " " + name;
  return out;
}

struct OrderCase {
  const char* name;
  std::string text;
  std::vector<std::string> expected;  // ShowWithCaptures() of each match
};

// Matches come by start, then rule, then the pattern's place in its rule,
// however the patterns are spread over the paragraphs.
std::vector<OrderCase> OrderCases() {
  return {
      {"identical matches from two patterns of a rule",
       "3 things",
       {"0:[0,8) 3 things a", "0:[0,8) 3 things b", "2:[0,1) 3 c"}},
      {"a rule's later pattern alone in an earlier paragraph",
       "4 items\n\n5 things",
       {"0:[0,7) 4 items b", "1:[0,7) 4 items b", "2:[0,1) 4 c",
        "0:[9,17) 5 things a", "0:[9,17) 5 things b", "2:[9,10) 5 c"}},
      {"start before rule",
       "things: 7 items",
       {"1:[0,9) things: 7 a", "0:[8,15) 7 items b", "1:[8,15) 7 items b",
        "2:[8,9) 7 c"}},
      {"several rules in several paragraphs",
       "things: 1\n\n2 things, 3 items\n\nnothing\n\n4 things",
       {"1:[0,9) things: 1 a", "2:[8,9) 1 c", "0:[11,19) 2 things a",
        "0:[11,19) 2 things b", "2:[11,12) 2 c", "0:[21,28) 3 items b",
        "1:[21,28) 3 items b", "2:[21,22) 3 c", "0:[39,47) 4 things a",
        "0:[39,47) 4 things b", "2:[39,40) 4 c"}},
  };
}

TEST(ExtractorTest, FindAllOrdersByStartRuleThenPattern) {
  const RulePack pack = MakePack(
      MakeRule("r0",
               {R"((?P<a>\d+) things)", R"((?P<b>\d+) (?:things|items))"}),
      MakeRule("r1", {R"(things: (?P<a>\d+))", R"((?P<b>\d+) items)"}),
      MakeRule("r2", {R"((?P<c>\d+))"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  for (const OrderCase& c : OrderCases()) {
    std::vector<std::string> shown;
    for (const Match& m : ex->FindAll(c.text)) {
      shown.push_back(ShowWithCaptures(c.text, m));
    }
    EXPECT_EQ(shown, c.expected) << c.name;
  }
}

TEST(ExtractorTest, FindRuleMatchesOnlyThatRule) {
  const RulePack pack =
      MakePack(MakeRule("things", {R"((?P<value>\d+) things)"}),
               MakeRule("items", {R"((?P<value>\d+) items)"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  const std::string text = "2 items and 3 things.\n\n4 items, 5 things.";
  EXPECT_EQ(ShowAll(text, ex->FindRule(1, text)),
            (std::vector<std::string>{"1:[0,7) 2 items", "1:[23,30) 4 items"}));
  EXPECT_EQ(
      ShowAll(text, ex->FindRule(0, text)),
      (std::vector<std::string>{"0:[12,20) 3 things", "0:[32,40) 5 things"}));
}

TEST(ExtractorTest, MatchesAtTheEdgesOfTheText) {
  const RulePack pack = MakePack(MakeRule("r", {R"((?P<value>\d+))"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  const std::string text = "1\n\n\n2 x 3";
  EXPECT_EQ(ShowAll(text, ex->FindAll(text)),
            (std::vector<std::string>{"0:[0,1) 1", "0:[4,5) 2", "0:[8,9) 3"}));
}

TEST(ExtractorTest, MultibyteTextGivesByteOffsets) {
  const RulePack pack = MakePack(MakeRule("r", {R"((?P<value>\d+) years)"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  const std::string text = "It\xE2\x80\x99s 71 years.";
  const std::vector<Match> matches = ex->FindAll(text);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].whole.begin, 7u);
  EXPECT_EQ(SpanText(text, matches[0].whole), "71 years");
}

TEST(ExtractorTest, SafeFromSeveralThreads) {
  const RulePack pack =
      MakePack(MakeRule("things", {R"((?P<value>\d+) things)"}),
               MakeRule("items", {R"((?P<value>\d+) items)"}));
  auto ex = Make(pack);
  ASSERT_NE(ex, nullptr);
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text +=
        std::to_string(i) + " things and " + std::to_string(i) + " items.\n\n";
  }
  const std::vector<std::string> expected = ShowAll(text, ex->FindAll(text));
  ASSERT_EQ(expected.size(), 400u);
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back(
        [&, t] { results[t] = ShowAll(text, ex->FindAll(text)); });
  }
  for (std::thread& th : threads) th.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

TEST(ExtractorTest, RealPackFindsItsExamples) {
  absl::StatusOr<RulePack> pack =
      LoadRulePack({CLAIMDIFF_SOURCE_DIR "/rules/examples/kuril"});
  ASSERT_TRUE(pack.ok()) << pack.status();
  auto ex = Make(*pack);
  ASSERT_NE(ex, nullptr);
  // Every example that expects a reading is found by its own rule, in the
  // whole-pack scan as well as by FindRule.
  for (size_t r = 0; r < pack->rules.size(); ++r) {
    const Rule& rule = pack->rules[r];
    for (const RuleExample& example : rule.examples) {
      const std::vector<Match> own = ex->FindRule(r, example.text);
      bool in_all = false;
      for (const Match& m : ex->FindAll(example.text)) in_all |= m.rule == r;
      if (example.expect == "none") {
        EXPECT_TRUE(own.empty()) << rule.id << ": " << example.text;
      } else {
        EXPECT_FALSE(own.empty()) << rule.id << ": " << example.text;
        EXPECT_TRUE(in_all) << rule.id << ": " << example.text;
      }
    }
  }
}

// "a" 20 letters from the end has a DFA of 2^20 states. In a small budget
// the set's DFA keeps filling its cache: RE2 then resets the cache and goes
// on (a many-match DFA never gives up), and the extractor relies on that,
// or on its fallback when the set does report failing, never to skip a
// paragraph that holds a match.
TEST(ExtractorTest, UnderDfaCachePressureEveryMatchIsFound) {
  const std::string explosive = "[ab]*a[ab]{20}x";
  std::string run;
  uint32_t state = 1;
  for (int i = 0; i < 20000; ++i) {
    state = state * 1103515245u + 12345u;
    run += (state >> 16) & 1 ? 'a' : 'b';
  }
  const std::string text =
      "A run: " + run + "a" + std::string(20, 'b') + "x and 42.\n\nThen 7.";
  constexpr int64_t kSmallBudget = int64_t{1} << 16;
  const RulePack pack = MakePack(MakeRule("explosive", {explosive}),
                                 MakeRule("figure", {"\\d+"}));
  absl::StatusOr<std::unique_ptr<Extractor>> small =
      Extractor::Create(pack, kSmallBudget);
  ASSERT_TRUE(small.ok()) << small.status();
  const std::vector<std::string> found = ShowAll(text, (*small)->FindAll(text));
  EXPECT_EQ(found, ShowAll(text, Make(pack)->FindAll(text)));
  const size_t end = text.find('x') + 1;
  const std::vector<std::string> expected = {
      "0:[7," + std::to_string(end) + ") " + text.substr(7, end - 7),
      "1:[" + std::to_string(end + 5) + "," + std::to_string(end + 7) + ") 42",
      "1:[" + std::to_string(end + 15) + "," + std::to_string(end + 16) +
          ") 7"};
  EXPECT_EQ(found, expected);
}

}  // namespace
}  // namespace claimdiff
