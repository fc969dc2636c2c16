#include "checker/pipeline/rule_list.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace claimdiff {

void WriteRuleList(const RulePack& pack, std::ostream& out) {
  std::vector<const Rule*> rules;
  for (const Rule& rule : pack.rules) rules.push_back(&rule);
  std::sort(rules.begin(), rules.end(),
            [](const Rule* a, const Rule* b) { return a->id < b->id; });
  size_t id = 2, kind = 4, pack_name = 4;
  for (const Rule* rule : rules) {
    id = std::max(id, rule->id.size());
    kind = std::max(kind, KindName(rule->kind).size());
    pack_name = std::max(pack_name, rule->pack.size());
  }
  const auto line = [&](absl::string_view a, absl::string_view b,
                        absl::string_view c, absl::string_view d,
                        absl::string_view e, absl::string_view f) {
    out << absl::StrFormat("%-*s  %-*s  %-8s  %-*s  %8s  %s\n", id, a, kind, b,
                           c, pack_name, d, e, f);
  };
  line("id", "kind", "severity", "pack", "examples", "subject");
  for (const Rule* rule : rules) {
    line(rule->id, KindName(rule->kind), SeverityName(rule->severity),
         rule->pack, absl::StrCat(rule->examples.size()), rule->subject);
  }
  out << rules.size() << (rules.size() == 1 ? " rule" : " rules") << "\n";
}

}  // namespace claimdiff
