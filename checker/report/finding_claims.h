// The claims behind a finding, looked up for the formats that report one
// entry per claim (line, github, rdjsonl, sarif) or list every claim of a
// finding (text, junit).
#ifndef CLAIMDIFF_REPORT_FINDING_CLAIMS_H_
#define CLAIMDIFF_REPORT_FINDING_CLAIMS_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace claimdiff {

// The claim whose id is `id`, read back from the store, or nothing when
// `result` has none.
std::optional<Claim> ClaimById(const CheckResult& result, int id);

// The document `claim` was read from, or nullptr when its index is out of
// range (possible only in a hand-built result).
const Document* DocumentOf(const CheckResult& result, const Claim& claim);

// The path of the claim's source as the user gave it; "?" when the
// document is unknown, so a location is never silently empty.
std::string SourcePath(const CheckResult& result, const Claim& claim);

// True when the finding reports claim `id` as a problem: it is listed in
// `outliers`, or the finding lists none and has no consensus at all
// (claims in units that cannot be compared), where no claim is on the right
// side. A tie lists every claim as an outlier; lint narrows a finding to
// one draft claim by listing only that one.
bool IsOutlier(const Finding& finding, int id);

// IsOutlier for many claims of one finding: a sorted copy of its outliers,
// so listing a finding of n claims with k outliers costs O(n log k), not
// O(n k). Over an archive one finding held 30,000 claims and 4,000
// outliers, and the linear search was the text report's largest cost.
class OutlierSet {
 public:
  // `finding` need not outlive the set.
  explicit OutlierSet(const Finding& finding);

  // IsOutlier(finding, id).
  bool Contains(int id) const;

 private:
  bool everything_;  // no outliers listed and no consensus
  std::vector<int> sorted_;
};

// The claims IsOutlier picks, in the finding's claim order, read back
// whole. Ids that name no claim are skipped.
std::vector<Claim> OutlierClaims(const CheckResult& result,
                                 const Finding& finding);

// The rule to cite for `claim` within `finding`: the claim's own rule,
// which may differ from the finding's when rules share a subject, else
// the finding's rule.
std::string RuleIdOf(const Finding& finding, const Claim& claim);

// The finding's message, then its rule's filled-in message after " — "
// when it has one: everything a one-line format says about a finding.
std::string FindingMessage(const Finding& finding);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_FINDING_CLAIMS_H_
