// Aliases: the house spelling of a name and the variants that mean the
// same entity ("Sergei Lavrov": "Sergey Lavrov"; "Iturup": "Etorofu").
//
// Entries live in named groups (`people`, `kuril_islands`) so a rule can
// say which kind of name it reads, and each group is also a pattern
// fragment. Lookups fold case and accents (FoldName), so "Shinzō Abe" is
// a spelling of "Shinzo Abe" without being listed.
#ifndef CLAIMDIFF_VALUES_ALIAS_TABLE_H_
#define CLAIMDIFF_VALUES_ALIAS_TABLE_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace claimdiff {

// One entity: its house spelling and the other spellings that name it.
struct Alias {
  std::string group;
  std::string canonical;
  std::vector<std::string> variants;
};

class AliasTable {
 public:
  // Adds `canonical` and its `variants` to `group`. A later entry for the
  // same canonical name (after folding) replaces the earlier one, so a
  // pack may override an imported alias. InvalidArgument when a spelling
  // already names a different entity of the group: a lookup must not
  // depend on the order files load in.
  absl::Status Add(absl::string_view group, absl::string_view canonical,
                   const std::vector<std::string>& variants);

  // The entity `text` names in `group` (any group when `group` is empty,
  // the first group in name order winning), or nullptr. Case, accents and
  // whitespace are ignored, and so is a leading "the" ("the Southern
  // Kurils" finds "Southern Kurils").
  const Alias* Find(absl::string_view text, absl::string_view group = "") const;

  // Whether `group` exists.
  bool HasGroup(absl::string_view group) const;

  // Group names, sorted.
  std::vector<std::string> groups() const;

  // Every spelling (canonical names and variants) of `group`.
  std::vector<std::string> Spellings(absl::string_view group) const;

  bool empty() const { return groups_.empty(); }

 private:
  struct Group {
    std::vector<Alias> entries;
    // FoldName(spelling) -> index in `entries`.
    std::map<std::string, size_t> by_key;
  };
  std::map<std::string, Group, std::less<>> groups_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_ALIAS_TABLE_H_
