#include "checker/report/sentence.h"

#include <algorithm>
#include <vector>

#include "checker/report/terminal_text.h"
#include "checker/source/sentence.h"

namespace claimdiff {
namespace {

constexpr char kEllipsis[] = "…";

// How far a cut may move to land between words. Small enough that the
// excerpt keeps most of its width, large enough for a typical word.
constexpr size_t kWordSnap = 12;

// Byte offsets of every code point start in `text`, plus text.size().
std::vector<size_t> CodePointStarts(absl::string_view text) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsCodePointBoundary(text, i)) starts.push_back(i);
  }
  starts.push_back(text.size());
  return starts;
}

// Cuts the one-line `line` to `width` code points around the claim at
// bytes [mark_begin, mark_end), which lie on code point boundaries.
Excerpt Elide(const std::string& line, size_t mark_begin, size_t mark_end,
              size_t width) {
  const std::vector<size_t> starts = CodePointStarts(line);
  const size_t total = starts.size() - 1;
  if (total <= width) return Excerpt{line, mark_begin, mark_end};

  const auto index_of = [&starts](size_t byte) {
    return static_cast<size_t>(
        std::lower_bound(starts.begin(), starts.end(), byte) - starts.begin());
  };
  const size_t cb = index_of(mark_begin);
  const size_t ce = index_of(mark_end);
  const size_t length = ce - cb;
  size_t s = 0;
  size_t e = 0;
  if (length + 2 >= width) {
    // The claim alone fills the excerpt: show its start, since that is
    // where the figure is.
    s = cb;
    e = std::min(total, cb + width - (s > 0 ? 1 : 0));
    if (e < total) --e;
  } else {
    // Room for both ellipses; the rest split evenly around the claim.
    const size_t extra = width - 2 - length;
    const size_t left = extra / 2;
    const size_t right = extra - left;
    // When a side would be cut within one character of its end, the "…"
    // would cost as much as the text it hides: show that end whole and
    // give the other side the rest.
    if (cb <= left + 1) {
      s = 0;
      e = width - 1;
    } else if (ce + right + 1 >= total) {
      e = total;
      s = total - (width - 1);
    } else {
      s = cb - left;
      e = ce + right;
    }
    // Move a cut that lands inside a word to the nearest word boundary
    // towards the claim, so no half word sits next to the "…".
    const auto is_space = [&](size_t cp) { return line[starts[cp]] == ' '; };
    if (s > 0 && !is_space(s - 1)) {
      for (size_t k = s; k < std::min(s + kWordSnap, cb); ++k) {
        if (is_space(k)) {
          s = k + 1;
          break;
        }
      }
    }
    if (s > 0 && s < cb && is_space(s)) ++s;
    if (e < total && !is_space(e)) {
      const size_t floor = std::max(ce, e > kWordSnap ? e - kWordSnap : 0);
      for (size_t k = e; k > floor; --k) {
        if (is_space(k - 1)) {
          e = k - 1;
          break;
        }
      }
    }
    if (e < total && e > ce && is_space(e - 1)) --e;
  }

  Excerpt excerpt;
  if (s > 0) excerpt.text = kEllipsis;
  const size_t shift = excerpt.text.size();
  excerpt.text.append(line, starts[s], starts[e] - starts[s]);
  if (e < total) excerpt.text.append(kEllipsis);
  excerpt.mark_begin = shift + starts[cb] - starts[s];
  excerpt.mark_end = shift + starts[std::min(ce, e)] - starts[s];
  return excerpt;
}

}  // namespace

Excerpt SentenceExcerpt(absl::string_view text, size_t begin, size_t end,
                        size_t max_width) {
  end = std::min(end, text.size());
  begin = std::min(begin, end);
  // A span that is not on character boundaries (a bug upstream) widens to
  // the characters it touches rather than splitting one.
  while (!IsCodePointBoundary(text, begin)) --begin;
  while (!IsCodePointBoundary(text, end)) ++end;

  const auto [first, last] = SentenceAround(text, begin, end);
  std::vector<size_t> offsets;
  const std::string line =
      Printable(text.substr(first, last - first), &offsets);
  return Elide(line, offsets[begin - first], offsets[end - first],
               std::max<size_t>(max_width, 3));
}

Excerpt SentenceExcerpt(const ClaimContext& context, size_t max_width) {
  return SentenceExcerpt(context.sentence, context.claim_begin,
                         context.claim_end, max_width);
}

}  // namespace claimdiff
