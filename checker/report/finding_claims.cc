#include "checker/report/finding_claims.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace claimdiff {

const Claim* ClaimById(const CheckResult& result, int id) {
  if (id >= 0 && static_cast<size_t>(id) < result.claims.size() &&
      result.claims[id].id == id) {
    return &result.claims[id];
  }
  // claims[i].id == i is the contract; a hand-built result that breaks it
  // still reports correctly, just slower.
  for (const Claim& claim : result.claims) {
    if (claim.id == id) return &claim;
  }
  return nullptr;
}

const Document* DocumentOf(const CheckResult& result, const Claim& claim) {
  return claim.document < result.documents.size()
             ? &result.documents[claim.document]
             : nullptr;
}

std::string SourcePath(const CheckResult& result, const Claim& claim) {
  const Document* document = DocumentOf(result, claim);
  return document != nullptr ? document->path() : "?";
}

bool IsOutlier(const Finding& finding, int id) {
  return OutlierSet(finding).Contains(id);
}

OutlierSet::OutlierSet(const Finding& finding)
    : everything_(finding.outliers.empty() && !finding.has_consensus),
      sorted_(finding.outliers) {
  // The comparator lists outliers in claim order; lint's may not be.
  if (!std::is_sorted(sorted_.begin(), sorted_.end())) {
    std::sort(sorted_.begin(), sorted_.end());
  }
}

bool OutlierSet::Contains(int id) const {
  return everything_ || std::binary_search(sorted_.begin(), sorted_.end(), id);
}

std::vector<const Claim*> OutlierClaims(const CheckResult& result,
                                        const Finding& finding) {
  const OutlierSet outliers(finding);
  std::vector<const Claim*> claims;
  for (int id : finding.claims) {
    if (!outliers.Contains(id)) continue;
    if (const Claim* claim = ClaimById(result, id)) claims.push_back(claim);
  }
  return claims;
}

std::string RuleIdOf(const Finding& finding, const Claim& claim) {
  if (claim.rule != nullptr && !claim.rule->id.empty()) return claim.rule->id;
  return finding.rule;
}

std::string FindingMessage(const Finding& finding) {
  if (finding.rule_message.empty()) return finding.message;
  return absl::StrCat(finding.message, " — ", finding.rule_message);
}

}  // namespace claimdiff
