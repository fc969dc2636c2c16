#include "checker/values/name.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "checker/values/text.h"

namespace claimdiff {
namespace {
constexpr absl::string_view kArrow = " \xE2\x86\x92 ";  // " → "
}  // namespace

NamedMember ResolveName(absl::string_view written, const AliasTable& aliases,
                        absl::string_view group) {
  NamedMember member;
  member.written = std::string(TrimPunctuation(written));
  if (const Alias* alias = aliases.Find(member.written, group)) {
    member.canonical = alias->canonical;
    member.recognised = true;
  } else {
    member.canonical = member.written;
  }
  return member;
}

Value ReadName(absl::string_view text, const AliasTable& aliases,
               absl::string_view group) {
  Value value;
  value.kind = Kind::kName;
  value.unit = std::string(kUnitName);
  NamedMember member = ResolveName(text, aliases, group);
  if (!member.recognised) {
    value.reading = absl::StrCat(member.written, kArrow, "no alias");
  } else if (member.written == member.canonical) {
    value.reading = absl::StrCat(member.written, kArrow, "the house spelling");
  } else {
    value.reading =
        absl::StrCat(member.written, kArrow, "a variant of ", member.canonical);
  }
  value.members.push_back(std::move(member));
  return value;
}

}  // namespace claimdiff
