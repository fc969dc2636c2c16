// Annotated test documents (the second half of `claimdiff rules test`), as
// semgrep's --test does it. A pack's `tests/` folder holds texts in which
// a line containing
//
//   claimdiff: expect RULE EXPECTATION
//   claimdiff: ok RULE
//
// (in any comment syntax: "# ...", "<!-- ... -->") speaks about the next
// line that is not an annotation. `expect` says RULE claims something
// there that reads as EXPECTATION (the rule examples' syntax: "USD 62e6",
// "weeks 5..6", "2016-12-15", "none" is not allowed); `ok` says RULE claims
// nothing there. Every claim no `expect` accounts for is a false positive.
// Annotation lines are blanked before matching, so they claim nothing.
// A `sources.yaml` in the folder dates the documents, as for `check`.
#ifndef CLAIMDIFF_PIPELINE_ANNOTATED_TESTS_H_
#define CLAIMDIFF_PIPELINE_ANNOTATED_TESTS_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "checker/common/diagnostic.h"
#include "checker/extract/extractor.h"
#include "checker/rulepack/rulepack.h"

namespace claimdiff {

struct RuleScore {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
};

struct AnnotatedSummary {
  int documents = 0;
  int annotations = 0;
  std::map<std::string, RuleScore> by_rule;  // rule id -> score
  // One `file:line:col: error: rule ID: ...` line per miss: an expected
  // claim not found or read otherwise, and every false positive.
  std::vector<Diagnostic> failures;
};

// Runs the whole pack over every document under `<dir>/tests` of each pack
// folder in `dirs` (folders without one are skipped). Errors (exit 2): an
// annotation naming an unknown rule or holding a bad expectation, with
// file:line:col; an unreadable document.
absl::StatusOr<AnnotatedSummary> RunAnnotatedTests(
    const RulePack& pack, const Extractor& extractor,
    const std::vector<std::string>& dirs);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_ANNOTATED_TESTS_H_
