// Hiding the parts of a source that are not prose, without moving any
// byte: markup and excluded regions are overwritten with spaces so that a
// match offset in the searchable text is the same offset in the file.
#ifndef CLAIMDIFF_SOURCE_MARKUP_H_
#define CLAIMDIFF_SOURCE_MARKUP_H_

#include <string>
#include <vector>

#include "absl/status/status.h"

namespace claimdiff {

// Overwrites bytes [begin, end) of `text` with spaces, keeping line breaks
// so line numbers stay true.
void BlankRange(std::string* text, size_t begin, size_t end);

// Blanks Markdown syntax that is not prose: front matter, fenced code
// blocks, HTML comments and tags, heading and quote markers, emphasis
// markers, inline-code backticks, link targets and reference definitions.
// Link and image text stays, so "[$2bn](http://x)" still reads "$2bn".
void MaskMarkdown(std::string* text);

// Blanks every match of each RE2 pattern in `patterns` (the manifest's
// `exclude` list). Returns InvalidArgument naming the pattern if RE2
// rejects one.
absl::Status MaskExcluded(const std::vector<std::string>& patterns,
                          std::string* text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_MARKUP_H_
