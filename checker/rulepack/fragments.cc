#include "checker/rulepack/fragments.h"

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace claimdiff {
namespace {

bool IsIdentStart(char c) { return absl::ascii_isalpha(c) || c == '_'; }
bool IsIdent(char c) { return absl::ascii_isalnum(c) || c == '_'; }

// If `text[i]` opens a `{identifier}` reference, returns its length
// (including braces) and sets `name`; otherwise returns 0.
size_t ReferenceAt(absl::string_view text, size_t i, std::string* name) {
  if (text[i] != '{' || i + 1 >= text.size() || !IsIdentStart(text[i + 1])) {
    return 0;
  }
  size_t j = i + 1;
  while (j < text.size() && IsIdent(text[j])) ++j;
  if (j >= text.size() || text[j] != '}') return 0;
  *name = std::string(text.substr(i + 1, j - i - 1));
  return j - i + 1;
}

// The length of the escape starting at `text[i]` (a backslash): two bytes,
// or the whole of a Unicode class such as `\p{Lu}`, whose braces name a
// class, not a fragment.
size_t EscapeLength(absl::string_view text, size_t i) {
  if (i + 2 < text.size() && (text[i + 1] == 'p' || text[i + 1] == 'P') &&
      text[i + 2] == '{') {
    const size_t close = text.find('}', i + 3);
    if (close != absl::string_view::npos) return close - i + 1;
  }
  return i + 1 < text.size() ? 2 : 1;
}

absl::Status Expand(absl::string_view pattern, const FragmentMap& fragments,
                    std::vector<std::string>* stack, std::string* out) {
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      const size_t len = EscapeLength(pattern, i);
      out->append(pattern.data() + i, len);
      i += len - 1;
      continue;
    }
    std::string name;
    const size_t len = ReferenceAt(pattern, i, &name);
    if (len == 0) {
      out->push_back(pattern[i]);
      continue;
    }
    auto it = fragments.find(name);
    if (it == fragments.end()) {
      return absl::InvalidArgumentError(
          absl::StrCat("undefined fragment {", name, "}"));
    }
    for (const std::string& open : *stack) {
      if (open == name) {
        stack->push_back(name);
        return absl::InvalidArgumentError(
            absl::StrCat("fragment cycle: ", absl::StrJoin(*stack, " -> ")));
      }
    }
    stack->push_back(name);
    out->append("(?:");
    absl::Status s = Expand(it->second, fragments, stack, out);
    if (!s.ok()) return s;
    out->append(")");
    stack->pop_back();
    i += len - 1;
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::string> ExpandFragments(absl::string_view pattern,
                                            const FragmentMap& fragments) {
  std::string out;
  std::vector<std::string> stack;
  absl::Status s = Expand(pattern, fragments, &stack, &out);
  if (!s.ok()) return s;
  return out;
}

std::vector<std::string> FragmentReferences(absl::string_view text) {
  std::vector<std::string> names;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\') {
      i += EscapeLength(text, i) - 1;
      continue;
    }
    std::string name;
    const size_t len = ReferenceAt(text, i, &name);
    if (len > 0) {
      names.push_back(std::move(name));
      i += len - 1;
    }
  }
  return names;
}

std::string StripCaptures(absl::string_view pattern) {
  std::string out;
  out.reserve(pattern.size() + 16);
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      if (pattern[i + 1] == 'Q') {
        // \Q...\E quotes everything up to \E (or the end) literally.
        size_t end = pattern.find("\\E", i + 2);
        end = end == absl::string_view::npos ? pattern.size() : end + 2;
        out.append(pattern.data() + i, end - i);
        i = end - 1;
        continue;
      }
      out.append(pattern.data() + i, 2);
      ++i;
      continue;
    }
    if (in_class) {
      if (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':') {
        // A POSIX class such as [:alpha:] inside brackets.
        const size_t end = pattern.find(":]", i + 2);
        if (end != absl::string_view::npos) {
          out.append(pattern.data() + i, end + 2 - i);
          i = end + 1;
          continue;
        }
      }
      if (c == ']') in_class = false;
      out.push_back(c);
      continue;
    }
    if (c == '[') {
      in_class = true;
      out.push_back(c);
      // A ']' right after '[' or '[^' is a literal, not the class end.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') {
        out.push_back('^');
        ++i;
      }
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') {
        out.push_back(']');
        ++i;
      }
      continue;
    }
    if (c == '(') {
      absl::string_view rest = pattern.substr(i);
      if (absl::StartsWith(rest, "(?P<")) {
        const size_t close = rest.find('>');
        if (close != absl::string_view::npos) {
          out.append("(?:");
          i += close;
          continue;
        }
      }
      if (rest.size() < 2 || rest[1] != '?') {
        out.append("(?:");
        continue;
      }
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace claimdiff
