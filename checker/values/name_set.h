// Kind `set`: a list of names a source gives as the members of one set
// ("the islands of Iturup, Kunashir, Shikotan and Habomai").
#ifndef CLAIMDIFF_VALUES_NAME_SET_H_
#define CLAIMDIFF_VALUES_NAME_SET_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/values/alias_table.h"
#include "checker/values/value.h"

namespace claimdiff {

// Splits a written list into its items: commas and semicolons separate
// them, and so do "and", "or", "&" and "as well as" between items ("A, B
// and C", "A, B, and C", "A & B"). Items are trimmed; empty ones dropped.
std::vector<std::string> SplitList(absl::string_view text);

// Reads a set claim: each item of the list resolved through `aliases`
// (restricted to `group` unless empty), a member named twice kept once.
// The reading lists the members by house spelling and names those no
// alias recognises: "Tooth Dance, Sedan → {Sedan (unrecognised), ...}".
Value ReadNameSet(absl::string_view text, const AliasTable& aliases,
                  absl::string_view group);

// The members of a set value as a comparable key: house spellings of the
// recognised members and folded spellings of the others, sorted.
std::vector<std::string> SetKey(const Value& value);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_NAME_SET_H_
