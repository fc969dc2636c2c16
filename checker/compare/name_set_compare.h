// Set claims ("the four islands of A, B, C and D") compared as sets.
#ifndef CLAIMDIFF_COMPARE_NAME_SET_COMPARE_H_
#define CLAIMDIFF_COMPARE_NAME_SET_COMPARE_H_

#include <string>
#include <vector>

#include "checker/compare/finding.h"
#include "checker/compare/name_vote.h"
#include "checker/extract/claim.h"
#include "checker/source/document.h"

namespace claimdiff {

// Appends at most one kConflict finding to `out` for `group` (set claims
// about `subject`).
//
// - Members compare by house spelling (SetKey), so order, case, accents
//   and listed variants do not matter.
// - The consensus is the set named by the most distinct sources among the
//   claims whose every member is recognised; on a tie there is none.
// - Outliers are the claims naming another set, and every claim with a
//   member no alias recognises, even when it stands alone: an unknown name
//   in a list of known ones is what a machine translation or a typo looks
//   like. The message names the missing, extra and unrecognised members.
// Whole claims are read through `lookup` only for the first outlier and
// the first claim that agrees, whose words the messages quote. `group` is
// gone through twice and no vote is held: memory grows with the distinct
// lists and sources, and the finding's ids.
void CompareNameSets(const std::string& subject, const NameVotes& group,
                     const ClaimLookup& lookup,
                     const std::vector<Document>& documents,
                     std::vector<Finding>* out);

// The same for claims held whole.
void CompareNameSets(const std::string& subject,
                     const std::vector<const Claim*>& group,
                     const std::vector<Document>& documents,
                     std::vector<Finding>* out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_NAME_SET_COMPARE_H_
