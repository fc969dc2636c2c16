#include "checker/report/github_report.h"

#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/report/finding_claims.h"

namespace claimdiff {
namespace {

// A property list, in the order written; values are escaped on output.
using Properties = std::vector<std::pair<std::string, std::string>>;

std::string Command(Severity severity, const Properties& properties,
                    absl::string_view message) {
  std::string line(WorkflowCommand(severity));
  if (!properties.empty()) {
    absl::StrAppend(
        &line, " ",
        absl::StrJoin(
            properties, ",",
            [](std::string* out, const std::pair<std::string, std::string>& p) {
              absl::StrAppend(out, p.first, "=",
                              EscapeWorkflowProperty(p.second));
            }));
  }
  return absl::StrCat("::", line, "::", EscapeWorkflowData(message), "\n");
}

Properties ClaimProperties(const CheckResult& result, const Finding& finding,
                           const Claim& claim) {
  Properties properties = {{"file", SourcePath(result, claim)},
                           {"line", absl::StrCat(claim.start.line)}};
  const bool one_line = claim.start.line == claim.finish.line;
  if (one_line)
    properties.emplace_back("col", absl::StrCat(claim.start.column));
  properties.emplace_back("endLine", absl::StrCat(claim.finish.line));
  if (one_line) {
    properties.emplace_back("endColumn", absl::StrCat(claim.finish.column));
  }
  properties.emplace_back("title", absl::StrCat(RuleIdOf(finding, claim), " (",
                                                finding.subject, ")"));
  return properties;
}

Properties DiagnosticProperties(const Diagnostic& diagnostic) {
  Properties properties;
  if (diagnostic.file.empty()) return properties;
  properties.emplace_back("file", diagnostic.file);
  if (diagnostic.line > 0) {
    properties.emplace_back("line", absl::StrCat(diagnostic.line));
    if (diagnostic.column > 0) {
      properties.emplace_back("col", absl::StrCat(diagnostic.column));
    }
  }
  return properties;
}

}  // namespace

absl::string_view WorkflowCommand(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "notice";
  }
  return "error";
}

std::string EscapeWorkflowData(absl::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        escaped.append("%25");
        break;
      case '\r':
        escaped.append("%0D");
        break;
      case '\n':
        escaped.append("%0A");
        break;
      default:
        escaped.push_back(c);
    }
  }
  return escaped;
}

std::string EscapeWorkflowProperty(absl::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : EscapeWorkflowData(text)) {
    switch (c) {
      case ':':
        escaped.append("%3A");
        break;
      case ',':
        escaped.append("%2C");
        break;
      default:
        escaped.push_back(c);
    }
  }
  return escaped;
}

void GithubReporter::Write(const CheckResult& result, std::ostream& out) const {
  // Each command goes to `out` as it is made, not into one string of the
  // whole report, which can run to hundreds of megabytes.
  for (const Finding& finding : result.findings) {
    const std::string message = FindingMessage(finding);
    ForEachOutlierClaim(result, finding, [&](const Claim& claim) {
      out << Command(finding.severity, ClaimProperties(result, finding, claim),
                     message);
    });
  }
  for (const Diagnostic& warning : result.warnings) {
    out << Command(warning.severity, DiagnosticProperties(warning),
                   warning.message);
  }
}

}  // namespace claimdiff
