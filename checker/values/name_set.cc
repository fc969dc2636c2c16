#include "checker/values/name_set.h"

#include <algorithm>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/common/unicode_fold.h"
#include "checker/values/name.h"
#include "checker/values/text.h"

namespace claimdiff {
namespace {

constexpr absl::string_view kArrow = " \xE2\x86\x92 ";  // " → "

// Conjunctions that join the last items of a list, as whole words.
constexpr absl::string_view kConjunctions[] = {"as well as", "and", "or", "&"};

// Splits one comma-free part on a conjunction written between two items.
void SplitOnConjunctions(absl::string_view part,
                         std::vector<std::string>* items) {
  std::string rest(TrimSpaces(part));
  for (;;) {
    const std::string lower = absl::AsciiStrToLower(rest);
    size_t best = std::string::npos;
    size_t length = 0;
    for (absl::string_view word : kConjunctions) {
      // A conjunction leading the part ("and D" after "C,") has no item
      // before it; one inside needs a space on each side.
      if (absl::StartsWith(lower, absl::StrCat(word, " "))) {
        if (best == std::string::npos || 0 < best) {
          best = 0;
          length = word.size() + 1;
        }
        continue;
      }
      const size_t at = lower.find(absl::StrCat(" ", word, " "));
      if (at != std::string::npos && (best == std::string::npos || at < best)) {
        best = at;
        length = word.size() + 2;
      }
    }
    if (best == std::string::npos) break;
    const absl::string_view head = TrimSpaces(rest.substr(0, best));
    if (!head.empty()) items->emplace_back(head);
    rest = std::string(TrimSpaces(rest.substr(best + length)));
  }
  if (!rest.empty()) items->push_back(std::move(rest));
}

}  // namespace

std::vector<std::string> SplitList(absl::string_view text) {
  std::vector<std::string> items;
  for (absl::string_view part : absl::StrSplit(text, absl::ByAnyChar(",;"))) {
    SplitOnConjunctions(part, &items);
  }
  for (std::string& item : items) item = std::string(TrimPunctuation(item));
  items.erase(std::remove(items.begin(), items.end(), ""), items.end());
  return items;
}

Value ReadNameSet(absl::string_view text, const AliasTable& aliases,
                  absl::string_view group) {
  Value value;
  value.kind = Kind::kSet;
  value.unit = std::string(kUnitSet);
  std::set<std::string> seen;
  for (const std::string& item : SplitList(text)) {
    NamedMember member = ResolveName(item, aliases, group);
    const std::string key =
        member.recognised ? member.canonical : FoldName(member.written);
    if (!seen.insert(key).second) continue;
    value.members.push_back(std::move(member));
  }
  value.reading = absl::StrCat(TrimSpaces(text), kArrow, FormatMembers(value));
  return value;
}

std::vector<std::string> SetKey(const Value& value) {
  std::vector<std::string> key;
  for (const NamedMember& m : value.members) {
    key.push_back(m.recognised ? m.canonical
                               : absl::StrCat("?", FoldName(m.written)));
  }
  std::sort(key.begin(), key.end());
  return key;
}

}  // namespace claimdiff
