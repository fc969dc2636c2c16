#include "checker/compare/comparator.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/compare/consensus.h"
#include "checker/compare/describe.h"
#include "checker/compare/name_set_compare.h"
#include "checker/compare/spelling.h"

namespace claimdiff {
namespace {

void CompareUnit(const std::string& subject,
                 const std::vector<const Claim*>& group,
                 const std::vector<Document>& documents,
                 std::vector<Finding>* out) {
  std::vector<Vote> votes;
  votes.reserve(group.size());
  for (const Claim* c : group)
    votes.push_back({c->value.interval, c->document});
  const Consensus consensus = FindConsensus(votes);

  std::vector<const Claim*> agreeing, outliers;
  for (const Claim* c : group) {
    const bool agrees =
        consensus.found && c->value.interval.Intersects(consensus.region);
    (agrees ? agreeing : outliers).push_back(c);
  }
  if (outliers.empty()) return;

  Finding f;
  f.kind = FindingKind::kConflict;
  f.subject = subject;
  f.unit = group.front()->value.unit;
  f.rule = outliers.front()->rule->id;
  f.severity = Severity::kInfo;
  for (const Claim* c : outliers) {
    f.severity = std::max(f.severity, c->rule->severity);
    f.outliers.push_back(c->id);
  }
  f.claims.reserve(group.size());
  for (const Claim* c : group) f.claims.push_back(c->id);
  f.has_consensus = consensus.found;
  f.consensus_sources = consensus.sources;
  if (consensus.found) {
    f.consensus = consensus.region;
    Value shared;
    shared.kind = group.front()->value.kind;
    shared.unit = f.unit;
    shared.interval = consensus.region;
    f.consensus_reading = FormatInterval(shared);
    f.message = absl::StrCat(Describe(outliers, documents),
                             outliers.size() == 1 ? " disagrees" : " disagree",
                             " with ", Describe(agreeing, documents),
                             ", which share ", f.consensus_reading);
  } else {
    const std::vector<size_t> sources = SourcesOf(group);
    f.message = absl::StrCat(
        "no reading is shared by more sources than another: ",
        Count(group.size(), "claim", "claims"), " from ",
        Count(sources.size(), "source", "sources"), " (",
        SourceList(sources, documents), ") disagree with one another");
  }
  f.rule_message =
      RuleMessage(f, *outliers.front(),
                  agreeing.empty() ? nullptr : agreeing.front(), documents);
  out->push_back(std::move(f));
}

}  // namespace

std::vector<Finding> Compare(const std::vector<Claim>& claims,
                             const std::vector<Document>& documents) {
  // Ordered maps: output must not depend on hash order.
  std::map<std::string, std::map<std::string, std::vector<const Claim*>>>
      subjects;
  for (const Claim& c : claims) {
    if (!c.value.resolved) continue;
    subjects[c.subject][c.value.unit].push_back(&c);
  }

  std::vector<Finding> findings;
  for (const auto& [subject, units] : subjects) {
    if (units.size() > 1) {
      Finding f;
      f.kind = FindingKind::kIncomparable;
      f.subject = subject;
      f.severity = Severity::kInfo;
      std::vector<std::string> names;
      for (const auto& [unit, group] : units) {
        names.push_back(unit.empty() ? "count" : unit);
        for (const Claim* c : group) f.claims.push_back(c->id);
      }
      std::sort(f.claims.begin(), f.claims.end());
      f.rule = claims[f.claims.front()].rule->id;
      f.message =
          absl::StrCat("claims in different units (",
                       absl::StrJoin(names, ", "), ") cannot be compared");
      findings.push_back(std::move(f));
    }
    for (const auto& [unit, group] : units) {
      if (unit == kUnitName) {
        CompareSpellings(subject, group, documents, &findings);
      } else if (unit == kUnitSet) {
        CompareNameSets(subject, group, documents, &findings);
      } else {
        CompareUnit(subject, group, documents, &findings);
      }
    }
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) {
                     if (a.severity != b.severity) {
                       return a.severity > b.severity;
                     }
                     return a.subject < b.subject;
                   });
  return findings;
}

}  // namespace claimdiff
