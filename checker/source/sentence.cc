#include "checker/source/sentence.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace claimdiff {
namespace {

// Words that end in '.' without ending a sentence. News style writes
// dates as "Dec. 13" and names with titles, both common next to figures.
constexpr absl::string_view kAbbreviations[] = {
    "mr",     "mrs",  "ms",   "dr",  "st",  "jr",  "sr",   "gen", "col",
    "lt",     "sgt",  "capt", "gov", "sen", "rep", "prof", "vs",  "no",
    "approx", "est",  "jan",  "feb", "mar", "apr", "jun",  "jul", "aug",
    "sep",    "sept", "oct",  "nov", "dec", "e.g", "i.e",
};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

// The length of a closing quote or bracket that ends just before `p`, or
// 0: a sentence may end with `."` or `.”` as well as `.`.
size_t ClosingBefore(absl::string_view text, size_t p) {
  absl::string_view head = text.substr(0, p);
  for (absl::string_view closer : {"\"", "'", ")", "]", "”", "’", "»"}) {
    if (absl::EndsWith(head, closer)) return closer.size();
  }
  return 0;
}

// True when the '.' at `dot` belongs to an initial or an abbreviation.
bool IsAbbreviationDot(absl::string_view text, size_t dot) {
  size_t word = dot;
  while (word > 0 && (absl::ascii_isalpha(text[word - 1]) ||
                      (text[word - 1] == '.' && word - 1 != dot))) {
    --word;
  }
  const absl::string_view token = text.substr(word, dot - word);
  if (token.size() == 1 && absl::ascii_isalpha(token[0])) return true;
  // "U.S" before the final '.': an acronym written with periods.
  if (token.size() >= 3 && token[token.size() - 2] == '.') return true;
  const std::string lower = absl::AsciiStrToLower(token);
  for (absl::string_view abbreviation : kAbbreviations) {
    if (lower == abbreviation) return true;
  }
  return false;
}

// True when whitespace byte `p` separates two sentences.
bool IsSentenceBreak(absl::string_view text, size_t p) {
  // A line break ends a sentence (headlines, one-paragraph-per-line
  // copy) unless the next line goes on in lower case, as a sentence wrapped
  // over lines in Markdown does.
  if (text[p] == '\n') {
    size_t next = p + 1;
    while (next < text.size() && text[next] != '\n' && IsSpace(text[next])) {
      ++next;
    }
    return next >= text.size() || !absl::ascii_islower(text[next]);
  }
  // A lower-case word after the punctuation continues the sentence, which
  // catches abbreviations the list above does not know ("approx. three").
  size_t next = p;
  while (next < text.size() && IsSpace(text[next])) ++next;
  if (next < text.size() && absl::ascii_islower(text[next])) return false;

  size_t q = p;
  while (size_t closer = ClosingBefore(text, q)) q -= closer;
  if (q == 0) return false;
  const char terminator = text[q - 1];
  if (terminator == '!' || terminator == '?') return true;
  return terminator == '.' && !IsAbbreviationDot(text, q - 1);
}

}  // namespace

std::pair<size_t, size_t> SentenceAround(absl::string_view text, size_t begin,
                                         size_t end) {
  end = std::min(end, text.size());
  begin = std::min(begin, end);
  size_t first = begin;
  while (first > 0 &&
         !(IsSpace(text[first - 1]) && IsSentenceBreak(text, first - 1))) {
    --first;
  }
  size_t last = end;
  while (last < text.size() &&
         !(IsSpace(text[last]) && IsSentenceBreak(text, last))) {
    ++last;
  }
  while (first < begin && IsSpace(text[first])) ++first;
  while (last > end && IsSpace(text[last - 1])) --last;
  return {first, last};
}

}  // namespace claimdiff
