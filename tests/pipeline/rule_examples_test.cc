#include "checker/pipeline/rule_examples.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {

using ::claimdiff::testing::TestDir;
using ::claimdiff::testing::WriteFile;

// A pack of two rules in a temp folder, importing the shipped vocabulary.
RulePack LoadPack(const std::string& rules_yaml) {
  const auto dir = TestDir();
  WriteFile(dir / "pack.yaml",
            absl::StrCat("name: t\nimports: [", CLAIMDIFF_SOURCE_DIR,
                         "/rules/common]\n"));
  WriteFile(dir / "rules.yaml", rules_yaml);
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  EXPECT_TRUE(pack.ok()) << pack.status();
  return std::move(*pack);
}

TEST(RunRuleExamplesTest, CountsPassesAndNamesEachFailure) {
  RulePack pack = LoadPack(R"(rules:
  - id: cats
    kind: number
    subject: cats
    patterns: ['{count_claim}\s+cats']
    examples:
      - {text: "There are 7 cats.", expect: "7"}
      - {text: "There are about 70 cats.", expect: "60..80"}
      - {text: "There are 7 dogs.", expect: none}
      - {text: "There are 9 cats.", expect: "8"}
  - id: dogs
    kind: number
    subject: dogs
    patterns: ['{count_claim}\s+dogs']
)");
  absl::StatusOr<std::unique_ptr<Extractor>> ex = Extractor::Create(pack);
  ASSERT_TRUE(ex.ok());
  const ExampleSummary summary = RunRuleExamples(pack, **ex);
  EXPECT_EQ(summary.rules, 2);
  EXPECT_EQ(summary.examples, 4);
  EXPECT_EQ(summary.passed, 3);
  ASSERT_EQ(summary.failures.size(), 2u);
  const std::string wrong = summary.failures[0].ToString();
  EXPECT_TRUE(absl::StrContains(wrong, "rules.yaml:10:9: error: rule cats"))
      << wrong;
  EXPECT_TRUE(absl::StrContains(wrong, "expected 8, got \"9\"")) << wrong;
  EXPECT_TRUE(absl::StrContains(summary.failures[1].ToString(),
                                "rule dogs: has no examples"));
}

TEST(RunRuleExamplesTest, ExamplesSeeOnlyTheirOwnRule) {
  // "none" for cats must hold even though the dogs rule matches the text.
  RulePack pack = LoadPack(R"(rules:
  - id: cats
    kind: number
    subject: cats
    patterns: ['{count_claim}\s+(?:cats|dogs)']
    examples:
      - {text: "3 cats", expect: "3"}
  - id: dogs
    kind: number
    subject: dogs
    patterns: ['{count_claim}\s+dogs']
    examples:
      - {text: "3 cats", expect: none}
)");
  absl::StatusOr<std::unique_ptr<Extractor>> ex = Extractor::Create(pack);
  ASSERT_TRUE(ex.ok());
  EXPECT_TRUE(RunRuleExamples(pack, **ex).failures.empty());
}

TEST(RunRuleExamplesTest, ShippedPacksPass) {
  for (const char* dir :
       {"/rules/examples/kuril", "/rules/examples/vell-bridge"}) {
    absl::StatusOr<RulePack> pack =
        LoadRulePack({absl::StrCat(CLAIMDIFF_SOURCE_DIR, dir)});
    ASSERT_TRUE(pack.ok()) << pack.status();
    absl::StatusOr<std::unique_ptr<Extractor>> ex = Extractor::Create(*pack);
    ASSERT_TRUE(ex.ok());
    const ExampleSummary summary = RunRuleExamples(*pack, **ex);
    EXPECT_EQ(summary.passed, summary.examples) << dir;
    EXPECT_TRUE(summary.failures.empty())
        << dir << ": " << summary.failures.front().ToString();
  }
}

}  // namespace
}  // namespace claimdiff
