#include "checker/report/line_report.h"

#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "re2/re2.h"
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

// Three sources on one date; herald.txt is the outlier.
class ReopeningFixture {
 public:
  explicit ReopeningFixture(Severity severity = Severity::kError) {
    const Rule* rule = builder_.AddRule("bridge.reopening-date", severity);
    builder_.AddDocument(MakeDocument("corpus/courier.txt",
                                      "Headline\nIt reopens on March 8.\n"));
    builder_.AddDocument(MakeDocument("corpus/herald.txt",
                                      "It will not reopen until March 15."));
    builder_.AddDocument(MakeDocument("corpus/wire.txt", "Due March 8."));
    builder_.AddClaim(0, rule, "March 8", Day(8), "reopening");
    builder_.AddClaim(1, rule, "March 15", Day(15), "reopening");
    builder_.AddClaim(2, rule, "March 8", Day(8), "reopening");
    finding_.subject = "reopening";
    finding_.rule = "bridge.reopening-date";
    finding_.severity = severity;
    finding_.unit = std::string(kUnitDate);
    finding_.has_consensus = true;
    finding_.consensus_sources = 2;
    finding_.claims = {0, 1, 2};
    finding_.outliers = {1};
    finding_.message = "\"March 15\" (herald.txt) disagrees with 2 claims";
    finding_.rule_message = "herald.txt says March 15.";
    builder_.result().findings = {finding_};
  }

  CheckResult& result() { return builder_.result(); }
  Finding& finding() { return builder_.result().findings[0]; }

 private:
  ResultBuilder builder_;
  Finding finding_;
};

std::string Render(const CheckResult& result) {
  std::ostringstream out;
  LineReporter(ReportOptions{}).Write(result, out);
  return out.str();
}

TEST(LineReporterTest, OneLinePerOutlierAtItsStart) {
  ReopeningFixture fixture;
  EXPECT_EQ(Render(fixture.result()),
            "corpus/herald.txt:1:26: error: \"March 15\" (herald.txt) "
            "disagrees with 2 claims — herald.txt says March 15. "
            "[bridge.reopening-date]\n");
}

TEST(LineReporterTest, SeverityIsTheFindings) {
  struct Case {
    Severity severity;
    std::string word;
  };
  for (const Case& c : std::vector<Case>{{Severity::kError, ": error: "},
                                         {Severity::kWarning, ": warning: "},
                                         {Severity::kInfo, ": info: "}}) {
    ReopeningFixture fixture(c.severity);
    EXPECT_NE(Render(fixture.result()).find(c.word), std::string::npos)
        << c.word;
  }
}

TEST(LineReporterTest, NoRuleMessageNoDash) {
  ReopeningFixture fixture;
  fixture.finding().rule_message.clear();
  EXPECT_EQ(Render(fixture.result()),
            "corpus/herald.txt:1:26: error: \"March 15\" (herald.txt) "
            "disagrees with 2 claims [bridge.reopening-date]\n");
}

TEST(LineReporterTest, WithoutConsensusEveryClaimGetsALine) {
  ReopeningFixture fixture;
  fixture.finding().has_consensus = false;
  fixture.finding().outliers = {0, 1, 2};
  const std::vector<std::string> lines =
      absl::StrSplit(Render(fixture.result()), '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].rfind("corpus/courier.txt:2:15: error: ", 0), 0u);
  EXPECT_EQ(lines[1].rfind("corpus/herald.txt:1:26: error: ", 0), 0u);
  EXPECT_EQ(lines[2].rfind("corpus/wire.txt:1:5: error: ", 0), 0u);
}

TEST(LineReporterTest, WarningsFollowAsDiagnosticLines) {
  ReopeningFixture fixture;
  fixture.result().warnings = {
      Diagnostic{Severity::kWarning, "corpus/bad.txt", 3, 7,
                 "invalid UTF-8 replaced by U+FFFD"},
      Diagnostic{Severity::kWarning, "corpus/blob.bin", 0, 0,
                 "binary file skipped"},
      Diagnostic{Severity::kInfo, "", 0, 0, "no manifest"}};
  const std::vector<std::string> lines =
      absl::StrSplit(Render(fixture.result()), '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1],
            "corpus/bad.txt:3:7: warning: invalid UTF-8 replaced by U+FFFD");
  EXPECT_EQ(lines[2], "corpus/blob.bin: warning: binary file skipped");
  EXPECT_EQ(lines[3], "info: no manifest");
}

TEST(LineReporterTest, HostileTextStaysOnOneParsableLine) {
  ReopeningFixture fixture;
  fixture.finding().message = "line one\nline two\r\x1b[31mred\x07";
  fixture.finding().rule_message = "a\tb";
  fixture.result().warnings = {
      Diagnostic{Severity::kWarning, "x.txt", 1, 1, "broken\nacross lines"}};
  const std::string text = Render(fixture.result());
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_EQ(text.find('\r'), std::string::npos);
  const std::vector<std::string> lines =
      absl::StrSplit(text, '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), 2u);
  // The shape errorformat "%f:%l:%c: %t%*[^:]: %m" reads, severity and
  // all (vim's default "%f:%l:%c:%m" reads it too).
  const RE2 errorformat(R"(^[^:]+:\d+:\d+: (error|warning|info): .+$)");
  for (const std::string& line : lines) {
    EXPECT_TRUE(RE2::FullMatch(line, errorformat)) << line;
  }
  EXPECT_NE(lines[0].find("line one line two"), std::string::npos);
}

TEST(LineReporterTest, CleanResultPrintsNothing) {
  EXPECT_EQ(Render(CheckResult{}), "");
}

}  // namespace
}  // namespace claimdiff
