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

namespace claimdiff {

// An example's expectation, parsed from `[UNIT ]LOW[..HIGH]` or "none".
struct Expectation {
  bool none = false;
  std::string unit;  // empty: any unit
  double low = 0;
  double high = 0;
};

// Parses an `expect:` string. Bounds are numbers ("70", "2.1e9", "inf") or
// YYYY-MM-DD dates (which imply the unit "date"). A duration unit ("weeks
// 5..6", "years 70") converts the bounds to days, the unit durations are
// measured in.
absl::StatusOr<Expectation> ParseExpectation(absl::string_view text);

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
