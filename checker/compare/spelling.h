// Spelling consistency for name claims: one entity, one house spelling.
#ifndef CLAIMDIFF_COMPARE_SPELLING_H_
#define CLAIMDIFF_COMPARE_SPELLING_H_

#include <string>
#include <vector>

#include "checker/compare/finding.h"
#include "checker/compare/name_vote.h"
#include "checker/extract/claim.h"
#include "checker/source/document.h"

namespace claimdiff {

// Appends one kSpelling finding to `out` for each entity of `group` (name
// claims about `subject`) that some claim spells other than its house
// spelling.
//
// - The house spelling is the alias's canonical name; for a name no alias
//   knows, it is the spelling used by the most distinct sources (the
//   earliest claim's on a tie), so a lone "Sergey" among "Sergei"s still
//   stands out.
// - Spellings compare byte for byte: "Shinzō Abe", "shinzo Abe" and
//   "Shinzo Abe" are three spellings of one name.
// - The severity is the highest of the outliers' rules (name rules default
//   to warning).
// Whole claims are read through `lookup` only for the first outlier and
// the first claim that agrees, whose words the messages quote. `group` is
// gone through twice and no vote is held: memory grows with the distinct
// names and sources, and the finding's ids.
void CompareSpellings(const std::string& subject, const NameVotes& group,
                      const ClaimLookup& lookup,
                      const std::vector<Document>& documents,
                      std::vector<Finding>* out);

// The same for claims held whole.
void CompareSpellings(const std::string& subject,
                      const std::vector<const Claim*>& group,
                      const std::vector<Document>& documents,
                      std::vector<Finding>* out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_SPELLING_H_
