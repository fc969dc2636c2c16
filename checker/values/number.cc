#include "checker/values/number.h"

#include <algorithm>
#include <cmath>
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
  // A fraction of one written as such ("a third", "½"); see ParsedNumber.
  bool fraction = false;
};

struct ScaleWord {
  absl::string_view word;
  double factor;
};

// Scales that may follow a numeral, written out or abbreviated as
// financial copy does ("2.2bn", "€1.5m", "30k"), and the Indian lakh (1e5)
// and crore (1e7) of South Asian copy ("5 lakh", "₹2,000 crore").
constexpr ScaleWord kNumeralScales[] = {
    {"hundred", 1e2},   {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
    {"trillion", 1e12}, {"k", 1e3},        {"m", 1e6},       {"mn", 1e6},
    {"mln", 1e6},       {"b", 1e9},        {"bn", 1e9},      {"bln", 1e9},
    {"tn", 1e12},       {"trn", 1e12},     {"lakh", 1e5},    {"lakhs", 1e5},
    {"crore", 1e7},     {"crores", 1e7},
};

// Scales that may follow number words ("two million", "a thousand", "two
// crore").
constexpr ScaleWord kWordScales[] = {
    {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
    {"lakh", 1e5},     {"lakhs", 1e5},   {"crore", 1e7},   {"crores", 1e7}};

constexpr absl::string_view kUnitWords[] = {"zero",  "one",  "two", "three",
                                            "four",  "five", "six", "seven",
                                            "eight", "nine"};
constexpr absl::string_view kTeenWords[] = {
    "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr absl::string_view kTensWords[] = {"twenty", "thirty", "forty",
                                            "fifty",  "sixty",  "seventy",
                                            "eighty", "ninety"};

// Ordinal words read as the number they rank ("third" is 3, "twenty-first"
// 21), for the kinds that need them ("the third quarter", "for the third
// year"). Indexed like kUnitWords, kTeenWords and kTensWords.
constexpr absl::string_view kUnitOrdinals[] = {
    "zeroth", "first", "second",  "third",  "fourth",
    "fifth",  "sixth", "seventh", "eighth", "ninth"};
constexpr absl::string_view kTeenOrdinals[] = {
    "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
constexpr absl::string_view kTensOrdinals[] = {
    "twentieth", "thirtieth",  "fortieth",  "fiftieth",
    "sixtieth",  "seventieth", "eightieth", "ninetieth"};

struct Denominator {
  absl::string_view word;
  int denominator;
};

// Fraction words after a numerator ("a third", "two-thirds", "three
// quarters"). "half" is read separately since it also stands alone.
constexpr Denominator kDenominators[] = {
    {"third", 3},  {"thirds", 3},  {"quarter", 4}, {"quarters", 4},
    {"fifth", 5},  {"fifths", 5},  {"sixth", 6},   {"sixths", 6},
    {"eighth", 8}, {"eighths", 8}, {"tenth", 10},  {"tenths", 10},
};

struct VulgarFraction {
  absl::string_view symbol;  // UTF-8
  int numerator;
  int denominator;
};

// Typeset fractions, alone ("½") or after a whole number ("2½").
constexpr VulgarFraction kVulgarFractions[] = {
    {"\xC2\xBD", 1, 2},      // ½
    {"\xC2\xBC", 1, 4},      // ¼
    {"\xC2\xBE", 3, 4},      // ¾
    {"\xE2\x85\x93", 1, 3},  // ⅓
    {"\xE2\x85\x94", 2, 3},  // ⅔
};

constexpr absl::string_view kOrdinalSuffixes[] = {"st", "nd", "rd", "th"};

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

const VulgarFraction* VulgarAt(const std::vector<Token>& tokens, size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::kSymbol) {
    return nullptr;
  }
  for (const VulgarFraction& fraction : kVulgarFractions) {
    if (tokens[i].text == fraction.symbol) return &fraction;
  }
  return nullptr;
}

std::optional<int> DenominatorOf(absl::string_view word) {
  for (const Denominator& d : kDenominators) {
    if (d.word == word) return d.denominator;
  }
  return std::nullopt;
}

std::optional<Single> ParseNumeral(const std::vector<Token>& tokens,
                                   size_t* pos) {
  const Token& token = tokens[*pos];
  Single single;
  if (!absl::SimpleAtod(token.text, &single.value)) return std::nullopt;
  single.step = RoundingStep(token.text);
  size_t i = *pos + 1;
  // "2½": a typeset fraction written solid with the whole number.
  if (const VulgarFraction* fraction = VulgarAt(tokens, i);
      fraction != nullptr && !tokens[i].spaced &&
      token.text.find('.') == std::string::npos) {
    single.value +=
        static_cast<double>(fraction->numerator) / fraction->denominator;
    single.step = FractionStep(fraction->denominator);
    ++i;
  } else if (i < tokens.size() && !tokens[i].spaced &&
             tokens[i].kind == TokenKind::kWord &&
             IndexOf(kOrdinalSuffixes, tokens[i].text)) {
    // "21st" reads 21; an ordinal takes no scale.
    *pos = i + 1;
    return single;
  }
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

// The number of tokens in the "and a half" (or "and one half") that starts
// at tokens[i], or 0. Its words may be spaced or hyphenated solid, as in
// "three-and-a-half", whose leading hyphen comes along (the duration parser
// may already have taken it, leaving "a and-a-half" of "a year-and-a-half").
size_t AndAHalfLength(const std::vector<Token>& tokens, size_t i) {
  const size_t start = i;
  const auto solid_hyphen_at = [&tokens](size_t k) {
    return k + 1 < tokens.size() && tokens[k].IsSymbol("-") &&
           !tokens[k].spaced && !tokens[k + 1].spaced;
  };
  if (solid_hyphen_at(i)) ++i;
  constexpr int kWords = 3;
  for (int k = 0; k < kWords; ++k) {
    if (k > 0 && solid_hyphen_at(i)) ++i;
    if (i >= tokens.size()) return 0;
    const Token& token = tokens[i];
    const bool fits = k == 0   ? token.IsWord("and")
                      : k == 1 ? token.IsWord("a") || token.IsWord("one")
                               : token.IsWord("half");
    if (!fits) return 0;
    ++i;
  }
  return i - start;
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
  kFraction,  // "a third", "two-thirds", "two and a half"
  kOrdinal,   // "third", "twenty-first": nothing may follow
};

bool StartsGroup(Last last) {
  return last == Last::kNone || last == Last::kHundred ||
         last == Last::kScale || last == Last::kAnd;
}

bool IsUnitWord(const Token& token) {
  return token.kind == TokenKind::kWord &&
         (IndexOf(kUnitWords, token.text).value_or(0) > 0 ||
          IndexOf(kUnitOrdinals, token.text).value_or(0) > 0);
}

bool IsFractionWord(const Token& token) {
  return token.kind == TokenKind::kWord &&
         DenominatorOf(token.text).has_value();
}

// Reads written-out numbers: "seventy-one", "seventy one", "two hundred",
// "one hundred and twenty", "a dozen", "half a million", "a"/"an" (one).
// `allow_and` is off inside "between X and Y", where "and" ends X.
std::optional<Single> ParseWords(const std::vector<Token>& tokens, size_t* pos,
                                 bool allow_and) {
  double total = 0;
  double current = 0;
  double scale = 1;
  // Set once a fraction word is read; then the figure's step (see
  // FractionStep), times any scale that follows.
  double fraction_step = 0;
  Last last = Last::kNone;
  size_t i = *pos;
  size_t end = i;
  while (i < tokens.size()) {
    const Token& token = tokens[i];
    // "two and a half", "three-and-a-half", "a million and a half", "a year
    // and a half" (the duration parser leaves "a and a half" once the unit
    // is taken out).
    if (const size_t half = AndAHalfLength(tokens, i);
        half > 0 &&
        (last == Last::kArticle || last == Last::kUnit || last == Last::kTeen ||
         last == Last::kTens || last == Last::kScale)) {
      if (last == Last::kScale) {
        total += 0.5 * scale;
      } else {
        current += 0.5;
        last = Last::kFraction;
        scale = 1;
      }
      i += half;
      end = i;
      continue;
    }
    if (token.kind != TokenKind::kWord) {
      // "seventy-one": a solid hyphen joins tens and units.
      if (last == Last::kTens && token.IsSymbol("-") && !token.spaced &&
          i + 1 < tokens.size() && !tokens[i + 1].spaced &&
          IsUnitWord(tokens[i + 1])) {
        ++i;
        continue;
      }
      // "one-third", "three-quarters": a solid hyphen joins a numerator
      // and its fraction word.
      if ((last == Last::kUnit || last == Last::kArticle) &&
          token.IsSymbol("-") && !token.spaced && i + 1 < tokens.size() &&
          !tokens[i + 1].spaced && IsFractionWord(tokens[i + 1])) {
        ++i;
        continue;
      }
      break;
    }
    const std::string& word = token.text;
    if (last == Last::kOrdinal) break;
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
      if (last == Last::kOrdinal) break;
      total += current * *factor;
      current = 0;
      scale = *factor;
      fraction_step *= *factor;
      last = Last::kScale;
    } else if (auto ordinal = IndexOf(kUnitOrdinals, word);
               ordinal && *ordinal > 0 &&
               (last == Last::kNone || last == Last::kTens)) {
      // "third" alone, or the tail of "twenty-first".
      current += *ordinal;
      last = Last::kOrdinal;
    } else if (auto teen = IndexOf(kTeenOrdinals, word);
               teen && last == Last::kNone) {
      current = 10 + *teen;
      last = Last::kOrdinal;
    } else if (auto tens = IndexOf(kTensOrdinals, word);
               tens && last == Last::kNone) {
      current = 20 + 10 * *tens;
      last = Last::kOrdinal;
    } else if (auto denominator = DenominatorOf(word);
               denominator && total == 0 &&
               (last == Last::kArticle || last == Last::kUnit)) {
      // "a third", "two-thirds", "three quarters".
      current /= *denominator;
      fraction_step = FractionStep(*denominator);
      last = Last::kFraction;
    } else if (word == "of" && last == Last::kFraction &&
               i + 1 < tokens.size() &&
               (tokens[i + 1].IsWord("a") || tokens[i + 1].IsWord("an"))) {
      // "a quarter of a million"; left bare ("a quarter of a") when a
      // unit was taken out of "a quarter of a century".
      ++i;
    } else if (word == "half" && last == Last::kArticle) {
      // "a half-century".
      current = 0.5;
      last = Last::kHalf;
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
  single.fraction = (last == Last::kFraction || last == Last::kHalf) &&
                    total == 0 && current < 1;
  single.step =
      fraction_step > 0 ? fraction_step : RoundingStep(DigitsOf(single.value));
  single.scale = scale;
  return single;
}

std::optional<Single> ParseUnsigned(const std::vector<Token>& tokens,
                                    size_t* pos, bool allow_and) {
  if (*pos >= tokens.size()) return std::nullopt;
  if (tokens[*pos].kind == TokenKind::kNumeral) {
    return ParseNumeral(tokens, pos);
  }
  // "½" on its own.
  if (const VulgarFraction* fraction = VulgarAt(tokens, *pos)) {
    ++*pos;
    Single single;
    single.value =
        static_cast<double>(fraction->numerator) / fraction->denominator;
    single.step = FractionStep(fraction->denominator);
    single.fraction = true;
    return single;
  }
  return ParseWords(tokens, pos, allow_and);
}

// A figure with its sign: "-5" (any dash written solid before a numeral,
// including the minus sign U+2212) or "minus 5".
std::optional<Single> ParseSingle(const std::vector<Token>& tokens, size_t* pos,
                                  bool allow_and) {
  size_t i = *pos;
  if (i + 1 < tokens.size() &&
      ((tokens[i].IsSymbol("-") && tokens[i].spaced &&
        tokens[i + 1].kind == TokenKind::kNumeral && !tokens[i + 1].spaced) ||
       tokens[i].IsWord("minus"))) {
    ++i;
    std::optional<Single> single = ParseUnsigned(tokens, &i, allow_and);
    if (!single) return std::nullopt;
    single->value = -single->value;
    *pos = i;
    return single;
  }
  return ParseUnsigned(tokens, pos, allow_and);
}

enum class Opener { kNone, kBetween, kFrom };

bool IsConnector(const Token& token, Opener opener) {
  if (token.IsSymbol("-")) return true;
  return opener == Opener::kBetween ? token.IsWord("and") : token.IsWord("to");
}

// Reads "or M" at tokens[*pos] after `first`, which starts at
// tokens[start], as the span first..M when IsOrSpan holds for the figures
// without their scale ("four or five", "two or three million", "a million
// or two"); a scale written on one end covers both. Moves *pos past M;
// nullopt, leaving *pos alone, otherwise, so that "30 or more" and "100 or
// so" keep their "or" for the qualifier reader. A bare article is no
// figure to span from: "a or two" is what the duration parser leaves of
// "a year or two", which it reads itself.
std::optional<ParsedNumber> ParseOrSpan(const std::vector<Token>& tokens,
                                        size_t start, const Single& first,
                                        size_t* pos) {
  size_t i = *pos;
  if (i >= tokens.size() || !tokens[i].IsWord("or")) return std::nullopt;
  if (i == start + 1 &&
      (tokens[start].IsWord("a") || tokens[start].IsWord("an"))) {
    return std::nullopt;
  }
  ++i;
  std::optional<Single> second = ParseSingle(tokens, &i, true);
  if (!second) return std::nullopt;
  // "two million or three million" shares a scale; "2 million or 3
  // billion" has none to share.
  if (first.scale != second->scale && first.scale != 1 && second->scale != 1) {
    return std::nullopt;
  }
  const double scale = std::max(first.scale, second->scale);
  const double low = first.value / first.scale;
  const double high = second->value / second->scale;
  if (!IsOrSpan(low, high)) return std::nullopt;
  *pos = i;
  return ParsedNumber{
      low * scale, high * scale,
      std::min(first.step / first.scale, second->step / second->scale) * scale,
      true};
}

}  // namespace

// A fraction is as coarse as the fractions it is chosen from: "about a
// third" is 0.27-0.4 and "2½" rounds like "2.5". 0.2 / 2 keeps "half" at
// the step of "0.5".
double FractionStep(double denominator) { return 0.2 / denominator; }

bool IsOrSpan(double first, double second) {
  return first >= 1 && first == std::floor(first) && second == first + 1;
}

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
  if (std::optional<ParsedNumber> span =
          ParseOrSpan(tokens, *pos, *first, &i)) {
    *pos = i;
    return span;
  }
  // An adjective's tail goes with its figure: "71-year", "500-strong".
  if (IsSolidJoin(tokens, i) && tokens[i + 1].kind == TokenKind::kWord) {
    i += 2;
  }
  *pos = i;
  ParsedNumber number{first->value, first->value, first->step, false};
  number.fraction = first->fraction;
  return number;
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
