#include "checker/extract/claims.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/extract/extractor.h"
#include "checker/rulepack/rulepack.h"
#include "checker/source/loader.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {
namespace fs = std::filesystem;

// Loads a one-file pack written to a fresh temp folder. The qualifier table
// is small and fixed so the tests can use {qualifier}.
absl::StatusOr<RulePack> LoadPack(const std::string& rules_yaml) {
  const fs::path dir = testing::TestDir();
  testing::WriteFile(dir / "rules.yaml",
                     "qualifiers:\n"
                     "  about: [about]\n"
                     "  more_than: [more than]\n"
                     "  at_least: [at least]\n" +
                         rules_yaml);
  return LoadRulePack({dir.string()});
}

// As LoadPack, for a pack that imports rules/common, as story packs do,
// and so reads with its whole vocabulary.
absl::StatusOr<RulePack> LoadPackOverCommon(const std::string& rules_yaml) {
  const fs::path dir = testing::TestDir();
  testing::WriteFile(dir / "pack.yaml",
                     absl::StrCat("name: t\nimports: ['", CLAIMDIFF_SOURCE_DIR,
                                  "/rules/common']\n"));
  testing::WriteFile(dir / "rules.yaml", rules_yaml);
  return LoadRulePack({dir.string()});
}

Document MakeDocument(const std::string& text,
                      const std::string& path = "news/000.txt") {
  SourceMeta meta;
  meta.path = path;
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = DocumentFromBytes(meta, text, &warnings);
  EXPECT_TRUE(doc.ok()) << doc.status();
  EXPECT_TRUE(warnings.empty());
  return doc.ok() ? std::move(*doc) : Document{};
}

// Runs the whole extract stage on `text`.
std::vector<Claim> Claims(const RulePack& pack, const Document& doc,
                          std::vector<Diagnostic>* warnings,
                          size_t doc_index = 0) {
  absl::StatusOr<std::unique_ptr<Extractor>> ex = Extractor::Create(pack);
  EXPECT_TRUE(ex.ok()) << ex.status();
  if (!ex.ok()) return {};
  return ReadClaims(pack, doc, doc_index, (*ex)->FindAll(doc.searchable),
                    warnings);
}

// The pack's vague-count table reaches the values stage: an importing
// pack's bounds replace the shipped ones of rules/common.
TEST(ReadClaimsTest, VagueCountsComeFromThePack) {
  struct Case {
    std::string vague_counts;  // YAML appended to the pack, or ""
    double low;
    double high;
  };
  const std::vector<Case> cases = {
      {"", 24, 120},                                    // rules/common
      {"vague_counts:\n  dozens: [12, 60]\n", 12, 60},  // pack override
  };
  for (const Case& c : cases) {
    absl::StatusOr<RulePack> pack = LoadPackOverCommon(
        "rules:\n"
        "  - id: cats\n"
        "    kind: number\n"
        "    subject: cats\n"
        "    patterns: ['(?P<value>dozens)\\s+of\\s+cats']\n" +
        c.vague_counts);
    ASSERT_TRUE(pack.ok()) << pack.status();
    std::vector<Diagnostic> warnings;
    const std::vector<Claim> claims =
        Claims(*pack, MakeDocument("We saw dozens of cats."), &warnings);
    ASSERT_EQ(claims.size(), 1u);
    EXPECT_EQ(claims[0].value.interval.low, c.low) << c.vague_counts;
    EXPECT_EQ(claims[0].value.interval.high, c.high) << c.vague_counts;
  }
}

