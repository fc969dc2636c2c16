// The publication date a Markdown document's YAML front matter gives.
#ifndef CLAIMDIFF_SOURCE_FRONT_MATTER_H_
#define CLAIMDIFF_SOURCE_FRONT_MATTER_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "checker/source/published.h"

namespace claimdiff {

// The dates the front matter of `markdown` states, most trusted first:
// `published:`, then `date:` (which some site generators also use for the
// last edit). Front matter is what MaskMarkdown blanks: a first line "---",
// up to a line "---" or "..." (or the end). No front matter, or none of
// those keys, gives no dates; front matter that is not valid YAML, or is
// not a map, gives one entry carrying the error at its position.
std::vector<StatedDate> FrontMatterDates(absl::string_view markdown);

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_FRONT_MATTER_H_
