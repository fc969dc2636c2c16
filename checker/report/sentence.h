// The sentence a claim was made in, cut to a one-line excerpt that a
// report can print under the claim and mark it in.
#ifndef CLAIMDIFF_REPORT_SENTENCE_H_
#define CLAIMDIFF_REPORT_SENTENCE_H_

#include <cstddef>
#include <string>
#include <utility>

#include "absl/strings/string_view.h"
#include "checker/extract/claim_context.h"
#include "checker/source/sentence.h"

namespace claimdiff {

// An excerpt of a sentence with a claim inside it.
struct Excerpt {
  // One line of printable UTF-8 (see Printable in terminal_text.h),
  // starting and/or ending with "…" where the sentence was cut.
  std::string text;
  // Byte offsets of the claim inside `text`; both fall on code point
  // boundaries, so text.substr(mark_begin, mark_end - mark_begin) is the
  // claim as shown (cut short only if the claim alone is wider than the
  // excerpt may be).
  size_t mark_begin = 0;
  size_t mark_end = 0;
};

// Wide enough for a typical news sentence; callers with a narrower
// budget (the 80-column text report) pass their own.
inline constexpr size_t kDefaultExcerptWidth = 110;

// The sentence around bytes [begin, end) of `text`, with whitespace runs
// folded to single spaces and control characters made harmless, cut to at
// most `max_width` code points (including any "…") centred on the claim.
// Cuts prefer word boundaries and never split a UTF-8 character. Widths
// below 3 are treated as 3.
Excerpt SentenceExcerpt(absl::string_view text, size_t begin, size_t end,
                        size_t max_width = kDefaultExcerptWidth);

// As above for a claim's sentence as its context holds it. That sentence
// comes from the searchable text, so Markdown markup and link targets
// (blanked there) do not crowd the prose out of the excerpt.
Excerpt SentenceExcerpt(const ClaimContext& context,
                        size_t max_width = kDefaultExcerptWidth);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_SENTENCE_H_
