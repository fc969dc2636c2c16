#include "checker/values/unit_phrase.h"

#include <cstddef>
#include <cstdint>
#include <utility>

namespace claimdiff {
namespace {

bool MatchesAt(const std::vector<Token>& tokens, size_t pos,
               const UnitPhrase& phrase) {
  if (pos + phrase.words.size() > tokens.size()) return false;
  if (phrase.after_numeral && (pos == 0 || tokens[pos].spaced ||
                               tokens[pos - 1].kind != TokenKind::kNumeral)) {
    return false;
  }
  for (size_t k = 0; k < phrase.words.size(); ++k) {
    const Token& token = tokens[pos + k];
    // A numeral is the figure, never a unit, except as a solid part after
    // the first ("km2").
    if (token.text != phrase.words[k] ||
        (token.kind == TokenKind::kNumeral && (k == 0 || token.spaced))) {
      return false;
    }
    if (phrase.joined && k > 0 && token.spaced) return false;
  }
  return true;
}

// The longest phrase matching at `pos`, or nullptr. Of equally long ones
// the last wins, so a pack loaded after another can redefine a name.
// Only phrases whose first word starts with the token's first byte can
// match, and they keep their order, so the same phrase wins.
const UnitPhrase* LongestAt(const std::vector<Token>& tokens, size_t pos,
                            const UnitPhraseSet& set) {
  const UnitPhrase* best = nullptr;
  const std::string& text = tokens[pos].text;
  if (text.empty()) return nullptr;
  for (uint32_t i : set.StartingWith(static_cast<unsigned char>(text[0]))) {
    const UnitPhrase& phrase = set.phrases()[i];
    if ((best == nullptr || phrase.words.size() >= best->words.size()) &&
        MatchesAt(tokens, pos, phrase)) {
      best = &phrase;
    }
  }
  return best;
}

bool IsSolidHyphen(const Token& token) {
  return token.IsSymbol("-") && !token.spaced;
}

}  // namespace

UnitPhraseSet::UnitPhraseSet(std::vector<UnitPhrase> phrases) {
  for (UnitPhrase& phrase : phrases) {
    if (Keeps(phrase)) phrases_.push_back(std::move(phrase));
  }
  Index();
}

void UnitPhraseSet::Add(UnitPhrase phrase) {
  if (!Keeps(phrase)) return;
  phrases_.push_back(std::move(phrase));
  Index();
}

bool UnitPhraseSet::Keeps(const UnitPhrase& phrase) {
  // An empty first word could match no token (none is empty).
  return !phrase.words.empty() && !phrase.words.front().empty();
}

void UnitPhraseSet::Index() {
  std::vector<std::pair<unsigned char, uint32_t>> firsts;
  firsts.reserve(phrases_.size());
  for (size_t i = 0; i < phrases_.size(); ++i) {
    firsts.emplace_back(
        static_cast<unsigned char>(phrases_[i].words.front().front()),
        static_cast<uint32_t>(i));
  }
  by_first_byte_ = ByteBuckets(firsts);
}

UnitPhrase PhraseFromText(absl::string_view written, absl::string_view unit) {
  UnitPhrase phrase;
  phrase.unit = std::string(unit);
  const std::vector<Token> tokens = Tokenize(written);
  if (tokens.empty() || tokens.front().kind == TokenKind::kNumeral) {
    return phrase;
  }
  for (size_t k = 0; k < tokens.size(); ++k) {
    phrase.words.push_back(tokens[k].text);
    if (k > 0 && !tokens[k].spaced) phrase.joined = true;
  }
  return phrase;
}

UnitSplit SplitUnits(const std::vector<Token>& tokens,
                     const UnitPhraseSet& phrases, bool absorb_hyphens) {
  UnitSplit split;
  size_t i = 0;
  while (i < tokens.size()) {
    const UnitPhrase* phrase = LongestAt(tokens, i, phrases);
    if (phrase == nullptr) {
      split.rest.push_back(tokens[i++]);
      continue;
    }
    split.units.push_back(phrase->unit);
    if (absorb_hyphens && !tokens[i].spaced && !split.rest.empty() &&
        IsSolidHyphen(split.rest.back())) {
      split.rest.pop_back();
    }
    i += phrase->words.size();
    if (absorb_hyphens && i + 1 < tokens.size() && IsSolidHyphen(tokens[i]) &&
        tokens[i + 1].kind == TokenKind::kWord && !tokens[i + 1].spaced) {
      ++i;
    }
  }
  return split;
}

}  // namespace claimdiff
