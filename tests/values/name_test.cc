#include "checker/values/name.h"

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

AliasTable People() {
  AliasTable t;
  EXPECT_TRUE(t.Add("people", "Sergei Lavrov", {"Sergey Lavrov"}).ok());
  EXPECT_TRUE(t.Add("people", "Shinzo Abe", {}).ok());
  return t;
}

TEST(ReadNameTest, ReadsHouseSpellingsVariantsAndUnknownNames) {
  const AliasTable t = People();
  struct Case {
    const char* text;
    const char* canonical;
    bool recognised;
    const char* reading;
  } cases[] = {
      {"Sergei Lavrov", "Sergei Lavrov", true,
       "Sergei Lavrov \xE2\x86\x92 the house spelling"},
      {"Sergey Lavrov", "Sergei Lavrov", true,
       "Sergey Lavrov \xE2\x86\x92 a variant of Sergei Lavrov"},
      {" Shinz\xC5\x8D Abe,", "Shinzo Abe", true,
       "Shinz\xC5\x8D Abe \xE2\x86\x92 a variant of Shinzo Abe"},
      {"Taro Kono", "Taro Kono", false, "Taro Kono \xE2\x86\x92 no alias"},
  };
  for (const Case& c : cases) {
    const Value v = ReadName(c.text, t, "people");
    EXPECT_EQ(v.kind, Kind::kName);
    EXPECT_EQ(v.unit, kUnitName);
    ASSERT_EQ(v.members.size(), 1u);
    EXPECT_EQ(v.members[0].canonical, c.canonical) << c.text;
    EXPECT_EQ(v.members[0].recognised, c.recognised) << c.text;
    EXPECT_EQ(v.reading, c.reading);
  }
}

TEST(ReadNameTest, LooksOnlyInTheRulesGroup) {
  const Value v = ReadName("Sergey Lavrov", People(), "ships");
  EXPECT_FALSE(v.members[0].recognised);
  EXPECT_EQ(v.members[0].canonical, "Sergey Lavrov");
}

}  // namespace
}  // namespace claimdiff
