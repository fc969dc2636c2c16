#include "checker/report/text_report.h"

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "checker/report/terminal_text.h"
#include "gtest/gtest.h"
#include "tests/report/fixtures.h"

namespace claimdiff {
namespace {

using report_test::AmountValue;
using report_test::CostConflict;
using report_test::DateValue;
using report_test::MakeDocument;
using report_test::ResultBuilder;
using report_test::UnresolvedValue;

// The Kuril example: three sources date the start of the dispute, one of
// them from "more than 50 years", which misses the other two.
class KurilFixture {
 public:
  KurilFixture() {
    const Rule* rule =
        builder_.AddRule("kuril.dispute-length", Severity::kError,
                         "Sources disagree on when the dispute started.");
    const size_t a = builder_.AddDocument(MakeDocument(
        "seeds/000.txt",
        "Tokyo, Dec. 13.\nJapan and Russia never signed a peace treaty – "
        "which has been left hanging for more than 50 years due to the "
        "island dispute.\n"));
    const size_t b = builder_.AddDocument(MakeDocument(
        "seeds/001.txt",
        "The dispute has lasted more than 70 years, officials said.\n"));
    const size_t c = builder_.AddDocument(
        MakeDocument("seeds/002.txt", "Talks began 71 years ago.\n"));
    builder_.AddClaim(
        a, rule, "more than 50 years",
        DateValue(absl::CivilDay(1959, 1, 22), absl::CivilDay(1969, 1, 22),
                  "more than 50 years before 2019-01-22 → started "
                  "1959-01-22 to 1969-01-22"));
    builder_.AddClaim(
        b, rule, "more than 70 years",
        DateValue(absl::CivilDay(1936, 12, 16), absl::CivilDay(1946, 12, 16),
                  "more than 70 years before 2016-12-16 → started "
                  "1936-12-16 to 1946-12-16"));
    builder_.AddClaim(
        c, rule, "71 years",
        DateValue(absl::CivilDay(1944, 12, 13), absl::CivilDay(1946, 12, 13),
                  "71-year (±1) before 2016-12-13 → started 1944-12-13 to "
                  "1946-12-13"));
    Finding finding;
    finding.kind = FindingKind::kConflict;
    finding.subject = "kuril/dispute-start";
    finding.rule = "kuril.dispute-length";
    finding.severity = Severity::kError;
    finding.unit = std::string(kUnitDate);
    finding.has_consensus = true;
    finding.consensus =
        Interval::Closed(DayNumber(absl::CivilDay(1944, 12, 13)),
                         DayNumber(absl::CivilDay(1946, 12, 13)));
    finding.consensus_sources = 2;
    finding.consensus_reading = "started 1944-12-13 to 1946-12-13";
    finding.claims = {0, 1, 2};
    finding.outliers = {0};
    finding.message =
        "\"000.txt: more than 50 years\" disagrees with claims from 001.txt "
        "and 002.txt";
    // The comparator fills the rule's message; the report prints it.
    finding.rule_message = "Sources disagree on when the dispute started.";
    builder_.result().findings.push_back(finding);
  }

  CheckResult& result() { return builder_.result(); }
  ResultBuilder& builder() { return builder_; }

