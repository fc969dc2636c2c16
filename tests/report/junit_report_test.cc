#include "checker/report/junit_report.h"

#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "tests/report/fixtures.h"

namespace claimdiff {
namespace {

using report_test::AmountValue;
using report_test::DateValue;
using report_test::MakeDocument;
using report_test::ResultBuilder;

Value Day(int day) {
  return DateValue(absl::CivilDay(2024, 3, day), absl::CivilDay(2024, 3, day),
                   absl::StrCat("2024-03-0", day), Kind::kDate);
}

std::string Render(const CheckResult& result) {
  std::ostringstream out;
  JunitReporter(ReportOptions{}).Write(result, out);
  return out.str();
}

struct XmlCase {
  std::string in;
  std::string text;
  std::string attribute;
};

TEST(XmlEscapeTest, EscapesMarkupAndDropsWhatXmlCannotHold) {
  const std::vector<XmlCase> cases = {
      {"plain", "plain", "plain"},
      {"a & b", "a &amp; b", "a &amp; b"},
      {"<tag attr=\"v\" x='y'>",
       "&lt;tag attr=&quot;v&quot; x=&apos;y&apos;&gt;",
       "&lt;tag attr=&quot;v&quot; x=&apos;y&apos;&gt;"},
      {"&amp;", "&amp;amp;", "&amp;amp;"},
      // Attribute values lose raw whitespace controls to normalisation.
      {"a\tb\nc", "a\tb\nc", "a&#9;b&#10;c"},
      {"a\r\nb", "a&#13;\nb", "a&#13;&#10;b"},
      // C0 controls are not XML 1.0 characters at all: dropped.
      {std::string("a\x00"
                   "b\x01\x08\x0B\x0C\x1B[31mc",
                   13),
       "ab[31mc", "ab[31mc"},
      // Nor are U+FFFE and U+FFFF.
      {"x\xEF\xBF\xBEy\xEF\xBF\xBFz", "xyz", "xyz"},
      // U+FFFD itself and other non-ASCII text stay.
      {"Agn\xC3\xA8s \xEF\xBF\xBD \xE2\x80\x94",
       "Agn\xC3\xA8s \xEF\xBF\xBD \xE2\x80\x94",
       "Agn\xC3\xA8s \xEF\xBF\xBD \xE2\x80\x94"},
      // Invalid UTF-8 is repaired, never passed through.
      {"bad\xFF\xC3", "bad\xEF\xBF\xBD\xEF\xBF\xBD",
       "bad\xEF\xBF\xBD\xEF\xBF\xBD"},
  };
  for (const XmlCase& c : cases) {
    EXPECT_EQ(XmlText(c.in), c.text) << c.in;
    EXPECT_EQ(XmlAttribute(c.in), c.attribute) << c.in;
  }
}

// Two rules: a reopening conflict (error) with one outlier, and a cost
// subject whose claims agree but also have an incomparable note.
class JunitFixture {
 public:
  JunitFixture() {
    const Rule* date = builder_.AddRule("bridge.reopening-date");
    const Rule* cost = builder_.AddRule("bridge.repair-cost");
    builder_.AddDocument(MakeDocument("c.txt", "On March 8, for $48m."));
    builder_.AddDocument(MakeDocument("h.txt", "Until March 9, for €44m."));
    builder_.AddDocument(MakeDocument("w.txt", "Due March 8."));
    builder_.AddClaim(0, date, "March 8", Day(8), "reopening");
    builder_.AddClaim(0, cost, "$48m",
                      AmountValue(Kind::kMoney, "USD", Interval::Closed(47, 49),
                                  "USD 47–49 million"),
                      "cost");
    builder_.AddClaim(1, date, "March 9", Day(9), "reopening");
    builder_.AddClaim(1, cost, "€44m",
                      AmountValue(Kind::kMoney, "EUR", Interval::Closed(43, 45),
                                  "EUR 43–45 million"),
                      "cost");
    builder_.AddClaim(2, date, "March 8", Day(8), "reopening");

    Finding conflict;
    conflict.subject = "reopening";
    conflict.rule = "bridge.reopening-date";
    conflict.severity = Severity::kError;
    conflict.has_consensus = true;
    conflict.consensus_sources = 2;
    conflict.consensus_reading = "2024-03-08";
    conflict.claims = {0, 2, 4};
    conflict.outliers = {2};
    conflict.message = "\"March 9\" (h.txt) disagrees with 2 claims";
    conflict.rule_message = "h.txt says March 9.";
    Finding incomparable;
    incomparable.kind = FindingKind::kIncomparable;
    incomparable.subject = "cost";
    incomparable.rule = "bridge.repair-cost";
    incomparable.severity = Severity::kInfo;
    incomparable.claims = {1, 3};
    incomparable.message = "claims in different units (EUR, USD)";
    builder_.result().findings = {conflict, incomparable};
  }

