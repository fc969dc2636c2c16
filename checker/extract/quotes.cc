#include "checker/extract/quotes.h"

#include "absl/strings/ascii.h"

namespace claimdiff {
namespace {

constexpr absl::string_view kOpenDouble = "\xE2\x80\x9C";   // “
constexpr absl::string_view kCloseDouble = "\xE2\x80\x9D";  // ”
constexpr absl::string_view kOpenSingle = "\xE2\x80\x98";   // ‘
constexpr absl::string_view kCloseSingle = "\xE2\x80\x99";  // ’
constexpr absl::string_view kOpenGuillemet = "\xC2\xAB";    // «
constexpr absl::string_view kCloseGuillemet = "\xC2\xBB";   // »

// A letter or digit on either side of a mark makes it an apostrophe.
// Non-ASCII bytes count as letters: they are mostly accented ones.
bool IsWordByte(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

size_t ParagraphStart(absl::string_view text, size_t offset) {
  const size_t blank = text.rfind("\n\n", offset > 0 ? offset - 1 : 0);
  return blank == absl::string_view::npos || blank >= offset ? 0 : blank + 2;
}

}  // namespace

bool InsideQuotation(absl::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  bool in_double = false;
  bool in_single = false;
  for (size_t i = ParagraphStart(text, offset); i < offset; ++i) {
    const absl::string_view rest = text.substr(i);
    const bool before_word = i > 0 && IsWordByte(text[i - 1]);
    auto after_word = [&](size_t length) {
      return i + length < text.size() && IsWordByte(text[i + length]);
    };
    if (rest.substr(0, 3) == kOpenDouble ||
        rest.substr(0, 2) == kOpenGuillemet) {
      in_double = true;
    } else if (rest.substr(0, 3) == kCloseDouble ||
               rest.substr(0, 2) == kCloseGuillemet) {
      in_double = false;
    } else if (text[i] == '"') {
      in_double = !in_double;
    } else if (rest.substr(0, 3) == kOpenSingle) {
      in_single = true;
    } else if (rest.substr(0, 3) == kCloseSingle || text[i] == '\'') {
      const size_t length = text[i] == '\'' ? 1 : 3;
      if (before_word && after_word(length)) continue;  // an apostrophe
      if (text[i] == '\'' && !before_word) {
        in_single = true;  // a straight mark before a word opens
      } else {
        in_single = false;
      }
    }
  }
  return in_double || in_single;
}

}  // namespace claimdiff
