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

void CompareNameSets(const std::string& subject,
                     const std::vector<NameVote>& group,
                     const ClaimLookup& lookup,
                     const std::vector<Document>& documents,
                     std::vector<Finding>* out) {
  // Each distinct list of names is keyed once, not once per claim.
  std::map<const Value*, std::vector<std::string>> keys;
  for (const NameVote& c : group) {
    if (!keys.count(c.value)) keys.emplace(c.value, SetKey(*c.value));
  }
  std::map<std::vector<std::string>, std::set<size_t>> votes;
  for (const NameVote& c : group) {
    if (AllRecognised(*c.value)) votes[keys[c.value]].insert(c.document);
  }
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

  std::vector<NameVote> agreeing, outliers;
  for (const NameVote& c : group) {
    const bool agrees = consensus != nullptr && AllRecognised(*c.value) &&
                        keys[c.value] == *consensus;
    (agrees ? agreeing : outliers).push_back(c);
  }
  if (outliers.empty()) return;

  Finding f;
  f.kind = FindingKind::kConflict;
  f.subject = subject;
  f.unit = std::string(kUnitSet);
  f.rule = outliers.front().rule->id;
  f.severity = Severity::kInfo;
  for (const NameVote& c : outliers) {
    f.severity = std::max(f.severity, c.rule->severity);
    f.outliers.push_back(c.id);
  }
  for (const NameVote& c : group) f.claims.push_back(c.id);
  const std::string first_difference =
      Difference(*outliers.front().value, consensus);
  if (consensus != nullptr) {
    f.has_consensus = true;
    f.consensus_sources = static_cast<int>(best);
    f.consensus_members = *consensus;
    f.consensus_reading =
        absl::StrCat("{", absl::StrJoin(*consensus, ", "), "}");
    f.message = absl::StrCat(
        DescribeVotes(outliers, lookup, documents),
        outliers.size() == 1 ? " disagrees" : " disagree", " with ",
        DescribeVotes(agreeing, lookup, documents), ", which name ",
        f.consensus_reading,
        first_difference.empty()
            ? ""
            : absl::StrCat(": ", outliers.size() == 1 ? "it " : "the first ",
                           first_difference));
  } else {
    std::set<size_t> sources;
    for (const NameVote& c : group) sources.insert(c.document);
    f.message =
        group.size() == 1
            ? absl::StrCat(DescribeVotes(outliers, lookup, documents), " ",
                           first_difference)
            : absl::StrCat(
                  "no set is named by more sources than another: ",
                  Count(group.size(), "claim", "claims"), " from ",
                  Count(sources.size(), "source", "sources"), " (",
                  SourceList(sources, documents), ") disagree with one another",
                  first_difference.empty()
                      ? ""
                      : absl::StrCat("; ",
                                     DescribeVotes({outliers.front()}, lookup,
                                                   documents),
                                     " ", first_difference));
  }
  const Claim first_outlier = lookup(outliers.front().id);
  std::optional<Claim> first_agreeing;
  if (!agreeing.empty()) first_agreeing = lookup(agreeing.front().id);
  f.rule_message =
      RuleMessage(f, first_outlier,
                  first_agreeing ? &*first_agreeing : nullptr, documents);
  out->push_back(std::move(f));
}

void CompareNameSets(const std::string& subject,
                     const std::vector<const Claim*>& group,
                     const std::vector<Document>& documents,
                     std::vector<Finding>* out) {
  CompareNameSets(subject, VotesOf(group), LookupIn(group), documents,
                  out);
}

}  // namespace claimdiff
