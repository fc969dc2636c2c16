#include "checker/common/suggest.h"

#include <optional>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

TEST(EditDistanceTest, CountsEdits) {
  const struct {
    const char* a;
    const char* b;
    int distance;
  } cases[] = {
      {"", "", 0},
      {"kind", "kind", 0},
      {"Kind", "kind", 0},
      {"patern", "pattern", 1},
      {"patern", "patterns", 2},
      {"sevrity", "severity", 1},
      {"sevreity", "severity", 1},  // a swap
      {"abc", "", 3},
      {"", "xyz", 3},
      {"kitten", "sitting", 3},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(EditDistance(c.a, c.b), c.distance) << c.a << " / " << c.b;
    EXPECT_EQ(EditDistance(c.b, c.a), c.distance) << c.b << " / " << c.a;
  }
}

TEST(ClosestNameTest, SuggestsOnlyLikelyTypos) {
  const std::vector<absl::string_view> keys = {
      "id", "kind", "subject", "patterns", "severity", "message", "examples"};
  const struct {
    const char* typed;
    std::optional<std::string> expected;
  } cases[] = {
      {"patern", "patterns"},
      {"sevrity", "severity"},
      {"exmaples", "examples"},
      {"Subject", "subject"},
      {"kid", "id"},  // one edit from both; "id" comes first
      {"foo", std::nullopt},
      {"pattern_list", std::nullopt},
      {"x", std::nullopt},  // one edit, but half the name
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ClosestName(c.typed, keys), c.expected) << c.typed;
  }
}

}  // namespace
}  // namespace claimdiff
