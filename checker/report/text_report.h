// The human report: one diff-style block per finding, readable at 80
// columns.
//
//   kuril/dispute-start: conflict (error) [kuril.dispute-length]
//     consensus: started 1945-06-01 to 1945-08-31 — covered by 2 sources
//     "000.txt: more than 50 years" disagrees with claims from 001.txt ...
//   - seeds/000.txt:5:118  "more than 50 years"  → started 1959-01-22 ...
//         …peace treaty – which has been left hanging for »more than 50…
//   + seeds/001.txt:8:70   "more than 70 years"  → started 1936-12-16 ...
//         …
//
// `-` marks an outlier and `+` a claim on the consensus side, so the block
// reads like a diff from the consensus. Like a diff's context lines, the
// `+` claims are cut after kMaxAgreeingListed and counted (and an
// incomparable finding's claims after kMaxListedPerUnit in each unit; see
// ListedClaims), unless ReportOptions::all_claims asks for all of them. Warnings, unresolved claims
// and a one-line summary follow the blocks. The layout is byte-for-byte stable
// (golden tests compare it); colour only adds ANSI escapes around text
// that is otherwise identical.
#ifndef CLAIMDIFF_REPORT_TEXT_REPORT_H_
#define CLAIMDIFF_REPORT_TEXT_REPORT_H_

#include <cstddef>
#include <ostream>

#include "checker/report/finding_claims.h"
#include "checker/report/report.h"

namespace claimdiff {

// Unresolved claims listed before the rest are only counted.
inline constexpr size_t kMaxUnresolvedListed = 20;

class TextReporter : public Reporter {
 public:
  explicit TextReporter(const ReportOptions& options) : options_(options) {}

  // Writes every finding in `result` order, then warnings, unresolved
  // claims and the summary line. Every line ends with '\n'.
  void Write(const CheckResult& result, std::ostream& out) const override;

 private:
  ReportOptions options_;
};

// The part of a value's reading worth showing next to the claim text: what
// follows the last "→" (or "->"), since the text before it repeats the
// claim. Falls back to the formatted interval when the reading is empty,
// and to "unresolved: <why>" for a value that could not be placed.
std::string ShownReading(const Value& value);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_TEXT_REPORT_H_
