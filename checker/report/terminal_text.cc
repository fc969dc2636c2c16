#include "checker/report/terminal_text.h"

#include "absl/strings/str_split.h"

namespace claimdiff {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

// The length of the well-formed UTF-8 sequence starting at `i`, or 0 when
// the bytes there are not one (Unicode 15, table 3-7: no overlong forms,
// no surrogates, nothing above U+10FFFF).
size_t Utf8SequenceLength(absl::string_view text, size_t i) {
  const unsigned char lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return 1;
  size_t length = 0;
  unsigned char low = 0x80;  // the range allowed for the second byte
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  const unsigned char second = static_cast<unsigned char>(text[i + 1]);
  if (second < low || second > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if (!IsContinuation(static_cast<unsigned char>(text[i + k]))) return 0;
  }
  return length;
}

}  // namespace

size_t CodePointCount(absl::string_view text) {
  size_t count = 0;
  for (char c : text) {
    if (!IsContinuation(static_cast<unsigned char>(c))) ++count;
  }
  return count;
}

bool IsCodePointBoundary(absl::string_view text, size_t i) {
  if (i == 0 || i >= text.size()) return true;
  return !IsContinuation(static_cast<unsigned char>(text[i]));
}

std::string Printable(absl::string_view text, std::vector<size_t>* offsets) {
  std::string out;
  out.reserve(text.size());
  if (offsets != nullptr) offsets->assign(text.size() + 1, 0);
  bool in_space = false;
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const size_t at = out.size();
    size_t length = 1;
    if (IsAsciiSpace(c)) {
      if (!in_space) out.push_back(' ');
      in_space = true;
    } else {
      in_space = false;
      length = Utf8SequenceLength(text, i);
      if (length == 0) {
        length = 1;
        out.append(kReplacement);
      } else if (length == 1 && (c < 0x20 || c == 0x7F)) {
        out.append(kReplacement);
      } else if (length == 2 && c == 0xC2 &&
                 static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
        // U+0080..U+009F, the C1 controls (CSI is U+009B).
        out.append(kReplacement);
      } else {
        out.append(text.data() + i, length);
      }
    }
    if (offsets != nullptr) {
      // A folded space maps to the space it joined, not past it.
      const size_t landed = in_space ? out.size() - 1 : at;
      for (size_t k = 0; k < length; ++k) (*offsets)[i + k] = landed;
    }
    i += length;
  }
  if (offsets != nullptr) (*offsets)[text.size()] = out.size();
  return out;
}

std::string PadRight(absl::string_view text, size_t width) {
  std::string out(text);
  const size_t have = CodePointCount(text);
  if (have < width) out.append(width - have, ' ');
  return out;
}

std::vector<std::string> WrapWords(absl::string_view text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t line_width = 0;
  for (absl::string_view word : absl::StrSplit(text, ' ', absl::SkipEmpty())) {
    const size_t word_width = CodePointCount(word);
    if (!line.empty() && line_width + 1 + word_width > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line.push_back(' ');
      ++line_width;
    }
    line.append(word.data(), word.size());
    line_width += word_width;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace claimdiff
