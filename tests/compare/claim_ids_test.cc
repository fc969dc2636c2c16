#include "checker/compare/claim_ids.h"

#include <climits>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct IdsCase {
  std::string name;
  std::vector<int> ids;
};

class ClaimIdsTest : public ::testing::TestWithParam<IdsCase> {};

// Whatever the order and size of the ids, they read back as added.
TEST_P(ClaimIdsTest, ReadsBackWhatWasAdded) {
  const std::vector<int>& want = GetParam().ids;
  ClaimIds ids;
  for (int id : want) ids.push_back(id);
  EXPECT_EQ(ids.size(), want.size());
  EXPECT_EQ(ids.empty(), want.empty());
  EXPECT_EQ(ids.ToVector(), want);
  if (!want.empty()) EXPECT_EQ(ids.front(), want.front());
  EXPECT_TRUE(ids == want);
  EXPECT_TRUE(ids == ClaimIds(want));
  // Iterators are independent: two walks at once see the same ids.
  auto a = ids.begin(), b = ids.begin();
  for (size_t i = 0; i < want.size(); ++i, ++a) {
    EXPECT_EQ(*a, want[i]);
    if (i % 2 == 0) {
      EXPECT_EQ(*b, want[i / 2]);
      ++b;
    }
  }
  EXPECT_TRUE(a == ids.end());
}

INSTANTIATE_TEST_SUITE_P(
    Orders, ClaimIdsTest,
    ::testing::Values(
        IdsCase{"Empty", {}}, IdsCase{"One", {7}},
        IdsCase{"Ascending", {0, 1, 2, 5, 63, 64, 200, 16384, 16385}},
        IdsCase{"Descending", {9, 4, 3, 0}},
        IdsCase{"Unsorted", {2, 0, 1, 9, 9}},
        IdsCase{"Extremes", {INT_MAX, INT_MIN, 0, INT_MAX, -1, INT_MIN}}),
    [](const ::testing::TestParamInfo<IdsCase>& info) {
      return info.param.name;
    });

// A group's ids ascend close together, so each takes about a byte: that
// is what keeps a run's findings small.
TEST(ClaimIdsSizeTest, CloseAscendingIdsTakeAByteEach) {
  ClaimIds ids;
  for (int id = 1000000; id < 1100000; id += 1 + id % 50) ids.push_back(id);
  EXPECT_LE(ids.encoded_bytes(), ids.size() + ids.size() / 50);
}

TEST(ClaimIdsSizeTest, ClearEmptiesAndEqualityNeedsTheSameOrder) {
  ClaimIds ids = {3, 1, 2};
  EXPECT_NE(ids, (ClaimIds{1, 2, 3}));
  ids.clear();
  EXPECT_TRUE(ids.empty());
  EXPECT_EQ(ids, ClaimIds());
  ids.push_back(4);
  EXPECT_EQ(ids, (std::vector<int>{4}));
  std::ostringstream out;
  out << ClaimIds{1, 5, 9};
  EXPECT_EQ(out.str(), "{1, 5, 9}");
}

}  // namespace
}  // namespace claimdiff
