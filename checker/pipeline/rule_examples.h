// Checking every rule against its inline examples (`claimdiff rules test`).
#ifndef CLAIMDIFF_PIPELINE_RULE_EXAMPLES_H_
#define CLAIMDIFF_PIPELINE_RULE_EXAMPLES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/common/diagnostic.h"
#include "checker/extract/extractor.h"
#include "checker/rulepack/rulepack.h"
#include "checker/values/expectation.h"

namespace claimdiff {

struct ExampleSummary {
  int rules = 0;
  int examples = 0;
  int passed = 0;
  // One `file:line:col: error: rule ID: ...` line per failed example and
  // per rule that has no examples.
  std::vector<Diagnostic> failures;
};

// Runs each rule on each of its examples alone (other rules do not see
// them) and checks the reading. An example passes when some claim of that
// rule reads as the expected interval (and unit, if given), or, for
// "none", when the rule claims nothing. A rule without examples fails.
ExampleSummary RunRuleExamples(const RulePack& pack,
                               const Extractor& extractor);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_RULE_EXAMPLES_H_
