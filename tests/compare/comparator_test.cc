#include "checker/compare/comparator.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

Interval C(double low, double high) { return Interval::Closed(low, high); }

// Hand-made claims and documents, so the comparator is tested without the
// extract and values stages.
class CompareTest : public ::testing::Test {
 protected:
  CompareTest() {
    for (const char* path : {"news/000.txt", "news/001.txt", "news/002.txt",
                             "news/003.txt", "news/004.txt"}) {
      Document doc;
      doc.meta.path = path;
      documents_.push_back(std::move(doc));
    }
    info_ = MakeRule("r.info", Severity::kInfo);
    warning_ = MakeRule("r.warning", Severity::kWarning);
    error_ = MakeRule("r.error", Severity::kError);
  }

  static std::unique_ptr<Rule> MakeRule(const std::string& id,
                                        Severity severity) {
    auto rule = std::make_unique<Rule>();
    rule->id = id;
    rule->severity = severity;
    return rule;
  }

  // Adds a claim; its id is its index, as Compare expects.
  int Add(size_t document, const std::string& subject, Interval interval,
          const Rule* rule = nullptr, const std::string& unit = "",
          Kind kind = Kind::kNumber) {
    Claim c;
    c.id = static_cast<int>(claims_.size());
    c.document = document;
    c.rule = rule ? rule : error_.get();
    c.subject = subject;
    c.value.kind = kind;
    c.value.unit = unit;
    c.value.interval = interval;
    c.text = "claim " + std::to_string(c.id);
    claims_.push_back(std::move(c));
    return claims_.back().id;
  }

  std::vector<Finding> Run() const { return Compare(claims_, documents_); }

  std::vector<Document> documents_;
  std::vector<Claim> claims_;
  std::unique_ptr<Rule> info_, warning_, error_;
};

TEST_F(CompareTest, NoFindingWhenAllAgree) {
  // Every claim covers 75-79.
  Add(0, "s", C(70, 80));
  Add(1, "s", C(71, 79));
  Add(2, "s", C(75, 90));
  Add(2, "s", C(76, 77));
  EXPECT_TRUE(Run().empty());
}

TEST_F(CompareTest, NoClaimsNoFindings) { EXPECT_TRUE(Run().empty()); }

TEST_F(CompareTest, ThreeSourcesOneOutlier) {
  const int a = Add(0, "kuril/dispute-start", C(70, 80));
  const int b = Add(1, "kuril/dispute-start", C(71, 71));
  const int outlier = Add(2, "kuril/dispute-start", C(50, 60), warning_.get());
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(f.kind, FindingKind::kConflict);
  EXPECT_EQ(f.subject, "kuril/dispute-start");
  EXPECT_EQ(f.claims, (std::vector<int>{a, b, outlier}));
  EXPECT_EQ(f.outliers, std::vector<int>{outlier});
  EXPECT_EQ(f.rule, "r.warning");
  EXPECT_EQ(f.severity, Severity::kWarning);
  EXPECT_EQ(f.unit, "");
  EXPECT_TRUE(f.has_consensus);
  EXPECT_TRUE(f.consensus == C(71, 71));
  EXPECT_EQ(f.consensus_sources, 2);
  EXPECT_FALSE(f.consensus_reading.empty());
  EXPECT_TRUE(f.rule_message.empty());  // the rule has no message
}

TEST_F(CompareTest, MessageNamesTheOutlierSourceAndNeverJudges) {
  Add(0, "s", C(70, 80));
  Add(1, "s", C(71, 71));
  Add(2, "s", C(50, 60));
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  const std::string& message = findings[0].message;
  // The outlier's own text and file name, and those it disagrees with.
  EXPECT_NE(message.find("\"claim 2\""), std::string::npos) << message;
  EXPECT_NE(message.find("002.txt"), std::string::npos) << message;
  EXPECT_NE(message.find("000.txt"), std::string::npos) << message;
  EXPECT_NE(message.find("001.txt"), std::string::npos) << message;
  EXPECT_NE(message.find("disagree"), std::string::npos) << message;
  // File names, not the folders they sit in.
  EXPECT_EQ(message.find("news/"), std::string::npos) << message;
  const std::string lower = absl::AsciiStrToLower(message);
  for (const char* judgement :
       {"wrong", "correct", "right", "false", "mistake"}) {
    EXPECT_EQ(lower.find(judgement), std::string::npos)
        << judgement << " in: " << message;
  }
}

