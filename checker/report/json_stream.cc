#include "checker/report/json_stream.h"

#include <algorithm>
#include <string>

namespace claimdiff {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kIndentStep = 2;

std::string Dump(const Json& value) {
  return value.dump(kIndentStep, ' ', /*ensure_ascii=*/false,
                    Json::error_handler_t::replace);
}

}  // namespace

void JsonStreamWriter::BeginObject() { Begin('{', '}'); }

void JsonStreamWriter::BeginArray() { Begin('[', ']'); }

void JsonStreamWriter::End() {
  if (open_.empty()) return;
  const Open closed = open_.back();
  open_.pop_back();
  // dump prints an empty container on one line, a full one with its
  // closing bracket on a line of its own at the container's indentation.
  if (!closed.empty) {
    out_ << '\n';
    Indent(open_.size());
  }
  out_ << closed.close;
}

void JsonStreamWriter::Key(absl::string_view key) {
  NextItem();
  // A key is escaped as a string value is, so dumping it as one gives
  // the quotes, the escapes and the U+FFFD replacements dump would.
  out_ << Dump(Json(std::string(key))) << ": ";
}

void JsonStreamWriter::Value(const Json& value) {
  BeforeValue();
  const std::string text = Dump(value);
  if (open_.empty()) {
    out_ << text;
    return;
  }
  // dump indents from column 0; every line after the first moves right by
  // the depth the value stands at. Strings cannot hold a raw newline
  // (dump escapes it), so each '\n' is a line break of the layout.
  size_t line_start = 0;
  for (size_t at = text.find('\n'); at != std::string::npos;
       at = text.find('\n', line_start)) {
    out_.write(text.data() + line_start, at + 1 - line_start);
    Indent(open_.size());
    line_start = at + 1;
  }
  out_.write(text.data() + line_start, text.size() - line_start);
}

void JsonStreamWriter::Member(absl::string_view key, const Json& value) {
  Key(key);
  Value(value);
}

void JsonStreamWriter::NextItem() {
  if (open_.empty()) return;
  out_ << (open_.back().empty ? "\n" : ",\n");
  open_.back().empty = false;
  Indent(open_.size());
}

void JsonStreamWriter::BeforeValue() {
  // In an object, Key has already written what goes before the value.
  if (!open_.empty() && open_.back().close == ']') NextItem();
}

void JsonStreamWriter::Begin(char open, char close) {
  BeforeValue();
  out_ << open;
  open_.push_back(Open{close, /*empty=*/true});
}

void JsonStreamWriter::Indent(size_t depth) {
  static const std::string kSpaces(64, ' ');
  for (size_t left = depth * kIndentStep; left > 0;) {
    const size_t n = std::min(left, kSpaces.size());
    out_.write(kSpaces.data(), n);
    left -= n;
  }
}

}  // namespace claimdiff
