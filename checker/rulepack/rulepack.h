// A rule pack: the rules, fragments and qualifier vocabulary loaded from
// one or more pack folders.
//
// A pack folder holds YAML files whose top-level keys are any of:
//   rules:        a list of rules (see rule.h and docs/rules.md)
//   definitions:  named regex fragments, used in patterns as {name}
//   and the values stage's vocabulary (qualifiers, vague_counts,
//   currencies, units, rate_periods, seasons, holidays, exchange_rates;
//   see values/vocabulary.h)
// and optionally pack.yaml: {name, version, description, imports: [dirs],
// date_order: mdy|dmy}, where imports are other pack folders relative to
// this one, loaded first, and date_order is how the pack's rules read
// numeric dates such as 03/04/2021 (a rule may set its own).
#ifndef CLAIMDIFF_RULEPACK_RULEPACK_H_
#define CLAIMDIFF_RULEPACK_RULEPACK_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/rulepack/fragments.h"
#include "checker/rulepack/rule.h"
#include "checker/values/vocabulary.h"

namespace claimdiff {

struct RulePack {
  std::vector<Rule> rules;
  FragmentMap definitions;
  // Every table the values stage reads with, merged over the packs in
  // load order (imports first), so a later pack overrides an entry.
  Vocabulary vocabulary;
  std::vector<std::string> files;  // every YAML file read, in load order

  // The rule with `id`, or nullptr.
  const Rule* Find(absl::string_view id) const;
};

// Loads, validates and compiles the packs in `dirs` (and their imports).
// A pack of only fragments and qualifiers (no rules) is valid: `claimdiff
// value` needs nothing more; commands that extract claims check for rules.
//
// Every problem in every file is reported, not just the first: the
// returned InvalidArgument status holds one `file:line:col: error: rule
// ID: ...` line per problem. Problems include malformed YAML, an unknown
// or missing key, a bad kind/severity/option, an undefined fragment, a
// pattern RE2 rejects (backreferences, for instance), a pattern without a
// `value` capture, a capture the rule never uses, a subject naming a
// capture no pattern defines, and duplicate rule ids.
absl::StatusOr<RulePack> LoadRulePack(const std::vector<std::string>& dirs);

// The keys the loader accepts, in the order it documents them: at the top
// of a pack file, in pack.yaml, in a rule and in a rule's example. The
// JSON Schema in schema/ must list the same; a test holds them together.
const std::vector<absl::string_view>& PackFileKeys();
const std::vector<absl::string_view>& PackManifestKeys();
const std::vector<absl::string_view>& RuleKeys();
const std::vector<absl::string_view>& ExampleKeys();

}  // namespace claimdiff

#endif  // CLAIMDIFF_RULEPACK_RULEPACK_H_
