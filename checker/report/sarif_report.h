// SARIF 2.1.0, the OASIS format code-scanning services read (GitHub code
// scanning, Azure DevOps, the VS Code SARIF viewer): one result per
// outlier claim, with the subject's other claims as related locations.
#ifndef CLAIMDIFF_REPORT_SARIF_REPORT_H_
#define CLAIMDIFF_REPORT_SARIF_REPORT_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "absl/strings/string_view.h"
#include "checker/report/report.h"

namespace claimdiff {

// The `uriBaseId` relative source paths are resolved against: the root
// of the checkout, by the convention GitHub code scanning follows.
inline constexpr char kSarifSourceRoot[] = "%SRCROOT%";

// The artifactLocation for a source path as the user gave it: a relative
// path becomes a relative URI reference with uriBaseId kSarifSourceRoot,
// an absolute one a file:// URI. Bytes outside the URI path characters
// (spaces, '%', '#', '?', ':', non-ASCII...) are percent-encoded, so every
// path gives a valid URI.
nlohmann::ordered_json SarifArtifactLocation(absl::string_view path);

// A rule id as a SARIF friendly name, which SARIF wants in PascalCase:
// "bridge.reopening-date" -> "BridgeReopeningDate".
std::string SarifRuleName(absl::string_view rule_id);

// The partialFingerprints["claimdiff/v1"] of a result, before its
// occurrence suffix: 16 hex digits of a 64-bit FNV-1a hash of the rule id,
// subject, finding kind, claim text and source path. Line numbers are
// left out on purpose, so a result keeps its identity when text above it
// moves, and code-scanning services do not report it as new.
std::string SarifFingerprint(absl::string_view rule_id,
                             absl::string_view subject, FindingKind kind,
                             absl::string_view claim_text,
                             absl::string_view path);

class SarifReporter : public Reporter {
 public:
  // SARIF carries no colour; the options are taken for symmetry with the
  // other formats.
  explicit SarifReporter(const ReportOptions& options) {}

  // Writes `result` as one SARIF log with one run:
  // - tool.driver: name, version, informationUri, and one rule descriptor
  //   per rule that has a result (id, PascalCase name, descriptions from
  //   the rule, help on reading its results, default level);
  // - columnKind "unicodeCodePoints", the unit of every claimdiff column;
  // - one invocation, whose notifications are the input warnings;
  // - artifacts: every source, in input order;
  // - results: for each outlier claim of each finding, in `result` order,
  //   the finding's level (note for info), its message, the claim's region
  //   with the claim as snippet and its sentence as context region (in
  //   the file's own text), the subject's first 20 other claims as
  //   related locations, and partialFingerprints["claimdiff/v1"]:
  //   SarifFingerprint with ":N" for its Nth occurrence in the run, since one
  //   source can repeat a claim word for word.
  // 2-space indentation and a final newline; invalid UTF-8 becomes U+FFFD.
  // The log is streamed to `out` result by result, never held whole in
  // memory: over an archive it runs to hundreds of megabytes.
  void Write(const CheckResult& result, std::ostream& out) const override;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_SARIF_REPORT_H_
