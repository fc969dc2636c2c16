// Splitting claim text into words, numerals and symbols.
//
// The value parsers work on tokens rather than regular expressions: a
// figure such as "$2.2bn" or "71-year-old" is a short sequence whose parts
// (currency, numeral, scale, unit) can then be matched one at a time.
#ifndef CLAIMDIFF_VALUES_TOKEN_H_
#define CLAIMDIFF_VALUES_TOKEN_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimdiff {

enum class TokenKind { kWord, kNumeral, kSymbol };

struct Token {
  TokenKind kind = TokenKind::kSymbol;
  // Words are lowercased ASCII letters. Numerals keep their digits and
  // decimal point but drop thousands separators ("1,312" -> "1312"). A
  // symbol is one character, which may be several UTF-8 bytes ("€");
  // the dashes "–", "—", "‐" and the minus sign "−" all read as "-".
  std::string text;
  // Whether whitespace or the start of the text comes before the token. It
  // tells "US$" (a currency) from "us $", and "71-year" (one adjective) from
  // "71 - year".
  bool spaced = true;

  bool IsWord(absl::string_view word) const {
    return kind == TokenKind::kWord && text == word;
  }
  bool IsSymbol(absl::string_view symbol) const {
    return kind == TokenKind::kSymbol && text == symbol;
  }
};

// Splits `text` into tokens; whitespace separates tokens and is dropped.
// Letters and digits written together split apart ("2.2bn" -> "2.2", "bn";
// "15th" -> "15", "th") with `spaced` false on the second.
std::vector<Token> Tokenize(absl::string_view text);

// Drops sentence punctuation (",", ".", ";", ":") from both ends, which a
// capture sometimes drags along ("2.2 billion.").
void TrimPunctuationTokens(std::vector<Token>* tokens);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_TOKEN_H_
