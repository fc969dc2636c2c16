// A finding: claims about one subject that do not all agree.
#ifndef CLAIMDIFF_COMPARE_FINDING_H_
#define CLAIMDIFF_COMPARE_FINDING_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/common/diagnostic.h"
#include "checker/compare/claim_ids.h"
#include "checker/values/value.h"

namespace claimdiff {

enum class FindingKind {
  // Some claims miss the region most sources agree on, or no region is
  // shared by more sources than any other.
  kConflict,
  // Claims about one subject in units that cannot be compared (e.g. USD
  // and EUR with no exchange table); reported, never called a conflict.
  kIncomparable,
  // Sources spell one entity differently from its house spelling (kind
  // name): a matter of style, never of fact.
  kSpelling,
};

// "conflict", "incomparable" or "spelling".
absl::string_view FindingKindName(FindingKind kind);

struct Finding {
  FindingKind kind = FindingKind::kConflict;
  std::string subject;
  std::string rule;                      // rule id of the first outlier
  Severity severity = Severity::kError;  // highest among the outliers' rules
  std::string unit;                      // the unit all `claims` share
  // The region covered by claims from the most distinct sources. Absent
  // when two or more disjoint regions tie (then every claim is an outlier
  // and the wording says the sources disagree with each other).
  bool has_consensus = false;
  Interval consensus;
  int consensus_sources = 0;  // distinct sources whose claims cover it
  std::string consensus_reading;
  // Names and sets: the consensus as names (the house spelling, or the
  // set's members by house spelling, sorted); empty for figures.
  std::vector<std::string> consensus_members;
  ClaimIds claims;            // every claim of the group, by id, in order
  ClaimIds outliers;          // claims that miss the consensus
  std::string message;        // one sentence saying who disagrees with whom
  // The rule's own `message` with its placeholders filled for the first
  // outlier; empty when the rule has none or the finding is incomparable.
  std::string rule_message;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_FINDING_H_
