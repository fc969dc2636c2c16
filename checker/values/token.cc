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

// Reads a numeral starting at `pos`. A comma counts as a thousands
// separator only when exactly three digits follow it, so "15, 2016" stays
// two figures; a point is decimal only when a digit follows it.
std::string ReadNumeral(absl::string_view text, size_t* pos) {
  std::string digits;
  bool seen_point = false;
  size_t i = *pos;
  while (i < text.size()) {
    if (IsDigit(text, i)) {
      digits.push_back(text[i++]);
    } else if (text[i] == ',' && !seen_point && IsDigit(text, i + 1) &&
               IsDigit(text, i + 2) && IsDigit(text, i + 3) &&
               !IsDigit(text, i + 4)) {
      ++i;
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
