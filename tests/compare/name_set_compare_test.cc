#include "checker/compare/name_set_compare.h"

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

// Set claims built by hand: each member is (written, canonical), and an
// empty canonical marks a member no alias recognises.
class CompareNameSetsTest : public ::testing::Test {
 protected:
  using Members = std::vector<std::pair<std::string, std::string>>;

  CompareNameSetsTest() {
    for (const char* path : {"a.txt", "b.txt", "c.txt", "d.txt"}) {
      Document doc;
      doc.meta.path = path;
      documents_.push_back(std::move(doc));
    }
    rule_.id = "islands";
    rule_.severity = Severity::kWarning;
  }

  void Add(size_t document, const std::string& text, const Members& members) {
    Claim c;
    c.id = static_cast<int>(claims_.size());
    c.document = document;
    c.rule = &rule_;
    c.text = text;
    c.value.kind = Kind::kSet;
    c.value.unit = std::string(kUnitSet);
    for (const auto& [written, canonical] : members) {
      c.value.members.push_back({written,
                                 canonical.empty() ? written : canonical,
                                 !canonical.empty()});
    }
    claims_.push_back(std::move(c));
  }

  std::vector<Finding> Run() const {
    std::vector<const Claim*> group;
    for (const Claim& c : claims_) group.push_back(&c);
    std::vector<Finding> out;
    CompareNameSets("islands", group, documents_, &out);
    return out;
  }

  const Members kFour = {{"Iturup", "Iturup"},
                         {"Kunashir", "Kunashir"},
                         {"Shikotan", "Shikotan"},
                         {"Habomai", "Habomai"}};
  Rule rule_;
  std::vector<Document> documents_;
  std::vector<Claim> claims_;
};

TEST_F(CompareNameSetsTest, UnrecognisedMembersDisagreeWithTheConsensus) {
  Add(0, "four", kFour);
  Add(1, "four again", kFour);
  Add(2, "translated", {{"Tooth Dance", ""}, {"Sedan", ""}});
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(f.kind, FindingKind::kConflict);
  EXPECT_EQ(f.severity, Severity::kWarning);
  EXPECT_EQ(f.outliers, (std::vector<int>{2}));
  EXPECT_EQ(f.consensus_sources, 2);
  EXPECT_EQ(f.consensus_reading, "{Habomai, Iturup, Kunashir, Shikotan}");
  EXPECT_EQ(f.message,
            "\"translated\" (c.txt) disagrees with 2 claims from 2 sources "
            "(a.txt, b.txt), which name {Habomai, Iturup, Kunashir, "
            "Shikotan}: it names Tooth Dance, Sedan, which no alias "
            "recognises; lacks Habomai, Iturup, Kunashir, Shikotan");
}

TEST_F(CompareNameSetsTest, OrderAndVariantsDoNotMatter) {
  Add(0, "four", kFour);
  Add(1, "reordered",
      {{"Habomai", "Habomai"},
       {"Etorofu", "Iturup"},
       {"Shikotan", "Shikotan"},
       {"Kunashiri", "Kunashir"}});
  EXPECT_TRUE(Run().empty());
}

TEST_F(CompareNameSetsTest, NamesMissingAndExtraMembers) {
  Add(0, "four", kFour);
  Add(1, "four", kFour);
  Add(2, "three and one",
      {{"Iturup", "Iturup"},
       {"Kunashir", "Kunashir"},
       {"Shikotan", "Shikotan"},
       {"Urup", "Urup"}});
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("it lacks Habomai; adds Urup"),
            std::string::npos)
      << findings[0].message;
}

TEST_F(CompareNameSetsTest, ALoneUnrecognisedListIsStillReported) {
  Add(0, "translated", {{"Tooth Dance", ""}, {"Sedan", ""}});
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_FALSE(findings[0].has_consensus);
  EXPECT_EQ(findings[0].message,
            "\"translated\" (a.txt) names Tooth Dance, Sedan, which no alias "
            "recognises");
}

TEST_F(CompareNameSetsTest, ATieHasNoConsensus) {
  Add(0, "four", kFour);
  Add(1, "two", {{"Iturup", "Iturup"}, {"Kunashir", "Kunashir"}});
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_FALSE(findings[0].has_consensus);
  EXPECT_EQ(findings[0].outliers.size(), 2u);
}

}  // namespace
}  // namespace claimdiff
