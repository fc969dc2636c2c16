#include "checker/extract/extractor.h"

#include <algorithm>
#include <optional>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/rulepack/fragments.h"

namespace claimdiff {
namespace {

RE2::Options ExtractOptions(int64_t max_mem) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(max_mem);
  return options;
}

bool IsBlankLine(absl::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (!absl::ascii_isspace(static_cast<unsigned char>(text[i]))) {
      return false;
    }
  }
  return true;
}

// The first paragraph at or after `pos`, which is at a line start: a
// maximal run of lines that are not blank, from the start of its first line
// to the end of its last (its line break excluded). Masked markup reads as
// blank, so front matter and code blocks end paragraphs as they do on
// screen. nullopt when only blank lines are left.
std::optional<Span> NextParagraph(absl::string_view text, size_t pos) {
  auto line_end = [&](size_t line) {
    const size_t nl = text.find('\n', line);
    return nl == absl::string_view::npos ? text.size() : nl;
  };
  size_t line = pos;
  while (line < text.size() && IsBlankLine(text, line, line_end(line))) {
    line = line_end(line) + 1;
  }
  if (line >= text.size()) return std::nullopt;
  const size_t start = line;
  size_t stop = line_end(line);
  while (stop < text.size()) {
    const size_t next_end = line_end(stop + 1);
    if (IsBlankLine(text, stop + 1, next_end)) break;
    stop = next_end;
  }
  return Span{start, stop};
}

}  // namespace

const Span* Match::Capture(absl::string_view name) const {
  for (const auto& [n, span] : captures) {
    if (n == name) return &span;
  }
  return nullptr;
}

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(
    const RulePack& pack, int64_t max_mem) {
  std::unique_ptr<Extractor> ex(new Extractor());
  ex->set_ =
      std::make_unique<RE2::Set>(ExtractOptions(max_mem), RE2::UNANCHORED);
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    for (size_t p = 0; p < pack.rules[r].patterns.size(); ++p) {
      const std::string stripped = StripCaptures(pack.rules[r].patterns[p]);
      std::string error;
      if (ex->set_->Add(stripped, &error) < 0) {
        return absl::InvalidArgumentError(
            absl::StrCat("rule ", pack.rules[r].id,
                         ": pattern rejected in the rule set: ", error));
      }
      Pattern pattern;
      pattern.rule = r;
      pattern.re = pack.rules[r].regexes[p].get();
      pattern.groups = pattern.re->NumberOfCapturingGroups() + 1;
      for (const auto& [name, index] : pattern.re->NamedCapturingGroups()) {
        pattern.names.emplace_back(name, index);
      }
      ex->max_groups_ = std::max(ex->max_groups_, pattern.groups);
      ex->patterns_.push_back(std::move(pattern));
    }
  }
  if (!ex->set_->Compile()) {
    return absl::ResourceExhaustedError(
        "error: the rule set is too large for RE2's memory budget");
  }
  return ex;
}

void Extractor::MatchPattern(const Pattern& pattern, absl::string_view text,
                             Span block, re2::StringPiece* groups,
                             std::vector<Match>* out) const {
  const re2::StringPiece piece(text.data() + block.begin,
                               block.end - block.begin);
  size_t pos = 0;
  while (pos <= piece.size() &&
         pattern.re->Match(piece, pos, piece.size(), RE2::UNANCHORED, groups,
                           pattern.groups)) {
    auto offset = [&](const re2::StringPiece& g) {
      return block.begin + static_cast<size_t>(g.data() - piece.data());
    };
    Match m;
    m.rule = pattern.rule;
    m.whole = Span{offset(groups[0]), offset(groups[0]) + groups[0].size()};
    for (const auto& [name, index] : pattern.names) {
      if (groups[index].data() == nullptr) continue;
      const size_t b = offset(groups[index]);
      m.captures.emplace_back(name, Span{b, b + groups[index].size()});
    }
    out->push_back(std::move(m));
    const size_t match_end =
        static_cast<size_t>(groups[0].data() - piece.data()) + groups[0].size();
    pos = groups[0].empty() ? match_end + 1 : match_end;
  }
}

