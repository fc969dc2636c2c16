// One claim rule, as loaded from a pack's YAML and compiled.
#ifndef CLAIMDIFF_RULEPACK_RULE_H_
#define CLAIMDIFF_RULEPACK_RULE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "checker/common/diagnostic.h"
#include "checker/values/normalizer.h"
#include "checker/values/value.h"
#include "re2/re2.h"

namespace claimdiff {

// A rule's inline example: a text and what the rule must read in it.
struct RuleExample {
  std::string text;
  std::optional<absl::CivilDay> published;
  // "none", or `[UNIT ]LOW[..HIGH]` with numbers or YYYY-MM-DD dates,
  // e.g. "71", "70..80", "USD 2.1e9..2.3e9", "2016-12-01..2016-12-31".
  std::string expect;
  int line = 0;  // position of the example in its YAML file
  int column = 0;
};

// Capture names with a fixed meaning in every pattern.
inline constexpr char kCaptureValue[] = "value";
inline constexpr char kCaptureUnit[] = "unit";
inline constexpr char kCaptureQualifier[] = "qualifier";
inline constexpr char kCaptureQualifierAfter[] = "qualifier_after";

struct Rule {
  std::string id;
  std::string description;
  Kind kind = Kind::kNumber;
  // The key that makes claims comparable; may name captures in braces,
  // e.g. "trade/{from}-{to}".
  std::string subject;
  Severity severity = Severity::kError;
  std::string message;  // shown with every finding of the rule
  ValueOptions options;
  // `in_quotes: exclude`: a match inside a quotation is not a claim (a
  // figure someone is quoted as saying may be the story, or may not).
  bool exclude_quotes = false;
  // Patterns after fragment expansion, and their compiled forms (same
  // order). RE2 objects are immutable and thread-safe once built.
  std::vector<std::string> patterns;
  std::vector<std::unique_ptr<const RE2>> regexes;
  std::vector<RuleExample> examples;

  // Where the rule was defined.
  std::string pack;
  std::string file;
  int line = 0;
  int column = 0;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_RULEPACK_RULE_H_
