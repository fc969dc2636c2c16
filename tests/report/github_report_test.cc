#include "checker/report/github_report.h"

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "tests/report/fixtures.h"

namespace claimdiff {
namespace {

using report_test::DateValue;
using report_test::MakeDocument;
using report_test::ResultBuilder;

Value Day(int day) {
  return DateValue(absl::CivilDay(2024, 3, day), absl::CivilDay(2024, 3, day),
                   "a day", Kind::kDate);
}

std::string Render(const CheckResult& result) {
  std::ostringstream out;
  GithubReporter(ReportOptions{}).Write(result, out);
  return out.str();
}

struct EscapeCase {
  std::string in;
  std::string data;
  std::string property;
};

TEST(GithubEscapeTest, DataAndPropertyEscaping) {
  const std::vector<EscapeCase> cases = {
      {"plain text", "plain text", "plain text"},
      {"100%", "100%25", "100%25"},
      {"a\nb", "a%0Ab", "a%0Ab"},
      {"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
      {"a: b, c", "a: b, c", "a%3A b%2C c"},
      {"%0A", "%250A", "%250A"},
      {"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
      {"é — ok", "é — ok", "é — ok"},
      {"", "", ""},
  };
  for (const EscapeCase& c : cases) {
    EXPECT_EQ(EscapeWorkflowData(c.in), c.data) << c.in;
    EXPECT_EQ(EscapeWorkflowProperty(c.in), c.property) << c.in;
  }
}

TEST(GithubEscapeTest, CommandPerSeverity) {
  EXPECT_EQ(WorkflowCommand(Severity::kError), "error");
  EXPECT_EQ(WorkflowCommand(Severity::kWarning), "warning");
  EXPECT_EQ(WorkflowCommand(Severity::kInfo), "notice");
}

// One outlier ("March 15") against two agreeing claims.
class GithubFixture {
 public:
  GithubFixture() {
    const Rule* rule = builder_.AddRule("bridge.reopening-date");
    builder_.AddDocument(MakeDocument("corpus/courier.txt", "On March 8."));
    builder_.AddDocument(
        MakeDocument("corpus/herald.txt", "Intro.\nNot until March 15."));
    builder_.AddClaim(0, rule, "March 8", Day(8), "vell/reopening");
    builder_.AddClaim(1, rule, "March 15", Day(15), "vell/reopening");
    Finding finding;
    finding.subject = "vell/reopening";
    finding.rule = "bridge.reopening-date";
    finding.severity = Severity::kError;
    finding.has_consensus = true;
    finding.claims = {0, 1};
    finding.outliers = {1};
    finding.message = "herald.txt disagrees";
    finding.rule_message = "herald.txt says March 15.";
    builder_.result().findings = {finding};
  }

  CheckResult& result() { return builder_.result(); }
  Finding& finding() { return builder_.result().findings[0]; }
  template <typename Edit>
  void EditOutlier(Edit edit) {
    builder_.EditClaim(1, edit);
  }

 private:
  ResultBuilder builder_;
};

TEST(GithubReporterTest, OneCommandPerOutlier) {
  GithubFixture fixture;
  EXPECT_EQ(Render(fixture.result()),
            "::error file=corpus/herald.txt,line=2,col=11,endLine=2,"
            "endColumn=19,title=bridge.reopening-date (vell/reopening)::"
            "herald.txt disagrees — herald.txt says March 15.\n");
}

TEST(GithubReporterTest, LevelFollowsSeverity) {
  for (const auto& [severity, prefix] :
       std::vector<std::pair<Severity, std::string>>{
           {Severity::kError, "::error "},
           {Severity::kWarning, "::warning "},
           {Severity::kInfo, "::notice "}}) {
    GithubFixture fixture;
    fixture.finding().severity = severity;
    EXPECT_EQ(Render(fixture.result()).rfind(prefix, 0), 0u) << prefix;
  }
}

TEST(GithubReporterTest, ClaimAcrossLinesHasNoColumns) {
  GithubFixture fixture;
  fixture.EditOutlier([](Claim& c) { c.finish = Position{3, 2}; });
  EXPECT_EQ(
      Render(fixture.result())
          .rfind("::error file=corpus/herald.txt,line=2,endLine=3,title=", 0),
      0u);
}

// Undoes the escaping the way the Actions runner reads a command line:
// `::name k=v,k=v::message`, properties split at ',' and '=' before
// unescaping.
struct ParsedCommand {
  std::string name;
  std::map<std::string, std::string> properties;
  std::string message;
};

std::string Unescape(std::string text, bool property) {
  if (property) {
    text = absl::StrReplaceAll(text, {{"%3A", ":"}, {"%2C", ","}});
  }
  return absl::StrReplaceAll(text,
                             {{"%0D", "\r"}, {"%0A", "\n"}, {"%25", "%"}});
}

ParsedCommand Parse(const std::string& line) {
  ParsedCommand parsed;
  EXPECT_EQ(line.rfind("::", 0), 0u) << line;
  const size_t end = line.find("::", 2);
  EXPECT_NE(end, std::string::npos) << line;
  const std::string head = line.substr(2, end - 2);
  parsed.message = Unescape(line.substr(end + 2), false);
  const size_t space = head.find(' ');
  parsed.name = head.substr(0, space);
  if (space == std::string::npos) return parsed;
  for (absl::string_view pair : absl::StrSplit(head.substr(space + 1), ',')) {
    const std::vector<std::string> kv = absl::StrSplit(pair, '=');
    EXPECT_EQ(kv.size(), 2u) << pair;
    parsed.properties[kv[0]] = Unescape(kv[1], true);
  }
  return parsed;
}

TEST(GithubReporterTest, HostileTextSurvivesTheRunnersParser) {
  ResultBuilder builder;
  const Rule* rule = builder.AddRule("r:1,2");
  builder.AddDocument(MakeDocument("dir,1/a:b%.txt", "x March 8 y"));
  builder.AddClaim(0, rule, "March 8", Day(8), "sub,ject: 100%");
  Finding finding;
  finding.subject = "sub,ject: 100%";
  finding.rule = "r:1,2";
  finding.claims = {0};
  finding.outliers = {0};
  finding.message = "first line\n::error::injected\r\n50% <b>&\"'";
  builder.result().findings = {finding};
  builder.result().warnings = {
      Diagnostic{Severity::kWarning, "w,1:2.txt", 4, 0, "bad\nbytes 10%"}};

  const std::string text = Render(builder.result());
  const std::vector<std::string> lines =
      absl::StrSplit(text, '\n', absl::SkipEmpty());
  // An unescaped line break would have made "::error::injected" a command.
  ASSERT_EQ(lines.size(), 2u) << text;

  const ParsedCommand claim = Parse(lines[0]);
  EXPECT_EQ(claim.name, "error");
  EXPECT_EQ(claim.properties, (std::map<std::string, std::string>{
                                  {"file", "dir,1/a:b%.txt"},
                                  {"line", "1"},
                                  {"col", "3"},
                                  {"endLine", "1"},
                                  {"endColumn", "10"},
                                  {"title", "r:1,2 (sub,ject: 100%)"}}));
  EXPECT_EQ(claim.message, "first line\n::error::injected\r\n50% <b>&\"'");

  const ParsedCommand warning = Parse(lines[1]);
  EXPECT_EQ(warning.name, "warning");
  EXPECT_EQ(warning.properties, (std::map<std::string, std::string>{
                                    {"file", "w,1:2.txt"}, {"line", "4"}}));
  EXPECT_EQ(warning.message, "bad\nbytes 10%");
}

TEST(GithubReporterTest, WarningWithoutFileHasNoProperties) {
  CheckResult result;
  result.warnings = {Diagnostic{Severity::kInfo, "", 0, 0, "no manifest"}};
  EXPECT_EQ(Render(result), "::notice::no manifest\n");
}

TEST(GithubReporterTest, CleanResultPrintsNothing) {
  EXPECT_EQ(Render(CheckResult{}), "");
}

}  // namespace
}  // namespace claimdiff
