// Finding every match of every rule in a text, fast.
//
// Two passes:
//   1. an RE2::Set of all patterns (captures stripped) scans each paragraph
//      once and says which patterns fire there;
//   2. only those patterns run again, with captures, on those paragraphs.
// Most text only ever sees the set's DFA.
#ifndef CLAIMDIFF_EXTRACT_EXTRACTOR_H_
#define CLAIMDIFF_EXTRACT_EXTRACTOR_H_

#include <cstdint>
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
  // RE2's memory budget for the set. A large pack needs more than RE2's
  // 8 MiB default to stay in the DFA; 256 MiB is still small next to a
  // corpus.
  static constexpr int64_t kDefaultMaxMem = int64_t{256} << 20;

  // Compiles the set for `pack`, which must outlive the Extractor, within
  // `max_mem` bytes (tests pass a small budget). Fails only if RE2 cannot
  // build it, with a message naming the cause. A budget too small for the
  // set's DFA makes it slower, never wrong.
  static absl::StatusOr<std::unique_ptr<Extractor>> Create(
      const RulePack& pack, int64_t max_mem = kDefaultMaxMem);

  // Every match in `text`, ordered by start offset then rule; matches with
  // the same start and rule (from several patterns of the rule) keep the
  // order of the rule's patterns. Matches are found within paragraphs (text
  // between blank lines), so a pattern never spans two paragraphs. Safe to
  // call from several threads at once.
  std::vector<Match> FindAll(absl::string_view text) const;

  // Like FindAll, for one rule only; used by `explain --rule` and by the
  // rule examples, where running the whole pack would be noise.
  std::vector<Match> FindRule(size_t rule, absl::string_view text) const;

 private:
  // One pattern of the pack, with what pass 2 needs to run it, read once
  // in Create rather than on every match.
  struct Pattern {
    size_t rule = 0;          // index into RulePack::rules
    const RE2* re = nullptr;  // owned by the pack
    int groups = 1;           // capturing groups + 1, for the whole match
    // The named groups as (name, group index), in name order.
    std::vector<std::pair<std::string, int>> names;
  };

  Extractor() = default;
  // Appends every match of `pattern` in `block` of `text` to `out`.
  // `groups` is scratch space of at least max_groups_ entries, shared
  // across calls so matching does not allocate.
  void MatchPattern(const Pattern& pattern, absl::string_view text, Span block,
                    re2::StringPiece* groups, std::vector<Match>* out) const;

  std::unique_ptr<RE2::Set> set_;
  // By set index, which runs over the rules in order and, within a rule,
  // over its patterns in order.
  std::vector<Pattern> patterns_;
  int max_groups_ = 1;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXTRACT_EXTRACTOR_H_
