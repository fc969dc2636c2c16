#include "checker/report/line_report.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "checker/report/finding_claims.h"
#include "checker/report/terminal_text.h"

namespace claimdiff {

void LineReporter::Write(const CheckResult& result, std::ostream& out) const {
  // Each line goes to `out` as it is made, not into one string of the
  // whole report, which can run to hundreds of megabytes.
  for (const Finding& finding : result.findings) {
    // Printable folds line breaks, which would otherwise start a line the
    // editor cannot parse, and defuses terminal escapes from the sources.
    const std::string message = Printable(FindingMessage(finding));
    ForEachOutlierClaim(result, finding, [&](const Claim& claim) {
      std::string line =
          absl::StrCat(Printable(SourcePath(result, claim)), ":",
                       claim.start.line, ":", claim.start.column, ": ",
                       SeverityName(finding.severity), ": ", message);
      const std::string rule = RuleIdOf(finding, claim);
      if (!rule.empty()) absl::StrAppend(&line, " [", Printable(rule), "]");
      line.push_back('\n');
      out << line;
    });
  }
  for (const Diagnostic& warning : result.warnings) {
    out << Printable(warning.ToString()) << "\n";
  }
}

}  // namespace claimdiff
