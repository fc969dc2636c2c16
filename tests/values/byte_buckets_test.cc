#include "checker/values/byte_buckets.h"

#include <cstdint>
#include <ostream>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

using Entries = std::vector<std::pair<unsigned char, uint32_t>>;

struct BucketCase {
  const char* name;
  Entries entries;
  unsigned char byte;
  std::vector<uint32_t> positions;
};

void PrintTo(const BucketCase& c, std::ostream* os) { *os << c.name; }

class ByteBucketsTest : public testing::TestWithParam<BucketCase> {};

TEST_P(ByteBucketsTest, GroupsPositionsByByteInGivenOrder) {
  const BucketCase& c = GetParam();
  const ByteBuckets buckets(c.entries);
  absl::Span<const uint32_t> got = buckets.Of(c.byte);
  EXPECT_EQ(std::vector<uint32_t>(got.begin(), got.end()), c.positions);
}

const Entries kMixed = {{'a', 0}, {'b', 1},  {'a', 2},  {'c', 3},
                        {'a', 4}, {0xFF, 5}, {0x00, 6}, {'b', 7}};

INSTANTIATE_TEST_SUITE_P(
    Cases, ByteBucketsTest,
    testing::Values(BucketCase{"none", {}, 'a', {}},
                    BucketCase{"one", {{'x', 3}}, 'x', {3}},
                    BucketCase{"other byte", {{'x', 3}}, 'y', {}},
                    BucketCase{"several keep order", kMixed, 'a', {0, 2, 4}},
                    BucketCase{"second bucket", kMixed, 'b', {1, 7}},
                    BucketCase{"single", kMixed, 'c', {3}},
                    BucketCase{"lowest byte", kMixed, 0x00, {6}},
                    BucketCase{"highest byte", kMixed, 0xFF, {5}},
                    BucketCase{"absent", kMixed, 'd', {}},
                    // The caller's order, not ascending positions.
                    BucketCase{"given order",
                               {{'a', 9}, {'a', 1}, {'a', 5}},
                               'a',
                               {9, 1, 5}}));

TEST(ByteBucketsTest, DefaultHasEveryBucketEmpty) {
  const ByteBuckets buckets;
  for (int b = 0; b < 256; ++b) {
    EXPECT_TRUE(buckets.Of(static_cast<unsigned char>(b)).empty()) << b;
  }
}

}  // namespace
}  // namespace claimdiff
