#include "checker/source/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

constexpr char kFffd[] = "\xEF\xBF\xBD";

std::string R(const std::string& a, const std::string& b = "") {
  return a + kFffd + b;
}

TEST(RepairUtf8Test, ValidTextPassesThrough) {
  const std::string cases[] = {
      "",
      "plain ASCII, 71 years.\n",
      "caf\xC3\xA9",  // 2-byte
      "It\xE2\x80\x99s \xE2\x82\xAC"
      "5",                 // 3-byte: ’ and €
      "\xF0\x9F\x98\x80",  // 4-byte emoji
      "\xF4\x8F\xBF\xBF",  // U+10FFFF, the last code point
      "\xED\x9F\xBF",      // U+D7FF, just below surrogates
      "\xEE\x80\x80",      // U+E000, just above surrogates
      "\xE0\xA0\x80",      // U+0800, smallest 3-byte
      "\xF0\x90\x80\x80",  // U+10000, smallest 4-byte
  };
  for (const std::string& text : cases) {
    const Utf8Repair r = RepairUtf8(text);
    EXPECT_EQ(r.text, text);
    EXPECT_EQ(r.replaced, 0u) << text;
  }
}

struct RepairCase {
  const char* name;
  std::string input;
  std::string expected;
  size_t replaced;
  size_t first_invalid;
};

// Cases where one broken character is one maximal invalid subpart, so
// every reading of "maximal invalid subsequence" agrees on the result.
TEST(RepairUtf8Test, ReplacesEachBrokenCharacterOnce) {
  const RepairCase cases[] = {
      {"stray 0xFF",
       "a\xFF"
       "b",
       R("a", "b"), 1, 1},
      {"stray 0xFE at start",
       "\xFE"
       "abc",
       R("", "abc"), 1, 0},
      {"Latin-1 e-acute", "caf\xE9 au lait", R("caf", " au lait"), 1, 3},
      {"truncated 3-byte before ASCII",
       "x\xE2\x82"
       "y",
       R("x", "y"), 1, 1},
      {"truncated 4-byte at end", "ab\xF0\x9F\x98", R("ab"), 1, 2},
      {"lone lead byte at end", "end\xC3", R("end"), 1, 3},
      {"two separate bad bytes",
       "\xFF"
       "a\xFF",
       R("", "a") + kFffd, 2, 0},
      {"above U+10FFFF lead",
       "\xF5"
       "a",
       R("", "a"), 1, 0},
      {"truncated then valid multibyte", "\xE2\x82\xC3\xA9", R("", "\xC3\xA9"),
       1, 0},
  };
  for (const RepairCase& c : cases) {
    const Utf8Repair r = RepairUtf8(c.input);
    EXPECT_EQ(r.text, c.expected) << c.name;
    EXPECT_EQ(r.replaced, c.replaced) << c.name;
    EXPECT_EQ(r.first_invalid, c.first_invalid) << c.name;
  }
}

// Whatever the count, repaired text is valid UTF-8 (it passes through a
// second repair unchanged), keeps the valid text around the damage, and
// holds no overlong or surrogate bytes.
TEST(RepairUtf8Test, OverlongAndSurrogateBecomeValidText) {
  const std::string cases[] = {
      "a\xC0\xAF"
      "b",  // overlong '/'
      "a\xE0\x80\xAF"
      "b",  // overlong '/', 3 bytes
      "a\xF0\x80\x80\xAF"
      "b",  // overlong '/', 4 bytes
      "a\xED\xA0\x80"
      "b",  // U+D800, a surrogate
      "a\xED\xBF\xBF"
      "b",  // U+DFFF
      "a\xF4\x90\x80\x80"
      "b",  // U+110000
      "a\x80\x80"
      "b",  // stray continuation bytes
  };
  for (const std::string& input : cases) {
    const Utf8Repair r = RepairUtf8(input);
    EXPECT_GE(r.replaced, 1u);
    EXPECT_EQ(r.first_invalid, 1u);
    EXPECT_EQ(RepairUtf8(r.text).replaced, 0u);
    EXPECT_EQ(r.text.front(), 'a');
    EXPECT_EQ(r.text.back(), 'b');
    EXPECT_NE(r.text.find(kFffd), std::string::npos);
    EXPECT_EQ(r.text.find('\xC0'), std::string::npos);
    EXPECT_EQ(r.text.find("\xED\xA0"), std::string::npos);
  }
}

