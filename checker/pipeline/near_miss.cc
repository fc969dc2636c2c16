#include "checker/pipeline/near_miss.h"

#include <algorithm>
#include <map>
#include <memory>

#include "absl/strings/str_cat.h"
#include "checker/rulepack/rule.h"
#include "checker/values/name_set.h"
#include "re2/re2.h"

namespace claimdiff {

std::string CaptureSubpattern(absl::string_view pattern,
                              absl::string_view name) {
  const std::string open = absl::StrCat("(?P<", name, ">");
  const size_t at = pattern.find(open);
  if (at == absl::string_view::npos) return "";
  const size_t begin = at + open.size();
  int depth = 1;
  bool in_class = false;
  for (size_t i = begin; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;  // the escaped character is literal
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      // "[]...]" and "[^]...]" hold a literal "]".
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return std::string(pattern.substr(begin, i - begin));
    }
  }
  return "";
}

namespace {

// Whether `text` (a name, or a list of names) names an entity of `group`.
bool NamesAKnownEntity(absl::string_view text, const AliasTable& aliases,
                       absl::string_view group) {
  for (const std::string& item : SplitList(text)) {
    if (aliases.Find(item, group) != nullptr) return true;
  }
  return false;
}

}  // namespace

std::vector<NearMiss> FindNearMisses(const Rule& rule, const Document& doc,
                                     const std::vector<Claim>& claims,
                                     const AliasTable* aliases) {
  const bool names = rule.kind == Kind::kName || rule.kind == Kind::kSet;
  std::map<size_t, NearMiss> found;  // by begin offset, so each once
  for (const std::string& pattern : rule.patterns) {
    const std::string value = CaptureSubpattern(pattern, kCaptureValue);
    if (value.empty()) continue;
    RE2::Options options;
    options.set_log_errors(false);
    // The value alone, with the rule's other captures made plain groups.
    const RE2 re(absl::StrCat("(", value, ")"), options);
    if (!re.ok()) continue;
    re2::StringPiece input(doc.searchable.data(), doc.searchable.size());
    re2::StringPiece match;
    size_t pos = 0;
    while (pos <= doc.searchable.size() &&
           re.Match(input, pos, input.size(), RE2::UNANCHORED, &match, 1)) {
      const size_t begin = match.data() - input.data();
      const size_t end = begin + match.size();
      pos = end > begin ? end : begin + 1;
      if (end == begin) continue;
      const bool claimed =
          std::any_of(claims.begin(), claims.end(), [&](const Claim& c) {
            return c.rule == &rule && c.match_begin < end &&
                   begin < c.match_end;
          });
      if (claimed || found.count(begin)) continue;
      if (names && aliases != nullptr &&
          !NamesAKnownEntity(
              absl::string_view(doc.searchable).substr(begin, end - begin),
              *aliases, rule.options.aliases)) {
        continue;
      }
      NearMiss miss;
      miss.begin = begin;
      miss.end = end;
      miss.start = doc.PositionOf(begin);
      miss.text = doc.text.substr(begin, end - begin);
      found.emplace(begin, std::move(miss));
    }
  }
  std::vector<NearMiss> misses;
  for (auto& [begin, miss] : found) misses.push_back(std::move(miss));
  return misses;
}

}  // namespace claimdiff
