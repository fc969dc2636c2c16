// Named regex fragments: `{number}`, `{money}` ... in rule patterns.
#ifndef CLAIMDIFF_RULEPACK_FRAGMENTS_H_
#define CLAIMDIFF_RULEPACK_FRAGMENTS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimdiff {

using FragmentMap = absl::flat_hash_map<std::string, std::string>;

// Replaces every `{name}` in `pattern` with the fragment of that name,
// recursively, so fragments may use fragments. RE2's own braces are left
// alone: a repetition such as `{2,4}` is not an identifier, and `\{` is an
// escaped brace. Each fragment is wrapped in `(?:...)` so an alternation
// inside it cannot leak into the surrounding pattern.
//
// Returns InvalidArgument for an undefined fragment ("undefined fragment
// {nmber}") or a cycle ("fragment cycle: a -> b -> a").
absl::StatusOr<std::string> ExpandFragments(absl::string_view pattern,
                                            const FragmentMap& fragments);

// The names of the `{name}` references in `text`, in order of appearance;
// used both for patterns and for subject templates.
std::vector<std::string> FragmentReferences(absl::string_view text);

// Rewrites every capturing group of an RE2 pattern, named or not, as a
// non-capturing one. Used to build the combined candidate regex and the
// RE2::Set, where several patterns' groups would otherwise collide.
std::string StripCaptures(absl::string_view pattern);

}  // namespace claimdiff

#endif  // CLAIMDIFF_RULEPACK_FRAGMENTS_H_
