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

// Splits one comma-free part on the conjunctions in it ("A and B"), and
// drops one that leads it ("and D" after "C,").
void SplitOnConjunctions(absl::string_view part,
                         std::vector<std::string>* items) {
  std::string rest(TrimSpaces(part));
  for (;;) {
    const std::string lower = absl::AsciiStrToLower(rest);
    size_t at = std::string::npos;  // where the earliest conjunction starts
    size_t length = 0;              // and its length with its spaces
    for (absl::string_view word : kConjunctions) {
      if (absl::StartsWith(lower, absl::StrCat(word, " "))) {
        at = 0;
        length = word.size() + 1;
        break;
      }
      const size_t found = lower.find(absl::StrCat(" ", word, " "));
      if (found < at) {
        at = found;
        length = word.size() + 2;
      }
    }
    if (at == std::string::npos) break;
    const absl::string_view head =
        TrimSpaces(absl::string_view(rest).substr(0, at));
    if (!head.empty()) items->emplace_back(head);
    rest = std::string(TrimSpaces(absl::string_view(rest).substr(at + length)));
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
