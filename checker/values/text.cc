#include "checker/values/text.h"

#include "absl/strings/ascii.h"

namespace claimdiff {
namespace {

// UTF-8 spaces seen in typeset copy: no-break (C2 A0), and figure, thin,
// hair and narrow no-break (E2 80 87/89/8A/AF). Every value parser asks
// about every byte, so the test branches on the lead byte instead of
// comparing each sequence in turn; a byte below 0x80 is ASCII and decides
// alone.
bool IsWideSpaceTail(unsigned char c) {
  return c == 0x87 || c == 0x89 || c == 0x8A || c == 0xAF;
}

// SpaceLength without the bounds check on `pos`.
size_t SpaceLengthAt(const char* p, size_t left) {
  const unsigned char c = static_cast<unsigned char>(p[0]);
  if (c < 0x80) return absl::ascii_isspace(c) ? 1 : 0;
  if (c == 0xC2) {
    return left >= 2 && static_cast<unsigned char>(p[1]) == 0xA0 ? 2 : 0;
  }
  if (c == 0xE2) {
    return left >= 3 && static_cast<unsigned char>(p[1]) == 0x80 &&
                   IsWideSpaceTail(static_cast<unsigned char>(p[2]))
               ? 3
               : 0;
  }
  return 0;
}

// The byte length of the whitespace character ending just before `end`.
size_t SpaceLengthBefore(absl::string_view text, size_t end) {
  if (end == 0) return 0;
  const unsigned char last = static_cast<unsigned char>(text[end - 1]);
  if (last < 0x80) return absl::ascii_isspace(last) ? 1 : 0;
  if (last == 0xA0) {
    return end >= 2 && static_cast<unsigned char>(text[end - 2]) == 0xC2 ? 2
                                                                         : 0;
  }
  if (IsWideSpaceTail(last)) {
    return end >= 3 && static_cast<unsigned char>(text[end - 3]) == 0xE2 &&
                   static_cast<unsigned char>(text[end - 2]) == 0x80
               ? 3
               : 0;
  }
  return 0;
}

bool IsPunctuation(char c) {
  return absl::ascii_ispunct(static_cast<unsigned char>(c));
}

}  // namespace

size_t SpaceLength(absl::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  return SpaceLengthAt(text.data() + pos, text.size() - pos);
}

absl::string_view TrimSpaces(absl::string_view text) {
  size_t begin = 0;
  while (size_t n = SpaceLength(text, begin)) begin += n;
  size_t end = text.size();
  while (end > begin) {
    size_t n = SpaceLengthBefore(text, end);
    if (n == 0) break;
    end -= n;
  }
  return text.substr(begin, end - begin);
}

absl::string_view TrimPunctuation(absl::string_view text) {
  absl::string_view trimmed = TrimSpaces(text);
  absl::string_view rest = trimmed;
  while (true) {
    absl::string_view before = rest;
    while (!rest.empty() && IsPunctuation(rest.front())) rest.remove_prefix(1);
    while (!rest.empty() && IsPunctuation(rest.back())) rest.remove_suffix(1);
    rest = TrimSpaces(rest);
    if (rest.size() == before.size()) break;
  }
  return rest.empty() ? trimmed : rest;
}

std::string FoldText(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    if (size_t n = SpaceLengthAt(text.data() + i, text.size() - i)) {
      pending_space = !out.empty();
      i += n;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(absl::ascii_tolower(static_cast<unsigned char>(text[i])));
    ++i;
  }
  return out;
}

}  // namespace claimdiff
