// A lint baseline: the findings a team has looked at and accepted, so that
// lint reports only new ones (--write-baseline, --baseline).
//
// Entries are keyed by rule, subject and the claim's text with case,
// accents and spacing folded, never by line or file, so editing elsewhere
// in a draft, or moving the paragraph, does not bring an accepted finding
// back; changing the figure does.
#ifndef CLAIMDIFF_PIPELINE_BASELINE_H_
#define CLAIMDIFF_PIPELINE_BASELINE_H_

#include <set>
#include <string>
#include <tuple>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "checker/report/report.h"

namespace claimdiff {

struct BaselineEntry {
  std::string rule;
  std::string subject;
  std::string claim;  // folded (FoldName)

  bool operator<(const BaselineEntry& o) const {
    return std::tie(rule, subject, claim) <
           std::tie(o.rule, o.subject, o.claim);
  }
  bool operator==(const BaselineEntry& o) const {
    return rule == o.rule && subject == o.subject && claim == o.claim;
  }
};

using Baseline = std::set<BaselineEntry>;

// The entries for every outlier claim of `result`'s findings.
Baseline BaselineOf(const CheckResult& result);

// Writes `baseline` as JSON ({"claimdiff_baseline": 1, "findings": [...]},
// sorted, one entry per line) to `path`, atomically.
absl::Status WriteBaseline(const Baseline& baseline, const std::string& path);

// Reads a file WriteBaseline wrote. InvalidArgument, as one
// `path:line:col: error: ...` line, for a file that is not one.
absl::StatusOr<Baseline> ReadBaseline(const std::string& path);

// Removes the findings whose outliers are all in `baseline`.
void ApplyBaseline(const Baseline& baseline, CheckResult* result);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_BASELINE_H_
