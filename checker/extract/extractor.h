// Finding every match of every rule in a text, fast.
//
// Three passes, each cheaper than the next is expensive:
//   1. one combined RE2 of all patterns (captures stripped) scans the whole
//      text once and yields the paragraphs that hold any candidate;
//   2. an RE2::Set over those paragraphs says which patterns fire there;
//   3. only those patterns run again, with captures, on those paragraphs.
// Most prose has no claims, so most text only ever sees pass 1's DFA.
#ifndef CLAIMDIFF_EXTRACT_EXTRACTOR_H_
#define CLAIMDIFF_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/rulepack/rulepack.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace claimdiff {

// A byte range [begin, end) in the searched text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

// One match of one rule pattern, before its value is read.
struct Match {
  size_t rule = 0;  // index into RulePack::rules
  Span whole;
  // Named captures that took part in the match, in the pattern's
  // name order.
  std::vector<std::pair<std::string, Span>> captures;

  // The span of capture `name`, or nullptr if it did not participate.
  const Span* Capture(absl::string_view name) const;
};

class Extractor {
 public:
  // Compiles the combined regex and the set for `pack`, which must outlive
  // the Extractor. Fails only if RE2 cannot build them (e.g. they exceed
  // its memory budget), with a message naming the cause.
  static absl::StatusOr<std::unique_ptr<Extractor>> Create(
      const RulePack& pack);

  // Every match in `text`, ordered by start offset then rule. Matches are
  // found within paragraphs (text between blank lines), so a pattern never
  // spans two paragraphs. Safe to call from several threads at once.
  std::vector<Match> FindAll(absl::string_view text) const;

  // Like FindAll, for one rule only; used by `explain --rule` and by the
  // rule examples, where running the whole pack would be noise.
  std::vector<Match> FindRule(size_t rule, absl::string_view text) const;

 private:
  explicit Extractor(const RulePack& pack) : pack_(pack) {}
  void MatchPattern(size_t rule, const RE2& re, absl::string_view text,
                    Span block, std::vector<Match>* out) const;

  const RulePack& pack_;
  std::unique_ptr<RE2> combined_;
  std::unique_ptr<RE2::Set> set_;
  // Set index -> (rule index, pattern index within the rule).
  std::vector<std::pair<size_t, size_t>> set_patterns_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXTRACT_EXTRACTOR_H_
