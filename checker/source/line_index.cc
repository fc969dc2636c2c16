#include "checker/source/line_index.h"

#include <algorithm>
#include <iterator>

namespace claimdiff {

namespace {

constexpr size_t kCheckpointEvery = 64 * 1024;

bool IsLeadByte(char c) {
  // Continuation bytes are 10xxxxxx; every other byte starts a code point.
  return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

}  // namespace

LineIndex::LineIndex(absl::string_view text) {
  starts_.push_back(0);
  int column = 1;
  size_t since_checkpoint = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (since_checkpoint == kCheckpointEvery) {
      checkpoints_.push_back(Checkpoint{i, column});
      since_checkpoint = 0;
    }
    ++since_checkpoint;
    if (text[i] == '\n') {
      starts_.push_back(i + 1);
      column = 1;
      since_checkpoint = 0;
    } else if (IsLeadByte(text[i])) {
      ++column;
    }
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
  for (size_t i = from; i < offset; ++i) {
    if (IsLeadByte(text[i])) ++column;
  }
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
