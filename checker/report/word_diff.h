// A word-level diff of two sentences, for the HTML report's side-by-side
// view of an outlier's sentence against a consensus sentence.
#ifndef CLAIMDIFF_REPORT_WORD_DIFF_H_
#define CLAIMDIFF_REPORT_WORD_DIFF_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimdiff {

struct DiffPiece {
  enum Kind { kSame, kOnlyLeft, kOnlyRight };
  Kind kind = kSame;
  std::string text;  // one or more words, with the spaces between them
};

// The longest common subsequence of the words (runs of non-space) of
// `left` and `right`, as pieces in reading order: words both share, words
// only `left` has and words only `right` has, adjacent words of one kind
// merged. Words compare exactly. Sentences longer than 400 words are
// compared as wholes (one piece per side), which keeps the table small.
std::vector<DiffPiece> DiffWords(absl::string_view left,
                                 absl::string_view right);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_WORD_DIFF_H_
