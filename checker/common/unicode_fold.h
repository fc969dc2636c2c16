// Case- and accent-insensitive comparison of names, through utf8proc's
// Unicode tables: "Shinzō Abe", "SHINZO ABE" and "shinzo  abe" fold alike.
#ifndef CLAIMDIFF_COMMON_UNICODE_FOLD_H_
#define CLAIMDIFF_COMMON_UNICODE_FOLD_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdiff {

// The key two spellings share when they differ only in case, accents
// (combining marks), compatibility forms (ligatures, full-width letters)
// or whitespace: NFKC with case folding and marks stripped, runs of
// whitespace collapsed to one space, and both ends trimmed. Typographic
// apostrophes and dashes fold to "'" and "-" (utf8proc's LUMP). Text that
// is not valid UTF-8 is folded byte by byte in ASCII only, so a key always
// exists.
std::string FoldName(absl::string_view text);

// An RE2 pattern that matches `literal` ignoring case and accents, the way
// FoldName compares: each Latin letter also matches its accented forms
// ("o" matches "ō", "ö", "Ó"...), a space matches any run of whitespace,
// and everything else is quoted. The pattern carries its own (?i:...).
std::string AccentInsensitivePattern(absl::string_view literal);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_UNICODE_FOLD_H_
