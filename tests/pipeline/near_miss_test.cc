#include "checker/pipeline/near_miss.h"

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/extract/claims.h"
#include "checker/extract/extractor.h"
#include "checker/pipeline/explain.h"
#include "checker/source/loader.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {

struct SubpatternCase {
  const char* pattern;
  const char* expected;
};

TEST(CaptureSubpatternTest, BalancesGroupsEscapesAndClasses) {
  const SubpatternCase cases[] = {
      {R"(cost (?P<value>\d+) m)", R"(\d+)"},
      {R"(x(?P<value>(?:a|b)(c))y)", R"((?:a|b)(c))"},
      {R"((?P<value>\(\d+\)) z)", R"(\(\d+\))"},
      {R"((?P<value>[)(]+)!)", R"([)(]+)"},
      {R"((?P<value>[]a)]+)!)", R"([]a)]+)"},
      {R"((?P<unit>x) (?P<value>y))", "y"},
      {R"(no value here)", ""},
      {R"((?P<value>unclosed)", ""},
  };
  for (const SubpatternCase& c : cases) {
    EXPECT_EQ(CaptureSubpattern(c.pattern, "value"), c.expected) << c.pattern;
  }
}

TEST(FindNearMissesTest, ReportsValuesOutsideEveryMatch) {
  const auto dir = testing::TestDir();
  testing::WriteFile(dir / "pack.yaml",
                     absl::StrCat("name: t\nimports: ['", CLAIMDIFF_SOURCE_DIR,
                                  "/rules/common']\n"));
  testing::WriteFile(dir / "rules.yaml", R"(rules:
  - id: t.bill
    kind: money
    subject: bill
    patterns: ['bill came to {money_claim}']
)");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  std::unique_ptr<Extractor> extractor = *Extractor::Create(*pack);
  SourceMeta meta;
  meta.path = "doc.txt";
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = DocumentFromBytes(
      meta,
      "The bill came to $48 million.\n"
      "The repairs cost $50 million, or $50 million more than planned.\n",
      &warnings);
  ASSERT_TRUE(doc.ok());
  const std::vector<Claim> claims = ReadClaims(
      *pack, *doc, 0, extractor->FindAll(doc->searchable), &warnings);
  ASSERT_EQ(claims.size(), 1u);
  const std::vector<NearMiss> misses =
      FindNearMisses(pack->rules[0], *doc, claims);
  ASSERT_EQ(misses.size(), 2u);
  EXPECT_EQ(misses[0].text, "$50 million");
  EXPECT_EQ(misses[0].start.line, 2);
  EXPECT_EQ(misses[0].start.column, 18);
  EXPECT_EQ(misses[1].start.column, 34);

  // explain --rule prints them with their sentences.
  CheckResult result;
  result.documents.push_back(*doc);
  for (const Claim& c : claims) result.claims.push_back(c);
  std::ostringstream out;
  WriteExplain(result, out, &pack->rules[0]);
  EXPECT_NE(out.str().find("2 near misses of t.bill"), std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("doc.txt:2:18: \"$50 million\"\n    The repairs "
                           "cost \xC2\xBB$50 million\xC2\xAB"),
            std::string::npos)
      << out.str();
}

TEST(FindNearMissesTest, NameListsCountOnlyWhenTheyNameAKnownEntity) {
  const auto dir = testing::TestDir();
  testing::WriteFile(dir / "pack.yaml",
                     absl::StrCat("name: t\nimports: ['", CLAIMDIFF_SOURCE_DIR,
                                  "/rules/common']\n"));
  testing::WriteFile(dir / "rules.yaml", R"(aliases:
  islands:
    Iturup: [Etorofu]
    Shikotan: []
rules:
  - id: t.islands
    kind: set
    subject: islands
    aliases: islands
    patterns: ['islands of {set_claim}']
)");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  std::unique_ptr<Extractor> extractor = *Extractor::Create(*pack);
  SourceMeta meta;
  meta.path = "doc.txt";
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = DocumentFromBytes(
      meta,
      "Russia and Japan talked. The islands of Iturup and Shikotan matter.\n"
      "Tokyo wants Etorofu and Shikotan back.\n",
      &warnings);
  ASSERT_TRUE(doc.ok());
  const std::vector<Claim> claims = ReadClaims(
      *pack, *doc, 0, extractor->FindAll(doc->searchable), &warnings);
  ASSERT_EQ(claims.size(), 1u);
  // Any capitalised list matches the value on its own...
  EXPECT_EQ(FindNearMisses(pack->rules[0], *doc, claims).size(), 2u);
  // ...but only the one naming known islands is a near miss worth showing.
  const std::vector<NearMiss> misses =
      FindNearMisses(pack->rules[0], *doc, claims, &pack->vocabulary.aliases);
  ASSERT_EQ(misses.size(), 1u);
  EXPECT_EQ(misses[0].text, "Etorofu and Shikotan");
}

}  // namespace
}  // namespace claimdiff
