// The report interface: one format per file, each a Reporter.
#ifndef CLAIMDIFF_REPORT_REPORT_H_
#define CLAIMDIFF_REPORT_REPORT_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/common/diagnostic.h"
#include "checker/compare/finding.h"
#include "checker/extract/claim.h"
#include "checker/extract/claim_store.h"
#include "checker/source/document.h"

namespace claimdiff {

// Everything a check produced; the input of every report format.
struct CheckResult {
  std::vector<Document> documents;
  ClaimStore claims;                 // claims.Get(i).id == i
  std::vector<Finding> findings;     // ordered by severity, then subject
  std::vector<Diagnostic> warnings;  // skipped files, bad UTF-8, bad values
  // Sources named or found that were not read (binary, unreadable); each
  // also has a warning.
  size_t skipped_sources = 0;
};

struct ReportOptions {
  bool color = false;  // ANSI colour; the CLI sets it only on a TTY
                       // without NO_COLOR
  // How much of each claim's sentence to show, in code points (--context);
  // 0 lets each format pick (one 80-column line in the text report).
  size_t context = 0;
  // List every claim in the text report (--all-claims). By default it
  // lists each finding's outliers in full but only the first
  // kMaxAgreeingListed claims that agree, and the first few unresolved
  // claims: over an archive one finding can hold tens of thousands of
  // agreeing claims, which bury the outliers a reader came for.
  bool all_claims = false;
  // Threads a report may use to format findings (-j; below 1 means one).
  // The output does not depend on it.
  int jobs = 1;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  // Writes the whole report for `result` to `out`.
  virtual void Write(const CheckResult& result, std::ostream& out) const = 0;
};

// The reporter for `format`, one of the names ReportFormats lists, or
// InvalidArgument naming the known formats.
absl::StatusOr<std::unique_ptr<Reporter>> MakeReporter(
    absl::string_view format, const ReportOptions& options);

// The format names MakeReporter accepts, for --help.
std::vector<std::string> ReportFormats();

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_REPORT_H_
