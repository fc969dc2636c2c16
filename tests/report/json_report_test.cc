#include "checker/report/json_report.h"

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "tests/report/fixtures.h"

namespace claimdiff {
namespace {

using nlohmann::json;
using report_test::AmountValue;
using report_test::DateValue;
using report_test::kInf;
using report_test::MakeDocument;
using report_test::ResultBuilder;
using report_test::UnresolvedValue;

// Two sources, three claims (a date range, an open-ended amount, an
// unresolved date), one conflict with a consensus and one without.
class JsonFixture {
 public:
  JsonFixture() {
    const Rule* start = builder_.AddRule("kuril.dispute-length");
    const Rule* trade = builder_.AddRule("trade.volume", Severity::kWarning);
    builder_.AddDocument(
        MakeDocument("seeds/000.txt",
                     "Intro.\nIt has lasted 71 years, and trade is "
                     "over $2 billion.",
                     absl::CivilDay(2016, 12, 13), "Kyodo"));
    builder_.AddDocument(MakeDocument("seeds/001.md", "Talks on Thursday."));
    builder_.AddClaim(
        0, start, "71 years",
        DateValue(absl::CivilDay(1944, 12, 13), absl::CivilDay(1946, 12, 13),
                  "71-year (±1) before 2016-12-13 → started 1944-12-13 to "
                  "1946-12-13"),
        "kuril/dispute-start");
    builder_.AddClaim(
        0, trade, "over $2 billion",
        AmountValue(Kind::kMoney, "USD", Interval{2e9, kInf, true, true},
                    "over $2 billion → more than USD 2 billion"),
        "trade/jp-ru");
    builder_.AddClaim(
        1, start, "on Thursday",
        UnresolvedValue(Kind::kDate, "on Thursday", "no publication date"),
        "kuril/dispute-start");

    Finding with;
    with.subject = "kuril/dispute-start";
    with.rule = "kuril.dispute-length";
    with.severity = Severity::kError;
    with.unit = std::string(kUnitDate);
    with.has_consensus = true;
    with.consensus =
        Interval{DayNumber(absl::CivilDay(1944, 12, 13)), kInf, false, true};
    with.consensus_sources = 2;
    with.consensus_reading = "started on or after 1944-12-13";
    with.claims = {0, 2};
    with.outliers = {2};
    with.message = "000.txt disagrees with 001.md";
    with.rule_message = "000.txt says more than 50 years";
    Finding without;
    without.subject = "trade/jp-ru";
    without.rule = "trade.volume";
    without.severity = Severity::kWarning;
    without.unit = "USD";
    without.claims = {1};
    without.outliers = {1};
    without.message = "the sources disagree with each other";
    builder_.result().findings = {with, without};
    builder_.result().warnings.push_back(Diagnostic{
        Severity::kWarning, "seeds/002.txt", 3, 7, "invalid UTF-8 replaced"});
    builder_.result().warnings.push_back(
        Diagnostic{Severity::kInfo, "", 0, 0, "no manifest"});
  }

  CheckResult& result() { return builder_.result(); }

 private:
  ResultBuilder builder_;
};

std::string Render(const CheckResult& result) {
  std::ostringstream out;
  JsonReporter(ReportOptions{}).Write(result, out);
  return out.str();
}

json Parse(const CheckResult& result) { return json::parse(Render(result)); }

TEST(JsonReporterTest, HeaderAndKeyOrderAreStable) {
  JsonFixture fixture;
  const std::string text = Render(fixture.result());
  EXPECT_EQ(text.rfind("{\n  \"version\": 1,\n  \"tool\": {\n    \"name\": "
                       "\"claimdiff\",\n    \"version\": ",
                       0),
            0u)
      << text;
  EXPECT_EQ(text.back(), '\n');
  const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(text);
  std::vector<std::string> keys;
  for (const auto& [key, value] : parsed.items()) keys.push_back(key);
  EXPECT_EQ(keys,
            (std::vector<std::string>{"version", "tool", "sources", "claims",
                                      "findings", "warnings", "summary"}));
  EXPECT_TRUE(parsed["tool"]["version"].is_string());
}

TEST(JsonReporterTest, Sources) {
  JsonFixture fixture;
  const json sources = Parse(fixture.result())["sources"];
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0],
            json::parse(R"({"path": "seeds/000.txt", "published": "2016-12-13",
                            "published_from": null, "outlet": "Kyodo",
                            "format": "text"})"));
  EXPECT_EQ(sources[1],
            json::parse(R"({"path": "seeds/001.md", "published": null,
                            "published_from": null, "outlet": null,
                            "format": "markdown"})"));
}

// Where each date came from; null when there is no date, or when whoever
// set it did not say.
TEST(JsonReporterTest, SourcesSayWhereTheirDateCameFrom) {
  const struct {
    bool dated;
    DateSource from;
    json expected;
  } cases[] = {
      {true, DateSource::kManifest, "manifest"},
      {true, DateSource::kCommandLine, "command line"},
      {true, DateSource::kHtmlMeta, "html meta article:published_time"},
      {true, DateSource::kJsonLd, "json-ld datePublished"},
      {true, DateSource::kFrontMatter, "front matter"},
      {true, DateSource::kNone, nullptr},
      {false, DateSource::kNone, nullptr},
  };
  for (const auto& c : cases) {
    CheckResult result;
    result.documents.push_back(MakeDocument(
        "a.html", "x",
        c.dated ? std::optional(absl::CivilDay(2024, 5, 6)) : std::nullopt));
    result.documents[0].meta.published_from = c.from;
    EXPECT_EQ(Parse(result)["sources"][0]["published_from"], c.expected)
        << DateSourceName(c.from);
  }
}

