// What reports show around a claim, cut from its document when the claim
// is read. Reports read only this, never the document, so a run over an
// archive can release each document's text as soon as its claims are read
// and hold memory to the claims rather than to the corpus.
#ifndef CLAIMDIFF_EXTRACT_CLAIM_CONTEXT_H_
#define CLAIMDIFF_EXTRACT_CLAIM_CONTEXT_H_

#include <cstddef>
#include <string>

#include "checker/source/document.h"
#include "checker/source/line_index.h"

namespace claimdiff {

// How far a context reaches either side of its claim, in bytes. A sentence
// longer than this (a file with no punctuation, a table flattened to one
// line) is cut here: no report shows more than a few hundred characters of
// it, and the cut keeps a long one-line file from costing its whole length
// per claim.
inline constexpr size_t kMaxContextBytes = 2048;

struct ClaimContext {
  // The claim's sentence as rules saw it (the searchable text, so Markdown
  // markup and link targets are blanks), trimmed of surrounding
  // whitespace, at most kMaxContextBytes either side of the claim.
  std::string sentence;
  // The claim's bytes inside `sentence`.
  size_t claim_begin = 0;
  size_t claim_end = 0;
  // The same bytes of the document's own text when they differ from
  // `sentence` (Markdown markup, excluded regions); empty when identical.
  // SARIF quotes the source as written.
  std::string source_sentence;
  // Where `sentence` begins and ends (exclusive) in the file.
  Position sentence_start;
  Position sentence_finish;
  // 1-based byte columns of the claim's start and finish on their lines,
  // for formats that count bytes rather than code points (rdjsonl).
  int start_byte_column = 0;
  int finish_byte_column = 0;

  // The sentence as the source writes it.
  const std::string& source() const {
    return source_sentence.empty() ? sentence : source_sentence;
  }
};

// The context of bytes [begin, end) of `doc`'s text. Needs the document's
// text, searchable text and line index, so call it before releasing them.
ClaimContext CutContext(const Document& doc, size_t begin, size_t end);

// Frees `doc`'s text, searchable text, original and line index, keeping its
// metadata: what a run keeps of a document once its claims and their
// contexts are read.
void ReleaseText(Document* doc);

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXTRACT_CLAIM_CONTEXT_H_
