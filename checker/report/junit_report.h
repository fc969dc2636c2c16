// JUnit XML, for CI systems that chart test results (GitLab, Jenkins,
// Azure Pipelines...): each subject the claims are about is a test case,
// failed by a conflict the run would fail on.
//
//   <testsuite name="bridge.reopening-date" tests="1" failures="1" ...>
//     <testcase name="vell-bridge/reopening" classname="bridge.reopening-date">
//       <failure message="..." type="error">...every claim,
//       located...</failure>
#ifndef CLAIMDIFF_REPORT_JUNIT_REPORT_H_
#define CLAIMDIFF_REPORT_JUNIT_REPORT_H_

#include <ostream>
#include <string>

#include "absl/strings/string_view.h"
#include "checker/report/report.h"

namespace claimdiff {

// `text` made safe as XML 1.0 character data: & < > " ' become entity
// references, invalid UTF-8 becomes U+FFFD, and characters XML 1.0 does
// not allow at all (C0 controls other than tab, line feed and carriage
// return; U+FFFE; U+FFFF) are dropped, since no escape can carry them.
std::string XmlText(absl::string_view text);

// As XmlText, and also tab, line feed and carriage return as character
// references, which an XML parser would otherwise turn into spaces in an
// attribute value.
std::string XmlAttribute(absl::string_view text);

class JunitReporter : public Reporter {
 public:
  // XML carries no colour; only `all_claims` is read.
  explicit JunitReporter(const ReportOptions& options) : options_(options) {}

  // Writes a <testsuites> document with one <testsuite> per rule and, in
  // it, one <testcase> per subject the rule's claims are about (a subject
  // shared by several rules goes with the rule of its first claim). Suites
  // and cases are sorted by name. A case fails when the subject has a
  // conflict at warning or error, the severities `--fail-on` can act on;
  // the <failure> holds the finding's message and the claims the text
  // report lists (ListedClaims) with their locations and readings. Other findings (info, spelling, incomparable
  // units) go to the case's <system-out> without failing it. Counts of
  // tests and failures are on every suite and on <testsuites>.
  void Write(const CheckResult& result, std::ostream& out) const override;
 private:
  ReportOptions options_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_JUNIT_REPORT_H_
