// The compare stage: group claims by subject and find who disagrees.
#ifndef CLAIMDIFF_COMPARE_COMPARATOR_H_
#define CLAIMDIFF_COMPARE_COMPARATOR_H_

#include <vector>

#include "checker/compare/finding.h"
#include "checker/extract/claim.h"
#include "checker/extract/claim_store.h"
#include "checker/source/document.h"

namespace claimdiff {

// Compares the resolved claims of `claims` (whose ids index the vector)
// subject by subject and returns the findings, most severe first, then by
// subject.
//
// - Claims in different units (USD and EUR, a date and a count) never
//   conflict; a subject that mixes them gets one kIncomparable finding at
//   info severity, and each unit is compared on its own.
// - The consensus is the region covered by the most distinct sources
//   (FindConsensus). Claims that miss it are outliers, and a finding names
//   them at the highest severity of their rules.
// - When several disjoint regions tie, no claim is preferred: all are
//   reported as disagreeing with one another.
// - A subject whose claims all meet the consensus yields no finding.
// The wording says which claims disagree with which; it never says that
// the majority is right.
//
// Reads the claims' keys, and whole claims only for the few the wording
// quotes (and for names and sets, whose members are not in the key).
// Subjects are compared on up to `jobs` threads; the findings do not
// depend on how many.
std::vector<Finding> Compare(const ClaimStore& claims,
                             const std::vector<Document>& documents,
                             int jobs = 1);

// The same for claims held whole, where claims[i].id == i (tests, callers
// that build claims by hand).
std::vector<Finding> Compare(const std::vector<Claim>& claims,
                             const std::vector<Document>& documents);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_COMPARATOR_H_
