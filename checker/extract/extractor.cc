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
  std::unique_ptr<Extractor> ex(new Extractor(pack));
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
      ex->set_patterns_.emplace_back(r, p);
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

void Extractor::MatchPattern(size_t rule, const RE2& re, absl::string_view text,
                             Span block, std::vector<Match>* out) const {
  const re2::StringPiece piece(text.data() + block.begin,
                               block.end - block.begin);
  const int ngroups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(ngroups);
  const std::map<std::string, int>& names = re.NamedCapturingGroups();
  size_t pos = 0;
  while (pos <= piece.size() &&
         re.Match(piece, pos, piece.size(), RE2::UNANCHORED, groups.data(),
                  ngroups)) {
    auto offset = [&](const re2::StringPiece& g) {
      return block.begin + static_cast<size_t>(g.data() - piece.data());
    };
    Match m;
    m.rule = rule;
    m.whole = Span{offset(groups[0]), offset(groups[0]) + groups[0].size()};
    for (const auto& [name, index] : names) {
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
  std::vector<Match> out;
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
    std::sort(fired.begin(), fired.end());
    for (int index : fired) {
      const auto [rule, pattern] = set_patterns_[index];
      MatchPattern(rule, *pack_.rules[rule].regexes[pattern], text, block,
                   &out);
    }
    pos = std::max(block.end, begin + 1);
  }
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    if (a.whole.begin != b.whole.begin) return a.whole.begin < b.whole.begin;
    return a.rule < b.rule;
  });
  return out;
}

std::vector<Match> Extractor::FindRule(size_t rule,
                                       absl::string_view text) const {
  std::vector<Match> out;
  // Walk paragraphs so FindRule sees the same units FindAll does.
  size_t pos = 0;
  while (pos < text.size()) {
    const Span block = ParagraphAround(text, pos, pos, pos);
    for (const auto& re : pack_.rules[rule].regexes) {
      MatchPattern(rule, *re, text, block, &out);
    }
    pos = block.end + 1;
  }
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    return a.whole.begin < b.whole.begin;
  });
  return out;
}

}  // namespace claimdiff
