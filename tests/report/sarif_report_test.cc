#include "checker/report/sarif_report.h"

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "tests/report/fixtures.h"

namespace claimdiff {
namespace {

using nlohmann::json;
using report_test::DateValue;
using report_test::MakeDocument;
using report_test::ResultBuilder;

Value Day(int day) {
  return DateValue(absl::CivilDay(2024, 3, day), absl::CivilDay(2024, 3, day),
                   absl::StrCat("read → 2024-03-", day < 10 ? "0" : "", day),
                   Kind::kDate);
}

json Render(const CheckResult& result) {
  std::ostringstream out;
  SarifReporter(ReportOptions{}).Write(result, out);
  const std::string text = out.str();
  EXPECT_EQ(text.back(), '\n');
  return json::parse(text);
}

Rule DateRule() {
  Rule rule;
  rule.id = "bridge.reopening-date";
  rule.description = "When the bridge reopens";
  rule.kind = Kind::kDate;
  rule.subject = "vell/reopening";
  rule.severity = Severity::kError;
  return rule;
}

// `lead` goes before the herald's text, so a test can move its claim
// down the file.
class SarifFixture {
 public:
  explicit SarifFixture(const std::string& lead = "") {
    const Rule* rule = builder_.AddRule(DateRule());
    builder_.AddDocument(MakeDocument("corpus/courier.txt",
                                      "It reopens on March 8, they said.",
                                      absl::CivilDay(2024, 3, 4), "Courier"));
    builder_.AddDocument(MakeDocument(
        "corpus/herald.md", lead + "Intro.\nNot until March 15. Later."));
    builder_.AddDocument(MakeDocument("corpus/wire.txt", "Due March 8."));
    builder_.AddClaim(0, rule, "March 8", Day(8), "vell/reopening");
    builder_.AddClaim(1, rule, "March 15", Day(15), "vell/reopening");
    builder_.AddClaim(2, rule, "March 8", Day(8), "vell/reopening");
    Finding finding;
    finding.subject = "vell/reopening";
    finding.rule = "bridge.reopening-date";
    finding.severity = Severity::kError;
    finding.has_consensus = true;
    finding.consensus_sources = 2;
    finding.claims = {0, 1, 2};
    finding.outliers = {1};
    finding.message = "herald.md disagrees with 2 claims";
    finding.rule_message = "herald.md says March 15.";
    builder_.result().findings = {finding};
  }

  CheckResult& result() { return builder_.result(); }
  Finding& finding() { return builder_.result().findings[0]; }
  ResultBuilder& builder() { return builder_; }

