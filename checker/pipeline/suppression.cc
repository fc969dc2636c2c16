#include "checker/pipeline/suppression.h"

#include <algorithm>
#include <climits>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "re2/re2.h"

namespace claimdiff {
namespace {

// A directive alone on its line, as an HTML comment or (`slashes`) after
// "//". Rule ids are the characters rule ids use.
const RE2& CommentDirective() {
  static const RE2* const kRe = new RE2(
      R"(^\s*<!--\s*claimdiff-(disable-next-line|disable|enable)((?:\s+[\w.\-/]+)*)\s*-->\s*$)");
  return *kRe;
}

const RE2& SlashDirective() {
  static const RE2* const kRe = new RE2(
      R"(^\s*//\s*claimdiff-(disable-next-line|disable|enable)((?:\s+[\w.\-/]+)*)\s*$)");
  return *kRe;
}

bool Covers(const Suppression& s, int line, const std::string& rule) {
  if (line < s.first_line || line > s.last_line) return false;
  return s.rules.empty() ||
         std::find(s.rules.begin(), s.rules.end(), rule) != s.rules.end();
}

}  // namespace

std::vector<Suppression> FindSuppressions(const Document& doc) {
  // Directives are comments, which an HTML document's `text` no longer
  // holds; its `original` does, line for line.
  const std::string& text = doc.original.empty() ? doc.text : doc.original;
  std::vector<Suppression> found;
  std::vector<size_t> open;  // ranges not yet closed by an enable
  int number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++number;
    std::string kind, rules;
    const bool matched =
        RE2::FullMatch(re2::StringPiece(line.data(), line.size()),
                       CommentDirective(), &kind, &rules) ||
        (doc.format == Format::kText &&
         RE2::FullMatch(re2::StringPiece(line.data(), line.size()),
                        SlashDirective(), &kind, &rules));
    if (!matched) continue;
    if (kind == "enable") {
      for (size_t i : open) found[i].last_line = number - 1;
      open.clear();
      continue;
    }
    Suppression s;
    s.rules = absl::StrSplit(rules, absl::ByAnyChar(" \t"), absl::SkipEmpty());
    s.line = number;
    s.column = static_cast<int>(line.find_first_not_of(" \t")) + 1;
    if (kind == "disable-next-line") {
      s.first_line = s.last_line = number + 1;
    } else {
      s.first_line = number + 1;
      s.last_line = INT_MAX;
      open.push_back(found.size());
    }
    found.push_back(std::move(s));
  }
  return found;
}

void ApplySuppressions(size_t drafts, bool report_unused, CheckResult* result) {
  std::vector<std::vector<Suppression>> by_draft;
  for (size_t d = 0; d < drafts && d < result->documents.size(); ++d) {
    by_draft.push_back(FindSuppressions(result->documents[d]));
  }
  std::vector<Finding> kept;
  for (Finding& finding : result->findings) {
    bool suppressed = !finding.outliers.empty();
    for (int id : finding.outliers) {
      const Claim claim = result->claims.Get(id);
      bool covered = false;
      if (claim.document < by_draft.size() && claim.rule != nullptr) {
        for (Suppression& s : by_draft[claim.document]) {
          if (Covers(s, claim.start.line, claim.rule->id)) {
            s.used = true;
            covered = true;
          }
        }
      }
      suppressed = suppressed && covered;
    }
    if (!suppressed) kept.push_back(std::move(finding));
  }
  result->findings = std::move(kept);
  if (!report_unused) return;
  for (size_t d = 0; d < by_draft.size(); ++d) {
    for (const Suppression& s : by_draft[d]) {
      if (s.used) continue;
      result->warnings.push_back(Diagnostic{
          Severity::kWarning, result->documents[d].path(), s.line, s.column,
          absl::StrCat("suppression",
                       s.rules.empty()
                           ? ""
                           : absl::StrCat(" of ", absl::StrJoin(s.rules, ", ")),
                       " suppresses nothing")});
    }
  }
}

}  // namespace claimdiff
