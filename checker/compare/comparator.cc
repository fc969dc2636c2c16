#include "checker/compare/comparator.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/common/parallel.h"
#include "checker/compare/claim_groups.h"
#include "checker/compare/consensus.h"
#include "checker/compare/describe.h"
#include "checker/compare/name_set_compare.h"
#include "checker/compare/spelling.h"

namespace claimdiff {
namespace {

// Notes the document of a claim visited in id order. Ids follow the
// input, so a document's claims are adjacent and a repeat is dropped here;
// DistinctSources then only checks the order.
void AddSource(size_t document, std::vector<size_t>* sources) {
  if (sources->empty() || sources->back() != document) {
    sources->push_back(document);
  }
}

// Reads the group's keys front to back twice, and whole claims only for
// the two that the wording quotes: over an archive a group holds hundreds
// of thousands of claims.
void CompareUnit(const ClaimGroups& groups, size_t g, const ClaimStore& claims,
                 const std::vector<Document>& documents,
                 std::vector<Finding>* out) {
  const ClaimGroups::Group& group = groups[g];
  // A source that repeats a reading adds nothing to the consensus (its
  // overlapping votes merge there), so a reading a source has already
  // given is not voted again. Articles repeat their figures: over an
  // archive this cut a large subject's votes several times over, and with
  // them most of the compare's memory. A group's ids ascend, so a
  // document's votes are adjacent; only its first kMaxScanned are looked
  // through, which keeps a document with thousands of readings linear.
  constexpr size_t kMaxScanned = 16;
  std::vector<Vote> votes;
  size_t document_first = 0;  // where the current document's votes start
  groups.ForEach(g, [&](const ClaimGroups::Entry& e) {
    const Interval interval = e.key.interval();
    if (votes.empty() || votes.back().source != e.key.document) {
      document_first = votes.size();
    } else {
      const size_t last = std::min(votes.size(), document_first + kMaxScanned);
      for (size_t v = document_first; v < last; ++v) {
        if (votes[v].interval == interval) return;
      }
    }
    votes.push_back({interval, e.key.document});
  });
  const Consensus consensus = FindConsensus(std::move(votes));

  // One pass tallies both sides and lists the ids; at about a byte each
  // (ClaimIds), a group without a finding costs little to list and drop.
  const auto agrees = [&](const ClaimKey& key) {
    return consensus.found && key.interval().Intersects(consensus.region);
  };
  std::vector<size_t> agreeing_sources, outlier_sources;
  int first_agreeing_id = -1;
  Severity severity = Severity::kInfo;
  Kind kind = Kind::kNumber;
  ClaimIds ids, outliers;
  ids.reserve(group.size);
  groups.ForEach(g, [&](const ClaimGroups::Entry& e) {
    const int id = static_cast<int>(e.id);
    if (ids.empty()) kind = claims.kind(e.key);
    ids.push_back(id);
    if (agrees(e.key)) {
      if (first_agreeing_id < 0) first_agreeing_id = id;
      AddSource(e.key.document, &agreeing_sources);
      return;
    }
    outliers.push_back(id);
    AddSource(e.key.document, &outlier_sources);
    severity = std::max(severity, claims.rule(e.key)->severity);
  });
  if (outliers.empty()) return;
  agreeing_sources = DistinctSources(std::move(agreeing_sources));
  outlier_sources = DistinctSources(std::move(outlier_sources));
  const size_t agreeing = ids.size() - outliers.size();

  const Claim first_outlier = claims.Get(outliers.front());
  std::optional<Claim> first_agreeing;
  if (first_agreeing_id >= 0) first_agreeing = claims.Get(first_agreeing_id);

  Finding f;
  f.kind = FindingKind::kConflict;
  f.subject = *group.subject;
  f.unit = *group.unit;
  f.rule = first_outlier.rule->id;
  f.severity = severity;
  f.has_consensus = consensus.found;
  f.consensus_sources = consensus.sources;
  if (consensus.found) {
    f.consensus = consensus.region;
    Value shared;
    shared.kind = kind;
    shared.unit = f.unit;
    shared.interval = consensus.region;
    f.consensus_reading = FormatInterval(shared);
    f.message = absl::StrCat(
        DescribeGroup(outliers.size(), outlier_sources, first_outlier.text,
                      documents),
        outliers.size() == 1 ? " disagrees" : " disagree", " with ",
        DescribeGroup(agreeing, agreeing_sources,
                      first_agreeing ? first_agreeing->text : "", documents),
        ", which share ", f.consensus_reading);
  } else {
    const std::vector<size_t>& sources = outlier_sources;  // every claim's
    f.message = absl::StrCat(
        "no reading is shared by more sources than another: ",
        Count(ids.size(), "claim", "claims"), " from ",
        Count(sources.size(), "source", "sources"), " (",
        SourceList(sources, documents), ") disagree with one another");
  }
  f.rule_message = RuleMessage(
      f, first_outlier, first_agreeing ? &*first_agreeing : nullptr, documents);
  f.outliers = std::move(outliers);
  f.claims = std::move(ids);
  out->push_back(std::move(f));
}

// Names and sets compare members, which a claim's form holds (one copy
// per distinct list): over an archive a set subject had 310,000 claims,
// and reading each back whole took 300 MB and most of the compare. The
// votes are made as the group is read, never held: name subjects held
// 1.7 million, 54 MB of votes and as much again in copies.
void CompareNames(const ClaimGroups& groups, size_t g, const ClaimStore& claims,
                  const std::vector<Document>& documents,
                  std::vector<Finding>* out) {
  const ClaimGroups::Group& group = groups[g];
  const NameVotes votes =
      [&](const std::function<void(const NameVote&)>& visit) {
        groups.ForEach(g, [&](const ClaimGroups::Entry& e) {
          visit({static_cast<int>(e.id), e.key.document, claims.rule(e.key),
                 &claims.names(e.key)});
        });
      };
  const ClaimLookup lookup = [&claims](int id) { return claims.Get(id); };
  if (*group.unit == kUnitName) {
    CompareSpellings(*group.subject, votes, lookup, documents, out);
  } else {
    CompareNameSets(*group.subject, votes, lookup, documents, out);
  }
}

// One subject's groups, [first, last): an incomparable finding when they
// are in several units, then each unit compared on its own.
void CompareSubject(const ClaimGroups& groups, size_t first, size_t last,
                    const ClaimStore& claims,
                    const std::vector<Document>& documents,
                    std::vector<Finding>* findings) {
  if (last - first > 1) {
    Finding f;
    f.kind = FindingKind::kIncomparable;
    f.subject = *groups[first].subject;
    f.severity = Severity::kInfo;
    std::vector<std::string> names;
    std::vector<int> ids;
    for (size_t g = first; g < last; ++g) {
      names.push_back(groups[g].unit->empty() ? "count" : *groups[g].unit);
      ids.reserve(ids.size() + groups[g].size);
      groups.ForEach(g, [&](const ClaimGroups::Entry& e) {
        ids.push_back(static_cast<int>(e.id));
      });
    }
    std::sort(ids.begin(), ids.end());
    f.claims = ClaimIds(ids);
    f.rule = claims.rule(claims.key(f.claims.front()))->id;
    f.message =
        absl::StrCat("claims in different units (",
                     absl::StrJoin(names, ", "), ") cannot be compared");
    findings->push_back(std::move(f));
  }
  for (size_t g = first; g < last; ++g) {
    if (*groups[g].unit == kUnitName || *groups[g].unit == kUnitSet) {
      CompareNames(groups, g, claims, documents, findings);
    } else {
      CompareUnit(groups, g, claims, documents, findings);
    }
  }
}

}  // namespace

std::vector<Finding> Compare(const ClaimStore& claims,
                             const std::vector<Document>& documents,
                             int jobs) {
  const ClaimGroups groups(claims);

  // Subjects are independent: each is compared on whichever thread takes
  // it, largest first so one large subject does not start last, and its
  // findings kept in its own slot so the order never depends on threads.
  std::vector<std::pair<size_t, size_t>> subjects;  // [first, last)
  std::vector<size_t> claim_counts;
  for (size_t first = 0; first < groups.size();) {
    size_t last = first + 1;
    size_t count = groups[first].size;
    while (last < groups.size() &&
           *groups[last].subject == *groups[first].subject) {
      count += groups[last++].size;
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