// The header promises the browsers' and ICU's replacement: each maximal
// subpart of an ill-formed sequence (Unicode 3.9, "U+FFFD Substitution of
// Maximal Subparts", as in the WHATWG decoder) is one U+FFFD. A byte that
// can never start a sequence (C0, 80, ...) and a lead whose second byte is
// out of range (E0 80, ED A0, F4 90) are subparts of their own, so
// overlongs and surrogates cost one U+FFFD per byte.
TEST(RepairUtf8Test, ReplacementCountFollowsMaximalSubparts) {
  const RepairCase cases[] = {
      {"overlong 2-byte",
       "a\xC0\xAF"
       "b",
       "a" + std::string(kFffd) + kFffd + "b", 2, 1},
      {"overlong 3-byte",
       "a\xE0\x80\xAF"
       "b",
       "a" + std::string(kFffd) + kFffd + kFffd + "b", 3, 1},
      {"surrogate",
       "a\xED\xA0\x80"
       "b",
       "a" + std::string(kFffd) + kFffd + kFffd + "b", 3, 1},
      {"above U+10FFFF",
       "a\xF4\x90\x80\x80"
       "b",
       "a" + std::string(kFffd) + kFffd + kFffd + kFffd + "b", 4, 1},
      {"two stray continuation bytes",
       "a\x80\x80"
       "b",
       "a" + std::string(kFffd) + kFffd + "b", 2, 1},
  };
  for (const RepairCase& c : cases) {
    const Utf8Repair r = RepairUtf8(c.input);
    EXPECT_EQ(r.text, c.expected) << c.name;
    EXPECT_EQ(r.replaced, c.replaced) << c.name;
    EXPECT_EQ(r.first_invalid, c.first_invalid) << c.name;
  }
}

// The scan skips ASCII eight bytes at a time: a bad or multibyte sequence
// must be found at every place within and across those words.
TEST(FindInvalidUtf8Test, FindsTheBadByteAtEveryOffsetOfAWord) {
  const std::string kCases[] = {"\xFF", "\xE2\x82", "\xC3"};
  for (const std::string& bad : kCases) {
    for (size_t at = 0; at < 20; ++at) {
      const std::string text =
          std::string(at, 'a') + bad + "caf\xC3\xA9" + std::string(11, 'b');
      EXPECT_EQ(FindInvalidUtf8(text), at) << at;
      const Utf8Repair r = RepairUtf8(text);
      EXPECT_EQ(r.replaced, 1u) << at;
      EXPECT_EQ(r.first_invalid, at) << at;
      EXPECT_EQ(r.text, std::string(at, 'a') + "\xEF\xBF\xBD" + "caf\xC3\xA9" +
                            std::string(11, 'b'))
          << at;
    }
  }
}

TEST(FindInvalidUtf8Test, ValidTextIsScannedToItsEnd) {
  const std::string kCases[] = {
      "", "abc", std::string(64, 'x'),
      "It\xE2\x80\x99s \xF0\x9F\x98\x80 and caf\xC3\xA9, twice over"};
  for (const std::string& text : kCases) {
    EXPECT_EQ(FindInvalidUtf8(text), text.size()) << text;
    EXPECT_EQ(FindInvalidUtf8(text, text.size()), text.size()) << text;
  }
  // From an offset past the damage, the rest reads as valid.
  EXPECT_EQ(FindInvalidUtf8("a\xFF"
                            "bcdefghijkl",
                            2),
            13u);
}

TEST(LooksBinaryTest, NulInFirst8KiB) {
  const struct {
    const char* name;
    std::string bytes;
    bool binary;
  } cases[] = {
      {"empty", "", false},
      {"text", "plain text\n", false},
      {"invalid utf8 is still text", "caf\xE9\xFF", false},
      {"nul at start", std::string("\0abc", 4), true},
      {"nul in middle", std::string("ab\0cd", 5), true},
      {"nul at byte 8191", std::string(8191, 'a') + '\0', true},
      {"nul at byte 8192", std::string(8192, 'a') + '\0', false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(LooksBinary(c.bytes), c.binary) << c.name;
  }
}

}  // namespace
}  // namespace claimdiff