// With an exchange-rate table, amounts in other currencies are read in
// the base currency at the rate of their source's publication date;
// without one they keep their own unit.
TEST(ReadClaimsTest, ExchangeRatesConvertToTheBaseCurrency) {
  const std::string rule =
      "rules:\n"
      "  - id: cost\n"
      "    kind: money\n"
      "    subject: cost\n"
      "    patterns: ['cost (?P<value>\\S+ million)']\n";
  const std::string rates =
      "exchange_rates:\n"
      "  base: USD\n"
      "  rates:\n"
      "    2024-01-01: {EUR: 1.10}\n";
  for (const bool with_rates : {false, true}) {
    absl::StatusOr<RulePack> pack =
        LoadPackOverCommon(rule + (with_rates ? rates : ""));
    ASSERT_TRUE(pack.ok()) << pack.status();
    SourceMeta meta{"news/a.txt", absl::CivilDay(2024, 3, 4), "", {}};
    std::vector<Diagnostic> warnings;
    absl::StatusOr<Document> doc =
        DocumentFromBytes(meta, "It will cost €40 million.", &warnings);
    ASSERT_TRUE(doc.ok());
    const std::vector<Claim> claims = Claims(*pack, *doc, &warnings);
    ASSERT_EQ(claims.size(), 1u);
    if (with_rates) {
      EXPECT_EQ(claims[0].value.unit, "USD");
      EXPECT_DOUBLE_EQ(claims[0].value.interval.low, 44e6);
    } else {
      EXPECT_EQ(claims[0].value.unit, "EUR");
      EXPECT_DOUBLE_EQ(claims[0].value.interval.low, 40e6);
    }
  }
}

// date_order in pack.yaml applies to the pack's rules; a rule may differ.
TEST(ReadClaimsTest, NumericDatesFollowThePackDateOrder) {
  const fs::path dir = testing::TestDir();
  testing::WriteFile(dir / "pack.yaml", "name: t\ndate_order: dmy\n");
  testing::WriteFile(dir / "rules.yaml", R"(rules:
  - id: dmy
    kind: date
    subject: a
    patterns: ['A (?P<value>\d\d/\d\d/\d{4})']
  - id: mdy
    kind: date
    subject: b
    date_order: mdy
    patterns: ['B (?P<value>\d\d/\d\d/\d{4})']
)");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  std::vector<Diagnostic> warnings;
  const std::vector<Claim> claims =
      Claims(*pack, MakeDocument("A 03/04/2021. B 03/04/2021."), &warnings);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(FormatDay(claims[0].value.interval.low), "2021-04-03");
  EXPECT_EQ(FormatDay(claims[1].value.interval.low), "2021-03-04");
}

TEST(ReadClaimsTest, SubjectIsFilledWithLowerCasedCaptures) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "rules:\n"
      "  - id: t.trade\n"
      "    kind: number\n"
      "    subject: trade/{from}-{to}\n"
      "    patterns:\n"
      "      - '(?P<from>[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)*)\\s+sold\\s+"
      "(?P<value>\\d+)\\s+tons\\s+to\\s+(?P<to>[A-Za-z]+)'\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  const struct {
    const char* text;
    const char* subject;
  } cases[] = {
      {"Russia sold 5 tons to JAPAN.", "trade/russia-japan"},
      {"South   Korea\tsold 7 tons to Japan.", "trade/south korea-japan"},
      {"South\nKorea sold 7 tons to china.", "trade/south korea-china"},
  };
  for (const auto& c : cases) {
    const Document doc = MakeDocument(c.text);
    std::vector<Diagnostic> warnings;
    const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
    ASSERT_EQ(claims.size(), 1u) << c.text;
    EXPECT_EQ(claims[0].subject, c.subject) << c.text;
  }
}