 private:
  ResultBuilder builder_;
};

std::string Render(const CheckResult& result, bool color = false,
                   size_t context = 0, bool all_claims = false) {
  ReportOptions options;
  options.color = color;
  options.context = context;
  options.all_claims = all_claims;
  std::ostringstream out;
  TextReporter(options).Write(result, out);
  return out.str();
}

TEST(TextReporterTest, ConflictBlock) {
  KurilFixture fixture;
  EXPECT_EQ(
      Render(fixture.result()),
      "kuril/dispute-start: conflict (error) [kuril.dispute-length]\n"
      "  consensus: started 1944-12-13 to 1946-12-13 — covered by 2 sources\n"
      "  \"000.txt: more than 50 years\" disagrees with claims from 001.txt "
      "and 002.txt\n"
      "  note: Sources disagree on when the dispute started.\n"
      "- seeds/000.txt:2:80  \"more than 50 years\"  → started 1959-01-22 to "
      "1969-01-22\n"
      "      …has been left hanging for »more than 50 years« due to the island "
      "dispute.\n"
      "+ seeds/001.txt:1:24  \"more than 70 years\"  → started 1936-12-16 to "
      "1946-12-16\n"
      "      The dispute has lasted »more than 70 years«, officials said.\n"
      "+ seeds/002.txt:1:13  \"71 years\"            → started 1944-12-13 to "
      "1946-12-13\n"
      "      Talks began »71 years« ago.\n"
      "\n"
      "1 conflict (1 error, 0 warnings, 0 info) across 3 sources, 3 claims\n");
}

TEST(TextReporterTest, EveryLineFitsEightyColumns) {
  KurilFixture fixture;
  for (absl::string_view line :
       absl::StrSplit(Render(fixture.result()), '\n')) {
    EXPECT_LE(CodePointCount(line), 80u) << line;
  }
}

TEST(TextReporterTest, ContextWidensTheExcerptAndWrapsItAtEightyColumns) {
  KurilFixture fixture;
  // The default cuts the first sentence; --context 200 shows it whole,
  // over two lines, each within 80 columns; --context 20 keeps little.
  const std::string wide = Render(fixture.result(), false, 200);
  EXPECT_NE(wide.find("      Japan and Russia never signed a peace treaty – "
                      "which has been left hanging\n"
                      "      for »more than 50 years« due to the island "
                      "dispute.\n"),
            std::string::npos)
      << wide;
  for (absl::string_view line : absl::StrSplit(wide, '\n')) {
    EXPECT_LE(CodePointCount(line), 80u) << line;
  }
  const std::string narrow = Render(fixture.result(), false, 22);
  EXPECT_NE(narrow.find("      …»more than 50 years«…\n"), std::string::npos)
      << narrow;
}

TEST(TextReporterTest, NoConsensusMarksEveryClaimAsOutlier) {
  KurilFixture fixture;
  Finding& finding = fixture.result().findings[0];
  finding.has_consensus = false;
  finding.outliers = {0, 1, 2};
  finding.message = "the sources disagree with each other";
  const std::string text = Render(fixture.result());
  EXPECT_NE(text.find("\n  no consensus: "), std::string::npos) << text;
  EXPECT_EQ(text.find("consensus: started"), std::string::npos) << text;
  EXPECT_NE(text.find("\n- seeds/000.txt:2:80 "), std::string::npos) << text;
  EXPECT_NE(text.find("\n- seeds/001.txt:1:24 "), std::string::npos) << text;
  EXPECT_NE(text.find("\n- seeds/002.txt:1:13 "), std::string::npos) << text;
  EXPECT_EQ(text.find("\n+ "), std::string::npos) << text;
}

TEST(TextReporterTest, OutliersComeFirst) {
  KurilFixture fixture;
  fixture.result().findings[0].outliers = {2};
  const std::string text = Render(fixture.result());
  const size_t outlier = text.find("- seeds/002.txt");
  const size_t first = text.find("+ seeds/000.txt");
  const size_t second = text.find("+ seeds/001.txt");
  ASSERT_NE(outlier, std::string::npos) << text;
  EXPECT_LT(outlier, first);
  EXPECT_LT(first, second);
}

TEST(TextReporterTest, PlainOutputHasNoEscapes) {
  KurilFixture fixture;
  EXPECT_EQ(Render(fixture.result(), false).find('\x1b'), std::string::npos);
}

TEST(TextReporterTest, ColourPaintsLinesAndMarksClaims) {
  KurilFixture fixture;
  const std::string text = Render(fixture.result(), true);
  // Header bold with the severity in bold red.
  EXPECT_EQ(text.rfind("\x1b[1mkuril/dispute-start: conflict\x1b[0m "
                       "(\x1b[1;31merror\x1b[0m)",
                       0),
            0u)
      << text;
  EXPECT_NE(text.find("\x1b[31m- seeds/000.txt:2:80"), std::string::npos);
  EXPECT_NE(text.find("\x1b[32m+ seeds/001.txt:1:24"), std::string::npos);
  // The claim is underlined in bold instead of »…«.
  EXPECT_NE(text.find("\x1b[1;4mmore than 50 years\x1b[22;24m"),
            std::string::npos);
  EXPECT_EQ(text.find("»"), std::string::npos);
}

TEST(TextReporterTest, ColourChangesNothingButEscapes) {
  KurilFixture fixture;
  std::string coloured = Render(fixture.result(), true);
  // Strip CSI sequences: ESC [ params letter.
  std::string stripped;
  for (size_t i = 0; i < coloured.size(); ++i) {
    if (coloured[i] == '\x1b') {
      while (i < coloured.size() && coloured[i] != 'm') ++i;
      continue;
    }
    stripped.push_back(coloured[i]);
  }
  std::string plain = Render(fixture.result(), false);
  // Plain mode marks with » « where colour used escapes.
  for (absl::string_view mark : {"»", "«"}) {
    for (size_t at;
         (at = plain.find(std::string(mark))) != std::string::npos;) {
      plain.erase(at, mark.size());
    }
  }
  EXPECT_EQ(stripped, plain);
}

TEST(TextReporterTest, IncomparableBlockListsUnits) {
  ResultBuilder builder;
  const Rule* rule = builder.AddRule("trade.volume", Severity::kWarning);
  const size_t a = builder.AddDocument(
      MakeDocument("a.txt", "Trade reached $2.2 billion last year.\n"));
  const size_t b = builder.AddDocument(
      MakeDocument("b.txt", "Trade reached €2 billion last year.\n"));
  builder.AddClaim(
      a, rule, "$2.2 billion",
      AmountValue(Kind::kMoney, "USD", Interval::Closed(2.15e9, 2.25e9),
                  "$2.2 billion → USD 2.15-2.25 billion"));
  builder.AddClaim(
      b, rule, "€2 billion",
      AmountValue(Kind::kMoney, "EUR", Interval::Closed(1.95e9, 2.05e9),
                  "€2 billion → EUR 1.95-2.05 billion"));
  Finding finding;
  finding.kind = FindingKind::kIncomparable;
  finding.subject = "trade/jp-ru";
  finding.rule = "trade.volume";
  finding.severity = Severity::kInfo;
  finding.claims = {0, 1};
  finding.message = "amounts in USD and EUR cannot be compared";
  builder.result().findings.push_back(finding);
  EXPECT_EQ(Render(builder.result()),
            "trade/jp-ru: incomparable (info) [trade.volume]\n"
            "  amounts in USD and EUR cannot be compared\n"
            "~ a.txt:1:15  \"$2.2 billion\"  unit USD\n"
            "~ b.txt:1:15  \"€2 billion\"    unit EUR\n"
            "\n"
            "no conflicts, 1 incomparable (0 errors, 0 warnings, 1 info) "
            "across 2 sources, 2 claims\n");
}

TEST(TextReporterTest, WarningsAndUnresolvedClaimsPrecedeTheSummary) {
  KurilFixture fixture;
  ResultBuilder& builder = fixture.builder();
  const Rule* rule = builder.AddRule("talks.date");
  const size_t d = builder.AddDocument(
      MakeDocument("seeds/003.txt", "The talks resumed on Thursday.\n"));
  builder.AddClaim(
      d, rule, "on Thursday",
      UnresolvedValue(Kind::kDate, "on Thursday", "no publication date"));
  builder.result().warnings.push_back(Diagnostic{
      Severity::kWarning, "seeds/004.bin", 0, 0, "skipped binary file"});
  const std::string text = Render(builder.result());
  const std::string tail =
      "\n\nseeds/004.bin: warning: skipped binary file\n"
      "\n"
      "unresolved claims (not compared):\n"
      "  seeds/003.txt:1:19 \"on Thursday\": no publication date\n"
      "\n"
      "1 conflict (1 error, 0 warnings, 0 info) across 4 sources, 4 claims "
      "(1 unresolved)\n";
  ASSERT_GE(text.size(), tail.size());
  EXPECT_EQ(text.substr(text.size() - tail.size()), tail) << text;
}

TEST(TextReporterTest, ManyUnresolvedClaimsAreCountedNotListed) {
  KurilFixture fixture;
  ResultBuilder& builder = fixture.builder();
  const Rule* rule = builder.AddRule("talks.date");
  std::string text;
  for (int i = 0; i < 25; ++i) text += "They met on Thursday.\n";
  const size_t d = builder.AddDocument(MakeDocument("seeds/003.txt", text));
  for (int i = 0; i < 25; ++i) {
    builder.AddClaim(
        d, rule, "on Thursday",
        UnresolvedValue(Kind::kDate, "on Thursday", "no publication date"));
  }
  const std::string report = Render(builder.result());
  size_t listed = 0;
  for (size_t at = 0; (at = report.find("\"on Thursday\": no publication",
                                        at)) != std::string::npos;
       ++at) {
    ++listed;
  }
  EXPECT_EQ(listed, 20u);
  EXPECT_NE(report.find("  … and 5 more (--all-claims lists them)\n"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("(25 unresolved)"), std::string::npos) << report;

  const std::string all = Render(builder.result(), false, 0, true);
  listed = 0;
  for (size_t at = 0; (at = all.find("\"on Thursday\": no publication", at)) !=
                      std::string::npos;
       ++at) {
    ++listed;
  }
  EXPECT_EQ(listed, 25u);
  EXPECT_EQ(all.find("… and"), std::string::npos) << all;
}

// A finding lists every outlier but only the first kMaxAgreeingListed
// claims that agree, counting the rest, unless all_claims is set: over an
// archive the agreeing side ran to tens of thousands of rows.
TEST(TextReporterTest, AgreeingClaimsAreCutAfterTenUnlessAllClaims) {
  struct Case {
    int agreeing;
    int outliers;
    bool all_claims;
    int want_plus_rows;
    std::string want_more;  // the count line, or "" for none
  };
  const Case cases[] = {
      {3, 1, false, 3, ""},
      {10, 1, false, 10, ""},
      {11, 1, false, 10, "  … and 1 more agrees (--all-claims lists them)\n"},
      {40, 15, false, 10, "  … and 30 more agree (--all-claims lists them)\n"},
      {40, 15, true, 40, ""},
  };
  for (const Case& c : cases) {
    ResultBuilder builder;
    const Rule* rule = builder.AddRule("bridge.cost");
    std::string text;
    for (int i = 0; i < c.agreeing + c.outliers; ++i) text += "It cost $5m.\n";
    const size_t d = builder.AddDocument(MakeDocument("news/a.txt", text));
    Finding finding = CostConflict("claims disagree", "USD 5,000,000");
    // Outliers interleaved with agreeing claims, so the cut must keep
    // every outlier whatever its position.
    for (int i = 0; i < c.agreeing + c.outliers; ++i) {
      const bool outlier = i % 3 == 1 && i / 3 < c.outliers;
      const int id = builder.AddClaim(
          d, rule, outlier ? "$9m" : "$5m",
          AmountValue(
              Kind::kMoney, "USD",
              outlier ? Interval::Closed(9e6, 9e6) : Interval::Closed(5e6, 5e6),
              outlier ? "USD 9,000,000" : "USD 5,000,000"));
      finding.claims.push_back(id);
      if (outlier) finding.outliers.push_back(id);
    }
    const int outliers = static_cast<int>(finding.outliers.size());
    builder.result().findings.push_back(finding);
    const std::string report = Render(builder.result(), false, 0, c.all_claims);
    int plus = 0;
    int minus = 0;
    for (absl::string_view line : absl::StrSplit(report, '\n')) {
      if (absl::StartsWith(line, "+ ")) ++plus;
      if (absl::StartsWith(line, "- ")) ++minus;
    }
    const std::string label = absl::StrCat(c.agreeing, " agreeing, ", outliers,
                                           " outliers, all=", c.all_claims);
    EXPECT_EQ(minus, outliers) << label << "\n" << report;
    EXPECT_EQ(plus, c.want_plus_rows) << label << "\n" << report;
    if (c.want_more.empty()) {
      EXPECT_EQ(report.find("more agree"), std::string::npos) << label;
    } else {
      EXPECT_NE(report.find(c.want_more), std::string::npos) << label << "\n"
                                                             << report;
    }
  }
}

// An incomparable finding lists at most ten claims in each unit, so a
// unit that few sources use is never buried under one that many use.
TEST(TextReporterTest, IncomparableClaimsAreCutAfterTenPerUnitUnlessAllClaims) {
  struct Case {
    int usd;
    int eur;
    bool all_claims;
    int want_usd_rows;
    int want_eur_rows;
    std::string want_more;  // the count line, or "" for none
  };
  const Case cases[] = {
      {3, 2, false, 3, 2, ""},
      {10, 10, false, 10, 10, ""},
      {11, 1, false, 10, 1, "  … and 1 more (--all-claims lists them)\n"},
      {25, 12, false, 10, 10, "  … and 17 more (--all-claims lists them)\n"},
      {25, 12, true, 25, 12, ""},
  };
  for (const Case& c : cases) {
    ResultBuilder builder;
    const Rule* rule = builder.AddRule("bridge.cost");
    std::string text;
    for (int i = 0; i < c.usd + c.eur; ++i) text += "It cost $5m or €4m.\n";
    const size_t d = builder.AddDocument(MakeDocument("news/a.txt", text));
    Finding finding;
    finding.kind = FindingKind::kIncomparable;
    finding.subject = "bridge/cost";
    finding.rule = "bridge.cost";
    finding.severity = Severity::kInfo;
    finding.message = "claims in different units (EUR, USD) cannot be compared";
    // Units interleaved at the start, then the rest of the dollars.
    for (int i = 0; i < c.usd + c.eur; ++i) {
      const bool eur = i % 2 == 1 && i / 2 < c.eur;
      finding.claims.push_back(builder.AddClaim(
          d, rule, eur ? "€4m" : "$5m",
          AmountValue(Kind::kMoney, eur ? "EUR" : "USD",
                      Interval::Closed(eur ? 4e6 : 5e6, eur ? 4e6 : 5e6),
                      eur ? "EUR 4,000,000" : "USD 5,000,000")));
    }
    builder.result().findings.push_back(finding);
    const std::string report = Render(builder.result(), false, 0, c.all_claims);
    int usd = 0;
    int eur = 0;
    for (absl::string_view line : absl::StrSplit(report, '\n')) {
      if (!absl::StartsWith(line, "~ ")) continue;
      if (absl::EndsWith(line, "unit USD")) ++usd;
      if (absl::EndsWith(line, "unit EUR")) ++eur;
    }
    const std::string label =
        absl::StrCat(c.usd, " USD, ", c.eur, " EUR, all=", c.all_claims);
    EXPECT_EQ(usd, c.want_usd_rows) << label << "\n" << report;
    EXPECT_EQ(eur, c.want_eur_rows) << label << "\n" << report;
    if (c.want_more.empty()) {
      EXPECT_EQ(report.find("more ("), std::string::npos) << label;
    } else {
      EXPECT_NE(report.find(c.want_more), std::string::npos) << label << "\n"
                                                             << report;
    }
  }
}

// The report of `result` on 2, 3 and 8 threads is `one`, byte for byte.
void ExpectTheSameOnAnyThreads(const CheckResult& result,
                               const std::string& one) {
  for (int jobs : {2, 3, 8}) {
    ReportOptions options;
    options.jobs = jobs;
    std::ostringstream out;
    TextReporter(options).Write(result, out);
    EXPECT_EQ(out.str(), one) << jobs << " threads";
  }
}

// Findings formatted on several threads are written in the same order,
// byte for byte, whatever the number of threads and however the findings
// fall into windows.
TEST(TextReporterTest, ThreadsDoNotChangeTheReport) {
  ResultBuilder builder;
  const Rule* rule = builder.AddRule("bridge.cost");
  std::string text;
  for (int i = 0; i < 30; ++i) text += "It cost $5m.\n";
  const size_t d = builder.AddDocument(MakeDocument("news/a.txt", text));
  for (int f = 0; f < 7; ++f) {
    Finding finding;
    finding.subject = absl::StrCat("bridge/cost-", f);
    finding.rule = "bridge.cost";
    finding.has_consensus = true;
    finding.consensus = Interval::Closed(5e6, 5e6);
    finding.consensus_reading = "USD 5 million";
    finding.consensus_sources = 1;
    finding.message = absl::StrCat("finding ", f);
    // Findings of very different sizes, so threads finish out of order.
    for (int i = 0; i < 1 + (f * 5) % 13; ++i) {
      const bool outlier = i == 0;
      const int id = builder.AddClaim(
          d, rule, "$5m",
          AmountValue(
              Kind::kMoney, "USD",
              Interval::Closed(outlier ? 9e6 : 5e6, outlier ? 9e6 : 5e6),
              outlier ? "USD 9 million" : "USD 5 million"));
      finding.claims.push_back(id);
      if (outlier) finding.outliers.push_back(id);
    }
    builder.result().findings.push_back(finding);
  }
  const std::string one = Render(builder.result());
  ASSERT_NE(one.find("finding 6"), std::string::npos);
  ExpectTheSameOnAnyThreads(builder.result(), one);
}

// A block listing more claims than one piece holds is written in pieces
// on several threads; its columns are still measured over the whole block
// (the widest quote is in the last piece), and it reads the same whatever
// the threads.
TEST(TextReporterTest, ABlockOfManyPiecesIsAlignedAsOne) {
  ResultBuilder builder;
  const Rule* rule = builder.AddRule("bridge.cost");
  const size_t d = builder.AddDocument(
      MakeDocument("news/a.txt", "It cost $5m.\nIt cost $9 million in all.\n"));
  Finding finding = CostConflict("many");
  constexpr int kOutliers = 2600;  // three pieces
  for (int i = 0; i < kOutliers; ++i) {
    const bool last = i == kOutliers - 1;
    const int id = builder.AddClaim(
        d, rule, last ? "$9 million in all" : "$5m",
        AmountValue(Kind::kMoney, "USD", Interval::Closed(9e6, 9e6),
                    "USD 9 million"));
    finding.claims.push_back(id);
    finding.outliers.push_back(id);
  }
  builder.result().findings.push_back(finding);

  const std::string one = Render(builder.result());
  size_t listed = 0;
  std::set<size_t> arrow_columns;
  for (absl::string_view line : absl::StrSplit(one, '\n')) {
    if (!absl::StartsWith(line, "- ")) continue;
    ++listed;
    arrow_columns.insert(line.find("  \xE2\x86\x92 "));
  }
  EXPECT_EQ(listed, static_cast<size_t>(kOutliers));
  EXPECT_EQ(arrow_columns.size(), 1u) << "columns differ between pieces";
  EXPECT_EQ(one.find("bridge/cost: conflict"),
            one.rfind("bridge/cost: conflict"));
  ExpectTheSameOnAnyThreads(builder.result(), one);
}

TEST(TextReporterTest, LongReadingMovesToItsOwnLine) {
  ResultBuilder builder;
  const Rule* rule = builder.AddRule("r");
  const size_t a = builder.AddDocument(
      MakeDocument("reports/very-long-directory-name/article-0001.txt",
                   "It lasted about seventy years.\n"));
  builder.AddClaim(
      a, rule, "about seventy years",
      DateValue(absl::CivilDay(1940, 1, 1), absl::CivilDay(1950, 1, 1),
                "about 70 years → started 1940-01-01 to "
                "1950-01-01"));
  Finding finding;
  finding.subject = "s";
  finding.rule = "r";
  finding.claims = {0};
  finding.outliers = {0};
  builder.result().findings.push_back(finding);
  const std::string text = Render(builder.result());
  EXPECT_NE(text.find("- reports/very-long-directory-name/article-0001.txt:1:"
                      "11  \"about seventy years\"\n"
                      "      → started 1940-01-01 to 1950-01-01\n"
                      "      It lasted »about seventy years«.\n"),
            std::string::npos)
      << text;
}

TEST(TextReporterTest, ControlCharactersInSourcesDoNotReachTheTerminal) {
  ResultBuilder builder;
  const Rule* rule = builder.AddRule("r");
  const size_t a = builder.AddDocument(
      MakeDocument("evil\x1b[2J.txt", "It took 3\x1b[31m days.\n"));
  builder.AddClaim(a, rule, "3\x1b[31m days",
                   AmountValue(Kind::kDuration, "day", Interval::Closed(3, 3),
                               "3 days → 3 days"));
  Finding finding;
  finding.subject = "s\x1b]0;title\x07";
  finding.rule = "r";
  finding.claims = {0};
  finding.outliers = {0};
  builder.result().findings.push_back(finding);
  EXPECT_EQ(Render(builder.result()).find('\x1b'), std::string::npos);
}

TEST(TextReporterTest, EmptyResultIsJustTheSummary) {
  EXPECT_EQ(Render(CheckResult{}), "no conflicts across 0 sources, 0 claims\n");
}

struct SummaryCase {
  std::string name;
  std::vector<std::pair<FindingKind, Severity>> findings;
  size_t sources;
  std::string expected;
};

class SummaryTest : public ::testing::TestWithParam<SummaryCase> {};

TEST_P(SummaryTest, CountsAndPlurals) {
  const SummaryCase& c = GetParam();
  CheckResult result;
  for (size_t i = 0; i < c.sources; ++i) {
    result.documents.push_back(MakeDocument("x.txt", ""));
  }
  for (const auto& [kind, severity] : c.findings) {
    Finding finding;
    finding.kind = kind;
    finding.severity = severity;
    result.findings.push_back(finding);
  }
  const std::string text = Render(result);
  const size_t last_line = text.rfind('\n', text.size() - 2);
  EXPECT_EQ(text.substr(last_line == std::string::npos ? 0 : last_line + 1),
            c.expected + "\n");
}

constexpr auto kC = FindingKind::kConflict;
constexpr auto kI = FindingKind::kIncomparable;

INSTANTIATE_TEST_SUITE_P(
    Cases, SummaryTest,
    ::testing::Values(
        SummaryCase{"None", {}, 1, "no conflicts across 1 source, 0 claims"},
        SummaryCase{"TwoConflicts",
                    {{kC, Severity::kError}, {kC, Severity::kWarning}},
                    5,
                    "2 conflicts (1 error, 1 warning, 0 info) across 5 "
                    "sources, 0 claims"},
        SummaryCase{"Mixed",
                    {{kC, Severity::kError},
                     {kC, Severity::kError},
                     {kI, Severity::kInfo}},
                    2,
                    "2 conflicts, 1 incomparable (2 errors, 0 warnings, 1 "
                    "info) across 2 sources, 0 claims"}),
    [](const ::testing::TestParamInfo<SummaryCase>& info) {
      return info.param.name;
    });

struct ReadingCase {
  std::string reading;
  std::string shown;
};

class ShownReadingTest : public ::testing::TestWithParam<ReadingCase> {};

TEST_P(ShownReadingTest, ShowsWhatFollowsTheArrow) {
  Value value;
  value.reading = GetParam().reading;
  EXPECT_EQ(ShownReading(value), GetParam().shown);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ShownReadingTest,
    ::testing::Values(
        ReadingCase{"71-year (±1) before 2016-12-13 → started 1944-12-13 to "
                    "1946-12-13",
                    "started 1944-12-13 to 1946-12-13"},
        ReadingCase{"more than 70 years -> 70-80 years", "70-80 years"},
        ReadingCase{"2016-12-15", "2016-12-15"}));

TEST(ShownReadingTest, UnresolvedSaysWhy) {
  EXPECT_EQ(ShownReading(UnresolvedValue(Kind::kDate, "on Thursday",
                                         "no publication date")),
            "unresolved: no publication date");
}

}  // namespace
}  // namespace claimdiff
