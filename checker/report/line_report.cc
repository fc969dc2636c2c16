#include "checker/report/line_report.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "checker/report/finding_claims.h"
#include "checker/report/terminal_text.h"

namespace claimdiff {

void LineReporter::Write(const CheckResult& result, std::ostream& out) const {
  std::string text;
  for (const Finding& finding : result.findings) {
    // Printable folds line breaks, which would otherwise start a line the
    // editor cannot parse, and defuses terminal escapes from the sources.
    const std::string message = Printable(FindingMessage(finding));
    for (const Claim* claim : OutlierClaims(result, finding)) {
      absl::StrAppend(&text, Printable(SourcePath(result, *claim)), ":",
                      claim->start.line, ":", claim->start.column, ": ",
                      SeverityName(finding.severity), ": ", message);
      const std::string rule = RuleIdOf(finding, *claim);
      if (!rule.empty()) absl::StrAppend(&text, " [", Printable(rule), "]");
      text.push_back('\n');
    }
  }
  for (const Diagnostic& warning : result.warnings) {
    absl::StrAppend(&text, Printable(warning.ToString()), "\n");
  }
  out << text;
}

}  // namespace claimdiff
