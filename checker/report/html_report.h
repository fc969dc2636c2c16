// The HTML report (--format html): one self-contained page for reviewers.
//
// A summary (sources with outlet and date, counts by severity and by rule,
// every subject with the conflicting ones first), then one card per
// finding: the consensus, a picture of every claim's interval against it
// (number_line.h), every claim with its source, date, text, reading and
// marked sentence, and a word diff of an outlier's sentence against a
// consensus one. Filters by severity, rule and source and a search box are
// a small inline script; with scripts off the page shows everything.
//
// Nothing is fetched: CSS and JS are inline, fonts are the system's, and
// a Content-Security-Policy forbids any network access. Every text from a
// source, a rule or a path is escaped (html_escape.h).
#ifndef CLAIMDIFF_REPORT_HTML_REPORT_H_
#define CLAIMDIFF_REPORT_HTML_REPORT_H_

#include <ostream>

#include "checker/report/report.h"

namespace claimdiff {

class HtmlReporter : public Reporter {
 public:
  explicit HtmlReporter(const ReportOptions& options) : options_(options) {}

  // Writes the whole page. The output depends only on `result` (no
  // clock, no random ids), so golden tests can compare it byte for byte.
  void Write(const CheckResult& result, std::ostream& out) const override;

 private:
  ReportOptions options_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_HTML_REPORT_H_
