#include "checker/values/vague_count.h"

#include <cstddef>
#include <utility>

#include "checker/values/token.h"

namespace claimdiff {
namespace {

// The words of `phrase` as Tokenize reads them, less every "of", joined by
// single spaces: the key both Add and Lookup compare.
std::string KeyOf(const std::vector<Token>& tokens, size_t end) {
  std::string key;
  for (size_t i = 0; i < end; ++i) {
    if (tokens[i].IsWord("of")) continue;
    if (!key.empty()) key.push_back(' ');
    key.append(tokens[i].text);
  }
  return key;
}

struct ScaleWord {
  absl::string_view word;
  double factor;
};

// Scale words that multiply a vague count, singular after "several"/"a
// few", plural after "tens of"/"hundreds of".
constexpr ScaleWord kScales[] = {
    {"hundred", 1e2},    {"hundreds", 1e2}, {"thousand", 1e3},
    {"thousands", 1e3},  {"million", 1e6},  {"millions", 1e6},
    {"billion", 1e9},    {"billions", 1e9}, {"trillion", 1e12},
    {"trillions", 1e12},
};

std::optional<double> ScaleOf(const Token& token) {
  if (token.kind != TokenKind::kWord) return std::nullopt;
  for (const ScaleWord& scale : kScales) {
    if (token.text == scale.word) return scale.factor;
  }
  return std::nullopt;
}

}  // namespace

void VagueCountTable::Add(absl::string_view phrase, double low, double high) {
  const std::vector<Token> tokens = Tokenize(phrase);
  std::string key = KeyOf(tokens, tokens.size());
  for (Entry& entry : entries_) {
    if (entry.key == key) {
      entry.count = {low, high};
      return;
    }
  }
  entries_.push_back(Entry{std::move(key), {low, high}});
}

std::optional<VagueCount> VagueCountTable::Lookup(
    absl::string_view phrase) const {
  const std::vector<Token> tokens = Tokenize(phrase);
  const std::string key = KeyOf(tokens, tokens.size());
  for (const Entry& entry : entries_) {
    if (entry.key == key) return entry.count;
  }
  return std::nullopt;
}

std::optional<ParsedNumber> ReadVagueCount(absl::string_view text,
                                           const VagueCountTable& table) {
  std::vector<Token> tokens = Tokenize(text);
  TrimPunctuationTokens(&tokens);
  // A trailing "of" ("dozens of") is part of the phrase, not a scale.
  while (!tokens.empty() && tokens.back().IsWord("of")) tokens.pop_back();
  if (tokens.empty()) return std::nullopt;
  for (const Token& token : tokens) {
    if (token.kind != TokenKind::kWord) return std::nullopt;
  }
  double scale = 1;
  std::optional<VagueCount> count = table.Lookup(KeyOf(tokens, tokens.size()));
  if (!count && tokens.size() > 1) {
    // "several hundred", "tens of thousands": the phrase, then one scale.
    if (std::optional<double> factor = ScaleOf(tokens.back())) {
      std::string key = KeyOf(tokens, tokens.size() - 1);
      if (!key.empty()) {
        count = table.Lookup(key);
        scale = *factor;
      }
    }
  }
  if (!count) return std::nullopt;
  return ParsedNumber{count->low * scale, count->high * scale, scale, true};
}

}  // namespace claimdiff
