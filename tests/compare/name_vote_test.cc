#include "checker/compare/name_vote.h"

#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

Value Names(std::vector<NamedMember> members) {
  Value v;
  v.kind = Kind::kSet;
  v.unit = "set";
  v.members = std::move(members);
  return v;
}

TEST(NameVoteTest, VotesAndLookupsOfClaimsHeldWhole) {
  std::vector<Claim> claims(3);
  for (int i = 0; i < 3; ++i) {
    claims[i].id = i;
    claims[i].document = static_cast<size_t>(2 - i / 2);
    claims[i].text = "claim " + std::to_string(i);
    claims[i].value = Names({{"Habomai", "Habomai", true}});
  }
  std::vector<const Claim*> group = {&claims[0], &claims[1], &claims[2]};
  const std::vector<NameVote> votes = VotesOf(group);
  ASSERT_EQ(votes.size(), 3u);
  EXPECT_EQ(votes[2].id, 2);
  EXPECT_EQ(votes[2].document, 1u);
  EXPECT_EQ(votes[2].value, &claims[2].value);
  const ClaimLookup lookup = LookupIn(group);
  EXPECT_EQ(lookup(1).text, "claim 1");

  // A tally keeps the count, the distinct sources and the first vote,
  // and describes them as a message does.
  std::vector<Document> documents(3);
  documents[1].meta.path = "x/b.txt";
  documents[2].meta.path = "x/c.txt";
  VoteTally one, all;
  one.Add(votes[1]);
  EXPECT_EQ(one.Describe(lookup, documents), "\"claim 1\" (c.txt)");
  int visited = 0;
  VotesIn(votes)([&](const NameVote& v) {
    EXPECT_EQ(v.id, visited++);
    all.Add(v);
  });
  EXPECT_EQ(visited, 3);
  EXPECT_EQ(all.count(), 3u);
  EXPECT_EQ(all.first().id, 0);
  EXPECT_EQ(all.sources(), (std::set<size_t>{1, 2}));
  EXPECT_EQ(all.Describe(lookup, documents),
            "3 claims from 2 sources (b.txt, c.txt)");
}

}  // namespace
}  // namespace claimdiff
