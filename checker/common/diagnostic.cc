#include "checker/common/diagnostic.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace claimdiff {

absl::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

absl::StatusOr<Severity> ParseSeverity(absl::string_view name) {
  if (name == "info" || name == "note") return Severity::kInfo;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  return absl::InvalidArgumentError(
      absl::StrCat("unknown severity \"", std::string(name),
                   "\" (expected info, warning or error)"));
}

std::string Diagnostic::ToString() const {
  std::string out;
  if (!file.empty()) {
    absl::StrAppend(&out, file);
    if (line > 0) {
      absl::StrAppend(&out, ":", line);
      if (column > 0) absl::StrAppend(&out, ":", column);
    }
    absl::StrAppend(&out, ": ");
  }
  absl::StrAppend(&out, std::string(SeverityName(severity)), ": ", message);
  return out;
}

std::string JoinDiagnostics(const std::vector<Diagnostic>& diagnostics) {
  return absl::StrJoin(
      diagnostics, "\n",
      [](std::string* out, const Diagnostic& d) { out->append(d.ToString()); });
}

}  // namespace claimdiff
