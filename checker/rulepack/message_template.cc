#include "checker/rulepack/message_template.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace claimdiff {
namespace {

bool IsNameChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         c == '.';
}

// Walks `message`, handing literal text and placeholder names to the
// callbacks. Returns the position of an unclosed or malformed "{", or npos.
template <typename Literal, typename Placeholder>
size_t Walk(absl::string_view message, Literal literal,
            Placeholder placeholder) {
  size_t i = 0;
  while (i < message.size()) {
    const char c = message[i];
    if ((c == '{' || c == '}') && i + 1 < message.size() &&
        message[i + 1] == c) {
      literal(message.substr(i, 1));
      i += 2;
      continue;
    }
    if (c != '{') {
      literal(message.substr(i, 1));
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < message.size() && IsNameChar(message[end])) ++end;
    if (end == i + 1 || end >= message.size() || message[end] != '}') {
      return i;
    }
    placeholder(message.substr(i + 1, end - i - 1));
    i = end + 1;
  }
  return absl::string_view::npos;
}

}  // namespace

const std::vector<absl::string_view>& StandardPlaceholders() {
  static const std::vector<absl::string_view>* const kNames =
      new std::vector<absl::string_view>{"value",        "reading",
                                         "source",       "other.value",
                                         "other.source", "consensus"};
  return *kNames;
}

absl::Status CheckMessage(absl::string_view message,
                          const std::vector<std::string>& captures) {
  std::string unknown;
  const size_t bad = Walk(
      message, [](absl::string_view) {},
      [&](absl::string_view name) {
        if (!unknown.empty()) return;
        const auto& standard = StandardPlaceholders();
        if (std::find(standard.begin(), standard.end(), name) ==
                standard.end() &&
            std::find(captures.begin(), captures.end(), name) ==
                captures.end()) {
          unknown = std::string(name);
        }
      });
  if (bad != absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat("message: \"{\" at offset ", bad,
                     " opens no placeholder (write \"{{\" for a brace)"));
  }
  if (!unknown.empty()) {
    std::vector<std::string> allowed(StandardPlaceholders().begin(),
                                     StandardPlaceholders().end());
    allowed.insert(allowed.end(), captures.begin(), captures.end());
    return absl::InvalidArgumentError(
        absl::StrCat("message: unknown placeholder {", unknown,
                     "} (allowed: ", absl::StrJoin(allowed, ", "), ")"));
  }
  return absl::OkStatus();
}

std::string FillMessage(
    absl::string_view message,
    const std::function<std::optional<std::string>(absl::string_view)>&
        lookup) {
  std::string out;
  const size_t bad = Walk(
      message, [&](absl::string_view text) { absl::StrAppend(&out, text); },
      [&](absl::string_view name) {
        std::optional<std::string> value = lookup(name);
        absl::StrAppend(&out, value ? *value : absl::StrCat("{", name, "}"));
      });
  // A message the loader accepted has no bad brace; keep the rest as is.
  if (bad != absl::string_view::npos)
    absl::StrAppend(&out, message.substr(bad));
  return out;
}

}  // namespace claimdiff