TEST(ReadClaimsTest, SubjectCapturesKeyByTheirAliases) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "aliases:\n"
      "  regions:\n"
      "    Kuril Islands: [Kurils, Southern Kurils]\n"
      "rules:\n"
      "  - id: t.troops\n"
      "    kind: number\n"
      "    subject: troops/{where}\n"
      "    patterns:\n"
      "      - '(?P<value>\\d+)\\s+troops\\s+on\\s+"
      "(?P<where>(?:the\\s+)?[A-Z]\\w+(?:\\s+[A-Z]\\w+)?)'\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  const struct {
    const char* text;
    const char* subject;
  } cases[] = {
      {"There are 3500 troops on the Kurils.", "troops/kuril islands"},
      {"There are 3500 troops on Kuril Islands.", "troops/kuril islands"},
      {"There are 3500 troops on the Southern Kurils.", "troops/kuril islands"},
      {"There are 3500 troops on KURILS.", "troops/kuril islands"},
      {"There are 900 troops on Sakhalin.", "troops/sakhalin"},
  };
  for (const auto& c : cases) {
    const Document doc = MakeDocument(c.text);
    std::vector<Diagnostic> warnings;
    const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
    ASSERT_EQ(claims.size(), 1u) << c.text;
    EXPECT_EQ(claims[0].subject, c.subject) << c.text;
  }
}

TEST(ReadClaimsTest, NameAndSetClaimsReadThroughTheirGroup) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "aliases:\n"
      "  people:\n"
      "    Sergei Lavrov: [Sergey Lavrov]\n"
      "  islands:\n"
      "    Iturup: [Etorofu]\n"
      "    Shikotan: []\n"
      "rules:\n"
      "  - id: t.name\n"
      "    kind: name\n"
      "    subject: spelling/{value}\n"
      "    aliases: people\n"
      "    patterns: ['(?P<value>{people})']\n"
      "  - id: t.set\n"
      "    kind: set\n"
      "    subject: islands\n"
      "    aliases: islands\n"
      "    patterns: ['islands of (?P<value>\\w+ and \\w+)']\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  const Document doc = MakeDocument(
      "Sergey Lavrov spoke of the islands of Etorofu and Shikotan.");
  std::vector<Diagnostic> warnings;
  const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].subject, "spelling/sergei lavrov");
  EXPECT_EQ(claims[0].value.kind, Kind::kName);
  EXPECT_EQ(claims[0].text, "Sergey Lavrov");
  EXPECT_EQ(claims[1].value.kind, Kind::kSet);
  EXPECT_EQ(FormatMembers(claims[1].value), "{Iturup, Shikotan}");
}

TEST(ReadClaimsTest, InQuotesExcludeDropsQuotedFigures) {
  for (const char* setting : {"include", "exclude"}) {
    absl::StatusOr<RulePack> pack =
        LoadPack(absl::StrCat("rules:\n"
                              "  - id: t.bill\n"
                              "    kind: number\n"
                              "    subject: bill\n"
                              "    in_quotes: ",
                              setting,
                              "\n"
                              "    patterns: ['cost (?P<value>\\d+)']\n"));
    ASSERT_TRUE(pack.ok()) << pack.status();
    const Document doc = MakeDocument(
        "\xE2\x80\x9CIt will cost 62,\xE2\x80\x9D she said. The report "
        "says the repairs cost 48.\n");
    std::vector<Diagnostic> warnings;
    const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
    ASSERT_EQ(claims.size(), std::string(setting) == "include" ? 2u : 1u)
        << setting;
    EXPECT_EQ(claims.back().text, "48");
  }
  absl::StatusOr<RulePack> bad = LoadPack(
      "rules:\n  - id: t.bill\n    kind: number\n    subject: bill\n"
      "    in_quotes: never\n    patterns: ['cost (?P<value>\\d+)']\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(absl::StrContains(bad.status().message(),
                                "in_quotes \"never\" (expected include or "
                                "exclude)"))
      << bad.status();
}

TEST(ReadClaimsTest, SubjectWithoutCapturesIsKeptAsWritten) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "rules:\n"
      "  - id: t.a\n"
      "    kind: number\n"
      "    subject: Kuril/Summit-Agreements\n"
      "    patterns: ['signed (?P<value>\\d+) deals']\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  const Document doc = MakeDocument("They signed 80 deals.");
  std::vector<Diagnostic> warnings;
  const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].subject, "Kuril/Summit-Agreements");
}

