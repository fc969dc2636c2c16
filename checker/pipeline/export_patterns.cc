#include "checker/pipeline/export_patterns.h"

#include <cstdint>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "checker/rulepack/fragments.h"

namespace claimdiff {
namespace {

// An empty-width assertion no position satisfies: what a newline becomes,
// since ripgrep's lines never hold one and it rejects patterns that must
// match one.
constexpr absl::string_view kNever = "(?-u:\\b\\B)";

// What one escape sequence denotes.
struct Escape {
  enum Type {
    kChar,       // one code point: \n, \x41, \012, \.
    kClass,      // \d \s \w, their negations, \pL, \p{Greek}
    kAssertion,  // \b \B \A \z
    kAnyByte,    // \C
    kQuote,      // \Q...\E
  };
  Type type = kChar;
  uint32_t code = 0;  // kChar
  // kClass: the body to put inside brackets ("0-9"), and whether it is
  // negated; a Unicode class is written whole ("\pL") with negated false.
  std::string body;
  bool negated = false;
  bool unicode = false;
  std::string text;  // kAssertion: its Rust form; kQuote: the literal text
};

absl::Status Error(absl::string_view what, absl::string_view pattern,
                   size_t at) {
  return absl::InvalidArgumentError(
      absl::StrCat(what, " at offset ", at, " of pattern: ", pattern));
}

bool IsOctal(char c) { return c >= '0' && c <= '7'; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The length of the UTF-8 sequence that `lead` starts (1 for a stray
// continuation byte, which RE2 would have rejected anyway).
size_t Utf8Length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Reads the escape at pattern[*i] == '\\' as RE2 does, and leaves *i on
// its last byte.
absl::Status ReadEscape(absl::string_view pattern, size_t* i, Escape* e) {
  const size_t start = *i;
  if (start + 1 >= pattern.size()) {
    return Error("trailing backslash", pattern, start);
  }
  const char c = pattern[start + 1];
  *i = start + 1;
  switch (c) {
    case 'a':
      e->code = 7;
      return absl::OkStatus();
    case 'f':
      e->code = 12;
      return absl::OkStatus();
    case 'n':
      e->code = 10;
      return absl::OkStatus();
    case 'r':
      e->code = 13;
      return absl::OkStatus();
    case 't':
      e->code = 9;
      return absl::OkStatus();
    case 'v':
      e->code = 11;
      return absl::OkStatus();
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      // A lone nonzero digit is a backreference, which RE2 refuses.
      if (start + 2 >= pattern.size() || !IsOctal(pattern[start + 2])) {
        return Error("backreference", pattern, start);
      }
      [[fallthrough]];
    case '0': {
      // Up to three octal digits in all.
      uint32_t code = 0;
      size_t j = start + 1;
      for (int digits = 0;
           digits < 3 && j < pattern.size() && IsOctal(pattern[j]);
           ++digits, ++j) {
        code = code * 8 + static_cast<uint32_t>(pattern[j] - '0');
      }
      e->code = code;
      *i = j - 1;
      return absl::OkStatus();
    }
    case 'x': {
      size_t j = start + 2;
      uint32_t code = 0;
      if (j < pattern.size() && pattern[j] == '{') {
        ++j;
        const size_t digits_start = j;
        while (j < pattern.size() && HexValue(pattern[j]) >= 0) {
          code = code * 16 + static_cast<uint32_t>(HexValue(pattern[j]));
          ++j;
        }
        if (j == digits_start || j >= pattern.size() || pattern[j] != '}') {
          return Error("bad \\x{...} escape", pattern, start);
        }
        *i = j;
      } else {
        if (j + 1 >= pattern.size() || HexValue(pattern[j]) < 0 ||
            HexValue(pattern[j + 1]) < 0) {
          return Error("bad \\x escape", pattern, start);
        }
        code = static_cast<uint32_t>(HexValue(pattern[j]) * 16 +
                                     HexValue(pattern[j + 1]));
        *i = j + 1;
      }
      e->code = code;
      return absl::OkStatus();
    }
    case 'd':
    case 'D':
      e->type = Escape::kClass;
      e->body = "0-9";
      e->negated = c == 'D';
      return absl::OkStatus();
    case 's':
    case 'S':
      e->type = Escape::kClass;
      e->body = "\\t\\n\\f\\r ";
      e->negated = c == 'S';
      return absl::OkStatus();
    case 'w':
    case 'W':
      e->type = Escape::kClass;
      e->body = "0-9A-Za-z_";
      e->negated = c == 'W';
      return absl::OkStatus();
    case 'p':
    case 'P': {
      bool negated = c == 'P';
      std::string name;
      size_t j = start + 2;
      if (j >= pattern.size()) return Error("bad \\p", pattern, start);
      if (pattern[j] == '{') {
        const size_t close = pattern.find('}', j);
        if (close == absl::string_view::npos) {
          return Error("unclosed \\p{", pattern, start);
        }
        name = std::string(pattern.substr(j + 1, close - j - 1));
        // RE2's \p{^Greek} is Rust's \P{Greek}.
        if (!name.empty() && name[0] == '^') {
          name.erase(0, 1);
          negated = !negated;
        }
        *i = close;
      } else {
        // One letter: \pL, \pN.
        const size_t len = Utf8Length(static_cast<unsigned char>(pattern[j]));
        name = std::string(pattern.substr(j, len));
        *i = j + len - 1;
      }
      e->type = Escape::kClass;
      e->unicode = true;
      e->body = absl::StrCat(negated ? "\\P" : "\\p", "{", name, "}");
      return absl::OkStatus();
    }
    case 'b':
      e->type = Escape::kAssertion;
      e->text = "(?-u:\\b)";
      return absl::OkStatus();
    case 'B':
      e->type = Escape::kAssertion;
      e->text = "(?-u:\\B)";
      return absl::OkStatus();
    case 'A':
      e->type = Escape::kAssertion;
      e->text = "\\A";
      return absl::OkStatus();
    case 'z':
      e->type = Escape::kAssertion;
      e->text = "\\z";
      return absl::OkStatus();
    case 'C':
      e->type = Escape::kAnyByte;
      return absl::OkStatus();
    case 'Q': {
      // Literal up to the first \E, or to the end.
      size_t end = pattern.find("\\E", start + 2);
      const size_t stop = end == absl::string_view::npos ? pattern.size() : end;
      e->type = Escape::kQuote;
      e->text = std::string(pattern.substr(start + 2, stop - start - 2));
      *i = end == absl::string_view::npos ? pattern.size() - 1 : end + 1;
      return absl::OkStatus();
    }
    default:
      break;
  }
  // Any other ASCII punctuation stands for itself ("\/", "\_", "\.").
  const unsigned char u = static_cast<unsigned char>(c);
  if (u < 0x80 && !absl::ascii_isalnum(u)) {
    e->code = u;
    return absl::OkStatus();
  }
  return Error(absl::StrCat("unsupported escape \\", std::string(1, c)),
               pattern, start);
}

// A control character as a Rust escape.
std::string ControlEscape(uint32_t code) {
  switch (code) {
    case 7:
      return "\\a";
    case 9:
      return "\\t";
    case 10:
      return "\\n";
    case 11:
      return "\\v";
    case 12:
      return "\\f";
    case 13:
      return "\\r";
    default:
      return absl::StrFormat("\\x{%X}", code);
  }
}

// One code point given by an escape, as a Rust literal outside brackets
// (in_class false) or inside them. Newlines are the caller's business.
std::string EscapedLiteral(uint32_t code, bool in_class) {
  if (code < 0x20 || code == 0x7F) return ControlEscape(code);
  if (code >= 0x80) return absl::StrFormat("\\x{%X}", code);
  const char c = static_cast<char>(code);
  const absl::string_view meta =
      in_class ? absl::string_view("[]\\^-&~") : "\\.+*?()|[]{}^$";
  if (meta.find(c) != absl::string_view::npos) {
    return absl::StrCat("\\", std::string(1, c));
  }
  return std::string(1, c);
}

// The literal text of \Q...\E, escaped for Rust outside brackets.
std::string QuotedLiteral(absl::string_view text) {
  std::string out;
  for (size_t k = 0; k < text.size(); ++k) {
    const unsigned char u = static_cast<unsigned char>(text[k]);
    if (u == '\n') {
      out.append(kNever.data(), kNever.size());
    } else if (u >= 0x80) {
      out.push_back(text[k]);
    } else {
      out += EscapedLiteral(u, false);
    }
  }
  return out;
}

// If a valid RE2 repetition {n}, {n,} or {n,m} starts at pattern[i],
// returns its length; otherwise 0 (RE2 then reads the brace literally).
size_t RepetitionLength(absl::string_view pattern, size_t i) {
  size_t j = i + 1;
  const size_t lo = j;
  while (j < pattern.size() && absl::ascii_isdigit(pattern[j])) ++j;
  if (j == lo || j >= pattern.size()) return 0;
  if (pattern[j] == ',') {
    ++j;
    while (j < pattern.size() && absl::ascii_isdigit(pattern[j])) ++j;
  }
  if (j >= pattern.size() || pattern[j] != '}') return 0;
  return j - i + 1;
}

// One member of a bracketed class.
struct ClassItem {
  std::string text;      // as Rust writes it inside brackets
  bool newline = false;  // the item is exactly "\n"
};

// Reads one member of a class at pattern[*i] and leaves *i on its last
// byte: a character (a literal or an escape denoting one), whose code
// point goes to *code, or a class escape (\d, \pL), for which *is_char is
// set false. *text is the member as Rust writes it inside brackets.
absl::Status ReadClassAtom(absl::string_view pattern, size_t* i, uint32_t* code,
                           std::string* text, bool* is_char) {
  *is_char = true;
  const unsigned char u = static_cast<unsigned char>(pattern[*i]);
  if (u == '\\') {
    Escape e;
    const size_t start = *i;
    if (absl::Status s = ReadEscape(pattern, i, &e); !s.ok()) return s;
    if (e.type == Escape::kClass) {
      *is_char = false;
      if (e.unicode) {
        *text = e.body;
      } else if (e.negated) {
        *text = absl::StrCat("[^", e.body, "]");  // a nested class
      } else {
        *text = e.body;
      }
      return absl::OkStatus();
    }
    if (e.type != Escape::kChar) {
      return Error("escape not allowed in a class", pattern, start);
    }
    *code = e.code;
    *text = EscapedLiteral(e.code, true);
    return absl::OkStatus();
  }
  if (u >= 0x80) {
    const size_t len = Utf8Length(u);
    *text = std::string(pattern.substr(*i, len));
    *code = 0x80;  // only "not a newline, not special" matters here
    *i += len - 1;
    return absl::OkStatus();
  }
  *code = u;
  *text = EscapedLiteral(u, true);
  return absl::OkStatus();
}

// Translates the class at pattern[*i] == '[' and leaves *i on its ']'.
absl::Status TranslateClass(absl::string_view pattern, size_t* i,
                            std::string* out) {
  const size_t start = *i;
  size_t j = start + 1;
  bool negated = false;
  if (j < pattern.size() && pattern[j] == '^') {
    negated = true;
    ++j;
  }
  std::vector<ClassItem> items;
  bool first = true;
  while (true) {
    if (j >= pattern.size()) return Error("missing ]", pattern, start);
    if (pattern[j] == ']' && !first) break;
    first = false;
    // A POSIX class: [:alpha:], [:^digit:]; both syntaxes have them.
    if (pattern[j] == '[' && j + 1 < pattern.size() && pattern[j + 1] == ':') {
      const size_t end = pattern.find(":]", j + 2);
      if (end != absl::string_view::npos) {
        items.push_back({std::string(pattern.substr(j, end + 2 - j)), false});
        j = end + 2;
        continue;
      }
    }
    uint32_t lo = 0;
    std::string lo_text;
    bool is_char = true;
    if (absl::Status s = ReadClassAtom(pattern, &j, &lo, &lo_text, &is_char);
        !s.ok()) {
      return s;
    }
    ++j;
    // A range: a character, '-', and a character that is not the ']'.
    if (is_char && j + 1 < pattern.size() && pattern[j] == '-' &&
        pattern[j + 1] != ']') {
      ++j;
      uint32_t hi = 0;
      std::string hi_text;
      bool hi_is_char = true;
      if (absl::Status s =
              ReadClassAtom(pattern, &j, &hi, &hi_text, &hi_is_char);
          !s.ok()) {
        return s;
      }
      if (!hi_is_char) return Error("bad class range", pattern, start);
      ++j;
      items.push_back(
          {absl::StrCat(lo_text, "-", hi_text), lo == '\n' && hi == '\n'});
      continue;
    }
    items.push_back({lo_text, is_char && lo == '\n'});
  }
  *i = j;
  bool only_newlines = true;
  for (const ClassItem& item : items) only_newlines &= item.newline;
  if (only_newlines && !negated) {
    out->append(kNever.data(), kNever.size());
    return absl::OkStatus();
  }
  out->push_back('[');
  if (negated) out->push_back('^');
  for (const ClassItem& item : items) out->append(item.text);
  out->push_back(']');
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::string> RipgrepPattern(absl::string_view re2_pattern) {
  const std::string stripped = StripCaptures(re2_pattern);
  const absl::string_view p = stripped;
  std::string out;
  out.reserve(p.size() + p.size() / 4);
  for (size_t i = 0; i < p.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    switch (c) {
      case '\\': {
        Escape e;
        if (absl::Status s = ReadEscape(p, &i, &e); !s.ok()) return s;
        switch (e.type) {
          case Escape::kChar:
            if (e.code == '\n') {
              out.append(kNever.data(), kNever.size());
            } else {
              out += EscapedLiteral(e.code, false);
            }
            break;
          case Escape::kClass:
            if (e.unicode) {
              out += e.body;
            } else {
              absl::StrAppend(&out, e.negated ? "[^" : "[", e.body, "]");
            }
            break;
          case Escape::kAssertion:
            out += e.text;
            break;
          case Escape::kAnyByte:
            out += "(?s-u:.)";
            break;
          case Escape::kQuote:
            // Characters one by one, as RE2 reads them: a repetition
            // after \E applies to the last one only.
            out += QuotedLiteral(e.text);
            break;
        }
        break;
      }
      case '[':
        if (absl::Status s = TranslateClass(p, &i, &out); !s.ok()) return s;
        break;
      case '(':
        // StripCaptures left only (?flags), (?flags:...) and (?:...); a
        // (?<name> group, which newer RE2 releases accept, is made
        // non-capturing here.
        if (p.substr(i, 3) == "(?<") {
          const size_t close = p.find('>', i);
          if (close == absl::string_view::npos) {
            return Error("unclosed group name", p, i);
          }
          out += "(?:";
          i = close;
        } else if (p.substr(i, 2) != "(?") {
          out += "(?:";
        } else {
          out.push_back('(');
        }
        break;
      case '{': {
        const size_t len = RepetitionLength(p, i);
        if (len > 0) {
          out.append(p.data() + i, len);
          i += len - 1;
        } else {
          out += "\\{";
        }
        break;
      }
      case '}':
        out += "\\}";
        break;
      case ']':
        out += "\\]";
        break;
      case '\n':
        out.append(kNever.data(), kNever.size());
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += ControlEscape(c);
        } else {
          out.push_back(static_cast<char>(c));
        }
        break;
    }
  }
  return out;
}

absl::Status WriteRipgrepPatterns(const RulePack& pack, std::ostream& out) {
  std::string text;
  for (const Rule& rule : pack.rules) {
    for (const std::string& pattern : rule.patterns) {
      absl::StatusOr<std::string> translated = RipgrepPattern(pattern);
      if (!translated.ok()) {
        return absl::InvalidArgumentError(
            absl::StrCat(rule.file, ": error: rule ", rule.id,
                         ": cannot export a pattern for ripgrep: ",
                         translated.status().message()));
      }
      absl::StrAppend(&text, *translated, "\n");
    }
  }
  out << text;
  return absl::OkStatus();
}

}  // namespace claimdiff
