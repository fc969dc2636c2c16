// Writing one JSON document to a stream piece by piece, for the reports
// (json, sarif) whose whole document would not fit in memory as a DOM:
// the caller opens the top-level objects and arrays itself and hands over
// each element as a small nlohmann::ordered_json.
#ifndef CLAIMDIFF_REPORT_JSON_STREAM_H_
#define CLAIMDIFF_REPORT_JSON_STREAM_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimdiff {

// Writes exactly what dump(2, ' ', /*ensure_ascii=*/false,
// error_handler_t::replace) writes for the same document built whole:
// 2-space indentation, members in the order they are written, non-ASCII
// kept as UTF-8, invalid UTF-8 replaced by U+FFFD, and an empty object
// or array as {} or []. No final newline: the caller adds it.
//
// Calls must form one well-formed document: a value (Begin*, Value) at
// the top level, as an array element, or right after Key; Key only
// directly inside an object; End once per Begin*. Misuse is a bug in the
// caller and writes malformed JSON rather than failing.
class JsonStreamWriter {
 public:
  // Writes to `out`, which must outlive the writer.
  explicit JsonStreamWriter(std::ostream& out) : out_(out) {}

  JsonStreamWriter(const JsonStreamWriter&) = delete;
  JsonStreamWriter& operator=(const JsonStreamWriter&) = delete;

  // Opens an object or an array as the next value; its members or
  // elements follow until the matching End.
  void BeginObject();
  void BeginArray();

  // Closes the innermost open object or array.
  void End();

  // Starts the next member of the innermost open object: its value is
  // the next Value or Begin*.
  void Key(absl::string_view key);

  // Writes `value` whole as the next value, indented for where it stands.
  void Value(const nlohmann::ordered_json& value);

  // Key(key), then Value(value).
  void Member(absl::string_view key, const nlohmann::ordered_json& value);

  // Key(key), then an array of to_json(element) for each element of
  // `elements` in order, each converted only when it is written. An
  // empty range gives [].
  template <typename Range, typename ToJson>
  void ArrayMember(absl::string_view key, const Range& elements,
                   ToJson to_json) {
    Key(key);
    BeginArray();
    for (const auto& element : elements) Value(to_json(element));
    End();
  }

 private:
  struct Open {
    char close;  // '}' or ']'
    bool empty;  // nothing written inside yet
  };

  // The separator and indentation before a member or element of the
  // innermost open container.
  void NextItem();
  // What goes before a value: NextItem inside an array, nothing at the
  // top level or after Key.
  void BeforeValue();
  void Begin(char open, char close);
  void Indent(size_t depth);

  std::ostream& out_;
  std::vector<Open> open_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_JSON_STREAM_H_
