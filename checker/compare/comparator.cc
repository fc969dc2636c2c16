#include "checker/compare/comparator.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/compare/consensus.h"
#include "checker/rulepack/message_template.h"

namespace claimdiff {
namespace {

// Short source names for messages; reports print the full paths per claim.
std::string SourceName(const Document& doc) {
  return std::filesystem::path(doc.path()).filename().string();
}

std::string SourceList(const std::set<size_t>& sources,
                       const std::vector<Document>& documents) {
  std::vector<std::string> names;
  for (size_t s : sources) names.push_back(SourceName(documents[s]));
  return absl::StrJoin(names, ", ");
}

std::string Count(size_t n, absl::string_view singular,
                  absl::string_view plural) {
  return absl::StrCat(n, " ", n == 1 ? singular : plural);
}

// Describes a group of claims: `"more than 50 years" (000.txt)` for one,
// `2 claims from 1 source (000.txt)` for several.
std::string Describe(const std::vector<const Claim*>& group,
                     const std::vector<Document>& documents) {
  std::set<size_t> sources;
  for (const Claim* c : group) sources.insert(c->document);
  if (group.size() == 1) {
    return absl::StrCat("\"", group[0]->text, "\" (",
                        SourceList(sources, documents), ")");
  }
  return absl::StrCat(Count(group.size(), "claim", "claims"), " from ",
                      Count(sources.size(), "source", "sources"), " (",
                      SourceList(sources, documents), ")");
}

// The rule's message for a conflict, filled from its first outlier and,
// for {other.*}, the first claim that agrees with the consensus.
std::string RuleMessage(const Finding& finding, const Claim& outlier,
                        const Claim* other,
                        const std::vector<Document>& documents) {
  const std::string& message = outlier.rule->message;
  if (message.empty()) return "";
  return FillMessage(message,
                     [&](absl::string_view name) -> std::optional<std::string> {
                       if (name == "value") return outlier.text;
                       if (name == "reading") return outlier.value.reading;
                       if (name == "source")
                         return SourceName(documents[outlier.document]);
                       if (name == "consensus" && finding.has_consensus) {
                         return finding.consensus_reading;
                       }
                       if (name == "other.value" && other != nullptr)
                         return other->text;
                       if (name == "other.source" && other != nullptr) {
                         return SourceName(documents[other->document]);
                       }
                       for (const auto& [capture, text] : outlier.captures) {
                         if (capture == name) return text;
                       }
                       return std::nullopt;
                     });
}

void CompareUnit(const std::string& subject,
                 const std::vector<const Claim*>& group,
                 const std::vector<Document>& documents,
                 std::vector<Finding>* out) {
  std::vector<Vote> votes;
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
    std::set<size_t> sources;
    for (const Claim* c : group) sources.insert(c->document);
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
      CompareUnit(subject, group, documents, &findings);
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
