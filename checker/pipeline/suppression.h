// Inline suppressions in drafts: comments that tell lint to keep quiet
// about a claim a writer has checked.
//
//   <!-- claimdiff-disable [RULE...] -->            from here...
//   <!-- claimdiff-enable -->                       ...to here
//   <!-- claimdiff-disable-next-line [RULE...] -->  the next line only
//
// in any draft (Markdown, HTML or text), and, in plain text, where an
// HTML comment would read oddly, the same words after "//" at the start
// of a line: "// claimdiff-disable-next-line bridge.repair-cost". Each
// directive stands on a line of its own. With no RULE it covers every
// rule.
#ifndef CLAIMDIFF_PIPELINE_SUPPRESSION_H_
#define CLAIMDIFF_PIPELINE_SUPPRESSION_H_

#include <cstddef>
#include <string>
#include <vector>

#include "checker/report/report.h"
#include "checker/source/document.h"

namespace claimdiff {

struct Suppression {
  int first_line = 0;  // 1-based, inclusive
  int last_line = 0;   // inclusive; INT_MAX for a range never re-enabled
  std::vector<std::string> rules;  // empty: every rule
  int line = 0;                    // where the directive is written
  int column = 0;
  bool used = false;
};

// The suppressions written in `doc`, in order. An "enable" closes every
// range open before it; a range never closed runs to the end.
std::vector<Suppression> FindSuppressions(const Document& doc);

// Removes the findings of `result` whose outliers are all draft claims
// (documents [0, drafts)) that a suppression in their draft covers for
// their rule. With `report_unused`, every suppression that covered
// nothing becomes a warning at its position ("suppresses nothing"), so a
// stale one is noticed once the figure is fixed.
void ApplySuppressions(size_t drafts, bool report_unused, CheckResult* result);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_SUPPRESSION_H_
