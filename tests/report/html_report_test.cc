#include "checker/report/html_report.h"

#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/source/published.h"
#include "gtest/gtest.h"
#include "tests/report/fixtures.h"

namespace claimdiff {
namespace {

using report_test::AmountValue;
using report_test::CostConflict;
using report_test::MakeDocument;
using report_test::ResultBuilder;

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos;
       at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

// Two reports of a repair bill, one of them a page whose text carries a
// script, an onerror attribute and a javascript: link, and a rule whose
// id and message carry markup too.
class HostileFixture {
 public:
  HostileFixture() {
    const Rule* rule = builder_.AddRule("bill<b>", Severity::kError,
                                        "<i>Bills</i> differ & that's that");
    const size_t a = builder_.AddDocument(MakeDocument(
        "letters.txt",
        "Reader <script>document.title='pwned'</script> says the bill "
        "is $62 million <img src=x onerror=\"alert(1)\"> "
        "<a href=\"javascript:alert(2)\">proof</a>.\n",
        absl::CivilDay(2024, 3, 6), "Letters & <Replies>"));
    Document courier = MakeDocument(
        "courier.txt", "The repair bill is $48 million, officials said.\n",
        absl::CivilDay(2024, 3, 4), "Harwick Courier");
    courier.meta.published_from = DateSource::kHtmlMeta;
    const size_t b = builder_.AddDocument(std::move(courier));
    builder_.AddClaim(
        a, rule, "$62 million",
        AmountValue(Kind::kMoney, "USD", Interval::Closed(61e6, 63e6),
                    "$62 million → USD 61–63 million"),
        "repair-cost");
    builder_.AddClaim(
        b, rule, "$48 million",
        AmountValue(Kind::kMoney, "USD", Interval::Closed(47e6, 49e6),
                    "$48 million → USD 47–49 million"),
        "repair-cost");
    Finding f;
    f.kind = FindingKind::kConflict;
    f.subject = "repair-cost<svg onload=alert(3)>";
    f.rule = "bill<b>";
    f.severity = Severity::kError;
    f.unit = "USD";
    f.has_consensus = true;
    f.consensus = Interval::Closed(47e6, 49e6);
    f.consensus_sources = 1;
    f.consensus_reading = "USD 47–49 million";
    f.claims = {0, 1};
    f.outliers = {0};
    f.message = "\"$62 million\" (letters.txt) disagrees";
    f.rule_message = "<i>Bills</i> differ & that's that";
    builder_.result().findings.push_back(f);
  }
  const CheckResult& result() { return builder_.result(); }

