#include "checker/extract/extractor.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/rulepack/fragments.h"

namespace claimdiff {
namespace {

RE2::Options ExtractOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  // The combined regex of a large pack needs more than RE2's 8 MiB default
  // to stay in the DFA; 256 MiB is still small next to a corpus.
  options.set_max_mem(int64_t{256} << 20);
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

// The paragraph holding [begin, end): from just after the previous blank
// line (but not before `floor`) to just before the next one. Masked markup
// reads as blank, so front matter and code blocks end paragraphs as they
// do on screen.
Span ParagraphAround(absl::string_view text, size_t floor, size_t begin,
                     size_t end) {
  auto line_start = [&](size_t i) {
    if (i == 0) return size_t{0};
    const size_t nl = text.rfind('\n', i - 1);
    return nl == absl::string_view::npos ? size_t{0} : nl + 1;
  };
  size_t start = std::max(line_start(begin), floor);
  while (start > floor) {
    const size_t prev_end = start - 1;  // the '\n' ending the previous line
    const size_t prev_start = std::max(line_start(prev_end), floor);
    if (IsBlankLine(text, prev_start, prev_end)) break;
    start = prev_start;
  }
  size_t stop = std::min(text.find('\n', end), text.size());
  while (stop < text.size()) {
    const size_t next_start = stop + 1;
    const size_t next_end = std::min(text.find('\n', next_start), text.size());
    if (IsBlankLine(text, next_start, next_end)) break;
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
    const RulePack& pack) {
  std::unique_ptr<Extractor> ex(new Extractor());
  ex->set_ = std::make_unique<RE2::Set>(ExtractOptions(), RE2::UNANCHORED);
  std::vector<std::string> alternatives;
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
      alternatives.push_back(absl::StrCat("(?:", stripped, ")"));
    }
  }
  if (!ex->set_->Compile()) {
    return absl::ResourceExhaustedError(
        "error: the rule set is too large for RE2's memory budget");
  }
  ex->combined_ =
      std::make_unique<RE2>(absl::StrJoin(alternatives, "|"), ExtractOptions());
  if (!ex->combined_->ok()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "error: cannot combine the rule patterns: ", ex->combined_->error()));
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
  // Passes 1 and 2 note the candidate paragraphs and, as (set index,
  // paragraph number) pairs, which patterns fire in each.
  std::vector<Span> blocks;
  std::vector<std::pair<int, size_t>> work;
  const re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece hit;
  std::vector<int> fired;
  size_t pos = 0;
  while (pos < text.size() &&
         combined_->Match(whole, pos, whole.size(), RE2::UNANCHORED, &hit, 1)) {
    const size_t begin = static_cast<size_t>(hit.data() - whole.data());
    // The paragraph where the hit starts: a hit that runs on past a blank
    // line is not a match, since patterns never span paragraphs.
    const Span block = ParagraphAround(text, pos, begin, begin);
    const absl::string_view block_text =
        text.substr(block.begin, block.end - block.begin);
    fired.clear();
    set_->Match(re2::StringPiece(block_text.data(), block_text.size()), &fired);
    for (int index : fired) work.emplace_back(index, blocks.size());
    blocks.push_back(block);
    pos = std::max(block.end, begin + 1);
  }

  // Pass 3 runs one pattern at a time over all the paragraphs where it
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
  size_t pos = 0;
  while (pos < text.size()) {
    const Span block = ParagraphAround(text, pos, pos, pos);
    for (const Pattern& pattern : patterns_) {
      if (pattern.rule != rule) continue;
      MatchPattern(pattern, text, block, groups.data(), &out);
    }
    pos = block.end + 1;
  }
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    return a.whole.begin < b.whole.begin;
  });
  return out;
}

}  // namespace claimdiff
