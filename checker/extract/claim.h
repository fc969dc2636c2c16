// A claim: one match of one rule in one document, with its value.
#ifndef CLAIMDIFF_EXTRACT_CLAIM_H_
#define CLAIMDIFF_EXTRACT_CLAIM_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "checker/extract/claim_context.h"
#include "checker/rulepack/rule.h"
#include "checker/source/line_index.h"
#include "checker/values/value.h"

namespace claimdiff {

struct Claim {
  int id = 0;           // index in the run's claim list, stable for a run
  size_t document = 0;  // index of the Document it came from
  const Rule* rule = nullptr;
  std::string subject;  // the rule's subject with captures filled in
  // The claim itself: the span covering its value, unit and qualifier
  // captures ("more than 50 years"), as byte offsets into the document.
  size_t begin = 0;
  size_t end = 0;
  // The whole pattern match, which includes the context that tied the
  // figure to its subject ("peace treaty ... for more than 50 years").
  size_t match_begin = 0;
  size_t match_end = 0;
  Position start;    // of `begin`
  Position finish;   // of `end` (exclusive, as SARIF and LSP expect)
  std::string text;  // the literal claim text
  Value value;
  // The named captures of the match that the rule's message quotes, by
  // name, as written.
  std::vector<std::pair<std::string, std::string>> captures;
  // Its sentence and where that sits, for reports (the document's text is
  // gone by the time they run).
  ClaimContext context;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXTRACT_CLAIM_H_
