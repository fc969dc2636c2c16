#include "checker/report/finding_claims.h"

#include <algorithm>
#include <vector>

#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "tests/report/fixtures.h"

namespace claimdiff {
namespace {

using report_test::DateValue;
using report_test::MakeDocument;
using report_test::ResultBuilder;

Value AnyDate() {
  return DateValue(absl::CivilDay(2024, 3, 8), absl::CivilDay(2024, 3, 8),
                   "Fri 2024-03-08", Kind::kDate);
}

TEST(ClaimByIdTest, ReadsClaimsBackByIdAndNothingOutOfRange) {
  ResultBuilder builder;
  const Rule* rule = builder.AddRule("r");
  builder.AddDocument(MakeDocument("a.txt", "one two"));
  builder.AddClaim(0, rule, "one", AnyDate());
  builder.AddClaim(0, rule, "two", AnyDate());
  CheckResult& result = builder.result();
  EXPECT_EQ(ClaimById(result, 1)->text, "two");
  EXPECT_EQ(ClaimById(result, 1)->id, 1);
  EXPECT_EQ(ClaimById(result, 0)->text, "one");
  EXPECT_FALSE(ClaimById(result, 2).has_value());
  EXPECT_FALSE(ClaimById(result, -1).has_value());
}

TEST(SourcePathTest, NamesTheDocumentOrAQuestionMark) {
  ResultBuilder builder;
  builder.AddDocument(MakeDocument("seeds/a.txt", "one"));
  builder.AddClaim(0, builder.AddRule("r"), "one", AnyDate());
  Claim claim = builder.result().claims.Get(0);
  EXPECT_EQ(SourcePath(builder.result(), claim), "seeds/a.txt");
  claim.document = 5;
  EXPECT_EQ(DocumentOf(builder.result(), claim), nullptr);
  EXPECT_EQ(SourcePath(builder.result(), claim), "?");
}

TEST(IsOutlierTest, ListedOutliersOrEveryClaimWithoutConsensus) {
  Finding finding;
  finding.claims = {0, 1, 2};
  finding.outliers = {1};
  finding.has_consensus = true;
  EXPECT_FALSE(IsOutlier(finding, 0));
  EXPECT_TRUE(IsOutlier(finding, 1));
  // An incomparable finding lists no outliers and has no consensus: none
  // of its claims is on a right side, so all of them are reported.
  finding.has_consensus = false;
  finding.outliers.clear();
  EXPECT_TRUE(IsOutlier(finding, 0));
  EXPECT_TRUE(IsOutlier(finding, 2));
}

// OutlierSet answers as a linear search of the listed outliers would,
// whatever order they are listed in; with none listed and no consensus,
// every claim is an outlier.
TEST(OutlierSetTest, MatchesALinearSearchOfTheOutliers) {
  struct Case {
    std::vector<int> outliers;
    bool has_consensus;
  };
  const Case cases[] = {
      {{1}, true}, {{4, 0, 2}, true}, {{0, 2, 4}, true}, {{}, true},
      {{}, false}, {{3}, false},      {{5, 5, 1}, true},
  };
  for (const Case& c : cases) {
    Finding finding;
    finding.claims = {0, 1, 2, 3, 4, 5};
    finding.outliers = ClaimIds(c.outliers);
    finding.has_consensus = c.has_consensus;
    const OutlierSet set(finding);
    for (int id = -1; id <= 6; ++id) {
      const bool listed = std::find(c.outliers.begin(), c.outliers.end(), id) !=
                          c.outliers.end();
      const bool want = c.outliers.empty() ? !c.has_consensus : listed;
      EXPECT_EQ(set.Contains(id), want)
          << "id " << id << ", " << c.outliers.size() << " outliers";
      EXPECT_EQ(IsOutlier(finding, id), want) << "id " << id;
    }
  }
}

TEST(ForEachOutlierClaimTest, KeepsClaimOrderAndSkipsUnknownIds) {
  ResultBuilder builder;
  const Rule* rule = builder.AddRule("r");
  builder.AddDocument(MakeDocument("a.txt", "one two three"));
  builder.AddClaim(0, rule, "one", AnyDate());
  builder.AddClaim(0, rule, "two", AnyDate());
  builder.AddClaim(0, rule, "three", AnyDate());
  Finding finding;
  finding.has_consensus = true;
  finding.claims = {2, 0, 1, 9};
  finding.outliers = {0, 2, 9};
  std::vector<std::string> texts;
  ForEachOutlierClaim(builder.result(), finding,
                      [&](const Claim& claim) { texts.push_back(claim.text); });
  EXPECT_EQ(texts, (std::vector<std::string>{"three", "one"}));
}

TEST(RuleIdOfTest, PrefersTheClaimsOwnRule) {
  Finding finding;
  finding.rule = "finding.rule";
  Rule rule;
  rule.id = "claim.rule";
  Claim claim;
  claim.rule = &rule;
  EXPECT_EQ(RuleIdOf(finding, claim), "claim.rule");
  claim.rule = nullptr;
  EXPECT_EQ(RuleIdOf(finding, claim), "finding.rule");
}

TEST(FindingMessageTest, AppendsTheRuleMessageOnlyWhenSet) {
  Finding finding;
  finding.message = "a disagrees with b";
  EXPECT_EQ(FindingMessage(finding), "a disagrees with b");
  finding.rule_message = "a says 5.";
  EXPECT_EQ(FindingMessage(finding), "a disagrees with b — a says 5.");
}

}  // namespace
}  // namespace claimdiff
