#include "checker/pipeline/lint.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/report/fixtures.h"

namespace claimdiff {
namespace {

using report_test::AmountValue;
using report_test::MakeDocument;
using report_test::ResultBuilder;

Value Usd(double low, double high) {
  return AmountValue(Kind::kMoney, "USD", Interval::Closed(low, high), "");
}

TEST(ClaimsDisagreeTest, ComparesReadingsNamesAndSets) {
  Claim a, b;
  a.value = Usd(47, 49);
  b.value = Usd(48, 50);
  EXPECT_FALSE(ClaimsDisagree(a, b));  // overlapping
  b.value = Usd(60, 62);
  EXPECT_TRUE(ClaimsDisagree(a, b));
  b.value = AmountValue(Kind::kMoney, "EUR", Interval::Closed(60, 62), "");
  EXPECT_FALSE(ClaimsDisagree(a, b));  // other units never disagree
  b.value = Usd(60, 62);
  b.value.resolved = false;
  EXPECT_FALSE(ClaimsDisagree(a, b));  // unresolved are never compared

  Claim n1, n2;
  for (Claim* c : {&n1, &n2}) {
    c->value.kind = Kind::kName;
    c->value.unit = std::string(kUnitName);
  }
  n1.value.members = {{"Agnes Moreau", "Agnès Moreau", true}};
  n2.value.members = {{"Agnès Moreau", "Agnès Moreau", true}};
  EXPECT_TRUE(ClaimsDisagree(n1, n2));
  n1.value.members = n2.value.members;
  EXPECT_FALSE(ClaimsDisagree(n1, n2));
}

// Document 0 is the draft; 1 and 2 are references.
class FocusOnDraftsTest : public ::testing::Test {
 protected:
  FocusOnDraftsTest() {
    rule_ = builder_.AddRule("cost", Severity::kWarning, "");
    builder_.AddDocument(MakeDocument("draft.md", "It cost $62m.\n"));
    builder_.AddDocument(MakeDocument("a.txt", "It cost $48m.\n"));
    builder_.AddDocument(MakeDocument("b.txt", "It cost $48m, or $70m.\n"));
  }

  Finding Conflict(std::vector<int> claims, std::vector<int> outliers) {
    Finding f;
    f.kind = FindingKind::kConflict;
    f.subject = "cost";
    f.rule = "cost";
    f.severity = Severity::kWarning;
    f.unit = "USD";
    f.has_consensus = true;
    f.consensus = Interval::Closed(47e6, 49e6);
    f.consensus_reading = "USD 47–49 million";
    f.claims = ClaimIds(claims);
    f.outliers = ClaimIds(outliers);
    return f;
  }

  ResultBuilder builder_;
  const Rule* rule_;
};

TEST_F(FocusOnDraftsTest, ADraftOutlierGetsItsOwnFindingNamingTheReferences) {
  const int draft = builder_.AddClaim(0, rule_, "$62m", Usd(61e6, 63e6));
  const int a = builder_.AddClaim(1, rule_, "$48m", Usd(47e6, 49e6));
  const int b = builder_.AddClaim(2, rule_, "$48m", Usd(47e6, 49e6));
  const int c = builder_.AddClaim(2, rule_, "$70m", Usd(69e6, 71e6));
  CheckResult& result = builder_.result();
  result.findings.push_back(Conflict({draft, a, b, c}, {draft, c}));
  FocusOnDrafts(1, LintOptions{}, &result);
  ASSERT_EQ(result.findings.size(), 1u);
  const Finding& f = result.findings[0];
  EXPECT_EQ(f.outliers, (std::vector<int>{draft}));
  // The reference outlier ($70m) agrees with nothing but is not the
  // draft's concern; it is still cited, since the draft disagrees with it.
  EXPECT_EQ(f.claims, (std::vector<int>{draft, a, b, c}));
  EXPECT_EQ(f.message,
            "\"$62m\" (draft.md:1:9) disagrees with the references \"$48m\" "
            "(a.txt:1), \"$48m\" (b.txt:1), \"$70m\" (b.txt:1); the "
            "consensus is USD 47–49 million");
}

TEST_F(FocusOnDraftsTest, ConflictsAmongReferencesAloneAreShownOnlyOnRequest) {
  const int draft = builder_.AddClaim(0, rule_, "$62m", Usd(47e6, 49e6));
  const int a = builder_.AddClaim(1, rule_, "$48m", Usd(47e6, 49e6));
  const int c = builder_.AddClaim(2, rule_, "$70m", Usd(69e6, 71e6));
  CheckResult& result = builder_.result();
  result.findings.push_back(Conflict({draft, a, c}, {c}));
  CheckResult shown = builder_.CopyOfResult();
  FocusOnDrafts(1, LintOptions{}, &result);
  EXPECT_TRUE(result.findings.empty());
  FocusOnDrafts(1, LintOptions{true}, &shown);
  ASSERT_EQ(shown.findings.size(), 1u);
  EXPECT_EQ(shown.findings[0].outliers, (std::vector<int>{c}));
}

TEST_F(FocusOnDraftsTest, IncomparableFindingsAreNotTheDraftsProblem) {
  const int draft = builder_.AddClaim(0, rule_, "$62m", Usd(61e6, 63e6));
  CheckResult& result = builder_.result();
  Finding f = Conflict({draft}, {});
  f.kind = FindingKind::kIncomparable;
  f.has_consensus = false;
  result.findings.push_back(f);
  FocusOnDrafts(1, LintOptions{true}, &result);
  EXPECT_TRUE(result.findings.empty());
}

}  // namespace
}  // namespace claimdiff
