#include "checker/compare/name_vote.h"

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

TEST(NameFormsTest, EqualListsShareOneCopyAndAnyDifferenceIsAnother) {
  NameForms forms;
  const Value* a = forms.Intern(Names({{"Iturup", "Iturup", true}}));
  EXPECT_EQ(forms.Intern(Names({{"Iturup", "Iturup", true}})), a);
  EXPECT_EQ(a->members.size(), 1u);
  // Each part of a member counts: as written, house spelling, recognised.
  EXPECT_NE(forms.Intern(Names({{"iturup", "Iturup", true}})), a);
  EXPECT_NE(forms.Intern(Names({{"Iturup", "Etorofu", true}})), a);
  EXPECT_NE(forms.Intern(Names({{"Iturup", "Iturup", false}})), a);
  // Order is kept: sets are keyed later, by SetKey.
  const Value* ab = forms.Intern(
      Names({{"Iturup", "Iturup", true}, {"Urup", "Urup", true}}));
  const Value* ba = forms.Intern(
      Names({{"Urup", "Urup", true}, {"Iturup", "Iturup", true}}));
  EXPECT_NE(ab, ba);
  // A separator inside a name cannot make two lists collide.
  EXPECT_NE(forms.Intern(Names({{"A", "A", true}, {"B", "B", true}})),
            forms.Intern(Names({{"A\x1f" "A\x1f" "1\x1e" "B", "B", true}})));
  // Pointers stay valid as the table grows.
  for (int i = 0; i < 1000; ++i) {
    forms.Intern(Names({{std::to_string(i), "", false}}));
  }
  EXPECT_EQ(a->members.front().written, "Iturup");
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
  NameForms forms;
  const std::vector<NameVote> votes = VotesOf(group, &forms);
  ASSERT_EQ(votes.size(), 3u);
  EXPECT_EQ(votes[2].id, 2);
  EXPECT_EQ(votes[2].document, 1u);
  EXPECT_EQ(votes[0].value, votes[2].value);
  EXPECT_EQ(SourcesOfVotes(votes), (std::vector<size_t>{1, 2}));
  const ClaimLookup lookup = LookupIn(group);
  EXPECT_EQ(lookup(1).text, "claim 1");

  std::vector<Document> documents(3);
  documents[1].meta.path = "x/b.txt";
  documents[2].meta.path = "x/c.txt";
  EXPECT_EQ(DescribeVotes({votes[1]}, lookup, documents),
            "\"claim 1\" (c.txt)");
  EXPECT_EQ(DescribeVotes(votes, lookup, documents),
            "3 claims from 2 sources (b.txt, c.txt)");
}

}  // namespace
}  // namespace claimdiff
