// `claimdiff rules list`: every loaded rule on one line.
#ifndef CLAIMDIFF_PIPELINE_RULE_LIST_H_
#define CLAIMDIFF_PIPELINE_RULE_LIST_H_

#include <ostream>

#include "checker/rulepack/rulepack.h"

namespace claimdiff {

// Writes a header and one aligned line per rule, sorted by id:
//
//   id                  kind   severity  pack        examples  subject
//   bridge.repair-cost  money  error     vell-bridge        3
//   vell-bridge/repair-cost
//
// then a count. The subject comes last because templates vary in length.
void WriteRuleList(const RulePack& pack, std::ostream& out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_RULE_LIST_H_