TEST(ReadClaimsTest, ClaimSpanCoversQualifierValueAndUnit) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "rules:\n"
      "  - id: t.years\n"
      "    kind: duration\n"
      "    subject: treaty/missing\n"
      "    patterns:\n"
      "      - 'treaty[^.]*?\\bfor\\s+(?:(?P<qualifier>{qualifier})\\s+)?"
      "(?P<value>\\d+)\\s+(?P<unit>years)'\n"
      "  - id: t.count\n"
      "    kind: number\n"
      "    subject: things\n"
      "    patterns:\n"
      "      - '(?P<value>\\d+) things(?:,\\s+(?P<qualifier_after>at "
      "least))?'\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  const std::string text =
      "No treaty has been signed for more than 50 years now.\n\n"
      "Also 5 things, at least. And 6 things.";
  const Document doc = MakeDocument(text);
  std::vector<Diagnostic> warnings;
  const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
  ASSERT_EQ(claims.size(), 3u);

  const Claim& years = claims[0];
  EXPECT_EQ(years.text, "more than 50 years");
  EXPECT_EQ(years.begin, text.find("more than"));
  EXPECT_EQ(years.end, text.find(" now"));
  EXPECT_EQ(years.match_begin, text.find("treaty"));
  EXPECT_EQ(years.match_end, years.end);
  EXPECT_EQ(years.subject, "treaty/missing");
  EXPECT_EQ(years.rule, &pack->rules[0]);
  EXPECT_EQ(years.document, 0u);
  EXPECT_EQ(years.id, 0);

  EXPECT_EQ(claims[1].text, "5 things, at least");
  EXPECT_EQ(claims[1].begin, text.find("5 things"));
  EXPECT_EQ(claims[1].rule, &pack->rules[1]);
  // Without a qualifier or unit capture the claim is the value alone.
  EXPECT_EQ(claims[2].text, "6");
  EXPECT_EQ(claims[2].match_end, text.find('.', claims[2].begin));
}

TEST(ReadClaimsTest, PositionsCountCodePoints) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "rules:\n"
      "  - id: t.count\n"
      "    kind: number\n"
      "    subject: things\n"
      "    patterns:\n"
      "      - '(?:(?P<qualifier>{qualifier})\\s+)?(?P<value>\\d+) things'\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  // Line 2 starts with a 3-byte apostrophe: "about" is column 6, not 8.
  const Document doc =
      MakeDocument("Caf\xC3\xA9 line.\nIt\xE2\x80\x99s about 50 things.");
  std::vector<Diagnostic> warnings;
  const std::vector<Claim> claims = Claims(*pack, doc, &warnings, 3);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "about 50");
  EXPECT_EQ(claims[0].start.line, 2);
  EXPECT_EQ(claims[0].start.column, 6);
  EXPECT_EQ(claims[0].finish.line, 2);
  EXPECT_EQ(claims[0].finish.column, 14);
  EXPECT_EQ(claims[0].document, 3u);
}

TEST(ReadClaimsTest, SameSpanClaimedTwiceForOneSubjectIsOneClaim) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "rules:\n"
      "  - id: t.a\n"
      "    kind: number\n"
      "    subject: things\n"
      "    patterns:\n"
      "      - '(?P<value>\\d+) things'\n"
      "      - '(?P<value>\\d+) thing'\n"
      "  - id: t.b\n"
      "    kind: number\n"
      "    subject: things\n"
      "    patterns: ['saw (?P<value>\\d+)']\n"
      "  - id: t.other\n"
      "    kind: number\n"
      "    subject: other\n"
      "    patterns: ['(?P<value>\\d+) things']\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  const Document doc = MakeDocument("We saw 5 things.");
  std::vector<Diagnostic> warnings;
  const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
  // t.a twice and t.b once claim "5" for "things": one claim. t.other
  // claims the same text for another subject: a claim of its own.
  ASSERT_EQ(claims.size(), 2u);
  std::vector<std::string> subjects = {claims[0].subject, claims[1].subject};
  std::sort(subjects.begin(), subjects.end());
  EXPECT_EQ(subjects, (std::vector<std::string>{"other", "things"}));
  for (const Claim& c : claims) EXPECT_EQ(c.text, "5");
}

