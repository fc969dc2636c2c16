#include "checker/compare/spelling.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "absl/strings/str_cat.h"
#include "checker/common/unicode_fold.h"
#include "checker/compare/describe.h"

namespace claimdiff {
namespace {

const NamedMember* NameOf(const NameVote& vote) {
  return vote.value->members.empty() ? nullptr : &vote.value->members.front();
}

// The spelling most distinct sources use; the first claim's on a tie.
std::string MostUsedSpelling(const std::vector<NameVote>& claims) {
  std::map<std::string, std::set<size_t>> sources;
  for (const NameVote& c : claims)
    sources[NameOf(c)->written].insert(c.document);
  std::string best = NameOf(claims.front())->written;
  for (const NameVote& c : claims) {
    const std::string& w = NameOf(c)->written;
    if (sources[w].size() > sources[best].size()) best = w;
  }
  return best;
}

}  // namespace

void CompareSpellings(const std::string& subject,
                      const std::vector<NameVote>& group,
                      const ClaimLookup& lookup,
                      const std::vector<Document>& documents,
                      std::vector<Finding>* out) {
  // One subject may hold several entities ("people"); each has its own
  // house spelling. Ordered by first appearance for stable output.
  std::vector<std::string> order;
  std::map<std::string, std::vector<NameVote>> entities;
  for (const NameVote& c : group) {
    const NamedMember* name = NameOf(c);
    if (name == nullptr) continue;
    const std::string key = FoldName(name->canonical);
    if (!entities.count(key)) order.push_back(key);
    entities[key].push_back(c);
  }
  for (const std::string& key : order) {
    const std::vector<NameVote>& claims = entities[key];
    const NamedMember& first = *NameOf(claims.front());
    const std::string house =
        first.recognised ? first.canonical : MostUsedSpelling(claims);
    std::vector<NameVote> agreeing, outliers;
    for (const NameVote& c : claims) {
      (NameOf(c)->written == house ? agreeing : outliers).push_back(c);
    }
    if (outliers.empty()) continue;

    Finding f;
    f.kind = FindingKind::kSpelling;
    f.subject = subject;
    f.unit = std::string(kUnitName);
    f.rule = outliers.front().rule->id;
    f.severity = Severity::kInfo;
    for (const NameVote& c : outliers) {
      f.severity = std::max(f.severity, c.rule->severity);
      f.outliers.push_back(c.id);
    }
    for (const NameVote& c : claims) f.claims.push_back(c.id);
    std::set<size_t> house_sources;
    for (const NameVote& c : agreeing) house_sources.insert(c.document);
    f.has_consensus = true;
    f.consensus_sources = static_cast<int>(house_sources.size());
    f.consensus_reading = house;
    f.consensus_members = {house};
    const std::string whose =
        first.recognised ? "the house spelling" : "the most used spelling";
    f.message = absl::StrCat(
        DescribeVotes(outliers, lookup, documents),
        outliers.size() == 1 ? " differs from " : " differ from ", whose, " \"",
        house, "\"",
        house_sources.empty()
            ? ""
            : absl::StrCat(", used by ", SourceList(house_sources, documents)));
    const Claim first_outlier = lookup(outliers.front().id);
    std::optional<Claim> first_agreeing;
    if (!agreeing.empty()) first_agreeing = lookup(agreeing.front().id);
    f.rule_message =
        RuleMessage(f, first_outlier,
                    first_agreeing ? &*first_agreeing : nullptr, documents);
    out->push_back(std::move(f));
  }
}

void CompareSpellings(const std::string& subject,
                      const std::vector<const Claim*>& group,
                      const std::vector<Document>& documents,
                      std::vector<Finding>* out) {
  CompareSpellings(subject, VotesOf(group), LookupIn(group), documents,
                   out);
}

}  // namespace claimdiff
