// The claims behind a finding, looked up for the formats that report one
// entry per claim (line, github, rdjsonl, sarif) or list every claim of a
// finding (text, junit).
#ifndef CLAIMDIFF_REPORT_FINDING_CLAIMS_H_
#define CLAIMDIFF_REPORT_FINDING_CLAIMS_H_

#include <functional>
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

// Calls visit(claim) for each claim IsOutlier picks, in the finding's
// claim order, read back whole one at a time with read-ahead. Ids that name
// no claim are skipped. A visitor, not a vector: over an archive a finding
// has hundreds of thousands of outliers, too many to hold at once.
void ForEachOutlierClaim(const CheckResult& result, const Finding& finding,
                         const std::function<void(const Claim&)>& visit);
// The same, for a caller that already holds the finding's OutlierSet.
void ForEachOutlierClaim(const CheckResult& result, const Finding& finding,
                         const OutlierSet& outliers,
                         const std::function<void(const Claim&)>& visit);

// Claims that agree a finding lists before counting the rest, like a
// diff's context lines: over an archive one finding holds tens of
// thousands of agreeing claims, which bury the outliers a reader came for.
inline constexpr size_t kMaxAgreeingListed = 10;
// Claims in each unit an incomparable finding lists before counting the
// rest, so a unit few sources use is not buried under one many use.
inline constexpr size_t kMaxListedPerUnit = 10;

// A claim a report lists, and whether IsOutlier says it is one.
struct ListedClaim {
  int id;
  bool outlier;
};

// The claims the text and HTML reports list for `finding`, decided from
// ids and keys alone (most of an archive's claims are only counted, never
// read back):
// - an incomparable finding: the first kMaxListedPerUnit claims in each
//   unit, in claim order;
// - any other: every outlier, then the first kMaxAgreeingListed others
//   (outliers first, as a diff shows removals before additions).
// `all_claims` lists every claim. `*not_listed` counts the claims left
// out. Ids that name no claim are skipped.
std::vector<ListedClaim> ListedClaims(const CheckResult& result,
                                      const Finding& finding, bool all_claims,
                                      size_t* not_listed);

// The line that counts what ListedClaims left out of `finding`: "… and 5
// more agree (--all-claims lists them)", or "… and 5 more (…)" when the
// finding's units are incomparable. Empty when `not_listed` is 0.
std::string NotListedLine(const Finding& finding, size_t not_listed);

// The rule to cite for `claim` within `finding`: the claim's own rule,
// which may differ from the finding's when rules share a subject, else
// the finding's rule.
std::string RuleIdOf(const Finding& finding, const Claim& claim);

// The finding's message, then its rule's filled-in message after " — "
// when it has one: everything a one-line format says about a finding.
std::string FindingMessage(const Finding& finding);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_FINDING_CLAIMS_H_
