// GitHub Actions workflow commands: printed in a workflow step, each line
// becomes an annotation on the file and line it names.
//
//   ::error
//   file=fixtures/corpus/herald.txt,line=3,col=41,endLine=3,endColumn=49,title=bridge.reopening-date
//   (vell-bridge/reopening)::"March 15" (herald.txt) ...
//
// One command per outlier claim, then one per input warning.
#ifndef CLAIMDIFF_REPORT_GITHUB_REPORT_H_
#define CLAIMDIFF_REPORT_GITHUB_REPORT_H_

#include <ostream>
#include <string>

#include "absl/strings/string_view.h"
#include "checker/report/report.h"

namespace claimdiff {

// The workflow command for `severity`: "error", "warning", or "notice"
// for info (GitHub has no "info" command).
absl::string_view WorkflowCommand(Severity severity);

// `text` escaped as a command's message, the way @actions/core escapes
// it: '%' -> %25, CR -> %0D, LF -> %0A. A line break would otherwise end
// the command and let source text start a command of its own.
std::string EscapeWorkflowData(absl::string_view text);

// `text` escaped as a property value: as EscapeWorkflowData, and also
// ':' -> %3A and ',' -> %2C, which would otherwise end the property.
std::string EscapeWorkflowProperty(absl::string_view text);

class GithubReporter : public Reporter {
 public:
  // Workflow logs are not a terminal; the options are taken for symmetry
  // with the other formats.
  explicit GithubReporter(const ReportOptions& options) {}

  // Writes, for each outlier claim (findings in `result` order):
  //   ::LEVEL file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=T::MSG
  // where T is the rule id and the subject, MSG the finding's message and
  // its rule message, and columns count code points with the end column
  // just past the claim, as in the JSON report. GitHub only honours
  // columns on a one-line range, so a claim spanning lines gives lines
  // only. Each input warning follows as a command with the parts it
  // knows. Writes nothing for a clean result.
  void Write(const CheckResult& result, std::ostream& out) const override;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_GITHUB_REPORT_H_
