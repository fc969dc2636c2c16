// Severity levels and diagnostics shared by every stage.
//
// A Diagnostic is a message about an input (a rule file, a manifest, a
// source document) that names the file and a 1-based line:column, so every
// error the user sees can be printed as one `file:line:col: message` line.
#ifndef CLAIMDIFF_COMMON_DIAGNOSTIC_H_
#define CLAIMDIFF_COMMON_DIAGNOSTIC_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimdiff {

// Ordered so that a larger value is more severe.
enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

// Returns "info", "warning" or "error".
absl::string_view SeverityName(Severity severity);

// Parses "info" (also "note"), "warning" or "error".
absl::StatusOr<Severity> ParseSeverity(absl::string_view name);

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;  // empty when the message is not about a file
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based; 0 when unknown
  std::string message;
  // The column counted in bytes, for formats that want bytes (rdjsonl),
  // when the one who raised it knew; 0 otherwise.
  int byte_column = 0;

  // `file:line:col: severity: message`, leaving out the parts that are
  // unknown.
  std::string ToString() const;
};

// Joins diagnostics one per line, for a Status message.
std::string JoinDiagnostics(const std::vector<Diagnostic>& diagnostics);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_DIAGNOSTIC_H_
