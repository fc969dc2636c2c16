#include "checker/compare/consensus.h"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

Interval C(double low, double high) { return Interval::Closed(low, high); }
Interval Open(double low, double high) { return {low, high, true, true}; }
Interval LeftOpen(double low, double high) { return {low, high, true, false}; }
Interval RightOpen(double low, double high) { return {low, high, false, true}; }

std::string Show(const Interval& i) {
  return std::string(i.low_open ? "(" : "[") + std::to_string(i.low) + ", " +
         std::to_string(i.high) + (i.high_open ? ")" : "]");
}

struct ConsensusCase {
  const char* name;
  std::vector<Vote> votes;
  bool found;
  int sources;
  Interval region;  // checked when found
};

void ExpectConsensus(const std::vector<ConsensusCase>& cases) {
  for (const ConsensusCase& c : cases) {
    const Consensus got = FindConsensus(c.votes);
    EXPECT_EQ(got.found, c.found) << c.name << ": region " << Show(got.region);
    EXPECT_EQ(got.sources, c.sources) << c.name;
    if (c.found && got.found) {
      EXPECT_TRUE(got.region == c.region)
          << c.name << ": got " << Show(got.region) << ", want "
          << Show(c.region);
    }
  }
}

TEST(FindConsensusTest, TableOfVotes) {
  const std::vector<ConsensusCase> cases = {
      {"single vote", {{C(70, 80), 0}}, true, 1, C(70, 80)},
      {"overlapping", {{C(70, 80), 0}, {C(71, 71), 1}}, true, 2, C(71, 71)},
      {"partial overlap", {{C(1, 5), 0}, {C(3, 9), 1}}, true, 2, C(3, 5)},
      {"nested three",
       {{C(0, 100), 0}, {C(10, 20), 1}, {C(15, 30), 2}},
       true,
       3,
       C(15, 20)},
      {"disjoint tie", {{C(1, 2), 0}, {C(5, 6), 1}}, false, 1, C(1, 2)},
      {"two-against-two tie",
       {{C(0, 2), 0}, {C(0, 2), 1}, {C(5, 6), 2}, {C(5, 6), 3}},
       false,
       2,
       C(0, 2)},
      {"closed ends touching meet",
       {{C(1, 5), 0}, {C(5, 9), 1}},
       true,
       2,
       C(5, 5)},
      {"open low touching closed end meets",
       {{LeftOpen(50, 60), 0}, {C(60, 70), 1}},
       true,
       2,
       C(60, 60)},
      {"both open at the touch point",
       {{Open(50, 60), 0}, {Open(60, 70), 1}},
       false,
       1,
       C(0, 0)},
      {"open region inside",
       {{Open(50, 60), 0}, {C(40, 55), 1}},
       true,
       2,
       LeftOpen(50, 55)},
      {"three sources one outlier",
       {{C(70, 80), 0}, {C(72, 72), 1}, {C(40, 45), 2}},
       true,
       2,
       C(72, 72)},
      {"infinite high",
       {{Open(50, kInf), 0}, {C(60, 70), 1}},
       true,
       2,
       C(60, 70)},
      {"infinite low",
       {{Open(-kInf, 10), 0}, {C(5, 20), 1}},
       true,
       2,
       RightOpen(5, 10)},
      {"both infinite",
       {{Open(-kInf, kInf), 0}, {Open(0, kInf), 1}, {C(3, 4), 2}},
       true,
       3,
       C(3, 4)},
      {"unbounded votes only",
       {{Open(-kInf, 10), 0}, {Open(5, kInf), 1}},
       true,
       2,
       Open(5, 10)},
  };
  ExpectConsensus(cases);
}

// [50, 60) and [60, 70] do not meet: no point is covered by both, so they
// are two regions of one source each, not one region [50, 70]. The same
// holds when the pieces at the best count belong to different sources.
TEST(FindConsensusTest, HalfOpenTouchingRegionsAreDisjoint) {
  const std::vector<ConsensusCase> cases = {
      {"open high touching closed start does not meet",
       {{RightOpen(50, 60), 0}, {C(60, 70), 1}},
       false,
       1,
       C(0, 0)},
      {"closed end touching open start does not meet",
       {{C(50, 60), 0}, {LeftOpen(60, 70), 1}},
       false,
       1,
       C(0, 0)},
      // 0-5 is shared by sources 0 and 1, 5-10 by 0 and 2; 1 and 2 never
      // meet, so these are two regions, not one.
      {"adjacent regions of different sources",
       {{C(0, 10), 0}, {RightOpen(0, 5), 1}, {C(5, 10), 2}},
       false,
       2,
       C(0, 0)},
  };
  ExpectConsensus(cases);
}

// A source that repeats a claim, or makes overlapping ones, counts once.
TEST(FindConsensusTest, OneSourceCountsOnce) {
  const std::vector<ConsensusCase> cases = {
      {"repeat against one other",
       {{C(1, 2), 0}, {C(1, 2), 0}, {C(5, 6), 1}},
       false,
       1,
       C(0, 0)},
      {"overlapping claims of one source",
       {{C(1, 3), 0}, {C(2, 4), 0}, {C(10, 11), 1}},
       false,
       1,
       C(0, 0)},
      {"repeats lose to two sources",
       {{C(1, 2), 0}, {C(1, 2), 0}, {C(1, 2), 0}, {C(5, 6), 1}, {C(5, 6), 2}},
       true,
       2,
       C(5, 6)},
      {"own touching claims merge",
       {{RightOpen(1, 2), 0}, {C(2, 3), 0}, {C(2.5, 2.5), 1}},
       true,
       2,
       C(2.5, 2.5)},
      {"one source alone", {{C(1, 2), 7}, {C(5, 6), 7}}, false, 1, C(0, 0)},
  };
  ExpectConsensus(cases);
}

TEST(FindConsensusTest, OrderOfVotesDoesNotMatter) {
  std::vector<Vote> votes = {
      {C(70, 80), 0}, {C(72, 72), 1}, {C(40, 45), 2}, {C(71, 75), 3}};
  const Consensus first = FindConsensus(votes);
  std::reverse(votes.begin(), votes.end());
  const Consensus second = FindConsensus(votes);
  EXPECT_EQ(first.found, second.found);
  EXPECT_EQ(first.sources, second.sources);
  EXPECT_TRUE(first.region == second.region);
  EXPECT_EQ(first.sources, 3);
  EXPECT_TRUE(first.region == C(72, 72)) << Show(first.region);
}

}  // namespace
}  // namespace claimdiff
