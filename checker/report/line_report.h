// The editor report: one compiler-style line per problem, for vim's
// errorformat, Emacs compilation-mode and any tool that reads gcc output.
//
//   fixtures/corpus/herald.txt:3:41: error: "March 15" (herald.txt) ...
//   [bridge.reopening-date]
//
// Every outlier claim of every finding gets a line at the claim's start
// (line and column in code points, as in the JSON report), followed by
// the input warnings. Nothing else is printed, so every line parses.
#ifndef CLAIMDIFF_REPORT_LINE_REPORT_H_
#define CLAIMDIFF_REPORT_LINE_REPORT_H_

#include <ostream>

#include "checker/report/report.h"

namespace claimdiff {

class LineReporter : public Reporter {
 public:
  // Colour would break the parsers this format is for; the options are
  // taken for symmetry with the other formats.
  explicit LineReporter(const ReportOptions& options) {}

  // Writes `path:line:col: severity: message [rule]` for each outlier
  // claim, findings in `result` order and claims in finding order, then
  // `path:line:col: severity: message` for each warning. The message is
  // the finding's message and, after " — ", its rule message; text is
  // folded to one printable line. Writes nothing for a clean result.
  void Write(const CheckResult& result, std::ostream& out) const override;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_LINE_REPORT_H_
