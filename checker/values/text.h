// Text helpers shared by the value parsers: whitespace as news copy writes
// it, and the bridge between absl::string_view and absl::string_view.
#ifndef CLAIMDIFF_VALUES_TEXT_H_
#define CLAIMDIFF_VALUES_TEXT_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"

namespace claimdiff {

// The byte length of the whitespace character starting at `pos`, or 0.
// Besides ASCII whitespace this counts the no-break, thin and figure spaces
// that typeset copy puts between a figure and its unit ("2.2 bn").
size_t SpaceLength(absl::string_view text, size_t pos);

// `text` without leading and trailing whitespace (as SpaceLength sees it).
absl::string_view TrimSpaces(absl::string_view text);

// `text` without leading and trailing whitespace and ASCII punctuation, so
// that a capture such as ", at least" reads as "at least". Text made only of
// punctuation ("~") is kept, trimmed of whitespace, since it is then the
// phrase itself.
absl::string_view TrimPunctuation(absl::string_view text);

// Lowercases ASCII letters, turns every run of whitespace into one space and
// trims both ends, so that phrases compare the way a reader sees them.
std::string FoldText(absl::string_view text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_TEXT_H_
