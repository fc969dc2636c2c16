#include "checker/compare/comparator.h"

#include <algorithm>
#include <utility>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/common/parallel.h"
#include "checker/compare/consensus.h"
#include "checker/compare/describe.h"
#include "checker/compare/name_set_compare.h"
#include "checker/compare/spelling.h"

namespace claimdiff {
namespace {

// Claims compared together: one subject, one unit, by id in order.
struct Group {
  const std::string* subject;
  const std::string* unit;
  std::vector<int> ids;
};

std::vector<size_t> SourcesOfIds(const ClaimStore& claims,
                                 const std::vector<int>& ids) {
  std::vector<size_t> documents;
  documents.reserve(ids.size());
  for (int id : ids) documents.push_back(claims.key(id).document);
  return DistinctSources(std::move(documents));
}

// Reads only keys, and whole claims for the two that the wording quotes:
// over an archive a group holds hundreds of thousands of claims.
void CompareUnit(Group& group, const ClaimStore& claims,
                 const std::vector<Document>& documents,
                 std::vector<Finding>* out) {
  // A source that repeats a reading adds nothing to the consensus (its
  // overlapping votes merge there), so a reading a source has already
  // given is not voted again. Articles repeat their figures: over an
  // archive this cut a large subject's votes several times over, and with
  // them most of the compare's memory. A group's ids ascend, so a
  // document's votes are adjacent; only its first kMaxScanned are looked
  // through, which keeps a document with thousands of readings linear.
  constexpr size_t kMaxScanned = 16;
  std::vector<Vote> votes;
  // Room for every claim, in one allocation: pages past the distinct
  // readings are never touched, so they cost address space, not memory.
  votes.reserve(group.ids.size());
  size_t document_first = 0;  // where the current document's votes start
  for (int id : group.ids) {
    const ClaimKey& key = claims.key(id);
    const Interval interval = key.interval();
    if (votes.empty() || votes.back().source != key.document) {
      document_first = votes.size();
    } else {
      const size_t last = std::min(votes.size(), document_first + kMaxScanned);
      bool repeated = false;
      for (size_t v = document_first; v < last && !repeated; ++v) {
        repeated = votes[v].interval == interval;
      }
      if (repeated) continue;
    }
    votes.push_back({interval, key.document});
  }
  const Consensus consensus = FindConsensus(std::move(votes));

  std::vector<int> agreeing, outliers;
  for (int id : group.ids) {
    const bool agrees = consensus.found &&
                        claims.key(id).interval().Intersects(consensus.region);
    (agrees ? agreeing : outliers).push_back(id);
  }
  if (outliers.empty()) return;

  const Claim first_outlier = claims.Get(outliers.front());
  std::optional<Claim> first_agreeing;
  if (!agreeing.empty()) first_agreeing = claims.Get(agreeing.front());

  Finding f;
  f.kind = FindingKind::kConflict;
  f.subject = *group.subject;
  f.unit = *group.unit;
  f.rule = first_outlier.rule->id;
  f.severity = Severity::kInfo;
  for (int id : outliers) {
    f.severity = std::max(f.severity, claims.rule(claims.key(id))->severity);
  }
  f.has_consensus = consensus.found;
  f.consensus_sources = consensus.sources;
  if (consensus.found) {
    f.consensus = consensus.region;
    Value shared;
    shared.kind = claims.kind(claims.key(group.ids.front()));
    shared.unit = f.unit;
    shared.interval = consensus.region;
    f.consensus_reading = FormatInterval(shared);
    f.message = absl::StrCat(
        DescribeGroup(outliers.size(), SourcesOfIds(claims, outliers),
                      first_outlier.text, documents),
        outliers.size() == 1 ? " disagrees" : " disagree", " with ",
        DescribeGroup(agreeing.size(), SourcesOfIds(claims, agreeing),
                      first_agreeing ? first_agreeing->text : "", documents),
        ", which share ", f.consensus_reading);
  } else {
    const std::vector<size_t> sources = SourcesOfIds(claims, group.ids);
    f.message = absl::StrCat(
        "no reading is shared by more sources than another: ",
        Count(group.ids.size(), "claim", "claims"), " from ",
        Count(sources.size(), "source", "sources"), " (",
        SourceList(sources, documents), ") disagree with one another");
  }
  f.rule_message =
      RuleMessage(f, first_outlier,
                  first_agreeing ? &*first_agreeing : nullptr, documents);
  // Moved, not copied: the group is done with, and over an archive its
  // ids are millions.
  f.outliers = std::move(outliers);
  f.claims = std::move(group.ids);
  out->push_back(std::move(f));
}

// Names and sets compare members, which a claim's form holds (one copy
// per distinct list): over an archive a set subject had 310,000 claims,
// and reading each back whole took 300 MB and most of the compare.
void CompareNames(const Group& group, const ClaimStore& claims,
                  const std::vector<Document>& documents,
                  std::vector<Finding>* out) {
  std::vector<NameVote> votes;
  votes.reserve(group.ids.size());
  for (int id : group.ids) {
    const ClaimKey& key = claims.key(id);
    votes.push_back({id, key.document, claims.rule(key), &claims.names(key)});
  }
  const ClaimLookup lookup = [&claims](int id) { return claims.Get(id); };
  if (*group.unit == kUnitName) {
    CompareSpellings(*group.subject, votes, lookup, documents, out);
  } else {
    CompareNameSets(*group.subject, votes, lookup, documents, out);
  }
}

// One subject's groups, groups[first, last): an incomparable finding
// when they are in several units, then each unit compared on its own.
void CompareSubject(std::vector<Group>& groups, size_t first, size_t last,
                    const ClaimStore& claims,
                    const std::vector<Document>& documents,
                    std::vector<Finding>* findings) {
  if (last - first > 1) {
    Finding f;
    f.kind = FindingKind::kIncomparable;
    f.subject = *groups[first].subject;
    f.severity = Severity::kInfo;
    std::vector<std::string> names;
    for (size_t g = first; g < last; ++g) {
      names.push_back(groups[g].unit->empty() ? "count" : *groups[g].unit);
      f.claims.insert(f.claims.end(), groups[g].ids.begin(),
                      groups[g].ids.end());
    }
    std::sort(f.claims.begin(), f.claims.end());
    f.rule = claims.rule(claims.key(f.claims.front()))->id;
    f.message =
        absl::StrCat("claims in different units (",
                     absl::StrJoin(names, ", "), ") cannot be compared");
    findings->push_back(std::move(f));
  }
  for (size_t g = first; g < last; ++g) {
    if (*groups[g].unit == kUnitName || *groups[g].unit == kUnitSet) {
      CompareNames(groups[g], claims, documents, findings);
    } else {
      CompareUnit(groups[g], claims, documents, findings);
    }
  }
}

}  // namespace

std::vector<Finding> Compare(const ClaimStore& claims,
                             const std::vector<Document>& documents,
                             int jobs) {
  // Grouped by table index, then ordered by the strings: output must not
  // depend on the order subjects were first seen, which is the threads'.
  // Two passes, counting first, so each group's ids are allocated once at
  // their size rather than grown by doubling.
  absl::flat_hash_map<std::pair<uint32_t, uint32_t>, size_t> index;
  std::vector<Group> groups;
  std::vector<size_t> sizes;
  for (const ClaimKey& key : claims.keys()) {
    if (!key.resolved()) continue;
    const ClaimForm& form = claims.form(key);
    const auto [it, added] =
        index.try_emplace(std::make_pair(form.subject, form.unit), groups.size());
    if (added) {
      groups.push_back({&claims.subject(key), &claims.unit(key), {}});
      sizes.push_back(0);
    }
    ++sizes[it->second];
  }
  for (size_t g = 0; g < groups.size(); ++g) groups[g].ids.reserve(sizes[g]);
  for (size_t id = 0; id < claims.size(); ++id) {
    const ClaimKey& key = claims.key(id);
    if (!key.resolved()) continue;
    const ClaimForm& form = claims.form(key);
    groups[index.at(std::make_pair(form.subject, form.unit))].ids.push_back(
        static_cast<int>(id));
  }
  std::sort(groups.begin(), groups.end(),
            [](const Group& a, const Group& b) {
              if (*a.subject != *b.subject) return *a.subject < *b.subject;
              return *a.unit < *b.unit;
            });

  // Subjects are independent: each is compared on whichever thread takes
  // it, largest first so one large subject does not start last, and its
  // findings kept in its own slot so the order never depends on threads.
  std::vector<std::pair<size_t, size_t>> subjects;  // [first, last)
  std::vector<size_t> claim_counts;
  for (size_t first = 0; first < groups.size();) {
    size_t last = first + 1;
    size_t count = groups[first].ids.size();
    while (last < groups.size() &&
           *groups[last].subject == *groups[first].subject) {
      count += groups[last++].ids.size();
    }
    subjects.push_back({first, last});
    claim_counts.push_back(count);
    first = last;
  }
  std::vector<size_t> order(subjects.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return claim_counts[a] > claim_counts[b];
  });
  std::vector<std::vector<Finding>> per_subject(subjects.size());
  ParallelFor(order.size(), jobs, [&](size_t i, int) {
    const auto [first, last] = subjects[order[i]];
    CompareSubject(groups, first, last, claims, documents,
                   &per_subject[order[i]]);
  });

  std::vector<Finding> findings;
  for (std::vector<Finding>& some : per_subject) {
    for (Finding& f : some) findings.push_back(std::move(f));
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

std::vector<Finding> Compare(const std::vector<Claim>& claims,
                             const std::vector<Document>& documents) {
  ClaimStore store;
  store.reserve(claims.size());
  for (const Claim& c : claims) store.push_back(c);
  return Compare(store, documents);
}

}  // namespace claimdiff
