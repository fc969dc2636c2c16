#include "checker/values/alias_table.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

AliasTable Table() {
  AliasTable t;
  EXPECT_TRUE(t.Add("people", "Sergei Lavrov", {"Sergey Lavrov"}).ok());
  EXPECT_TRUE(t.Add("people", "Shinzo Abe", {}).ok());
  EXPECT_TRUE(t.Add("islands", "Iturup", {"Etorofu"}).ok());
  EXPECT_TRUE(
      t.Add("regions", "Kuril Islands", {"Kurils", "Southern Kurils"}).ok());
  return t;
}

TEST(AliasTableTest, FindsCanonicalNamesAndVariantsIgnoringCaseAndAccents) {
  const AliasTable t = Table();
  struct Case {
    const char* text;
    const char* group;
    const char* canonical;  // nullptr: not found
  } cases[] = {
      {"Sergey Lavrov", "", "Sergei Lavrov"},
      {"sergei  LAVROV", "people", "Sergei Lavrov"},
      {"Shinz\xC5\x8D Abe", "", "Shinzo Abe"},
      {"ETOROFU", "islands", "Iturup"},
      {"Etorofu", "people", nullptr},  // wrong group
      {"the Southern Kurils", "", "Kuril Islands"},
      {"Kurils", "regions", "Kuril Islands"},
      {"Lavrov", "", nullptr},  // a surname alone is not listed
      {"Tooth Dance", "", nullptr},
  };
  for (const Case& c : cases) {
    const Alias* found = t.Find(c.text, c.group);
    if (c.canonical == nullptr) {
      EXPECT_EQ(found, nullptr) << c.text;
    } else {
      ASSERT_NE(found, nullptr) << c.text;
      EXPECT_EQ(found->canonical, c.canonical) << c.text;
    }
  }
}

TEST(AliasTableTest, ListsGroupsAndSpellings) {
  const AliasTable t = Table();
  EXPECT_EQ(t.groups(),
            (std::vector<std::string>{"islands", "people", "regions"}));
  EXPECT_TRUE(t.HasGroup("people"));
  EXPECT_FALSE(t.HasGroup("peoples"));
  EXPECT_EQ(t.Spellings("people"),
            (std::vector<std::string>{"Sergei Lavrov", "Sergey Lavrov",
                                      "Shinzo Abe"}));
}

TEST(AliasTableTest, ALaterEntryReplacesAnEarlierOne) {
  AliasTable t = Table();
  ASSERT_TRUE(t.Add("people", "sergei lavrov", {"S. Lavrov"}).ok());
  EXPECT_EQ(t.Find("Sergey Lavrov"), nullptr);  // the old variant is gone
  ASSERT_NE(t.Find("S. Lavrov"), nullptr);
  EXPECT_EQ(t.Find("S. Lavrov")->canonical, "sergei lavrov");
}

TEST(AliasTableTest, RejectsASpellingThatNamesTwoEntities) {
  AliasTable t = Table();
  absl::Status s = t.Add("people", "Sergei Ivanov", {"Sergey Lavrov"});
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("already names \"Sergei Lavrov\""),
            std::string::npos)
      << s.message();
  // The same spelling in another group is another entity, and fine.
  EXPECT_TRUE(t.Add("ships", "Sergey Lavrov", {}).ok());
}

}  // namespace
}  // namespace claimdiff
