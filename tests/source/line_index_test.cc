#include "checker/source/line_index.h"

#include <string>
#include <utility>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct PositionCase {
  const char* name;
  std::string text;
  size_t offset;
  int line;
  int column;
};

TEST(LineIndexTest, PositionOfCountsLinesAndCodePoints) {
  // "’" is 3 bytes (E2 80 99), "é" is 2 (C3 A9), "😀" is 4 (F0 9F 98 80).
  const std::string curly = "It\xE2\x80\x99s 71 years";  // It’s 71 years
  const std::string mixed = "caf\xC3\xA9 \xF0\x9F\x98\x80 5\nnext";
  const PositionCase cases[] = {
      {"start", "abc", 0, 1, 1},
      {"ascii middle", "abc", 2, 1, 3},
      {"end of text", "abc", 3, 1, 4},
      {"past end clamps", "abc", 99, 1, 4},
      {"second line start", "ab\ncd", 3, 2, 1},
      {"the newline itself", "ab\ncd", 2, 1, 3},
      {"second line middle", "ab\ncd", 4, 2, 2},
      {"after curly quote", curly, 6, 1, 5},  // the space after It’s
      {"figure after curly quote", curly, 7, 1, 6},
      {"after e-acute", mixed, 5, 1, 5},  // the space after café
      {"after emoji", mixed, 10, 1, 7},   // the space after 😀
      {"figure after emoji", mixed, 11, 1, 8},
      {"line after multibyte", mixed, 13, 2, 1},
      {"empty text", "", 0, 1, 1},
      {"trailing newline end", "a\n", 2, 2, 1},
      {"blank lines", "a\n\n\nb", 4, 4, 1},
  };
  for (const PositionCase& c : cases) {
    LineIndex index(c.text);
    const Position p = index.PositionOf(c.text, c.offset);
    EXPECT_EQ(p.line, c.line) << c.name;
    EXPECT_EQ(p.column, c.column) << c.name;
  }
}

// The index counts in words and jumps to checkpoints in long lines; a
// plain walk over the text is the reference for every offset it can skip.
Position WalkTo(const std::string& text, size_t offset) {
  Position p{1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  return p;
}

TEST(LineIndexTest, AgreesWithAWalkOverLongAndShortLines) {
  const std::string unit =
      "ab\xE2\x80\x99"
      "c\xC3\xA9"
      "d\xF0\x9F\x98\x80"
      "e ";
  std::string long_line;
  while (long_line.size() < 200 * 1024) long_line += unit;
  const std::string exact(64 * 1024, 'x');  // a line of exactly 64 KiB
  const std::string texts[] = {
      unit + "\n" + unit + unit + "\n\n" + unit,
      long_line,
      long_line + "\n" + unit + "\n" + long_line + "\n",
      exact + "\n" + exact,
      exact,
  };
  for (const std::string& text : texts) {
    const LineIndex index(text);
    for (size_t offset = 0; offset <= text.size();
         offset += offset < 64 ? 1 : 4093) {
      const Position want = WalkTo(text, offset);
      const Position got = index.PositionOf(text, offset);
      ASSERT_EQ(got.line, want.line) << offset;
      ASSERT_EQ(got.column, want.column) << offset;
    }
    const Position end = index.PositionOf(text, text.size());
    EXPECT_EQ(end.line, WalkTo(text, text.size()).line);
    EXPECT_EQ(end.column, WalkTo(text, text.size()).column);
  }
}

TEST(LineIndexTest, CrlfCountsOneLineBreak) {
  const std::string text = "one\r\ntwo\r\nthree";
  LineIndex index(text);
  EXPECT_EQ(index.line_count(), 3);
  const struct {
    size_t offset;
    int line, column;
  } cases[] = {
      {0, 1, 1}, {3, 1, 4},  // the '\r'
      {5, 2, 1}, {7, 2, 3}, {10, 3, 1}, {14, 3, 5},
  };
  for (const auto& c : cases) {
    const Position p = index.PositionOf(text, c.offset);
    EXPECT_EQ(p.line, c.line) << c.offset;
    EXPECT_EQ(p.column, c.column) << c.offset;
  }
}

TEST(LineIndexTest, LineSpanExcludesLineBreaks) {
  const std::string text = "one\r\ntwo\n\nfour";
  LineIndex index(text);
  ASSERT_EQ(index.line_count(), 4);
  const struct {
    int line;
    std::pair<size_t, size_t> span;
    const char* content;
  } cases[] = {
      {1, {0, 3}, "one"},  // CR dropped
      {2, {5, 8}, "two"},
      {3, {9, 9}, ""},
      {4, {10, 14}, "four"},
  };
  for (const auto& c : cases) {
    const auto span = index.LineSpan(text, c.line);
    EXPECT_EQ(span, c.span) << c.line;
    EXPECT_EQ(text.substr(span.first, span.second - span.first), c.content);
  }
}

TEST(LineIndexTest, LineSpanOutOfRangeIsEmptyAtEnd) {
  const std::string text = "a\nb";
  LineIndex index(text);
  for (int line : {0, -1, 3, 100}) {
    const auto span = index.LineSpan(text, line);
    EXPECT_EQ(span.first, text.size()) << line;
    EXPECT_EQ(span.second, text.size()) << line;
  }
}

TEST(LineIndexTest, LineCount) {
  EXPECT_EQ(LineIndex("").line_count(), 1);
  EXPECT_EQ(LineIndex("a").line_count(), 1);
  EXPECT_EQ(LineIndex("a\n").line_count(), 2);
  EXPECT_EQ(LineIndex("a\nb\nc").line_count(), 3);
}

TEST(LineIndexTest, DefaultIndexMapsToStart) {
  LineIndex index;
  const Position p = index.PositionOf("anything", 3);
  EXPECT_EQ(p.line, 1);
  EXPECT_EQ(p.column, 1);
}

}  // namespace
}  // namespace claimdiff
