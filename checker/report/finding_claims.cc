#include "checker/report/finding_claims.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"

namespace claimdiff {

std::optional<Claim> ClaimById(const CheckResult& result, int id) {
  if (id < 0 || static_cast<size_t>(id) >= result.claims.size()) {
    return std::nullopt;
  }
  return result.claims.Get(id);
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
      sorted_(finding.outliers.begin(), finding.outliers.end()) {
  // The comparator lists outliers in claim order; lint's may not be.
  if (!std::is_sorted(sorted_.begin(), sorted_.end())) {
    std::sort(sorted_.begin(), sorted_.end());
  }
}

bool OutlierSet::Contains(int id) const {
  return everything_ || std::binary_search(sorted_.begin(), sorted_.end(), id);
}

void ForEachOutlierClaim(const CheckResult& result, const Finding& finding,
                         const std::function<void(const Claim&)>& visit) {
  ForEachOutlierClaim(result, finding, OutlierSet(finding), visit);
}

void ForEachOutlierClaim(const CheckResult& result, const Finding& finding,
                         const OutlierSet& outliers,
                         const std::function<void(const Claim&)>& visit) {
  ClaimStore::Reader reader = result.claims.NewReader();
  for (int id : finding.claims) {
    if (id < 0 || static_cast<size_t>(id) >= result.claims.size() ||
        !outliers.Contains(id)) {
      continue;
    }
    visit(reader.Read(static_cast<size_t>(id)));
  }
}

std::vector<ListedClaim> ListedClaims(const CheckResult& result,
                                      const Finding& finding, bool all_claims,
                                      size_t* not_listed) {
  *not_listed = 0;
  const auto known = [&result](int id) {
    return id >= 0 && static_cast<size_t>(id) < result.claims.size();
  };
  if (finding.kind == FindingKind::kIncomparable) {
    std::vector<ListedClaim> listed;
    std::vector<std::pair<uint32_t, size_t>> per_unit;  // unit, listed
    for (int id : finding.claims) {
      if (!known(id)) continue;
      const uint32_t unit = result.claims.form(result.claims.key(id)).unit;
      auto it = std::find_if(per_unit.begin(), per_unit.end(),
                             [unit](const auto& u) { return u.first == unit; });
      if (it == per_unit.end()) {
        per_unit.push_back({unit, 0});
        it = per_unit.end() - 1;
      }
      if (!all_claims && it->second == kMaxListedPerUnit) {
        ++*not_listed;
        continue;
      }
      ++it->second;
      listed.push_back({id, true});
    }
    return listed;
  }
  const OutlierSet outliers(finding);
  std::vector<ListedClaim> outside;
  std::vector<ListedClaim> inside;
  for (int id : finding.claims) {
    if (!known(id)) continue;
    const bool outlier = outliers.Contains(id);
    if (!outlier && !all_claims && inside.size() == kMaxAgreeingListed) {
      ++*not_listed;
      continue;
    }
    (outlier ? outside : inside).push_back({id, outlier});
  }
  outside.insert(outside.end(), inside.begin(), inside.end());
  return outside;
}

std::string NotListedLine(const Finding& finding, size_t not_listed) {
  if (not_listed == 0) return "";
  const absl::string_view verb =
      finding.kind == FindingKind::kIncomparable ? ""
      : not_listed == 1                          ? " agrees"
                                                 : " agree";
  return absl::StrCat("… and ", not_listed, " more", verb,
                      " (--all-claims lists them)");
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
