#include "checker/compare/spelling.h"

#include <algorithm>
#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "checker/common/unicode_fold.h"
#include "checker/compare/describe.h"

namespace claimdiff {
namespace {

const NamedMember* NameOf(const Claim& claim) {
  return claim.value.members.empty() ? nullptr : &claim.value.members.front();
}

// The spelling most distinct sources use; the first claim's on a tie.
std::string MostUsedSpelling(const std::vector<const Claim*>& claims) {
  std::map<std::string, std::set<size_t>> sources;
  for (const Claim* c : claims)
    sources[NameOf(*c)->written].insert(c->document);
  std::string best = NameOf(*claims.front())->written;
  for (const Claim* c : claims) {
    const std::string& w = NameOf(*c)->written;
    if (sources[w].size() > sources[best].size()) best = w;
  }
  return best;
}

}  // namespace

void CompareSpellings(const std::string& subject,
                      const std::vector<const Claim*>& group,
                      const std::vector<Document>& documents,
                      std::vector<Finding>* out) {
  // One subject may hold several entities ("people"); each has its own
  // house spelling. Ordered by first appearance for stable output.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Claim*>> entities;
  for (const Claim* c : group) {
    const NamedMember* name = NameOf(*c);
    if (name == nullptr) continue;
    const std::string key = FoldName(name->canonical);
    if (!entities.count(key)) order.push_back(key);
    entities[key].push_back(c);
  }
  for (const std::string& key : order) {
    const std::vector<const Claim*>& claims = entities[key];
    const NamedMember& first = *NameOf(*claims.front());
    const std::string house =
        first.recognised ? first.canonical : MostUsedSpelling(claims);
    std::vector<const Claim*> agreeing, outliers;
    for (const Claim* c : claims) {
      (NameOf(*c)->written == house ? agreeing : outliers).push_back(c);
    }
    if (outliers.empty()) continue;

    Finding f;
    f.kind = FindingKind::kSpelling;
    f.subject = subject;
    f.unit = std::string(kUnitName);
    f.rule = outliers.front()->rule->id;
    f.severity = Severity::kInfo;
    for (const Claim* c : outliers) {
      f.severity = std::max(f.severity, c->rule->severity);
      f.outliers.push_back(c->id);
    }
    for (const Claim* c : claims) f.claims.push_back(c->id);
    std::set<size_t> house_sources;
    for (const Claim* c : agreeing) house_sources.insert(c->document);
    f.has_consensus = true;
    f.consensus_sources = static_cast<int>(house_sources.size());
    f.consensus_reading = house;
    f.consensus_members = {house};
    const std::string whose =
        first.recognised ? "the house spelling" : "the most used spelling";
    f.message = absl::StrCat(
        Describe(outliers, documents),
        outliers.size() == 1 ? " differs from " : " differ from ", whose, " \"",
        house, "\"",
        house_sources.empty()
            ? ""
            : absl::StrCat(", used by ", SourceList(house_sources, documents)));
    f.rule_message =
        RuleMessage(f, *outliers.front(),
                    agreeing.empty() ? nullptr : agreeing.front(), documents);
    out->push_back(std::move(f));
  }
}

}  // namespace claimdiff
