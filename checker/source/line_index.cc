#include "checker/source/line_index.h"

#include <algorithm>

namespace claimdiff {

LineIndex::LineIndex(absl::string_view text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

Position LineIndex::PositionOf(absl::string_view text, size_t offset) const {
  if (starts_.empty()) return Position{1, 1};
  offset = std::min(offset, text.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const size_t line = static_cast<size_t>(it - starts_.begin());  // 1-based
  const size_t start = starts_[line - 1];
  int column = 1;
  for (size_t i = start; i < offset; ++i) {
    // Count lead bytes only: continuation bytes are 10xxxxxx.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return Position{static_cast<int>(line), column};
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
