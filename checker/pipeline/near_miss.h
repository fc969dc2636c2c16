// Near misses of one rule (`claimdiff explain --rule`): places where the
// rule's `value` capture matches on its own but no whole pattern of the
// rule matched around it — usually a figure whose context the pattern does
// not expect ("the repair bill came to" vs "the repairs cost").
#ifndef CLAIMDIFF_PIPELINE_NEAR_MISS_H_
#define CLAIMDIFF_PIPELINE_NEAR_MISS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/extract/claim.h"
#include "checker/rulepack/rule.h"
#include "checker/source/document.h"
#include "checker/values/alias_table.h"

namespace claimdiff {

// The sub-pattern of `pattern` (RE2 syntax, fragments expanded) inside the
// group named `name`, without the group itself; "" when there is none.
// Escapes and character classes are skipped when balancing parentheses.
std::string CaptureSubpattern(absl::string_view pattern,
                              absl::string_view name);

struct NearMiss {
  size_t begin = 0;  // byte offsets into the document
  size_t end = 0;
  Position start;
  std::string text;
};

// Every stretch of `doc` where some pattern's `value` sub-pattern matches
// but that no claim of `rule` in `claims` (the rule's matches in `doc`)
// overlaps, in document order, each reported once.
//
// A name or set rule's value is any capitalised name or list, so with
// `aliases` such a rule keeps only the stretches that name at least one
// entity of its alias group: the list the pattern should have caught, not
// every "Russia and Japan".
std::vector<NearMiss> FindNearMisses(const Rule& rule, const Document& doc,
                                     const std::vector<Claim>& claims,
                                     const AliasTable* aliases = nullptr);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_NEAR_MISS_H_
