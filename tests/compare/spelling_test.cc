#include "checker/compare/spelling.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

// Name claims built by hand, so spelling checks are tested without the
// extract and values stages.
class CompareSpellingsTest : public ::testing::Test {
 protected:
  CompareSpellingsTest() {
    for (const char* path : {"a.txt", "b.txt", "c.txt"}) {
      Document doc;
      doc.meta.path = path;
      documents_.push_back(std::move(doc));
    }
    rule_.id = "names";
    rule_.severity = Severity::kWarning;
  }

  void Add(size_t document, const std::string& written,
           const std::string& canonical, bool recognised) {
    Claim c;
    c.id = static_cast<int>(claims_.size());
    c.document = document;
    c.rule = &rule_;
    c.text = written;
    c.value.kind = Kind::kName;
    c.value.unit = std::string(kUnitName);
    c.value.members.push_back({written, canonical, recognised});
    claims_.push_back(std::move(c));
  }

  std::vector<Finding> Run() const {
    std::vector<const Claim*> group;
    for (const Claim& c : claims_) group.push_back(&c);
    std::vector<Finding> out;
    CompareSpellings("spelling", group, documents_, &out);
    return out;
  }

  Rule rule_;
  std::vector<Document> documents_;
  std::vector<Claim> claims_;
};

TEST_F(CompareSpellingsTest, FlagsEverySpellingOtherThanTheHouseOne) {
  Add(0, "Sergey Lavrov", "Sergei Lavrov", true);
  Add(1, "Sergei Lavrov", "Sergei Lavrov", true);
  Add(2, "Shinz\xC5\x8D Abe", "Shinzo Abe", true);
  Add(2, "Shinzo Abe", "Shinzo Abe", true);
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].kind, FindingKind::kSpelling);
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[0].outliers, (std::vector<int>{0}));
  EXPECT_EQ(findings[0].claims, (std::vector<int>{0, 1}));
  EXPECT_EQ(findings[0].consensus_reading, "Sergei Lavrov");
  EXPECT_EQ(findings[0].message,
            "\"Sergey Lavrov\" (a.txt) differs from the house spelling "
            "\"Sergei Lavrov\", used by b.txt");
  EXPECT_EQ(findings[1].outliers, (std::vector<int>{2}));
}

TEST_F(CompareSpellingsTest, CaseAloneIsADifferentSpelling) {
  Add(0, "dmitry Peskov", "Dmitry Peskov", true);
  Add(1, "Dmitry Peskov", "Dmitry Peskov", true);
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].outliers, (std::vector<int>{0}));
}

TEST_F(CompareSpellingsTest, NoFindingWhenAllUseTheHouseSpelling) {
  Add(0, "Shinzo Abe", "Shinzo Abe", true);
  Add(1, "Shinzo Abe", "Shinzo Abe", true);
  EXPECT_TRUE(Run().empty());
}

TEST_F(CompareSpellingsTest, WithoutAnAliasTheMostUsedSpellingIsTheHouseOne) {
  // The name is unknown, so its folded form keys it; two sources write
  // "Taro Kono" and one "TARO KONO".
  Add(0, "TARO KONO", "TARO KONO", false);
  Add(1, "Taro Kono", "Taro Kono", false);
  Add(2, "Taro Kono", "Taro Kono", false);
  const std::vector<Finding> findings = Run();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].consensus_reading, "Taro Kono");
  EXPECT_EQ(findings[0].outliers, (std::vector<int>{0}));
  EXPECT_NE(findings[0].message.find("the most used spelling"),
            std::string::npos);
}

}  // namespace
}  // namespace claimdiff
