// A rule pack: the rules, fragments and qualifier vocabulary loaded from
// one or more pack folders.
//
// A pack folder holds YAML files whose top-level keys are any of:
//   rules:        a list of rules (see rule.h and docs/rules.md)
//   definitions:  named regex fragments, used in patterns as {name}
//   qualifiers:   reading -> list of phrases (see values/qualifier.h)
//   vague_counts: phrase -> [low, high] ("dozens": [24, 120])
//   exchange_rates: {base: USD, rates: {YYYY-MM-DD: {EUR: 1.08, ...}}}
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
#include "checker/values/exchange_rates.h"
#include "checker/values/qualifier.h"
#include "checker/values/vague_count.h"

namespace claimdiff {

struct RulePack {
  std::vector<Rule> rules;
  FragmentMap definitions;
  QualifierTable qualifiers;
  // Bounds of vague counts ("dozens", "several"); empty when no pack gives
  // any, and then the values stage's built-in table applies.
  VagueCountTable vague_counts;
  // Exchange rates into one base currency; empty (the default) keeps
  // currencies apart, so they are reported as incomparable.
  ExchangeRates exchange_rates;
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

}  // namespace claimdiff

#endif  // CLAIMDIFF_RULEPACK_RULEPACK_H_
