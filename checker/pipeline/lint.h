// `claimdiff lint`: a draft checked against the sources it relies on.
//
// Drafts and references are compared together, as `check` compares
// sources, and then the findings are turned to face the drafts: only a
// draft's claim that misses the consensus, or that disagrees with a
// reference or with another claim of the drafts, is the draft's problem.
#ifndef CLAIMDIFF_PIPELINE_LINT_H_
#define CLAIMDIFF_PIPELINE_LINT_H_

#include <cstddef>
#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "checker/extract/extractor.h"
#include "checker/pipeline/check.h"
#include "checker/report/report.h"
#include "checker/rulepack/rulepack.h"

namespace claimdiff {

struct LintOptions {
  // Also report conflicts among the references that no draft claim takes
  // part in, unchanged, as `check` would.
  bool show_reference_conflicts = false;
};

// What lint reads: the drafts (files, or one document read from stdin)
// and the references.
struct LintInputs {
  std::vector<SourceMeta> drafts;
  std::optional<Document> stdin_draft;  // instead of `drafts` when set
  std::vector<SourceMeta> references;
};

// Loads and extracts the drafts and the references (a reference that is
// also a draft is read once, as a draft) and compares all their claims
// together. The drafts are the first `*drafts` documents of the result.
// Errors as RunCheck's.
absl::StatusOr<CheckResult> RunLint(const RulePack& pack,
                                    const Extractor& extractor,
                                    LintInputs inputs,
                                    const CheckOptions& options,
                                    size_t* drafts);

// Rewrites `result` (whose first `drafts` documents are the drafts, the
// rest references; findings already computed) so that each finding is
// about one draft claim:
//
// - every draft claim that is an outlier of a finding gets a finding of
//   its own, whose only outlier it is, keeping the finding's other claims
//   as context and its kind and severity, with a message naming the claims
//   it disagrees with and their file:line ("... disagrees with "$48
//   million" (courier.txt:7), "$47.5m" (gazette.md:10)");
// - findings in which no draft claim is an outlier are dropped (the draft
//   agrees with the consensus, or has no claim there), unless
//   `show_reference_conflicts` keeps them as they are;
// - incomparable findings (claims in units that cannot be compared) are
//   dropped: no claim in them is wrong.
//
// Findings are ordered by severity, then by where the draft claim stands
// (draft, then offset), so a report reads down the draft.
void FocusOnDrafts(size_t drafts, const LintOptions& options,
                   CheckResult* result);

// Whether two claims about one subject disagree: different readings of a
// figure (intervals that do not meet), a name spelled differently, or a
// set of other members. Claims in different units never disagree.
bool ClaimsDisagree(const Claim& a, const Claim& b);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_LINT_H_
