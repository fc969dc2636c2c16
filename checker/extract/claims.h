// From rule matches to claims: subjects filled in, values read.
#ifndef CLAIMDIFF_EXTRACT_CLAIMS_H_
#define CLAIMDIFF_EXTRACT_CLAIMS_H_

#include <vector>

#include "checker/common/diagnostic.h"
#include "checker/extract/claim.h"
#include "checker/extract/extractor.h"
#include "checker/rulepack/rulepack.h"
#include "checker/source/document.h"
#include "checker/values/normalizer.h"

namespace claimdiff {

// Turns the matches found in `doc` into claims (ids left 0; the caller
// numbers them once all documents are done, so numbering does not depend
// on thread scheduling).
//
// - The subject's {capture} references are filled with the captured text,
//   lower-cased with whitespace collapsed, so "Russia" and "russia" key
//   alike; a capture the pack's aliases know (in the rule's `aliases`
//   group, or any) is replaced by its house spelling first.
// - A rule with `in_quotes: exclude` makes no claim inside a quotation
//   (InsideQuotation).
// - The same stretch of text claimed twice for one subject (by two patterns
//   or two rules) is one claim.
// - A value that cannot be read (an impossible date, an unknown currency)
//   still becomes a claim, unresolved, and adds a warning at its position.
std::vector<Claim> ReadClaims(const RulePack& pack, const Document& doc,
                              size_t doc_index,
                              const std::vector<Match>& matches,
                              std::vector<Diagnostic>* warnings);

// Reads one value with the whole of the pack's vocabulary (qualifiers,
// vague counts, currencies, units, rate periods, calendar terms and, when
// the pack gives them, exchange rates at the rate of `published`). Every value
// claimdiff reads goes through here, so `claimdiff value` reads text exactly as
// a rule's capture would be read.
absl::StatusOr<Value> ReadValue(const RulePack& pack, Kind kind,
                                const ClaimText& text,
                                const ValueOptions& options,
                                std::optional<absl::CivilDay> published);

// The claim for one match (used by ReadClaims and by `explain`).
Claim ReadClaim(const RulePack& pack, const Document& doc, size_t doc_index,
                const Match& match, std::vector<Diagnostic>* warnings);

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXTRACT_CLAIMS_H_
