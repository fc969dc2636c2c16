#include "checker/rulepack/message_template.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct CheckCase {
  const char* message;
  bool ok;
  const char* error;  // a substring of the error, when not ok
};

TEST(CheckMessageTest, KnowsStandardPlaceholdersAndCaptures) {
  const std::vector<std::string> captures = {"value", "island"};
  const CheckCase cases[] = {
      {"Sources disagree.", true, ""},
      {"{source} says {value}, read {reading}", true, ""},
      {"{other.value} in {other.source}; most say {consensus}", true, ""},
      {"about {island}", true, ""},
      {"literal {{braces}}", true, ""},
      {"{sorce} says", false, "unknown placeholder {sorce}"},
      {"{other.text}", false, "unknown placeholder {other.text}"},
      {"{country}", false, "allowed: value, reading"},
      {"open { brace", false, "opens no placeholder"},
      {"{value", false, "opens no placeholder"},
  };
  for (const CheckCase& c : cases) {
    absl::Status status = CheckMessage(c.message, captures);
    EXPECT_EQ(status.ok(), c.ok) << c.message << ": " << status;
    if (!c.ok) {
      EXPECT_NE(status.message().find(c.error), absl::string_view::npos)
          << c.message << ": " << status;
    }
  }
}

TEST(FillMessageTest, FillsKnownAndKeepsUnknown) {
  const std::map<std::string, std::string> values = {{"value", "$62 million"},
                                                     {"source", "herald.txt"}};
  auto lookup = [&](absl::string_view name) -> std::optional<std::string> {
    auto it = values.find(std::string(name));
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
  EXPECT_EQ(FillMessage("{source} says {value}.", lookup),
            "herald.txt says $62 million.");
  EXPECT_EQ(FillMessage("{other.source} {{x}}", lookup), "{other.source} {x}");
  EXPECT_EQ(FillMessage("no placeholders", lookup), "no placeholders");
}

}  // namespace
}  // namespace claimdiff
