#include "checker/source/line_index.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace claimdiff {

namespace {

constexpr size_t kCheckpointEvery = 64 * 1024;

bool IsLeadByte(char c) {
  // Continuation bytes are 10xxxxxx; every other byte starts a code point.
  return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

// How many code points start in text[from, to): eight bytes at a time, by
// counting the continuation bytes (top bits 10) of each word, since a
// position is asked for every claim and lines run to hundreds of bytes.
size_t CountCodePoints(absl::string_view text, size_t from, size_t to) {
  size_t continuations = 0;
  size_t i = from;
  for (; to - i >= 8; i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof(word));
    // Bit 7 of a byte set, and bit 6 (shifted up into bit 7) clear; the
    // multiply sums the eight 0-or-1 bytes into the top one (no popcount
    // instruction is assumed).
    const uint64_t marks = (word & ~(word << 1) & 0x8080808080808080u) >> 7;
    continuations += static_cast<size_t>((marks * 0x0101010101010101u) >> 56);
  }
  for (; i < to; ++i) {
    if (!IsLeadByte(text[i])) ++continuations;
  }
  return (to - from) - continuations;
}

}  // namespace

LineIndex::LineIndex(absl::string_view text) {
  starts_.push_back(0);
  size_t line_start = 0;
  while (true) {
    const void* newline =
        std::memchr(text.data() + line_start, '\n', text.size() - line_start);
    const size_t line_end =
        newline == nullptr
            ? text.size()
            : static_cast<size_t>(static_cast<const char*>(newline) -
                                  text.data());
    // Checkpoints every 64 KiB into a long line, up to and including its
    // line break but never at the very end of the text.
    size_t column = 1;
    size_t counted = line_start;
    for (size_t at = line_start + kCheckpointEvery;
         at <= line_end && at < text.size(); at += kCheckpointEvery) {
      column += CountCodePoints(text, counted, at);
      counted = at;
      checkpoints_.push_back(Checkpoint{at, static_cast<int>(column)});
    }
    if (newline == nullptr) break;
    line_start = line_end + 1;
    starts_.push_back(line_start);
  }
}

Position LineIndex::PositionOf(absl::string_view text, size_t offset) const {
  if (starts_.empty()) return Position{1, 1};
  offset = std::min(offset, text.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const size_t line = static_cast<size_t>(it - starts_.begin());  // 1-based
  size_t from = starts_[line - 1];
  int column = 1;
  // The last checkpoint of this line at or before `offset`, if any.
  auto checkpoint = std::upper_bound(
      checkpoints_.begin(), checkpoints_.end(), offset,
      [](size_t value, const Checkpoint& c) { return value < c.offset; });
  if (checkpoint != checkpoints_.begin() &&
      std::prev(checkpoint)->offset > from) {
    from = std::prev(checkpoint)->offset;
    column = std::prev(checkpoint)->column;
  }
  column += static_cast<int>(CountCodePoints(text, from, offset));
  return Position{static_cast<int>(line), column};
}

size_t LineIndex::LineStart(size_t offset) const {
  if (starts_.empty()) return 0;
  return *std::prev(std::upper_bound(starts_.begin(), starts_.end(), offset));
}

std::pair<size_t, size_t> LineIndex::LineSpan(absl::string_view text,
                                              int line) const {
  if (line < 1 || line > line_count()) return {text.size(), text.size()};
  const size_t begin = starts_[line - 1];
  size_t end = line < line_count() ? starts_[line] - 1 : text.size();
  if (end > begin && text[end - 1] == '\r') --end;
  return {begin, end};
}

}  // namespace claimdiff
