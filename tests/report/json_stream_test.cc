#include "checker/report/json_stream.h"

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& json) {
  return json.dump(2, ' ', /*ensure_ascii=*/false,
                   Json::error_handler_t::replace);
}

// Writes `json` through `writer`, opening every object and array down to
// `depth` levels below it with Begin*/Key/End and handing over whatever
// lies deeper whole with Value, as the reports do at various depths.
void Stream(const Json& json, int depth, JsonStreamWriter& writer) {
  if (depth == 0 || !json.is_structured()) {
    writer.Value(json);
    return;
  }
  if (json.is_object()) {
    writer.BeginObject();
    for (const auto& [key, value] : json.items()) {
      writer.Key(key);
      Stream(value, depth - 1, writer);
    }
  } else {
    writer.BeginArray();
    for (const Json& element : json) Stream(element, depth - 1, writer);
  }
  writer.End();
}

Json Nested(int levels) {
  Json json = "bottom";
  for (int i = 0; i < levels; ++i) json = Json{{"level", i}, {"next", json}};
  return json;
}

TEST(JsonStreamWriterTest, WritesWhatDumpWritesAtEveryDepth) {
  struct Case {
    const char* name;
    Json json;
  } cases[] = {
      {"number", 42},
      {"string", "text"},
      {"null", nullptr},
      {"empty object", Json::object()},
      {"empty array", Json::array()},
      {"flat object", Json{{"b", 1}, {"a", true}, {"c", nullptr}}},
      {"empty containers inside",
       Json{{"a", Json::object()}, {"b", Json::array()}, {"c", 1}}},
      {"arrays in arrays",
       Json::array({Json::array({1, Json::array({2, Json::array()})}),
                    Json::object(), "x"})},
      {"escapes", Json{{"line\nbreak \"quoted\"\t\\", "tab\there\r\n"},
                       {"control \x01", "\x1f"}}},
      {"non-ASCII kept", Json{{"Z\xC3\xBCrich", "\xE2\x86\x92 Shinz\xC5\x8D"}}},
      {"invalid UTF-8 replaced",
       Json{{"bad\xFF key", "bad \xC3 value"}, {"list", {"\xFE"}}}},
      {"numbers",
       Json::array({0, -7, 18446744073709551615ull, 1.5, 1e300, -0.25, 2e9})},
      {"deeper than the indent buffer", Nested(40)},
  };
  for (const Case& c : cases) {
    for (int depth : {0, 1, 2, 3, 1000}) {
      std::ostringstream out;
      JsonStreamWriter writer(out);
      Stream(c.json, depth, writer);
      EXPECT_EQ(out.str(), Dump(c.json)) << c.name << ", depth " << depth;
    }
  }
}

TEST(JsonStreamWriterTest, MemberAndArrayMember) {
  const std::vector<int> numbers = {1, 2, 3};
  const std::vector<int> none;
  std::ostringstream out;
  JsonStreamWriter writer(out);
  writer.BeginObject();
  writer.Member("first", Json{{"x", 1}});
  writer.ArrayMember("squares", numbers, [](int n) { return Json(n * n); });
  writer.ArrayMember("none", none, [](int n) { return Json(n); });
  writer.End();

  const Json expected = {
      {"first", {{"x", 1}}}, {"squares", {1, 4, 9}}, {"none", Json::array()}};
  EXPECT_EQ(out.str(), Dump(expected));
}

TEST(JsonStreamWriterTest, AddsNoFinalNewline) {
  std::ostringstream out;
  JsonStreamWriter writer(out);
  writer.BeginArray();
  writer.Value(1);
  writer.End();
  EXPECT_EQ(out.str(), "[\n  1\n]");
}

}  // namespace
}  // namespace claimdiff
