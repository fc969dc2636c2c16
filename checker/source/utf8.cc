#include "checker/source/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace claimdiff {
namespace {

// Reads the sequence starting at `i` following the well-formed byte
// sequence table of the Unicode standard (chapter 3, table 3-7). Returns
// its length when valid; otherwise sets `*invalid` to the length of the
// maximal subpart (the lead byte and the continuation bytes that were
// still allowed), which is at least 1.
size_t ReadSequence(absl::string_view s, size_t i, size_t* invalid) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;  // no overlongs
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    *invalid = 1;
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    const bool ok =
        i + k < s.size() && (k == 1 ? byte(i + k) >= lo && byte(i + k) <= hi
                                    : (byte(i + k) & 0xC0) == 0x80);
    if (!ok) {
      *invalid = k;
      return 0;
    }
  }
  return len;
}

}  // namespace

size_t FindInvalidUtf8(absl::string_view bytes, size_t from) {
  size_t i = from;
  while (i < bytes.size()) {
    // Eight ASCII bytes at a time: news text is mostly ASCII, and reading
    // it sequence by sequence had been a tenth of a check's time.
    if (bytes.size() - i >= 8) {
      uint64_t word;
      std::memcpy(&word, bytes.data() + i, sizeof(word));
      if ((word & 0x8080808080808080u) == 0) {
        i += 8;
        continue;
      }
    }
    size_t invalid = 0;
    const size_t n = ReadSequence(bytes, i, &invalid);
    if (n == 0) return i;
    i += n;
  }
  return bytes.size();
}

Utf8Repair RepairUtf8(absl::string_view bytes) {
  Utf8Repair out;
  out.text.reserve(bytes.size());
  size_t i = 0;
  while (true) {
    const size_t bad = FindInvalidUtf8(bytes, i);
    out.text.append(bytes.data() + i, bad - i);
    if (bad == bytes.size()) break;
    size_t invalid = 0;
    ReadSequence(bytes, bad, &invalid);
    if (out.replaced == 0) out.first_invalid = bad;
    ++out.replaced;
    out.text.append("\xEF\xBF\xBD");
    i = bad + invalid;
  }
  return out;
}

bool LooksBinary(absl::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 8192);
  return bytes.substr(0, n).find('\0') != absl::string_view::npos;
}

}  // namespace claimdiff
