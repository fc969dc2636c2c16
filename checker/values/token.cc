#include "checker/values/token.h"

#include <algorithm>
#include <cstddef>
#include <utility>

#include "absl/strings/ascii.h"
#include "checker/values/text.h"

namespace claimdiff {
namespace {

bool IsDigit(absl::string_view text, size_t pos) {
  return pos < text.size() &&
         absl::ascii_isdigit(static_cast<unsigned char>(text[pos]));
}

bool IsLetter(absl::string_view text, size_t pos) {
  return pos < text.size() &&
         absl::ascii_isalpha(static_cast<unsigned char>(text[pos]));
}

// The byte length of the UTF-8 character that starts at `pos`.
size_t CharLength(absl::string_view text, size_t pos) {
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  size_t length = 1;
  if (lead >= 0xF0) {
    length = 4;
  } else if (lead >= 0xE0) {
    length = 3;
  } else if (lead >= 0xC0) {
    length = 2;
  }
  return std::min(length, text.size() - pos);
}

// Whether three digits, and no fourth, start at `pos`.
bool IsDigitGroup(absl::string_view text, size_t pos) {
  return IsDigit(text, pos) && IsDigit(text, pos + 1) &&
         IsDigit(text, pos + 2) && !IsDigit(text, pos + 3);
}

// The byte length of a space that may separate thousands ("40 000"): one
// ASCII, no-break, thin or narrow no-break space; 0 for anything else,
// including tabs and line breaks.
size_t GroupSpaceLength(absl::string_view text, size_t pos) {
  static constexpr absl::string_view kSpaces[] = {
      " ",
      "\xC2\xA0",      // no-break space
      "\xE2\x80\x89",  // thin space
      "\xE2\x80\xAF",  // narrow no-break space
  };
  for (absl::string_view space : kSpaces) {
    if (text.substr(pos, space.size()) == space) return space.size();
  }
  return 0;
}

// Reads a numeral starting at `pos`. A comma counts as a thousands
// separator only when exactly three digits follow it, so "15, 2016" stays
// two figures; a point is decimal only when a digit follows it. A space
// separates thousands only when every group is exactly three digits after
// a first group of one to three ("40 000", "1 250 000"), so "15 2016" and
// "2016 100" stay two figures.
std::string ReadNumeral(absl::string_view text, size_t* pos) {
  std::string digits;
  bool seen_point = false;
  // Digits since the start or the last separator, and whether a space has
  // separated a group yet.
  size_t group = 0;
  bool space_grouped = false;
  size_t i = *pos;
  while (i < text.size()) {
    if (IsDigit(text, i)) {
      digits.push_back(text[i++]);
      ++group;
    } else if (const size_t space = GroupSpaceLength(text, i);
               space > 0 && !seen_point && group >= 1 && group <= 3 &&
               (!space_grouped || group == 3) &&
               IsDigitGroup(text, i + space) &&
               !(i + space + 3 < text.size() &&
                 (text[i + space + 3] == '.' || text[i + space + 3] == ',') &&
                 IsDigit(text, i + space + 4))) {
      i += space;
      group = 0;
      space_grouped = true;
    } else if (text[i] == ',' && !seen_point && IsDigit(text, i + 1) &&
               IsDigit(text, i + 2) && IsDigit(text, i + 3) &&
               !IsDigit(text, i + 4)) {
      ++i;
      group = 0;
    } else if (text[i] == '.' && !seen_point && IsDigit(text, i + 1)) {
      seen_point = true;
      digits.push_back(text[i++]);
    } else {
      break;
    }
  }
  *pos = i;
  return digits;
}

std::string CanonicalSymbol(absl::string_view symbol) {
  static constexpr absl::string_view kDashes[] = {
      "\xE2\x80\x90",  // hyphen
      "\xE2\x80\x91",  // non-breaking hyphen
      "\xE2\x80\x93",  // en dash
      "\xE2\x80\x94",  // em dash
      "\xE2\x88\x92",  // minus sign
  };
  for (absl::string_view dash : kDashes) {
    if (symbol == dash) return "-";
  }
  return std::string(symbol);
}

}  // namespace

std::vector<Token> Tokenize(absl::string_view text) {
  std::vector<Token> tokens;
  bool spaced = true;
  size_t i = 0;
  while (i < text.size()) {
    if (size_t n = SpaceLength(text, i)) {
      spaced = true;
      i += n;
      continue;
    }
    Token token;
    token.spaced = spaced;
    if (IsDigit(text, i)) {
      token.kind = TokenKind::kNumeral;
      token.text = ReadNumeral(text, &i);
    } else if (IsLetter(text, i)) {
      token.kind = TokenKind::kWord;
      while (IsLetter(text, i)) {
        token.text.push_back(
            absl::ascii_tolower(static_cast<unsigned char>(text[i++])));
      }
    } else {
      const size_t length = CharLength(text, i);
      token.kind = TokenKind::kSymbol;
      token.text = CanonicalSymbol(text.substr(i, length));
      i += length;
    }
    tokens.push_back(std::move(token));
    spaced = false;
  }
  return tokens;
}

void TrimPunctuationTokens(std::vector<Token>* tokens) {
  auto is_punctuation = [](const Token& token) {
    return token.IsSymbol(",") || token.IsSymbol(".") || token.IsSymbol(";") ||
           token.IsSymbol(":");
  };
  while (!tokens->empty() && is_punctuation(tokens->back())) {
    tokens->pop_back();
  }
  size_t leading = 0;
  while (leading < tokens->size() && is_punctuation((*tokens)[leading])) {
    ++leading;
  }
  tokens->erase(tokens->begin(), tokens->begin() + leading);
}

}  // namespace claimdiff
