#include "checker/compare/claim_groups.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct GroupsCase {
  std::string name;
  bool on_disk;
  int claims;  // spread over three subjects and two units
};

class ClaimGroupsTest : public ::testing::TestWithParam<GroupsCase> {
 protected:
  ClaimStore MakeStore() {
    if (!GetParam().on_disk) return ClaimStore(1);
    absl::StatusOr<ClaimStore> store = ClaimStore::OnDisk(1);
    EXPECT_TRUE(store.ok()) << store.status();
    return std::move(*store);
  }

  // Claim n: subject "s<n % 3>", in USD unless n % 5 == 0 (EUR), resolved
  // unless n % 7 == 6, valued n.
  static Claim ClaimNumber(int n, const Rule* rule) {
    Claim c;
    c.rule = rule;
    c.document = static_cast<size_t>(n / 10);
    c.subject = "s" + std::to_string(n % 3);
    c.value.kind = Kind::kMoney;
    c.value.unit = n % 5 == 0 ? "EUR" : "USD";
    c.value.interval =
        Interval{static_cast<double>(n), static_cast<double>(n), false, false};
    c.value.resolved = n % 7 != 6;
    return c;
  }

  Rule rule_;
};

// Every resolved claim lands in its (subject, unit) group once, in id
// order, with its key; groups are ordered by subject, then unit; chunks
// and the partly filled tail read back alike.
TEST_P(ClaimGroupsTest, EachResolvedClaimIsInItsGroupInIdOrder) {
  ClaimStore store = MakeStore();
  const int kClaims = GetParam().claims;
  std::map<std::pair<std::string, std::string>, std::vector<uint32_t>> want;
  for (int n = 0; n < kClaims; ++n) {
    const Claim c = ClaimNumber(n, &rule_);
    store.push_back(c);
    if (c.value.resolved) {
      want[{c.subject, c.value.unit}].push_back(static_cast<uint32_t>(n));
    }
  }
  ASSERT_TRUE(store.Flush().ok());

  const ClaimGroups groups(store);
  ASSERT_EQ(groups.size(), want.size());
  size_t g = 0;
  for (const auto& [subject_unit, ids] : want) {
    SCOPED_TRACE(subject_unit.first + " " + subject_unit.second);
    EXPECT_EQ(*groups[g].subject, subject_unit.first);
    EXPECT_EQ(*groups[g].unit, subject_unit.second);
    EXPECT_EQ(groups[g].size, ids.size());
    std::vector<uint32_t> got;
    groups.ForEach(g, [&](const ClaimGroups::Entry& e) {
      got.push_back(e.id);
      EXPECT_EQ(e.key.low, static_cast<double>(e.id));
      EXPECT_EQ(e.key.document, e.id / 10);
      EXPECT_TRUE(e.key.resolved());
    });
    EXPECT_EQ(got, ids);
    ++g;
  }
  EXPECT_TRUE(store.status().ok()) << store.status();
}

INSTANTIATE_TEST_SUITE_P(
    Backings, ClaimGroupsTest,
    ::testing::Values(GroupsCase{"InMemoryTailsOnly", false, 40},
                      GroupsCase{"InMemoryChunks", false, 5000},
                      GroupsCase{"OnDiskTailsOnly", true, 40},
                      GroupsCase{"OnDiskChunks", true, 5000},
                      // Exactly one full chunk in the largest group, and
                      // an empty tail after it.
                      GroupsCase{"OnDiskAChunkToTheClaim", true,
                                 3 * static_cast<int>(ClaimGroups::kChunk)}),
    [](const ::testing::TestParamInfo<GroupsCase>& info) {
      return info.param.name;
    });

}  // namespace
}  // namespace claimdiff