// The rule's message is filled from the first outlier and the first claim
// that agrees; placeholders with nothing to fill stay as written.
TEST_F(CompareTest, RuleMessagePlaceholdersAreFilled) {
  auto rule = MakeRule("r.msg", Severity::kError);
  rule->message =
      "{source} says {value} ({reading}), {other.source} says {other.value}; "
      "most say {consensus}; about {island} {missing}";
  Add(0, "s", C(70, 80), rule.get());
  Add(1, "s", C(71, 71), rule.get());
  const int outlier = Add(2, "s", C(50, 60), rule.get());
  claims_[outlier].value.reading = "claim 2 -> 50-60";
  claims_[outlier].captures = {{"island", "Iturup"}};
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule_message,
            "002.txt says claim 2 (claim 2 -> 50-60), 000.txt says claim 0; "
            "most say " +
                findings[0].consensus_reading + "; about Iturup {missing}");
}

TEST_F(CompareTest, GroupsBySubject) {
  // Subject "a": a conflict. Subject "b": the same figures as "a" but all
  // agreeing. Claims of different subjects are never compared.
  const int a0 = Add(0, "a", C(10, 10));
  const int a1 = Add(1, "a", C(10, 10));
  const int a2 = Add(2, "a", C(99, 99));
  Add(0, "b", C(99, 99));
  Add(1, "b", C(99, 99));
  Add(2, "c", C(10, 10));
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].subject, "a");
  EXPECT_EQ(findings[0].claims, (std::vector<int>{a0, a1, a2}));
  EXPECT_EQ(findings[0].outliers, std::vector<int>{a2});
}

TEST_F(CompareTest, MixedUnitsGiveOneIncomparableFindingAndNoConflict) {
  const int usd =
      Add(0, "fund", C(1e9, 1e9), error_.get(), "USD", Kind::kMoney);
  const int eur =
      Add(1, "fund", C(5e9, 5e9), error_.get(), "EUR", Kind::kMoney);
  const int usd2 =
      Add(2, "fund", C(0.9e9, 1.1e9), error_.get(), "USD", Kind::kMoney);
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(f.kind, FindingKind::kIncomparable);
  EXPECT_EQ(f.severity, Severity::kInfo);
  EXPECT_EQ(f.subject, "fund");
  EXPECT_EQ(f.claims, (std::vector<int>{usd, eur, usd2}));
  EXPECT_TRUE(f.outliers.empty());
  EXPECT_NE(f.message.find("USD"), std::string::npos) << f.message;
  EXPECT_NE(f.message.find("EUR"), std::string::npos) << f.message;
}

TEST_F(CompareTest, EachUnitIsComparedOnItsOwn) {
  Add(0, "fund", C(1, 1), error_.get(), "USD", Kind::kMoney);
  Add(1, "fund", C(1, 1), error_.get(), "USD", Kind::kMoney);
  const int odd = Add(2, "fund", C(9, 9), error_.get(), "USD", Kind::kMoney);
  Add(3, "fund", C(5, 5), error_.get(), "EUR", Kind::kMoney);
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 2u);
  // Most severe first: the USD conflict (error), then the info finding.
  EXPECT_EQ(findings[0].kind, FindingKind::kConflict);
  EXPECT_EQ(findings[0].unit, "USD");
  EXPECT_EQ(findings[0].outliers, std::vector<int>{odd});
  EXPECT_EQ(findings[1].kind, FindingKind::kIncomparable);
}

