// reviewdog's Diagnostic Format as JSON Lines (`reviewdog -f=rdjsonl`):
// one self-contained Diagnostic object per line, for review comments on
// the lines a change touched.
//
//   {"message":"...","location":{"path":"fixtures/corpus/herald.txt","range":{"start":{"line":3,"column":41},"end":{"line":3,"column":49}}},"severity":"ERROR","source":{"name":"claimdiff"},"code":{"value":"bridge.reopening-date"}}
#ifndef CLAIMDIFF_REPORT_RDJSONL_REPORT_H_
#define CLAIMDIFF_REPORT_RDJSONL_REPORT_H_

#include <ostream>

#include "checker/report/report.h"

namespace claimdiff {

// The 1-based column, counted in UTF-8 bytes as reviewdog's Position
// wants, of the character at 1-based `line` and code-point `column` of
// `document` (the unit every claimdiff position uses). A column past the
// end of the line counts one byte each; a line outside the document leaves
// the column as given.
int Utf8Column(const Document& document, int line, int column);

class RdjsonlReporter : public Reporter {
 public:
  // JSON carries no colour; the options are taken for symmetry with the
  // other formats.
  explicit RdjsonlReporter(const ReportOptions& options) {}

  // Writes one Diagnostic per outlier claim (findings in `result` order):
  // message (the finding's message and its rule message), location (path,
  // and a range from the claim's start to just past its end, exclusive
  // as reviewdog specifies), severity ERROR, WARNING or INFO, source
  // "claimdiff" and code (the rule id). Each input warning follows, with
  // as much location as it has and no code. Keys are in that fixed
  // order; invalid UTF-8 becomes U+FFFD. Writes nothing for a clean
  // result.
  void Write(const CheckResult& result, std::ostream& out) const override;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_RDJSONL_REPORT_H_
