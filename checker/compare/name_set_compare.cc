#include "checker/compare/name_set_compare.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/compare/describe.h"
#include "checker/values/name_set.h"

namespace claimdiff {
namespace {

bool AllRecognised(const Value& value) {
  return std::all_of(value.members.begin(), value.members.end(),
                     [](const NamedMember& m) { return m.recognised; });
}

// How `claim` differs from `consensus` (which may be null): "names Tooth
// Dance, Sedan, which no alias recognises; lacks Habomai, Iturup; adds
// Urup".
std::string Difference(const Value& value,
                       const std::vector<std::string>* consensus) {
  std::vector<std::string> unknown, extra, missing;
  std::set<std::string> named;
  for (const NamedMember& m : value.members) {
    if (!m.recognised) {
      unknown.push_back(m.written);
      continue;
    }
    named.insert(m.canonical);
    if (consensus != nullptr && std::find(consensus->begin(), consensus->end(),
                                          m.canonical) == consensus->end()) {
      extra.push_back(m.canonical);
    }
  }
  if (consensus != nullptr) {
    for (const std::string& member : *consensus) {
      if (!named.count(member)) missing.push_back(member);
    }
  }
  std::vector<std::string> parts;
  if (!unknown.empty()) {
    parts.push_back(absl::StrCat("names ", absl::StrJoin(unknown, ", "),
                                 ", which no alias recognises"));
  }
  if (!missing.empty()) {
    parts.push_back(absl::StrCat("lacks ", absl::StrJoin(missing, ", ")));
  }
  if (!extra.empty()) {
    parts.push_back(absl::StrCat("adds ", absl::StrJoin(extra, ", ")));
  }
  return absl::StrJoin(parts, "; ");
}

}  // namespace

void CompareNameSets(const std::string& subject, const NameVotes& group,
                     const ClaimLookup& lookup,
                     const std::vector<Document>& documents,
                     std::vector<Finding>* out) {
  // Each distinct list of names is keyed once, not once per claim.
  struct Names {
    std::vector<std::string> key;
    bool all_recognised = false;
  };
  std::map<const Value*, Names> names;
  std::map<std::vector<std::string>, std::set<size_t>> votes;
  std::set<size_t> every_source;
  size_t count = 0;
  group([&](const NameVote& c) {
    auto it = names.find(c.value);
    if (it == names.end()) {
      it = names
               .emplace(c.value,
                        Names{SetKey(*c.value), AllRecognised(*c.value)})
               .first;
    }
    if (it->second.all_recognised) votes[it->second.key].insert(c.document);
    every_source.insert(c.document);
    ++count;
  });
  const std::vector<std::string>* consensus = nullptr;
  size_t best = 0;
  bool tied = false;
  for (const auto& [key, sources] : votes) {
    if (sources.size() > best) {
      consensus = &key;
      best = sources.size();
      tied = false;
    } else if (sources.size() == best) {
      tied = true;
    }
  }
  if (tied) consensus = nullptr;

  Finding f;
  VoteTally agreeing, outliers;
  f.severity = Severity::kInfo;
  f.claims.reserve(count);
  group([&](const NameVote& c) {
    const Names& n = names.at(c.value);
    f.claims.push_back(c.id);
    if (consensus != nullptr && n.all_recognised && n.key == *consensus) {
      agreeing.Add(c);
      return;
    }
    outliers.Add(c);
    f.outliers.push_back(c.id);
    f.severity = std::max(f.severity, c.rule->severity);
  });
  if (outliers.count() == 0) return;

  f.kind = FindingKind::kConflict;
  f.subject = subject;
  f.unit = std::string(kUnitSet);
  f.rule = outliers.first().rule->id;
  const std::string first_difference =
      Difference(*outliers.first().value, consensus);
  if (consensus != nullptr) {
    f.has_consensus = true;
    f.consensus_sources = static_cast<int>(best);
    f.consensus_members = *consensus;
    f.consensus_reading =
        absl::StrCat("{", absl::StrJoin(*consensus, ", "), "}");
    f.message = absl::StrCat(
        outliers.Describe(lookup, documents),
        outliers.count() == 1 ? " disagrees" : " disagree", " with ",
        agreeing.Describe(lookup, documents), ", which name ",
        f.consensus_reading,
        first_difference.empty()
            ? ""
            : absl::StrCat(": ", outliers.count() == 1 ? "it " : "the first ",
                           first_difference));
  } else {
    VoteTally first;
    first.Add(outliers.first());
    f.message =
        count == 1
            ? absl::StrCat(outliers.Describe(lookup, documents), " ",
                           first_difference)
            : absl::StrCat(
                  "no set is named by more sources than another: ",
                  Count(count, "claim", "claims"), " from ",
                  Count(every_source.size(), "source", "sources"), " (",
                  SourceList(every_source, documents),
                  ") disagree with one another",
                  first_difference.empty()
                      ? ""
                      : absl::StrCat("; ", first.Describe(lookup, documents),
                                     " ", first_difference));
  }
  const Claim first_outlier = lookup(outliers.first().id);
  std::optional<Claim> first_agreeing;
  if (agreeing.count() > 0) first_agreeing = lookup(agreeing.first().id);
  f.rule_message =
      RuleMessage(f, first_outlier,
                  first_agreeing ? &*first_agreeing : nullptr, documents);
  out->push_back(std::move(f));
}

void CompareNameSets(const std::string& subject,
                     const std::vector<const Claim*>& group,
                     const std::vector<Document>& documents,
                     std::vector<Finding>* out) {
  const std::vector<NameVote> votes = VotesOf(group);
  CompareNameSets(subject, VotesIn(votes), LookupIn(group), documents, out);
}

}  // namespace claimdiff