TEST_F(CompareTest, SeverityIsTheHighestAmongTheOutliersRules) {
  // Three sources agree (under an error rule); two outliers, one under a
  // warning rule and one under an info rule.
  Add(0, "s", C(10, 12), error_.get());
  Add(1, "s", C(11, 13), error_.get());
  Add(2, "s", C(11, 12), error_.get());
  const int w = Add(3, "s", C(50, 50), warning_.get());
  const int i = Add(4, "s", C(90, 90), info_.get());
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].outliers, (std::vector<int>{w, i}));
  // Not the agreeing claims' error severity: only outliers count.
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[0].rule, "r.warning");
}

TEST_F(CompareTest, SeverityTakesTheMaxNotTheFirst) {
  Add(0, "s", C(10, 12), info_.get());
  Add(1, "s", C(11, 13), info_.get());
  Add(2, "s", C(11, 12), info_.get());
  Add(3, "s", C(50, 50), info_.get());
  Add(4, "s", C(90, 90), error_.get());
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::kError);
}

TEST_F(CompareTest, TieMeansEveryClaimDisagreesWithTheOthers) {
  const int a = Add(0, "s", C(1, 2));
  const int b = Add(1, "s", C(5, 6));
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(f.kind, FindingKind::kConflict);
  EXPECT_FALSE(f.has_consensus);
  EXPECT_EQ(f.outliers, (std::vector<int>{a, b}));
  EXPECT_NE(f.message.find("000.txt"), std::string::npos) << f.message;
  EXPECT_NE(f.message.find("001.txt"), std::string::npos) << f.message;
  EXPECT_NE(f.message.find("disagree"), std::string::npos) << f.message;
}

struct TouchCase {
  const char* name;
  Interval first;
  Interval second;
  bool conflict;
};

// Open ends are honoured: claims that only touch at an end one of them
// excludes do not agree.
TEST_F(CompareTest, TouchingEnds) {
  const TouchCase cases[] = {
      {"closed ends meet", C(50, 60), C(60, 70), false},
      {"open low meets closed end", {50, 60, true, false}, C(60, 70), false},
      {"both open do not meet",
       {50, 60, true, true},
       {60, 70, true, true},
       true},
  };
  for (const TouchCase& c : cases) {
    claims_.clear();
    Add(0, "s", c.first);
    Add(1, "s", c.second);
    const std::vector<Finding> findings = Run();
    EXPECT_EQ(findings.size(), c.conflict ? 1u : 0u) << c.name;
  }
}

// [50, 60) excludes 60, so it never meets [60, 70]: the two sources
// disagree, and no claim is preferred.
TEST_F(CompareTest, OpenEndTouchingClosedStartIsAConflict) {
  const int a = Add(0, "s", {50, 60, false, true});
  const int b = Add(1, "s", C(60, 70));
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].kind, FindingKind::kConflict);
  EXPECT_FALSE(findings[0].has_consensus);
  EXPECT_EQ(findings[0].outliers, (std::vector<int>{a, b}));
}

TEST_F(CompareTest, OneSourceRepeatingItselfCountsOnce) {
  // 000.txt says 10 three times; 001.txt and 002.txt say 20. The majority
  // of sources, not of sentences, is 20.
  const int r0 = Add(0, "s", C(10, 10));
  const int r1 = Add(0, "s", C(10, 10));
  const int r2 = Add(0, "s", C(10, 10));
  Add(1, "s", C(20, 20));
  Add(2, "s", C(20, 20));
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(findings[0].consensus == C(20, 20));
  EXPECT_EQ(findings[0].consensus_sources, 2);
  EXPECT_EQ(findings[0].outliers, (std::vector<int>{r0, r1, r2}));
  EXPECT_NE(findings[0].message.find("000.txt"), std::string::npos);
}

TEST_F(CompareTest, UnresolvedClaimsAreNotCompared) {
  Add(0, "s", C(10, 10));
  Add(1, "s", C(10, 10));
  const int u = Add(2, "s", C(99, 99));
  claims_[u].value.resolved = false;
  claims_[u].value.unresolved = "no publication date";
  EXPECT_TRUE(Run().empty());
}

