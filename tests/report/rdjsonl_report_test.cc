#include "checker/report/rdjsonl_report.h"

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
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
                   "a day", Kind::kDate);
}

std::vector<std::string> Lines(const CheckResult& result) {
  std::ostringstream out;
  RdjsonlReporter(ReportOptions{}).Write(result, out);
  return absl::StrSplit(out.str(), '\n', absl::SkipEmpty());
}

TEST(Utf8ColumnTest, CountsBytesWhereClaimdiffCountsCodePoints) {
  // reviewdog's own example is 'a𐐀b': columns 1, 2 and 6.
  const Document document = MakeDocument("a.txt",
                                         "first\na\xF0\x90\x90\x80"
                                         "b\nAgn\xC3\xA8s x");
  struct Case {
    int line;
    int column;
    int bytes;
  };
  for (const Case& c : std::vector<Case>{{1, 1, 1},
                                         {1, 5, 5},
                                         {2, 1, 1},
                                         {2, 2, 2},
                                         {2, 3, 6},
                                         {2, 4, 7},  // just past the line
                                         {2, 6, 9},  // further past it
                                         {3, 4, 4},
                                         {3, 5, 6},
                                         {3, 7, 8},
                                         {0, 3, 3},  // no such line
                                         {9, 3, 3}}) {
    EXPECT_EQ(Utf8Column(document, c.line, c.column), c.bytes)
        << c.line << ":" << c.column;
  }
}

// An outlier placed after a two-byte "è" on its line.
class RdjsonlFixture {
 public:
  RdjsonlFixture() {
    const Rule* rule = builder_.AddRule("bridge.reopening-date");
    builder_.AddDocument(MakeDocument("corpus/courier.txt", "On March 8."));
    builder_.AddDocument(MakeDocument(
        "corpus/herald.txt", "Intro.\nAgn\xC3\xA8s said March 15, late."));
    builder_.AddClaim(0, rule, "March 8", Day(8), "vell/reopening");
    builder_.AddClaim(1, rule, "March 15", Day(15), "vell/reopening");
    Finding finding;
    finding.subject = "vell/reopening";
    finding.rule = "bridge.reopening-date";
    finding.severity = Severity::kWarning;
    finding.has_consensus = true;
    finding.claims = {0, 1};
    finding.outliers = {1};
    finding.message = "herald.txt disagrees";
    finding.rule_message = "herald.txt says \"March 15\".";
    builder_.result().findings = {finding};
  }

  CheckResult& result() { return builder_.result(); }
  Finding& finding() { return builder_.result().findings[0]; }

 private:
  ResultBuilder builder_;
};

TEST(RdjsonlReporterTest, OneDiagnosticPerOutlierInFieldOrder) {
  RdjsonlFixture fixture;
  const std::vector<std::string> lines = Lines(fixture.result());
  ASSERT_EQ(lines.size(), 1u);
  // The claim starts at code point 12 of its line, byte 13 after "è".
  EXPECT_EQ(
      lines[0],
      R"({"message":"herald.txt disagrees — herald.txt says \"March 15\".",)"
      R"("location":{"path":"corpus/herald.txt","range":{"start":)"
      R"({"line":2,"column":13},"end":{"line":2,"column":21}}},)"
      R"("severity":"WARNING","source":{"name":"claimdiff"},)"
      R"("code":{"value":"bridge.reopening-date"}})");
}

TEST(RdjsonlReporterTest, SeverityNames) {
  for (const auto& [severity, name] :
       std::vector<std::pair<Severity, std::string>>{
           {Severity::kError, "ERROR"},
           {Severity::kWarning, "WARNING"},
           {Severity::kInfo, "INFO"}}) {
    RdjsonlFixture fixture;
    fixture.finding().severity = severity;
    EXPECT_EQ(json::parse(Lines(fixture.result())[0])["severity"], name);
  }
}

TEST(RdjsonlReporterTest, NoConsensusReportsEveryClaim) {
  RdjsonlFixture fixture;
  fixture.finding().has_consensus = false;
  fixture.finding().outliers = {0, 1};
  const std::vector<std::string> lines = Lines(fixture.result());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(json::parse(lines[0])["location"]["path"], "corpus/courier.txt");
  EXPECT_EQ(json::parse(lines[1])["location"]["path"], "corpus/herald.txt");
}

TEST(RdjsonlReporterTest, WarningsCarryWhatLocationTheyHave) {
  RdjsonlFixture fixture;
  fixture.result().warnings = {
      // A column on a document that was read is converted to bytes too.
      Diagnostic{Severity::kWarning, "corpus/herald.txt", 2, 6,
                 "invalid UTF-8 replaced"},
      Diagnostic{Severity::kWarning, "corpus/blob.bin", 0, 0, "binary"},
      Diagnostic{Severity::kInfo, "", 0, 0, "no manifest"}};
  const std::vector<std::string> lines = Lines(fixture.result());
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(json::parse(lines[1]), json::parse(R"({
      "message": "invalid UTF-8 replaced",
      "location": {"path": "corpus/herald.txt",
                   "range": {"start": {"line": 2, "column": 7}}},
      "severity": "WARNING", "source": {"name": "claimdiff"}})"));
  EXPECT_EQ(json::parse(lines[2])["location"],
            json::parse(R"({"path": "corpus/blob.bin"})"));
  EXPECT_FALSE(json::parse(lines[3]).contains("location"));
  EXPECT_EQ(json::parse(lines[3])["severity"], "INFO");
}

TEST(RdjsonlReporterTest, EveryLineIsOneJsonObjectEvenWithHostileText) {
  RdjsonlFixture fixture;
  fixture.finding().message = "two\nlines and a \x01 control";
  fixture.finding().rule_message = "bad \xFF byte";
  const std::vector<std::string> lines = Lines(fixture.result());
  ASSERT_EQ(lines.size(), 1u);
  const json parsed = json::parse(lines[0]);
  EXPECT_EQ(parsed["message"],
            "two\nlines and a \x01 control — bad \xEF\xBF\xBD byte");
}

TEST(RdjsonlReporterTest, CleanResultPrintsNothing) {
  EXPECT_TRUE(Lines(CheckResult{}).empty());
}

}  // namespace
}  // namespace claimdiff