  CheckResult& result() { return builder_.result(); }
  Finding& conflict() { return builder_.result().findings[0]; }

 private:
  ResultBuilder builder_;
};

TEST(JunitReporterTest, SuitePerRuleCasePerSubject) {
  JunitFixture fixture;
  EXPECT_EQ(Render(fixture.result()),
            R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="claimdiff" tests="2" failures="1" errors="0">
  <testsuite name="bridge.reopening-date" tests="1" failures="1" errors="0" skipped="0">
    <testcase name="reopening" classname="bridge.reopening-date">
      <failure message="&quot;March 9&quot; (h.txt) disagrees with 2 claims — h.txt says March 9." type="error">conflict (error) [bridge.reopening-date]
consensus: 2024-03-08 (2 sources)
&quot;March 9&quot; (h.txt) disagrees with 2 claims
note: h.txt says March 9.
- h.txt:1:7 &quot;March 9&quot; → 2024-03-09
+ c.txt:1:4 &quot;March 8&quot; → 2024-03-08
+ w.txt:1:5 &quot;March 8&quot; → 2024-03-08
</failure>
    </testcase>
  </testsuite>
  <testsuite name="bridge.repair-cost" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="cost" classname="bridge.repair-cost">
      <system-out>incomparable (info) [bridge.repair-cost]
claims in different units (EUR, USD)
- c.txt:1:17 &quot;$48m&quot; → USD 47–49 million
- h.txt:1:20 &quot;€44m&quot; → EUR 43–45 million
</system-out>
    </testcase>
  </testsuite>
</testsuites>
)");
}

TEST(JunitReporterTest, OnlyConflictsAtWarningOrErrorFail) {
  struct Case {
    FindingKind kind;
    Severity severity;
    bool fails;
  };
  for (const Case& c : std::vector<Case>{
           {FindingKind::kConflict, Severity::kError, true},
           {FindingKind::kConflict, Severity::kWarning, true},
           {FindingKind::kConflict, Severity::kInfo, false},
           {FindingKind::kSpelling, Severity::kWarning, false},
           {FindingKind::kIncomparable, Severity::kInfo, false}}) {
    JunitFixture fixture;
    fixture.conflict().kind = c.kind;
    fixture.conflict().severity = c.severity;
    const std::string xml = Render(fixture.result());
    SCOPED_TRACE(xml);
    EXPECT_EQ(xml.find("<failure") != std::string::npos, c.fails);
    EXPECT_NE(xml.find(c.fails ? "tests=\"2\" failures=\"1\""
                               : "tests=\"2\" failures=\"0\""),
              std::string::npos);
  }
}

TEST(JunitReporterTest, SubjectsWithoutFindingsPass) {
  JunitFixture fixture;
  fixture.result().findings.clear();
  const std::string xml = Render(fixture.result());
  EXPECT_NE(xml.find("<testsuites name=\"claimdiff\" tests=\"2\" "
                     "failures=\"0\" errors=\"0\">"),
            std::string::npos);
  EXPECT_NE(xml.find("<testcase name=\"cost\" "
                     "classname=\"bridge.repair-cost\"/>"),
            std::string::npos);
  EXPECT_NE(xml.find("<testcase name=\"reopening\" "
                     "classname=\"bridge.reopening-date\"/>"),
            std::string::npos);
}

TEST(JunitReporterTest, HostileTextIsEscapedEverywhere) {
  ResultBuilder builder;
  const Rule* rule = builder.AddRule("r<&>\"'");
  builder.AddDocument(MakeDocument("a&b<c>.txt", "x \"1<2\" y"));
  builder.AddClaim(0, rule, "\"1<2\"", Day(8), "s'\x01\n<x>");
  Finding finding;
  finding.subject = "s'\x01\n<x>";
  finding.rule = "r<&>\"'";
  finding.claims = {0};
  finding.outliers = {0};
  finding.message = "m]]>\x1b<![CDATA[&\n";
  builder.result().findings = {finding};
  EXPECT_EQ(
      Render(builder.result()),
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"claimdiff\" tests=\"1\" failures=\"1\" "
      "errors=\"0\">\n"
      "  <testsuite name=\"r&lt;&amp;&gt;&quot;&apos;\" tests=\"1\" "
      "failures=\"1\" errors=\"0\" skipped=\"0\">\n"
      "    <testcase name=\"s&apos;&#10;&lt;x&gt;\" "
      "classname=\"r&lt;&amp;&gt;&quot;&apos;\">\n"
      "      <failure message=\"m]]&gt;&lt;![CDATA[&amp;&#10;\" "
      "type=\"error\">conflict (error) [r&lt;&amp;&gt;&quot;&apos;]\n"
      "m]]&gt;&lt;![CDATA[&amp;\n"
      "\n"
      "- a&amp;b&lt;c&gt;.txt:1:3 &quot;&quot;1&lt;2&quot;&quot; → 2024-03-08\n"
      "</failure>\n"
      "    </testcase>\n"
      "  </testsuite>\n"
      "</testsuites>\n");
}

TEST(JunitReporterTest, EmptyResultIsAnEmptyDocument) {
  EXPECT_EQ(Render(CheckResult{}),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"claimdiff\" tests=\"0\" failures=\"0\" "
            "errors=\"0\">\n"
            "</testsuites>\n");
}

// A failure lists the claims the text report lists: every outlier, ten
// agreeing claims and a count of the rest, unless all claims are asked for.
TEST(JunitReporterTest, AFailureListsTenAgreeingClaimsUnlessAllClaims) {
  for (const bool all : {false, true}) {
    ResultBuilder builder;
    const Rule* rule = builder.AddRule("bridge.cost");
    std::string text;
    for (int i = 0; i < 16; ++i) text += "It cost $5m.\n";
    const size_t d = builder.AddDocument(MakeDocument("news/a.txt", text));
    Finding finding;
    finding.subject = "subject";
    finding.rule = "bridge.cost";
    finding.has_consensus = true;
    finding.consensus_reading = "USD 5 million";
    finding.message = "claims disagree";
    for (int i = 0; i < 16; ++i) {
      const bool outlier = i == 0;
      const int id = builder.AddClaim(
          d, rule, "$5m",
          AmountValue(Kind::kMoney, "USD",
                      Interval::Closed(outlier ? 9e6 : 5e6, outlier ? 9e6 : 5e6),
                      outlier ? "USD 9 million" : "USD 5 million"));
      finding.claims.push_back(id);
      if (outlier) finding.outliers.push_back(id);
    }
    builder.result().findings.push_back(finding);
    ReportOptions options;
    options.all_claims = all;
    std::ostringstream out;
    JunitReporter(options).Write(builder.result(), out);
    const std::string xml = out.str();
    size_t plus = 0;
    for (size_t at = xml.find("\n+ "); at != std::string::npos;
         at = xml.find("\n+ ", at + 1)) {
      ++plus;
    }
    EXPECT_EQ(plus, all ? 15u : 10u) << xml;
    EXPECT_EQ(xml.find("… and 5 more agree (--all-claims lists them)") !=
                  std::string::npos,
              !all)
        << xml;
  }
}

}  // namespace
}  // namespace claimdiff