std::vector<Match> Extractor::FindAll(absl::string_view text) const {
  // Pass 1 notes, as (set index, paragraph number) pairs, which patterns
  // fire in each paragraph; patterns never span paragraphs. The set's one
  // scan of each paragraph replaced a scan for the first hit with a
  // combined regex followed by the set over the paragraphs it hit: news
  // copy has a claim in most paragraphs, so that read them twice.
  std::vector<Span> blocks;
  std::vector<std::pair<int, size_t>> work;
  std::vector<int> fired;
  for (std::optional<Span> block = NextParagraph(text, 0); block;
       block = NextParagraph(text, block->end + 1)) {
    fired.clear();
    RE2::Set::ErrorInfo error{RE2::Set::kNoError};
    if (!set_->Match(re2::StringPiece(text.data() + block->begin,
                                      block->end - block->begin),
                     &fired, &error)) {
      if (error.kind == RE2::Set::kNoError) continue;  // nothing fired
      // The set failed on this paragraph. RE2's many-match DFA resets its
      // cache when full rather than giving up, so this is a guard: a set
      // has no slower engine to fall back on, and every pattern runs here
      // instead, so a match is never lost, only found more slowly.
      fired.resize(patterns_.size());
      for (size_t i = 0; i < patterns_.size(); ++i) {
        fired[i] = static_cast<int>(i);
      }
    }
    for (int index : fired) work.emplace_back(index, blocks.size());
    blocks.push_back(*block);
  }

  // Pass 2 runs one pattern at a time over all the paragraphs where it
  // fired, so that pattern's DFA stays in cache, instead of switching
  // patterns paragraph by paragraph.
  std::sort(work.begin(), work.end());
  std::vector<Match> found;
  // Where each match of `found` came from, to put it back in order.
  struct Origin {
    size_t begin;
    size_t rule;
    size_t paragraph;
    int pattern;
    size_t slot;  // index into `found`
  };
  std::vector<Origin> origins;
  std::vector<re2::StringPiece> groups(max_groups_);
  for (const auto& [index, paragraph] : work) {
    const Pattern& pattern = patterns_[index];
    const size_t first = found.size();
    MatchPattern(pattern, text, blocks[paragraph], groups.data(), &found);
    for (size_t i = first; i < found.size(); ++i) {
      origins.push_back(
          Origin{found[i].whole.begin, pattern.rule, paragraph, index, i});
    }
  }

  // By start, then rule, then paragraph, then set index (the pattern's place
  // in its rule): the order that scanning paragraph by paragraph, and
  // pattern by pattern within one, gave before a stable sort by start and
  // rule. The key is unique, since a pattern's matches in one paragraph
  // start at distinct offsets.
  std::sort(origins.begin(), origins.end(),
            [](const Origin& a, const Origin& b) {
              if (a.begin != b.begin) return a.begin < b.begin;
              if (a.rule != b.rule) return a.rule < b.rule;
              if (a.paragraph != b.paragraph) return a.paragraph < b.paragraph;
              return a.pattern < b.pattern;
            });
  std::vector<Match> out;
  out.reserve(found.size());
  for (const Origin& origin : origins) {
    out.push_back(std::move(found[origin.slot]));
  }
  return out;
}

std::vector<Match> Extractor::FindRule(size_t rule,
                                       absl::string_view text) const {
  std::vector<Match> out;
  std::vector<re2::StringPiece> groups(max_groups_);
  // Walk paragraphs so FindRule sees the same units FindAll does.
  for (std::optional<Span> block = NextParagraph(text, 0); block;
       block = NextParagraph(text, block->end + 1)) {
    for (const Pattern& pattern : patterns_) {
      if (pattern.rule != rule) continue;
      MatchPattern(pattern, text, *block, groups.data(), &out);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    return a.whole.begin < b.whole.begin;
  });
  return out;
}

}  // namespace claimdiff
