// Whether a claim sits inside a quotation, for rules with
// `in_quotes: exclude`: news copy quotes people, and a figure someone is
// quoted as saying is not always the paper's own claim.
#ifndef CLAIMDIFF_EXTRACT_QUOTES_H_
#define CLAIMDIFF_EXTRACT_QUOTES_H_

#include <cstddef>

#include "absl/strings/string_view.h"

namespace claimdiff {

// True when byte `offset` of `text` lies inside a quotation opened earlier
// in its paragraph (text since the last blank line) and not yet closed.
// Quotation marks are “…”, «…», "…" (straight marks alternate), ‘…’ and
// '…'. A single mark between two letters ("won't", "Putin’s") is an
// apostrophe, not a quote. A quotation left open at the end of a
// paragraph ends there, as news copy that continues a quote into the next
// paragraph reopens it.
bool InsideQuotation(absl::string_view text, size_t offset);

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXTRACT_QUOTES_H_
