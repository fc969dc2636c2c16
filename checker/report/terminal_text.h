// Text bound for a terminal: measuring it in code points, keeping source
// bytes from acting as terminal commands, and fitting it to a width.
//
// Widths count Unicode code points, the same unit Position::column uses,
// so "’" or "–" costs one column like any letter. East Asian wide
// characters are not special-cased; the sources this tool reads are
// overwhelmingly Latin-script news text.
#ifndef CLAIMDIFF_REPORT_TERMINAL_TEXT_H_
#define CLAIMDIFF_REPORT_TERMINAL_TEXT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimdiff {

// The number of code points in `text`: every byte that is not a UTF-8
// continuation byte counts once, so a stray continuation byte never makes
// the count larger than what a terminal shows.
size_t CodePointCount(absl::string_view text);

// True when byte `i` of `text` starts a code point (or is the end), i.e.
// cutting the text at `i` cannot split a UTF-8 sequence.
bool IsCodePointBoundary(absl::string_view text, size_t i);

// `text` made safe and tidy to print on one line: every run of ASCII
// whitespace (tabs and line breaks included) becomes one space, other
// C0/C1 control characters and DEL become U+FFFD, and so does every byte
// of an invalid UTF-8 sequence. A source holding ESC sequences could
// otherwise recolour or rewrite the user's terminal, and paths or
// diagnostics come from the user, not from a repaired Document. Nothing
// is trimmed.
//
// When `offsets` is given it receives text.size() + 1 entries: entry i is
// the output offset where input byte i landed (a byte folded into a space
// run or a multi-byte character maps to where that run or character
// starts), so a caller can carry spans across.
std::string Printable(absl::string_view text,
                      std::vector<size_t>* offsets = nullptr);

// `text` followed by spaces up to `width` code points; unchanged when it
// is already that wide or wider.
std::string PadRight(absl::string_view text, size_t width);

// Splits `text` at spaces into lines of at most `width` code points. A
// word longer than `width` gets a line of its own rather than being cut,
// since breaking inside a path or a figure would misquote it. Runs of
// spaces collapse; an empty or all-space text gives no lines.
std::vector<std::string> WrapWords(absl::string_view text, size_t width);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_TERMINAL_TEXT_H_