 private:
  ResultBuilder builder_;
};

std::string Render(const CheckResult& result) {
  std::ostringstream out;
  HtmlReporter(ReportOptions{}).Write(result, out);
  return out.str();
}

TEST(HtmlReporterTest, EveryTextFromSourcesAndRulesIsEscaped) {
  HostileFixture fixture;
  const std::string html = Render(fixture.result());
  // Only the report's own script element exists.
  EXPECT_EQ(Count(html, "<script"), 1u);
  EXPECT_EQ(Count(html, "<script>\n(function ()"), 1u);
  for (const char* raw : {"<img", "<a href=\"java", "<svg onload", "<b>", "<i>",
                          "<Replies>", "href=\"javascript:"}) {
    EXPECT_FALSE(absl::StrContains(html, raw)) << raw;
  }
  // They are shown as text, so a reviewer sees what the page said.
  EXPECT_TRUE(absl::StrContains(
      html, "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"));
  EXPECT_TRUE(absl::StrContains(html, "onerror=&quot;alert(1)&quot;"));
  EXPECT_TRUE(absl::StrContains(html, "Letters &amp; &lt;Replies&gt;"));
  EXPECT_TRUE(
      absl::StrContains(html, "&lt;i&gt;Bills&lt;/i&gt; differ &amp; that"));
  EXPECT_TRUE(absl::StrContains(
      html, "data-subject=\"repair-cost&lt;svg onload=alert(3)&gt;\""));
}

TEST(HtmlReporterTest, IsOneSelfContainedPage) {
  HostileFixture fixture;
  const std::string html = Render(fixture.result());
  EXPECT_TRUE(absl::StartsWith(html, "<!DOCTYPE html>"));
  EXPECT_TRUE(absl::EndsWith(html, "</html>\n"));
  // Nothing is fetched: no stylesheet links, script sources, images or
  // fonts, and the policy forbids any.
  for (const char* external :
       {"<link", "src=\"http", "@import", "url(", "https://", "http://fonts"}) {
    EXPECT_FALSE(absl::StrContains(html, external)) << external;
  }
  EXPECT_TRUE(absl::StrContains(html, "default-src 'none'"));
}

TEST(HtmlReporterTest, ACardShowsConsensusClaimsPictureAndDiff) {
  HostileFixture fixture;
  const std::string html = Render(fixture.result());
  EXPECT_EQ(Count(html, "<article class=\"card error\""), 1u);
  EXPECT_TRUE(absl::StrContains(html, "data-severity=\"error\""));
  EXPECT_TRUE(absl::StrContains(html, "data-sources=\"0 1\""));
  EXPECT_TRUE(absl::StrContains(
      html,
      "Consensus: <strong>USD 47–49 million</strong> · backed by 1 "
      "source"));
  EXPECT_TRUE(absl::StrContains(html, "<svg class=\"numberline\""));
  EXPECT_EQ(Count(html, "<g class=\"bar outlier\">"), 1u);
  EXPECT_EQ(Count(html, "<g class=\"bar agrees\">"), 1u);
  // Each claim with its source, date, text, reading and marked sentence.
  EXPECT_TRUE(absl::StrContains(html, "<mark>$62 million</mark>"));
  EXPECT_TRUE(absl::StrContains(html, "<mark>$48 million</mark>"));
  EXPECT_TRUE(absl::StrContains(html, "Harwick Courier"));
  EXPECT_TRUE(absl::StrContains(html, "2024-03-04"));
  EXPECT_TRUE(absl::StrContains(html, "→ USD 47–49 million"));
  EXPECT_TRUE(absl::StrContains(html, "courier.txt:1:20"));
  // The side-by-side diff marks the figures that differ.
  EXPECT_TRUE(absl::StrContains(html, "<del>$62 million"));
  EXPECT_TRUE(absl::StrContains(html, "<ins>$48 million,"));
  // The summary lists the sources and the rule's count.
  EXPECT_TRUE(absl::StrContains(html, "<td class=\"mono small\">letters.txt"));
  EXPECT_TRUE(absl::StrContains(html, "<code>bill&lt;b&gt;</code>"));
  // ...and where each date came from.
  EXPECT_TRUE(
      absl::StrContains(html,
                        "2024-03-04</div><div class=\"muted small\">html meta "
                        "article:published_time</div>"));
}

TEST(HtmlReporterTest, NoFindingsSaysSo) {
  CheckResult empty;
  const std::string html = Render(empty);
  EXPECT_TRUE(absl::StrContains(html, "Every source agrees: no findings."));
  EXPECT_TRUE(absl::StrContains(html, "0 findings across 0 sources"));
}

// A card over an archive: every outlier, ten agreeing claims and a count
// of the rest. --all-claims lists them all, and past 40 claims the picture
// draws one bar per distinct reading rather than one per claim.
TEST(HtmlReporterTest, LargeCardsListWhatTheTextReportListsAndGroupBars) {
  struct Case {
    int agreeing;
    bool all_claims;
    int want_rows;
    std::string want_more;
    int want_bars;
  };
  const Case cases[] = {
      {8, false, 10, "", 10},  // small: one bar per claim
      // The picture draws the claims the card lists.
      {60, false, 12, "… and 50 more agree (--all-claims lists them)", 12},
      {60, true, 62, "", 2},
  };
  for (const Case& c : cases) {
    ResultBuilder builder;
    const Rule* rule = builder.AddRule("bridge.cost");
    std::string text;
    for (int i = 0; i < c.agreeing + 2; ++i) text += "It cost $5m.\n";
    const size_t d = builder.AddDocument(MakeDocument("news/a.txt", text));
    Finding finding = CostConflict("claims disagree");
    finding.unit = "USD";
    for (int i = 0; i < c.agreeing + 2; ++i) {
      const bool outlier = i == 3 || i == 7;
      const int id = builder.AddClaim(
          d, rule, "$5m",
          AmountValue(Kind::kMoney, "USD",
                      outlier ? Interval::Closed(9e6, 9e6)
                              : Interval::Closed(5e6, 5e6),
                      outlier ? "USD 9 million" : "USD 5 million"));
      finding.claims.push_back(id);
      if (outlier) finding.outliers.push_back(id);
    }
    builder.result().findings.push_back(finding);
    ReportOptions options;
    options.all_claims = c.all_claims;
    std::ostringstream out;
    HtmlReporter(options).Write(builder.result(), out);
    const std::string html = out.str();
    const std::string label =
        absl::StrCat(c.agreeing, " agreeing, all=", c.all_claims);
    EXPECT_EQ(Count(html, "<tr class=\"outlier\">") +
                  Count(html, "<tr class=\"agrees\">"),
              static_cast<size_t>(c.want_rows))
        << label;
    EXPECT_EQ(Count(html, "<tr class=\"outlier\">"), 2u) << label;
    if (c.want_more.empty()) {
      EXPECT_FALSE(absl::StrContains(html, "more agree")) << label;
    } else {
      EXPECT_TRUE(absl::StrContains(html, c.want_more)) << label;
    }
    // A bar is a <g> with a <title> inside the card's <svg>.
    EXPECT_EQ(Count(html, "<g class=\"bar"), static_cast<size_t>(c.want_bars))
        << label;
    if (c.want_bars == 2) {
      EXPECT_TRUE(absl::StrContains(html, ">2 claims<")) << label;
    }
  }
}

}  // namespace
}  // namespace claimdiff
