// UTF-8 checks for source text.
#ifndef CLAIMDIFF_SOURCE_UTF8_H_
#define CLAIMDIFF_SOURCE_UTF8_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"

namespace claimdiff {

// Result of repairing a byte string into valid UTF-8.
struct Utf8Repair {
  std::string text;          // valid UTF-8
  size_t replaced = 0;       // how many invalid sequences became U+FFFD
  size_t first_invalid = 0;  // byte offset (in the input) of the first one
};

// Replaces each maximal subpart of an ill-formed sequence (overlong forms,
// surrogates, truncated sequences, stray continuation bytes) with U+FFFD,
// the way browsers and ICU do, so a stray Latin-1 byte costs one character
// and the rest of the document still reads.
Utf8Repair RepairUtf8(absl::string_view bytes);

// The offset of the first byte at or after `from` that starts an
// ill-formed sequence (as RepairUtf8 defines it), or bytes.size() when the
// rest is well-formed. Lets a loader skip the repair's copy for the common
// case of valid text. `from` must be at a sequence boundary.
size_t FindInvalidUtf8(absl::string_view bytes, size_t from = 0);

// True when `bytes` looks like a binary file rather than text: it holds a
// NUL byte in its first 8 KiB (the heuristic git and ripgrep use).
bool LooksBinary(absl::string_view bytes);

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_UTF8_H_
