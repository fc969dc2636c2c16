#include "checker/values/text.h"

#include "absl/strings/ascii.h"

namespace claimdiff {
namespace {

// UTF-8 spaces seen in typeset copy: no-break, figure, thin, hair and
// narrow no-break space.
constexpr absl::string_view kWideSpaces[] = {
    "\xC2\xA0", "\xE2\x80\x87", "\xE2\x80\x89", "\xE2\x80\x8A", "\xE2\x80\xAF"};

// The byte length of the whitespace character ending just before `end`.
size_t SpaceLengthBefore(absl::string_view text, size_t end) {
  if (end == 0) return 0;
  if (absl::ascii_isspace(static_cast<unsigned char>(text[end - 1]))) {
    return 1;
  }
  for (absl::string_view space : kWideSpaces) {
    if (end >= space.size() &&
        text.substr(end - space.size(), space.size()) == space) {
      return space.size();
    }
  }
  return 0;
}

bool IsPunctuation(char c) {
  return absl::ascii_ispunct(static_cast<unsigned char>(c));
}

}  // namespace

size_t SpaceLength(absl::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  if (absl::ascii_isspace(static_cast<unsigned char>(text[pos]))) return 1;
  for (absl::string_view space : kWideSpaces) {
    if (text.substr(pos, space.size()) == space) return space.size();
  }
  return 0;
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
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    if (size_t n = SpaceLength(text, i)) {
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
