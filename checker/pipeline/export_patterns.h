// `claimdiff rules export-patterns`: the packs' rule patterns in the
// syntax of ripgrep (Rust's regex crate), one per line, for `rg -f FILE`.
// Used by bench/corpus.sh to give ripgrep the same search claimdiff does.
#ifndef CLAIMDIFF_PIPELINE_EXPORT_PATTERNS_H_
#define CLAIMDIFF_PIPELINE_EXPORT_PATTERNS_H_

#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/rulepack/rulepack.h"

namespace claimdiff {

// Rewrites one RE2 pattern (as RE2 accepts it, with the default options
// rule patterns compile with) as a Rust regex that means the same on one
// line of text, and returns it. The result holds no newline character, so
// it fits on one line of a pattern file.
//
// Every group becomes non-capturing. Where the two syntaxes read the same
// text differently, the RE2 meaning is spelled out:
//   - \d \s \w \b (and \D \S \W \B) are ASCII in RE2 and Unicode in Rust:
//     they become [0-9], [\t\n\f\r ], [0-9A-Za-z_], (?-u:\b) and their
//     negations;
//   - \C (any byte) becomes (?s-u:.); \Q...\E becomes escaped literals;
//     octal escapes become \x{...}; \p{^Name} becomes \P{Name};
//   - a brace that is not a repetition (RE2 reads "x{,3}" literally) and
//     escaped punctuation Rust does not accept as an escape ("\/", "\'")
//     are written as plain or escaped literals;
//   - inside brackets, '[', '&', '~' and '-' are escaped where Rust would
//     read a nested class or a set operation ("[a&&b]").
// ripgrep matches within lines and rejects a pattern that must match a
// newline, so a newline outside a class ("\n", "\x0A", "\012", a literal
// one) or a class of nothing but newlines becomes (?-u:\b\B), which never
// matches, as no line holds one; classes with other members keep "\n",
// which ripgrep drops. "^" and "$" stay as they are: they anchor at the
// text's ends in RE2 and at line ends in ripgrep.
//
// Returns InvalidArgument, naming the construct, for syntax RE2 itself
// rejects (an unknown escape, an unclosed class).
absl::StatusOr<std::string> RipgrepPattern(absl::string_view re2_pattern);

// Writes every pattern of every rule of `pack`, translated by
// RipgrepPattern, one per line, rules and their patterns in load order. A
// pattern that cannot be translated fails the whole export with a message
// naming its rule.
absl::Status WriteRipgrepPatterns(const RulePack& pack, std::ostream& out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_EXPORT_PATTERNS_H_
