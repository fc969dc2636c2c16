#include "checker/common/diagnostic.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct ToStringCase {
  const char* name;
  Diagnostic diagnostic;
  const char* expected;
};

TEST(DiagnosticTest, ToStringLeavesOutUnknownParts) {
  const ToStringCase cases[] = {
      {"full",
       {Severity::kError, "a.yaml", 3, 7, "bad"},
       "a.yaml:3:7: error: bad"},
      {"no column",
       {Severity::kWarning, "a.txt", 3, 0, "odd"},
       "a.txt:3: warning: odd"},
      {"no line",
       {Severity::kError, "a.txt", 0, 0, "cannot read"},
       "a.txt: error: cannot read"},
      // A column without a line is meaningless and is left out too.
      {"column without line",
       {Severity::kError, "a.txt", 0, 5, "x"},
       "a.txt: error: x"},
      {"no file", {Severity::kInfo, "", 0, 0, "note this"}, "info: note this"},
      {"no file ignores position",
       {Severity::kError, "", 4, 2, "m"},
       "error: m"},
  };
  for (const ToStringCase& c : cases) {
    EXPECT_EQ(c.diagnostic.ToString(), c.expected) << c.name;
  }
}

TEST(DiagnosticTest, SeverityNamesRoundTrip) {
  for (Severity s : {Severity::kInfo, Severity::kWarning, Severity::kError}) {
    absl::StatusOr<Severity> parsed = ParseSeverity(SeverityName(s));
    ASSERT_TRUE(parsed.ok()) << SeverityName(s);
    EXPECT_EQ(*parsed, s);
  }
}

TEST(DiagnosticTest, ParseSeverityAcceptsNoteAndRejectsOthers) {
  struct Case {
    const char* text;
    bool ok;
    Severity expected;
  };
  const Case cases[] = {
      {"info", true, Severity::kInfo},       {"note", true, Severity::kInfo},
      {"warning", true, Severity::kWarning}, {"error", true, Severity::kError},
      {"fatal", false, Severity::kError},    {"Error", false, Severity::kError},
      {"", false, Severity::kError},
  };
  for (const Case& c : cases) {
    absl::StatusOr<Severity> s = ParseSeverity(c.text);
    EXPECT_EQ(s.ok(), c.ok) << c.text;
    if (c.ok && s.ok()) {
      EXPECT_EQ(*s, c.expected) << c.text;
    }
    if (!c.ok && !s.ok()) {
      EXPECT_NE(s.status().message().find(c.text), absl::string_view::npos);
    }
  }
}

TEST(DiagnosticTest, SeverityOrderMeansMoreSevere) {
  EXPECT_LT(Severity::kInfo, Severity::kWarning);
  EXPECT_LT(Severity::kWarning, Severity::kError);
}

TEST(DiagnosticTest, JoinDiagnosticsOnePerLine) {
  const std::vector<Diagnostic> diagnostics = {
      {Severity::kError, "a", 1, 2, "x"},
      {Severity::kWarning, "b", 0, 0, "y"},
  };
  EXPECT_EQ(JoinDiagnostics(diagnostics), "a:1:2: error: x\nb: warning: y");
  EXPECT_EQ(JoinDiagnostics({}), "");
}

}  // namespace
}  // namespace claimdiff