TEST(JsonReporterTest, DateClaimHasIsoBoundsAndPositions) {
  JsonFixture fixture;
  const json claim = Parse(fixture.result())["claims"][0];
  EXPECT_EQ(claim["id"], 0);
  EXPECT_EQ(claim["rule"], "kuril.dispute-length");
  EXPECT_EQ(claim["subject"], "kuril/dispute-start");
  EXPECT_EQ(claim["source"], "seeds/000.txt");
  EXPECT_EQ(claim["line"], 2);
  EXPECT_EQ(claim["column"], 15);
  EXPECT_EQ(claim["end_line"], 2);
  EXPECT_EQ(claim["end_column"], 23);
  EXPECT_EQ(claim["text"], "71 years");
  EXPECT_EQ(claim["value"], json::parse(R"({
      "kind": "duration", "unit": "date",
      "low": "1944-12-13", "high": "1946-12-13",
      "low_open": false, "high_open": false,
      "reading": "71-year (±1) before 2016-12-13 → started 1944-12-13 to 1946-12-13",
      "resolved": true})"));
}

TEST(JsonReporterTest, AmountsAreNumbersAndInfinityIsNull) {
  JsonFixture fixture;
  const json value = Parse(fixture.result())["claims"][1]["value"];
  EXPECT_EQ(value["kind"], "money");
  EXPECT_EQ(value["unit"], "USD");
  ASSERT_TRUE(value["low"].is_number());
  EXPECT_DOUBLE_EQ(value["low"].get<double>(), 2e9);
  EXPECT_TRUE(value["high"].is_null());
  EXPECT_EQ(value["low_open"], true);
  EXPECT_EQ(value["high_open"], true);
}

TEST(JsonReporterTest, UnresolvedValueSaysWhyAndHasNoBounds) {
  JsonFixture fixture;
  const json value = Parse(fixture.result())["claims"][2]["value"];
  EXPECT_EQ(value["resolved"], false);
  EXPECT_EQ(value["unresolved"], "no publication date");
  EXPECT_TRUE(value["low"].is_null());
  EXPECT_TRUE(value["high"].is_null());
  // Resolved values leave the key out rather than writing "".
  EXPECT_FALSE(
      Parse(fixture.result())["claims"][0]["value"].contains("unresolved"));
}

TEST(JsonReporterTest, Findings) {
  JsonFixture fixture;
  const json findings = Parse(fixture.result())["findings"];
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0], json::parse(R"({
      "subject": "kuril/dispute-start", "rule": "kuril.dispute-length",
      "severity": "error", "kind": "conflict", "unit": "date",
      "message": "000.txt disagrees with 001.md",
      "rule_message": "000.txt says more than 50 years",
      "consensus": {"low": "1944-12-13", "high": null, "low_open": false,
                    "high_open": true, "sources": 2,
                    "reading": "started on or after 1944-12-13"},
      "claims": [0, 2], "outliers": [2]})"));
  EXPECT_TRUE(findings[1]["consensus"].is_null());
  EXPECT_EQ(findings[1]["severity"], "warning");
  EXPECT_EQ(findings[1]["claims"], json::parse("[1]"));
}

TEST(JsonReporterTest, WarningsAndSummary) {
  JsonFixture fixture;
  const json parsed = Parse(fixture.result());
  EXPECT_EQ(parsed["warnings"], json::parse(R"([
      {"file": "seeds/002.txt", "line": 3, "column": 7,
       "severity": "warning", "message": "invalid UTF-8 replaced"},
      {"file": null, "line": null, "column": null,
       "severity": "info", "message": "no manifest"}])"));
  EXPECT_EQ(parsed["summary"], json::parse(R"({
      "sources": 2, "claims": 3, "unresolved": 1, "skipped": 0, "findings": 2,
      "errors": 1, "warnings": 1, "info": 0, "diagnostics": 2})"));
}

TEST(JsonReporterTest, EmptyResultHasEmptyArrays) {
  const json parsed = Parse(CheckResult{});
  for (const char* key : {"sources", "claims", "findings", "warnings"}) {
    EXPECT_TRUE(parsed[key].is_array()) << key;
    EXPECT_TRUE(parsed[key].empty()) << key;
  }
  EXPECT_EQ(parsed["summary"]["claims"], 0);
}

TEST(JsonReporterTest, InvalidUtf8IsReplacedNotFatal) {
  CheckResult result;
  result.documents.push_back(MakeDocument("bad\xFF.txt", ""));
  const std::string text = Render(result);
  const json parsed = json::parse(text);
  EXPECT_EQ(parsed["sources"][0]["path"], "bad\xEF\xBF\xBD.txt");
}

TEST(JsonReporterTest, NonAsciiStaysUtf8) {
  JsonFixture fixture;
  EXPECT_NE(Render(fixture.result()).find("(±1)"), std::string::npos);
}

}  // namespace
}  // namespace claimdiff
