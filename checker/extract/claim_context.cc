#include "checker/extract/claim_context.h"

#include <algorithm>

#include "checker/source/sentence.h"

namespace claimdiff {
namespace {

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

ClaimContext CutContext(const Document& doc, size_t begin, size_t end) {
  ClaimContext context;
  // Rules ran on `searchable`; it has the same length as `text` except in
  // documents built by hand without one.
  const absl::string_view seen = doc.searchable.size() == doc.text.size()
                                     ? absl::string_view(doc.searchable)
                                     : absl::string_view(doc.text);
  end = std::min(end, seen.size());
  begin = std::min(begin, end);
  // The window the sentence is looked for in, on character boundaries.
  size_t from = begin > kMaxContextBytes ? begin - kMaxContextBytes : 0;
  while (from > 0 && IsContinuationByte(seen[from])) --from;
  size_t to = std::min(seen.size(), end + kMaxContextBytes);
  while (to < seen.size() && IsContinuationByte(seen[to])) ++to;
  const absl::string_view window = seen.substr(from, to - from);
  const auto [first, second] = SentenceAround(window, begin - from, end - from);
  context.sentence = std::string(window.substr(first, second - first));
  context.claim_begin = begin - from - first;
  context.claim_end = end - from - first;
  if (seen.data() != doc.text.data() &&
      absl::string_view(doc.text).substr(from + first, second - first) !=
          context.sentence) {
    context.source_sentence = doc.text.substr(from + first, second - first);
  }
  context.sentence_start = doc.PositionOf(from + first);
  context.sentence_finish = doc.PositionOf(from + second);
  // Offsets into `text` are offsets into the file (HTML's markup is
  // blanked in place), so bytes are counted in the file as written.
  context.start_byte_column =
      static_cast<int>(begin - doc.lines.LineStart(begin)) + 1;
  context.finish_byte_column =
      static_cast<int>(end - doc.lines.LineStart(end)) + 1;
  return context;
}

void ReleaseText(Document* doc) {
  std::string().swap(doc->text);
  std::string().swap(doc->searchable);
  std::string().swap(doc->original);
  doc->lines = LineIndex();
}

}  // namespace claimdiff