 private:
  ResultBuilder builder_;
};

TEST(SarifArtifactLocationTest, RelativePathsAreUriReferencesOnSrcRoot) {
  struct Case {
    std::string path;
    std::string uri;
    bool relative;
  };
  for (const Case& c : std::vector<Case>{
           {"fixtures/corpus/a.txt", "fixtures/corpus/a.txt", true},
           {"./a-b_c~d.md", "./a-b_c~d.md", true},
           {"my file.txt", "my%20file.txt", true},
           {"100%.txt", "100%25.txt", true},
           {"a#b?c.txt", "a%23b%3Fc.txt", true},
           {"c:notes.txt", "c%3Anotes.txt", true},
           {"Agn\xC3\xA8s.txt", "Agn%C3%A8s.txt", true},
           {"back\\slash", "back%5Cslash", true},
           {"/srv/news/a b.txt", "file:///srv/news/a%20b.txt", false},
       }) {
    const json location = SarifArtifactLocation(c.path);
    EXPECT_EQ(location["uri"], c.uri) << c.path;
    if (c.relative) {
      EXPECT_EQ(location["uriBaseId"], "%SRCROOT%") << c.path;
    } else {
      EXPECT_FALSE(location.contains("uriBaseId")) << c.path;
    }
  }
}

TEST(SarifRuleNameTest, PascalCase) {
  EXPECT_EQ(SarifRuleName("bridge.reopening-date"), "BridgeReopeningDate");
  EXPECT_EQ(SarifRuleName("kuril.dispute_length2"), "KurilDisputeLength2");
  EXPECT_EQ(SarifRuleName("x"), "X");
  EXPECT_EQ(SarifRuleName("2024.budget"), "Rule2024Budget");
  EXPECT_EQ(SarifRuleName(""), "Rule");
}

TEST(SarifFingerprintTest, IsPinnedAndSeparatesEveryField) {
  // Code-scanning services match results across runs by this value: a
  // change here must come with a new key ("claimdiff/v2").
  const std::string base = SarifFingerprint("r", "s", FindingKind::kConflict,
                                            "March 15", "corpus/herald.md");
  EXPECT_EQ(base, "f1a49ed2406d9016");
  EXPECT_EQ(base.size(), 16u);
  const std::set<std::string> variants = {
      base,
      SarifFingerprint("r2", "s", FindingKind::kConflict, "March 15",
                       "corpus/herald.md"),
      SarifFingerprint("r", "s2", FindingKind::kConflict, "March 15",
                       "corpus/herald.md"),
      SarifFingerprint("r", "s", FindingKind::kIncomparable, "March 15",
                       "corpus/herald.md"),
      SarifFingerprint("r", "s", FindingKind::kConflict, "March 16",
                       "corpus/herald.md"),
      SarifFingerprint("r", "s", FindingKind::kConflict, "March 15",
                       "corpus/wire.txt"),
      // Field boundaries count: "ab"+"c" is not "a"+"bc".
      SarifFingerprint("rs", "", FindingKind::kConflict, "March 15",
                       "corpus/herald.md"),
  };
  EXPECT_EQ(variants.size(), 7u);
}

TEST(SarifReporterTest, LogRunAndDriver) {
  SarifFixture fixture;
  const json log = Render(fixture.result());
  EXPECT_EQ(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(log["version"], "2.1.0");
  ASSERT_EQ(log["runs"].size(), 1u);
  const json& run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "claimdiff");
  EXPECT_TRUE(driver["version"].is_string());
  EXPECT_FALSE(driver["version"].get<std::string>().empty());
  EXPECT_EQ(driver["informationUri"], "https://claimdiff.dev/");
  EXPECT_EQ(run["invocations"],
            json::parse(R"([{"executionSuccessful": true}])"));
}

TEST(SarifReporterTest, RuleDescriptorFromTheRule) {
  SarifFixture fixture;
  const json rules =
      Render(fixture.result())["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 1u);
  const json& rule = rules[0];
  EXPECT_EQ(rule["id"], "bridge.reopening-date");
  EXPECT_EQ(rule["name"], "BridgeReopeningDate");
  EXPECT_EQ(rule["shortDescription"]["text"], "When the bridge reopens.");
  EXPECT_EQ(rule["fullDescription"]["text"],
            "When the bridge reopens. Each match is read as a date value "
            "about the subject \"vell/reopening\" and compared with what "
            "other sources say about that subject.");
  EXPECT_NE(rule["help"]["text"].get<std::string>().find("consensus"),
            std::string::npos);
  EXPECT_EQ(rule["defaultConfiguration"]["level"], "error");
}

TEST(SarifReporterTest, OneResultPerOutlierWithItsRegion) {
  SarifFixture fixture;
  const json results = Render(fixture.result())["runs"][0]["results"];
  ASSERT_EQ(results.size(), 1u);
  const json& result = results[0];
  EXPECT_EQ(result["ruleId"], "bridge.reopening-date");
  EXPECT_EQ(result["ruleIndex"], 0);
  EXPECT_EQ(result["level"], "error");
  EXPECT_EQ(result["message"]["text"],
            "herald.md disagrees with 2 claims. herald.md says March 15.");
  ASSERT_EQ(result["locations"].size(), 1u);
  EXPECT_EQ(result["locations"][0]["physicalLocation"], json::parse(R"({
      "artifactLocation": {"uri": "corpus/herald.md",
                           "uriBaseId": "%SRCROOT%", "index": 1},
      "region": {"startLine": 2, "startColumn": 11, "endLine": 2,
                 "endColumn": 19, "snippet": {"text": "March 15"}},
      "contextRegion": {"startLine": 2, "startColumn": 1, "endLine": 2,
                        "endColumn": 20,
                        "snippet": {"text": "Not until March 15."}}})"));
  EXPECT_EQ(result["properties"], json::parse(R"({"subject": "vell/reopening",
                            "findingKind": "conflict"})"));
}

TEST(SarifReporterTest, RelatedLocationsAreTheOtherClaims) {
  SarifFixture fixture;
  const json related =
      Render(fixture.result())["runs"][0]["results"][0]["relatedLocations"];
  ASSERT_EQ(related.size(), 2u);
  EXPECT_EQ(related[0], json::parse(R"({
      "id": 0,
      "physicalLocation": {
        "artifactLocation": {"uri": "corpus/courier.txt",
                             "uriBaseId": "%SRCROOT%", "index": 0},
        "region": {"startLine": 1, "startColumn": 15, "endLine": 1,
                   "endColumn": 22, "snippet": {"text": "March 8"}}},
      "message": {"text": "\"March 8\" → 2024-03-08: agrees with the consensus."}})"));
  EXPECT_EQ(related[1]["id"], 1);
  EXPECT_EQ(related[1]["physicalLocation"]["artifactLocation"]["uri"],
            "corpus/wire.txt");
}

TEST(SarifReporterTest, LevelsAndRoles) {
  struct Case {
    Severity severity;
    std::string level;
  };
  for (const Case& c : std::vector<Case>{{Severity::kError, "error"},
                                         {Severity::kWarning, "warning"},
                                         {Severity::kInfo, "note"}}) {
    SarifFixture fixture;
    fixture.finding().severity = c.severity;
    EXPECT_EQ(Render(fixture.result())["runs"][0]["results"][0]["level"],
              c.level);
  }
  // Without a consensus every claim is a result, and the others are
  // neither right nor wrong.
  SarifFixture fixture;
  fixture.finding().has_consensus = false;
  fixture.finding().outliers = {0, 1, 2};
  const json results = Render(fixture.result())["runs"][0]["results"];
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0]["relatedLocations"][0]["message"]["text"],
            "\"March 15\" → 2024-03-15: another claim about the same "
            "subject.");
}

TEST(SarifReporterTest, FingerprintsIgnoreLineShiftsAndCountRepeats) {
  SarifFixture before;
  SarifFixture after("A new first paragraph.\n\nAnd a second one.\n");
  const json a = Render(before.result())["runs"][0]["results"][0];
  const json b = Render(after.result())["runs"][0]["results"][0];
  EXPECT_NE(a["locations"][0]["physicalLocation"]["region"]["startLine"],
            b["locations"][0]["physicalLocation"]["region"]["startLine"]);
  EXPECT_EQ(a["partialFingerprints"], b["partialFingerprints"]);
  EXPECT_EQ(
      a["partialFingerprints"]["claimdiff/v1"],
      SarifFingerprint("bridge.reopening-date", "vell/reopening",
                       FindingKind::kConflict, "March 15", "corpus/herald.md") +
          ":1");

  // courier.txt and wire.txt both say "March 8", but in different files;
  // a file repeating itself word for word is told apart by occurrence.
  SarifFixture repeated;
  Document& wire = repeated.result().documents[2];
  wire = MakeDocument("corpus/courier.txt", wire.text);
  // With no consensus the comparator lists every claim as an outlier.
  repeated.finding().has_consensus = false;
  repeated.finding().outliers = repeated.finding().claims;
  const json results = Render(repeated.result())["runs"][0]["results"];
  ASSERT_EQ(results.size(), 3u);
  const std::string first = results[0]["partialFingerprints"]["claimdiff/v1"];
  const std::string third = results[2]["partialFingerprints"]["claimdiff/v1"];
  EXPECT_EQ(first.substr(0, 16), third.substr(0, 16));
  EXPECT_EQ(first.substr(16), ":1");
  EXPECT_EQ(third.substr(16), ":2");
}

TEST(SarifReporterTest, RulesAreTheOnesResultsCiteInOrder) {
  SarifFixture fixture;
  Rule other_rule = DateRule();
  other_rule.id = "bridge.age";
  other_rule.severity = Severity::kWarning;
  other_rule.description.clear();
  const Rule* age = fixture.builder().AddRule(std::move(other_rule));
  fixture.builder().AddRule("bridge.unused");
  const int id = fixture.builder().AddClaim(2, age, "Due", Day(8), "age");
  Finding finding;
  finding.subject = "age";
  finding.rule = "bridge.age";
  finding.severity = Severity::kWarning;
  finding.claims = {id};
  finding.outliers = {id};
  finding.message = "no consensus";
  fixture.result().findings.push_back(finding);

  const json run = Render(fixture.result())["runs"][0];
  const json& rules = run["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[1]["id"], "bridge.age");
  EXPECT_EQ(rules[1]["shortDescription"]["text"],
            "Claims read by rule bridge.age.");
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "warning");
  for (const json& result : run["results"]) {
    EXPECT_EQ(rules[result["ruleIndex"].get<int>()]["id"], result["ruleId"]);
  }
  EXPECT_EQ(run["results"][1]["message"]["text"], "no consensus.");
  EXPECT_FALSE(run["results"][1].contains("relatedLocations"));
}

TEST(SarifReporterTest, ArtifactsAreTheSources) {
  SarifFixture fixture;
  const json artifacts = Render(fixture.result())["runs"][0]["artifacts"];
  ASSERT_EQ(artifacts.size(), 3u);
  EXPECT_EQ(artifacts[0], json::parse(R"({
      "location": {"uri": "corpus/courier.txt", "uriBaseId": "%SRCROOT%"},
      "mimeType": "text/plain",
      "properties": {"published": "2024-03-04", "outlet": "Courier"}})"));
  EXPECT_EQ(artifacts[1]["mimeType"], "text/markdown");
  EXPECT_FALSE(artifacts[1].contains("properties"));
}

TEST(SarifReporterTest, WarningsAreToolExecutionNotifications) {
  SarifFixture fixture;
  fixture.result().warnings = {
      Diagnostic{Severity::kWarning, "corpus/bad file.txt", 3, 7,
                 "invalid UTF-8 replaced by U+FFFD"},
      Diagnostic{Severity::kInfo, "", 0, 0, "no manifest."}};
  const json notifications =
      Render(fixture.result())["runs"][0]["invocations"][0]
                              ["toolExecutionNotifications"];
  EXPECT_EQ(notifications, json::parse(R"([
      {"level": "warning",
       "message": {"text": "invalid UTF-8 replaced by U+FFFD."},
       "locations": [{"physicalLocation": {
         "artifactLocation": {"uri": "corpus/bad%20file.txt",
                              "uriBaseId": "%SRCROOT%"},
         "region": {"startLine": 3, "startColumn": 7}}}]},
      {"level": "note", "message": {"text": "no manifest."}}])"));
}

TEST(SarifReporterTest, EmptyResultIsAValidEmptyRun) {
  const json run = Render(CheckResult{})["runs"][0];
  EXPECT_EQ(run["results"], json::array());
  EXPECT_EQ(run["artifacts"], json::array());
  EXPECT_EQ(run["tool"]["driver"]["rules"], json::array());
}

TEST(SarifReporterTest, InvalidUtf8IsReplacedNotFatal) {
  SarifFixture fixture;
  fixture.finding().message = "bad \xFF byte";
  const json result = Render(fixture.result())["runs"][0]["results"][0];
  EXPECT_EQ(result["message"]["text"],
            "bad \xEF\xBF\xBD byte. herald.md says March 15.");
}

}  // namespace
}  // namespace claimdiff

