#include "checker/pipeline/annotated_tests.h"

#include <filesystem>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {

namespace fs = std::filesystem;

constexpr char kRules[] = R"(rules:
  - id: t.cost
    kind: money
    subject: cost
    patterns: ['cost(?:s)? {money_claim}']
    examples: [{text: "It costs $5 million.", expect: "USD 5e6"}]
)";

// A pack folder over rules/common with `tests/doc.txt` holding `doc`.
std::string WritePack(const std::string& doc) {
  const fs::path dir = testing::TestDir();
  testing::WriteFile(dir / "pack.yaml",
                     absl::StrCat("name: t\nimports: ['", CLAIMDIFF_SOURCE_DIR,
                                  "/rules/common']\n"));
  testing::WriteFile(dir / "rules.yaml", kRules);
  testing::WriteFile(dir / "tests" / "doc.txt", doc);
  return dir.string();
}

struct TestRun {
  std::unique_ptr<RulePack> pack;
  std::unique_ptr<Extractor> extractor;
  absl::StatusOr<AnnotatedSummary> summary;
};

TestRun RunOn(const std::string& doc) {
  const std::string dir = WritePack(doc);
  TestRun run;
  absl::StatusOr<RulePack> pack = LoadRulePack({dir});
  EXPECT_TRUE(pack.ok()) << pack.status();
  run.pack = std::make_unique<RulePack>(*std::move(pack));
  run.extractor = *Extractor::Create(*run.pack);
  run.summary = RunAnnotatedTests(*run.pack, *run.extractor, {dir});
  return run;
}

TEST(AnnotatedTestsTest, ScoresTruePositivesFalsePositivesAndMisses) {
  const TestRun run = RunOn(
      "# claimdiff: expect t.cost USD 5e6\n"
      "The road costs $5 million.\n"  // TP
      "<!-- claimdiff: expect t.cost USD 9e6 -->\n"
      "The tunnel costs $7 million.\n"  // FN, and its claim is an FP
      "# claimdiff: ok t.cost\n"
      "A ferry costs $1 million.\n"     // FP: ok says nothing here
      "The bridge costs $2 million.\n"  // FP: nobody expected it
      "# claimdiff: expect t.cost USD 3e6\n"
      "\n"
      "Nothing here.\n");  // FN: the line has no claim
  ASSERT_TRUE(run.summary.ok()) << run.summary.status();
  const AnnotatedSummary& s = *run.summary;
  EXPECT_EQ(s.documents, 1);
  EXPECT_EQ(s.annotations, 4);
  const RuleScore& score = s.by_rule.at("t.cost");
  EXPECT_EQ(score.true_positives, 1);
  EXPECT_EQ(score.false_negatives, 2);
  EXPECT_EQ(score.false_positives, 3);
  ASSERT_EQ(s.failures.size(), 5u);
  // Misses name the line the annotation speaks about.
  EXPECT_EQ(s.failures[0].line, 4);
  EXPECT_NE(s.failures[0].message.find("expected a claim reading USD 9e6"),
            std::string::npos)
      << s.failures[0].message;
  EXPECT_NE(s.failures[0].message.find("$7 million"), std::string::npos);
  EXPECT_EQ(s.failures[1].line, 9);
}

TEST(AnnotatedTestsTest, AnnotationLinesClaimNothing) {
  // The annotation itself holds "costs $5 million"; blanked, it is no claim.
  const TestRun run = RunOn(
      "# claimdiff: expect t.cost USD 5e6 (it costs $5 million)\n"
      "It costs $5 million.\n");
  ASSERT_FALSE(run.summary.ok());  // "(it costs ...)" is no expectation
  const TestRun clean = RunOn(
      "claimdiff: expect t.cost USD 5e6\n"
      "It costs $5 million.\n");
  ASSERT_TRUE(clean.summary.ok()) << clean.summary.status();
  EXPECT_TRUE(clean.summary->failures.empty());
}

TEST(AnnotatedTestsTest, BadAnnotationsAreErrorsWithPositions) {
  const struct {
    const char* doc;
    const char* error;
  } cases[] = {
      {"x\n  # claimdiff: expect t.cots USD 5\n",
       "doc.txt:2:5: error: annotation names unknown rule \"t.cots\""},
      {"# claimdiff: expect t.cost lots\n", "doc.txt:1:3: error: rule t.cost"},
      {"# claimdiff: expect t.cost none\n", "claimdiff: ok RULE"},
      {"# claimdiff: maybe t.cost\n", "doc.txt:1:3: error: expected"},
  };
  for (const auto& c : cases) {
    const TestRun run = RunOn(c.doc);
    ASSERT_FALSE(run.summary.ok()) << c.doc;
    EXPECT_NE(run.summary.status().message().find(c.error), std::string::npos)
        << run.summary.status();
  }
}

TEST(AnnotatedTestsTest, PacksWithoutTestsAreSkipped) {
  const fs::path dir = testing::TestDir();
  testing::WriteFile(dir / "pack.yaml",
                     absl::StrCat("name: t\nimports: ['", CLAIMDIFF_SOURCE_DIR,
                                  "/rules/common']\n"));
  testing::WriteFile(dir / "rules.yaml", kRules);
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  std::unique_ptr<Extractor> extractor = *Extractor::Create(*pack);
  absl::StatusOr<AnnotatedSummary> summary =
      RunAnnotatedTests(*pack, *extractor, {dir.string()});
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->documents, 0);
}

}  // namespace
}  // namespace claimdiff
