#include "checker/values/name_set.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

using Names = std::vector<std::string>;

TEST(SplitListTest, SplitsOnCommasAndConjunctions) {
  struct Case {
    const char* text;
    Names items;
  } cases[] = {
      {"Iturup, Kunashir, Shikotan and Habomai",
       {"Iturup", "Kunashir", "Shikotan", "Habomai"}},
      {"A, B, and C", {"A", "B", "C"}},
      {"A & B", {"A", "B"}},
      {"A; B or C", {"A", "B", "C"}},
      {"Lima as well as Cusco", {"Lima", "Cusco"}},
      {"Tooth Dance, Sedan", {"Tooth Dance", "Sedan"}},
      {"Andorra and Oran", {"Andorra", "Oran"}},  // "and" only as a word
      {" , Solo, ", {"Solo"}},
  };
  for (const Case& c : cases) EXPECT_EQ(SplitList(c.text), c.items) << c.text;
}

AliasTable Islands() {
  AliasTable t;
  EXPECT_TRUE(t.Add("islands", "Iturup", {"Etorofu"}).ok());
  EXPECT_TRUE(t.Add("islands", "Kunashir", {"Kunashiri"}).ok());
  EXPECT_TRUE(t.Add("islands", "Shikotan", {}).ok());
  EXPECT_TRUE(t.Add("islands", "Habomai", {}).ok());
  return t;
}

TEST(ReadNameSetTest, ResolvesMembersThroughAliases) {
  const Value a = ReadNameSet("Iturup, Kunashir, Shikotan and Habomai",
                              Islands(), "islands");
  const Value b = ReadNameSet("Habomai, Shikotan, Kunashiri and Etorofu",
                              Islands(), "islands");
  EXPECT_EQ(a.kind, Kind::kSet);
  EXPECT_EQ(a.unit, kUnitSet);
  EXPECT_EQ(SetKey(a), (Names{"Habomai", "Iturup", "Kunashir", "Shikotan"}));
  EXPECT_EQ(SetKey(a), SetKey(b));
  EXPECT_EQ(FormatMembers(b), "{Habomai, Iturup, Kunashir, Shikotan}");
}

TEST(ReadNameSetTest, KeepsUnrecognisedMembersAndDropsRepeats) {
  const Value v = ReadNameSet("Tooth Dance, Sedan, Iturup and Etorofu",
                              Islands(), "islands");
  ASSERT_EQ(v.members.size(), 3u);  // Etorofu is Iturup again
  EXPECT_FALSE(v.members[0].recognised);
  EXPECT_EQ(v.members[0].written, "Tooth Dance");
  EXPECT_TRUE(v.members[2].recognised);
  EXPECT_EQ(SetKey(v), (Names{"?sedan", "?tooth dance", "Iturup"}));
  EXPECT_EQ(v.reading,
            "Tooth Dance, Sedan, Iturup and Etorofu \xE2\x86\x92 {Iturup, "
            "Sedan (unrecognised), Tooth Dance (unrecognised)}");
}

}  // namespace
}  // namespace claimdiff