namespace claimdiff {
namespace {

// Every related location of every result once made the log grow with the
// square of a subject's claims; each result now names at most 20, with
// the roles still right.
TEST(SarifReporterTest, RelatedLocationsStopAtTwenty) {
  struct Case {
    int claims;
    size_t want_related;
  };
  for (const Case& c : std::vector<Case>{{3, 2}, {21, 20}, {50, 20}}) {
    ResultBuilder builder;
    const Rule* rule = builder.AddRule(DateRule());
    std::string text;
    for (int i = 0; i < c.claims; ++i) text += "It reopens on March 8.\n";
    const size_t d = builder.AddDocument(MakeDocument("news/a.txt", text));
    Finding finding;
    finding.subject = "vell/reopening";
    finding.rule = "bridge.reopening-date";
    finding.has_consensus = true;
    finding.consensus_sources = 1;
    finding.message = "claims disagree";
    for (int i = 0; i < c.claims; ++i) {
      const bool outlier = i == 0 || i == 2;
      finding.claims.push_back(
          builder.AddClaim(d, rule, outlier ? "March 15" : "March 8",
                           Day(outlier ? 15 : 8), "vell/reopening"));
      if (outlier) finding.outliers.push_back(i);
    }
    builder.result().findings = {finding};
    const json log = Render(builder.result());
    const json& results = log["runs"][0]["results"];
    ASSERT_EQ(results.size(), 2u) << c.claims;
    for (const json& result : results) {
      const json& related = result["relatedLocations"];
      ASSERT_EQ(related.size(), c.want_related) << c.claims;
      int misses = 0;
      for (const json& location : related) {
        const std::string message = location["message"]["text"];
        if (message.find("also misses") != std::string::npos) ++misses;
      }
      // The other outlier is among the first claims of every case.
      EXPECT_EQ(misses, 1) << c.claims;
    }
  }
}

}  // namespace
}  // namespace claimdiff
