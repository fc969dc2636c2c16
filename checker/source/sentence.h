// Where the sentence around a span of text begins and ends: what reports
// quote a claim in. It lives with the sources because the extract stage
// cuts each claim's sentence out before the document is released.
#ifndef CLAIMDIFF_SOURCE_SENTENCE_H_
#define CLAIMDIFF_SOURCE_SENTENCE_H_

#include <cstddef>
#include <utility>

#include "absl/strings/string_view.h"

namespace claimdiff {

// The byte range [first, second) of the sentence around bytes
// [begin, end) of `text`, trimmed of surrounding whitespace. A sentence
// ends at a line break not followed by a lower-case word (which continues
// a wrapped sentence), or at '.', '!' or '?' (optionally followed by
// closing quotes or brackets) followed by whitespace, unless that is an
// initial ("J. Smith", "U.S. troops"), a common abbreviation ("Dec. 13",
// "Mr. Abe") or the next word starts in lower case. Offsets past the
// text are clamped.
std::pair<size_t, size_t> SentenceAround(absl::string_view text, size_t begin,
                                         size_t end);

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_SENTENCE_H_
