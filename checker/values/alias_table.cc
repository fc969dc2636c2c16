#include "checker/values/alias_table.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/common/unicode_fold.h"

namespace claimdiff {

absl::Status AliasTable::Add(absl::string_view group,
                             absl::string_view canonical,
                             const std::vector<std::string>& variants) {
  Group& g = groups_[std::string(group)];
  const std::string canonical_key = FoldName(canonical);
  size_t index = g.entries.size();
  if (auto it = g.by_key.find(canonical_key); it != g.by_key.end()) {
    index = it->second;
    if (FoldName(g.entries[index].canonical) != canonical_key) {
      return absl::InvalidArgumentError(
          absl::StrCat("alias \"", canonical, "\" is already a variant of \"",
                       g.entries[index].canonical, "\" in ", group));
    }
    // Overriding: the old variants no longer point here.
    for (const std::string& old : g.entries[index].variants) {
      g.by_key.erase(FoldName(old));
    }
  } else {
    g.entries.push_back(Alias{});
  }
  Alias& alias = g.entries[index];
  alias.group = std::string(group);
  alias.canonical = std::string(canonical);
  alias.variants.clear();
  g.by_key[canonical_key] = index;
  for (const std::string& variant : variants) {
    const std::string key = FoldName(variant);
    auto [it, inserted] = g.by_key.emplace(key, index);
    if (!inserted && it->second != index) {
      return absl::InvalidArgumentError(absl::StrCat(
          "alias \"", variant, "\" of \"", canonical, "\" already names \"",
          g.entries[it->second].canonical, "\" in ", group));
    }
    if (key != canonical_key) alias.variants.push_back(variant);
  }
  return absl::OkStatus();
}

const Alias* AliasTable::Find(absl::string_view text,
                              absl::string_view group) const {
  std::string key = FoldName(text);
  const auto find_key = [&](const std::string& k) -> const Alias* {
    for (const auto& [name, g] : groups_) {
      if (!group.empty() && name != group) continue;
      if (auto it = g.by_key.find(k); it != g.by_key.end()) {
        return &g.entries[it->second];
      }
    }
    return nullptr;
  };
  if (const Alias* found = find_key(key)) return found;
  if (absl::StartsWith(key, "the ")) return find_key(key.substr(4));
  return nullptr;
}

bool AliasTable::HasGroup(absl::string_view group) const {
  return groups_.find(group) != groups_.end();
}

std::vector<std::string> AliasTable::groups() const {
  std::vector<std::string> names;
  for (const auto& [name, g] : groups_) names.push_back(name);
  return names;
}

std::vector<std::string> AliasTable::Spellings(absl::string_view group) const {
  std::vector<std::string> out;
  auto it = groups_.find(group);
  if (it == groups_.end()) return out;
  for (const Alias& alias : it->second.entries) {
    out.push_back(alias.canonical);
    out.insert(out.end(), alias.variants.begin(), alias.variants.end());
  }
  return out;
}

}  // namespace claimdiff
