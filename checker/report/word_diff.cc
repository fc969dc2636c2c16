#include "checker/report/word_diff.h"

#include <algorithm>

#include "absl/strings/str_split.h"

namespace claimdiff {
namespace {

constexpr size_t kMaxWords = 400;

std::vector<std::string> Words(absl::string_view text) {
  return absl::StrSplit(text, absl::ByAnyChar(" \t\n"), absl::SkipEmpty());
}

void Append(DiffPiece::Kind kind, const std::string& word,
            std::vector<DiffPiece>* out) {
  if (!out->empty() && out->back().kind == kind) {
    out->back().text += " " + word;
  } else {
    out->push_back(DiffPiece{kind, word});
  }
}

}  // namespace

std::vector<DiffPiece> DiffWords(absl::string_view left,
                                 absl::string_view right) {
  const std::vector<std::string> a = Words(left);
  const std::vector<std::string> b = Words(right);
  std::vector<DiffPiece> out;
  if (a.size() > kMaxWords || b.size() > kMaxWords) {
    if (!a.empty()) out.push_back({DiffPiece::kOnlyLeft, std::string(left)});
    if (!b.empty()) out.push_back({DiffPiece::kOnlyRight, std::string(right)});
    return out;
  }
  // lcs[i][j]: the LCS length of a[i..] and b[j..].
  std::vector<std::vector<int>> lcs(a.size() + 1,
                                    std::vector<int>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1
                               : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      Append(DiffPiece::kSame, a[i++], &out);
      ++j;
    } else if (i < a.size() &&
               (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // Left's words first, as a diff shows a removal before its
      // replacement.
      Append(DiffPiece::kOnlyLeft, a[i++], &out);
    } else {
      Append(DiffPiece::kOnlyRight, b[j++], &out);
    }
  }
  return out;
}

}  // namespace claimdiff
