// `claimdiff explain`: every claim in a document and how it was read.
#ifndef CLAIMDIFF_PIPELINE_EXPLAIN_H_
#define CLAIMDIFF_PIPELINE_EXPLAIN_H_

#include <ostream>

#include "checker/report/report.h"
#include "checker/rulepack/rule.h"

namespace claimdiff {

// Writes one block per claim of `result`, in document order:
//
//   a.txt:5:118: kuril.dispute-length  subject kuril/dispute-start
//     "more than 50 years"  (duration, unit date)
//     more than 50 years before 2019-01-22 → started 1959-01-22 to ...
//
// then the warnings and a count. It is the rule author's view: it shows
// claims that agree as well as those that conflict, and unresolved ones.
//
// With `near_misses_of` (explain --rule), the claims are that rule's alone
// and a section follows listing its near misses (near_miss.h), each with
// its sentence, so a pattern that is too narrow shows where it fell short.
// `aliases` (the pack's) lets names and sets keep only the near misses
// that name someone the aliases know.
void WriteExplain(const CheckResult& result, std::ostream& out,
                  const Rule* near_misses_of = nullptr,
                  const AliasTable* aliases = nullptr);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_EXPLAIN_H_
