// Byte offset -> line:column mapping for one document.
#ifndef CLAIMDIFF_SOURCE_LINE_INDEX_H_
#define CLAIMDIFF_SOURCE_LINE_INDEX_H_

#include <cstddef>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimdiff {

// A 1-based position. Columns count Unicode code points, not bytes, so
// "’" before a claim moves it one column, as an editor shows it.
struct Position {
  int line = 0;
  int column = 0;
};

// Holds the start offset of every line, and within long lines a checkpoint
// every 64 KiB with the column reached there, so a position costs at most
// 64 KiB of counting however long its line is (a 200 MB file on one line
// with thousands of claims would otherwise be quadratic). It does not keep
// the text: callers pass the same text back, so a Document can be moved
// freely.
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(absl::string_view text);

  // The position of byte `offset` in `text` (the text the index was built
  // from). An offset at the end of the text maps past the last character.
  Position PositionOf(absl::string_view text, size_t offset) const;

  // Byte range [begin, end) of 1-based `line`, without its line break.
  std::pair<size_t, size_t> LineSpan(absl::string_view text, int line) const;

  // Byte offset of the start of the line that holds byte `offset`.
  size_t LineStart(size_t offset) const;

  int line_count() const { return static_cast<int>(starts_.size()); }

 private:
  struct Checkpoint {
    size_t offset;
    int column;  // 1-based column of the byte at `offset`
  };
  std::vector<size_t> starts_;
  std::vector<Checkpoint> checkpoints_;  // by offset, never at a line start
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_LINE_INDEX_H_
