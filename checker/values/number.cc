#include "checker/values/number.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "checker/values/qualifier.h"
#include "checker/values/text.h"

namespace claimdiff {
namespace {

// One figure of a possible range.
struct Single {
  double value = 0;
  double step = 1;
  // The factor of a trailing scale word ("million"), 1 when there is none;
  // "20-30 million" lends the second figure's scale to the first.
  double scale = 1;
};

struct ScaleWord {
  absl::string_view word;
  double factor;
};

// Scales that may follow a numeral, written out or abbreviated as
// financial copy does ("2.2bn", "€1.5m", "30k").
constexpr ScaleWord kNumeralScales[] = {
    {"hundred", 1e2},   {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
    {"trillion", 1e12}, {"k", 1e3},        {"m", 1e6},       {"mn", 1e6},
    {"mln", 1e6},       {"b", 1e9},        {"bn", 1e9},      {"bln", 1e9},
    {"tn", 1e12},       {"trn", 1e12},
};

// Scales that may follow number words ("two million", "a thousand").
constexpr ScaleWord kWordScales[] = {
    {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};

constexpr absl::string_view kUnitWords[] = {"zero",  "one",  "two", "three",
                                            "four",  "five", "six", "seven",
                                            "eight", "nine"};
constexpr absl::string_view kTeenWords[] = {
    "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr absl::string_view kTensWords[] = {"twenty", "thirty", "forty",
                                            "fifty",  "sixty",  "seventy",
                                            "eighty", "ninety"};

template <size_t N>
std::optional<int> IndexOf(const absl::string_view (&words)[N],
                           absl::string_view word) {
  for (size_t i = 0; i < N; ++i) {
    if (words[i] == word) return static_cast<int>(i);
  }
  return std::nullopt;
}

template <size_t N>
std::optional<double> ScaleOf(const ScaleWord (&scales)[N],
                              absl::string_view word) {
  for (const ScaleWord& scale : scales) {
    if (scale.word == word) return scale.factor;
  }
  return std::nullopt;
}

// The digits a number word stands for, so that words round like the
// figures they replace ("eighty" like "80").
std::string DigitsOf(double value) {
  std::string digits = absl::StrFormat("%.6f", value);
  digits.erase(digits.find_last_not_of('0') + 1);
  if (digits.back() == '.') digits.pop_back();
  return digits;
}

// Whether tokens[i] is a hyphen written solid between two tokens, as in
// "5-million" or "71-year".
bool IsSolidJoin(const std::vector<Token>& tokens, size_t i) {
  return i + 1 < tokens.size() && tokens[i].IsSymbol("-") &&
         !tokens[i].spaced && !tokens[i + 1].spaced;
}

std::optional<Single> ParseNumeral(const std::vector<Token>& tokens,
                                   size_t* pos) {
  const Token& token = tokens[*pos];
  Single single;
  if (!absl::SimpleAtod(token.text, &single.value)) return std::nullopt;
  single.step = RoundingStep(token.text);
  size_t i = *pos + 1;
  // "a $5-million grant": US copy hyphenates a scale before a noun.
  const size_t scale_at = IsSolidJoin(tokens, i) ? i + 1 : i;
  if (scale_at < tokens.size() && tokens[scale_at].kind == TokenKind::kWord) {
    if (auto factor = ScaleOf(kNumeralScales, tokens[scale_at].text)) {
      single.value *= *factor;
      single.step *= *factor;
      single.scale = *factor;
      i = scale_at + 1;
    }
  }
  *pos = i;
  return single;
}

// What the previous word of a written-out number was; it decides which
// words may follow ("seventy" may take "one", "seven" may not).
enum class Last {
  kNone,
  kArticle,
  kHalf,
  kUnit,
  kTeen,
  kTens,
  kHundred,
  kDozen,
  kScale,
  kAnd,
};

bool StartsGroup(Last last) {
  return last == Last::kNone || last == Last::kHundred ||
         last == Last::kScale || last == Last::kAnd;
}

bool IsUnitWord(const Token& token) {
  return token.kind == TokenKind::kWord &&
         IndexOf(kUnitWords, token.text).value_or(0) > 0;
}

// Reads written-out numbers: "seventy-one", "seventy one", "two hundred",
// "one hundred and twenty", "a dozen", "half a million", "a"/"an" (one).
// `allow_and` is off inside "between X and Y", where "and" ends X.
std::optional<Single> ParseWords(const std::vector<Token>& tokens, size_t* pos,
                                 bool allow_and) {
  double total = 0;
  double current = 0;
  double scale = 1;
  Last last = Last::kNone;
  size_t i = *pos;
  size_t end = i;
  while (i < tokens.size()) {
    const Token& token = tokens[i];
    if (token.kind != TokenKind::kWord) {
      // "seventy-one": a solid hyphen joins tens and units.
      if (last == Last::kTens && token.IsSymbol("-") && !token.spaced &&
          i + 1 < tokens.size() && !tokens[i + 1].spaced &&
          IsUnitWord(tokens[i + 1])) {
        ++i;
        continue;
      }
      break;
    }
    const std::string& word = token.text;
    if (auto unit = IndexOf(kUnitWords, word)) {
      if (!StartsGroup(last) && !(last == Last::kTens && *unit > 0)) break;
      current += *unit;
      last = Last::kUnit;
    } else if (auto teen = IndexOf(kTeenWords, word)) {
      if (!StartsGroup(last)) break;
      current += 10 + *teen;
      last = Last::kTeen;
    } else if (auto tens = IndexOf(kTensWords, word)) {
      if (!StartsGroup(last)) break;
      current += 20 + 10 * *tens;
      last = Last::kTens;
    } else if (word == "hundred") {
      if (last != Last::kArticle && last != Last::kUnit &&
          last != Last::kTeen) {
        break;
      }
      current *= 100;
      last = Last::kHundred;
    } else if (word == "dozen") {
      if (last != Last::kArticle && last != Last::kHalf &&
          last != Last::kUnit && last != Last::kTeen && last != Last::kTens) {
        break;
      }
      current *= 12;
      last = Last::kDozen;
    } else if (auto factor = ScaleOf(kWordScales, word)) {
      if (last == Last::kNone || last == Last::kScale || last == Last::kAnd) {
        break;
      }
      total += current * *factor;
      current = 0;
      scale = *factor;
      last = Last::kScale;
    } else if (word == "and") {
      if (!allow_and || (last != Last::kHundred && last != Last::kScale)) {
        break;
      }
      last = Last::kAnd;
    } else if ((word == "a" || word == "an") && last == Last::kNone) {
      current = 1;
      last = Last::kArticle;
    } else if (word == "half" && last == Last::kNone) {
      current = 0.5;
      last = Last::kHalf;
      // "half a million", "half a century": the article goes with "half".
      if (i + 1 < tokens.size() &&
          (tokens[i + 1].IsWord("a") || tokens[i + 1].IsWord("an"))) {
        ++i;
      }
    } else {
      break;
    }
    ++i;
    // A trailing "and" belongs to whatever follows the number.
    if (last != Last::kAnd) end = i;
    if (last != Last::kScale && last != Last::kAnd) scale = 1;
  }
  if (end == *pos) return std::nullopt;
  *pos = end;
  Single single;
  single.value = total + current;
  single.step = RoundingStep(DigitsOf(single.value));
  single.scale = scale;
  return single;
}

std::optional<Single> ParseSingle(const std::vector<Token>& tokens, size_t* pos,
                                  bool allow_and) {
  if (*pos >= tokens.size()) return std::nullopt;
  if (tokens[*pos].kind == TokenKind::kNumeral) {
    return ParseNumeral(tokens, pos);
  }
  return ParseWords(tokens, pos, allow_and);
}

enum class Opener { kNone, kBetween, kFrom };

bool IsConnector(const Token& token, Opener opener) {
  if (token.IsSymbol("-")) return true;
  return opener == Opener::kBetween ? token.IsWord("and") : token.IsWord("to");
}

}  // namespace

std::optional<ParsedNumber> ParseNumberAt(const std::vector<Token>& tokens,
                                          size_t* pos) {
  size_t i = *pos;
  Opener opener = Opener::kNone;
  if (i < tokens.size() && tokens[i].IsWord("between")) {
    opener = Opener::kBetween;
    ++i;
  } else if (i < tokens.size() && tokens[i].IsWord("from")) {
    opener = Opener::kFrom;
    ++i;
  }
  std::optional<Single> first =
      ParseSingle(tokens, &i, opener != Opener::kBetween);
  if (!first) return std::nullopt;
  if (i < tokens.size() && IsConnector(tokens[i], opener)) {
    size_t j = i + 1;
    if (std::optional<Single> second = ParseSingle(tokens, &j, true)) {
      // "20-30 million": the scale written once covers both ends, unless
      // the first end is already large enough ("900,000 to 1.2 million").
      double low = first->value;
      double low_step = first->step;
      if (first->scale == 1 && second->scale > 1 &&
          low * second->scale <= second->value) {
        low *= second->scale;
        low_step *= second->scale;
      }
      // A backwards pair ("30-20") is not a range.
      if (low <= second->value) {
        *pos = j;
        return ParsedNumber{low, second->value,
                            std::min(low_step, second->step), true};
      }
    }
  }
  // "between 20" or "from 20" promises a range it does not give.
  if (opener != Opener::kNone) return std::nullopt;
  // An adjective's tail goes with its figure: "71-year", "500-strong".
  if (IsSolidJoin(tokens, i) && tokens[i + 1].kind == TokenKind::kWord) {
    i += 2;
  }
  *pos = i;
  return ParsedNumber{first->value, first->value, first->step, false};
}

std::optional<ParsedNumber> ParseNumberTokens(std::vector<Token> tokens) {
  TrimPunctuationTokens(&tokens);
  size_t pos = 0;
  std::optional<ParsedNumber> number = ParseNumberAt(tokens, &pos);
  if (!number || pos != tokens.size()) return std::nullopt;
  return number;
}

absl::StatusOr<ParsedNumber> ParseNumber(absl::string_view text) {
  std::optional<ParsedNumber> number = ParseNumberTokens(Tokenize(text));
  if (!number) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a number: \"", TrimSpaces(text), "\""));
  }
  return *number;
}

}  // namespace claimdiff