TEST_F(CompareTest, FindingsSortedBySeverityThenSubject) {
  for (const char* subject : {"zeta", "alpha"}) {
    Add(0, subject, C(1, 1), warning_.get());
    Add(1, subject, C(1, 1), warning_.get());
    Add(2, subject, C(9, 9), warning_.get());
  }
  Add(0, "mid", C(1, 1), error_.get());
  Add(1, "mid", C(1, 1), error_.get());
  Add(2, "mid", C(9, 9), error_.get());
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].subject, "mid");
  EXPECT_EQ(findings[1].subject, "alpha");
  EXPECT_EQ(findings[2].subject, "zeta");
}

// Names and sets reach their comparisons through the store's records
// (their members are not in the keys), and a store on disk gives what
// claims held whole give.
TEST_F(CompareTest, NamesAndSetsAreReadFromTheStoreOnDiskAlike) {
  const auto name = [this](size_t doc, const std::string& written) {
    const int id = Add(doc, "people", C(0, 0), warning_.get(),
                       std::string(kUnitName), Kind::kName);
    claims_[id].value.members = {{written, "Sergei Lavrov", true}};
    return id;
  };
  const auto set = [this](size_t doc, std::vector<std::string> names) {
    const int id = Add(doc, "islands", C(0, 0), error_.get(),
                       std::string(kUnitSet), Kind::kSet);
    for (const std::string& n : names) {
      claims_[id].value.members.push_back({n, n, n != "Tooth Dance"});
    }
    return id;
  };
  name(0, "Sergei Lavrov");
  name(1, "Sergei Lavrov");
  const int sergey = name(2, "Sergey Lavrov");
  set(0, {"Iturup", "Kunashir"});
  set(1, {"Kunashir", "Iturup"});
  const int odd = set(3, {"Tooth Dance", "Kunashir"});
  Add(4, "span", C(10, 10));
  Add(0, "span", C(10, 10));
  const int wide = Add(1, "span", C(99, 99));

  const std::vector<Finding> whole = Run();
  ASSERT_EQ(whole.size(), 3u);
  absl::StatusOr<ClaimStore> disk = ClaimStore::OnDisk(1);
  ASSERT_TRUE(disk.ok()) << disk.status();
  for (const Claim& c : claims_) disk->push_back(c);
  ASSERT_TRUE(disk->Flush().ok());
  // Subjects compared on one thread or three give the same findings.
  for (int jobs : {1, 3}) {
    SCOPED_TRACE(jobs);
    const std::vector<Finding> stored = Compare(*disk, documents_, jobs);
    ASSERT_EQ(stored.size(), whole.size());
    for (size_t i = 0; i < whole.size(); ++i) {
      SCOPED_TRACE(whole[i].subject);
      EXPECT_EQ(stored[i].kind, whole[i].kind);
      EXPECT_EQ(stored[i].subject, whole[i].subject);
      EXPECT_EQ(stored[i].claims, whole[i].claims);
      EXPECT_EQ(stored[i].outliers, whole[i].outliers);
      EXPECT_EQ(stored[i].message, whole[i].message);
      EXPECT_EQ(stored[i].consensus_reading, whole[i].consensus_reading);
    }
  }
  std::vector<std::vector<int>> outliers;
  for (const Finding& f : whole) outliers.push_back(f.outliers.ToVector());
  EXPECT_EQ(outliers, (std::vector<std::vector<int>>{{odd}, {wide}, {sergey}}));
  EXPECT_EQ(whole[2].consensus_reading, "Sergei Lavrov");
  EXPECT_NE(whole[0].message.find("Tooth Dance"), std::string::npos)
      << whole[0].message;
}

TEST(FindingKindNameTest, Names) {
  EXPECT_EQ(FindingKindName(FindingKind::kConflict), "conflict");
  EXPECT_EQ(FindingKindName(FindingKind::kIncomparable), "incomparable");
}

}  // namespace
}  // namespace claimdiff