TEST(ReadClaimsTest, DifferentSpansForOneSubjectAreDistinctClaims) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "rules:\n"
      "  - id: t.a\n"
      "    kind: number\n"
      "    subject: things\n"
      "    patterns:\n"
      "      - '(?:(?P<qualifier>{qualifier})\\s+)?(?P<value>\\d+) things'\n"
      "      - '(?P<value>\\d+) things'\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  // "about 5" and "5" are different stretches of text.
  const Document doc = MakeDocument("about 5 things");
  std::vector<Diagnostic> warnings;
  const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].text, "about 5");
  EXPECT_EQ(claims[1].text, "5");
}

TEST(ReadClaimsTest, UnreadableValueIsAnUnresolvedClaimWithOneWarning) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "rules:\n"
      "  - id: t.date\n"
      "    kind: date\n"
      "    subject: talks\n"
      "    patterns:\n"
      "      - 'on (?P<value>February \\d+, \\d{4})'\n"
      "      - '(?P<value>February \\d+, \\d{4}) failed'\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  const Document doc = MakeDocument(
      "Intro.\nTalks on February 30, 2016 failed.", "news/talks.txt");
  std::vector<Diagnostic> warnings;
  const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
  ASSERT_EQ(claims.size(), 1u);
  const Claim& c = claims[0];
  EXPECT_EQ(c.text, "February 30, 2016");
  EXPECT_FALSE(c.value.resolved);
  EXPECT_FALSE(c.value.unresolved.empty());
  EXPECT_EQ(c.value.kind, Kind::kDate);
  // The duplicate from the second pattern adds no second warning.
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].severity, Severity::kWarning);
  EXPECT_EQ(warnings[0].file, "news/talks.txt");
  EXPECT_EQ(warnings[0].line, 2);
  EXPECT_EQ(warnings[0].column, 10);
  EXPECT_TRUE(absl::StartsWith(warnings[0].message, "rule t.date: "))
      << warnings[0].message;
}

TEST(ReadClaimsTest, ReadableValuesAreResolvedWithoutWarnings) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "rules:\n"
      "  - id: t.count\n"
      "    kind: number\n"
      "    subject: things\n"
      "    patterns:\n"
      "      - '(?:(?P<qualifier>{qualifier})\\s+)?(?P<value>\\d+) things'\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  const Document doc = MakeDocument("71 things. More than 50 things.");
  std::vector<Diagnostic> warnings;
  const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_TRUE(warnings.empty());
  EXPECT_TRUE(claims[0].value.resolved);
  EXPECT_EQ(claims[0].value.kind, Kind::kNumber);
  EXPECT_TRUE(claims[0].value.interval.Contains(71));
  EXPECT_TRUE(claims[1].value.resolved);
  // "more than 50" excludes 50 itself and includes something above it.
  EXPECT_FALSE(claims[1].value.interval.Contains(50));
  EXPECT_TRUE(claims[1].value.interval.Contains(51));
}

TEST(ReadClaimsTest, MatchesFromMaskedMarkdownPointIntoTheText) {
  absl::StatusOr<RulePack> pack = LoadPack(
      "rules:\n"
      "  - id: t.count\n"
      "    kind: number\n"
      "    subject: things\n"
      "    patterns: ['(?P<value>\\d+)\\s+things']\n");
  ASSERT_TRUE(pack.ok()) << pack.status();
  const Document doc = MakeDocument("# Head\n\n**7** things", "a.md");
  std::vector<Diagnostic> warnings;
  const std::vector<Claim> claims = Claims(*pack, doc, &warnings);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "7");
  EXPECT_EQ(claims[0].start.line, 3);
  EXPECT_EQ(claims[0].start.column, 3);
}

}  // namespace
}  // namespace claimdiff
