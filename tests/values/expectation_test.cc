#include "checker/values/expectation.h"

#include <string>
#include <vector>

#include "checker/common/iso_date.h"
#include "checker/values/value.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct ExpectCase {
  std::string text;
  bool none;
  std::string unit;
  double low;
  double high;
};

double Day(const char* iso) { return DayNumber(*ParseIsoDay(iso)); }

TEST(ParseExpectationTest, ReadsEveryForm) {
  const std::vector<ExpectCase> cases = {
      {"none", true, "", 0, 0},
      {"71", false, "", 71, 71},
      {"70..80", false, "", 70, 80},
      {"USD 2.1e9..2.3e9", false, "USD", 2.1e9, 2.3e9},
      {"% 30..40", false, "%", 30, 40},
      {"2016-12-15", false, "date", Day("2016-12-15"), Day("2016-12-15")},
      {"1944-12-13..1946-12-13", false, "date", Day("1944-12-13"),
       Day("1946-12-13")},
      {"weeks 5..6", false, "day", 35, 42},
      {"days 42", false, "day", 42, 42},
      {"years 1", false, "day", 365.2425, 365.2425},
  };
  for (const ExpectCase& c : cases) {
    absl::StatusOr<Expectation> e = ParseExpectation(c.text);
    ASSERT_TRUE(e.ok()) << c.text << ": " << e.status();
    EXPECT_EQ(e->none, c.none) << c.text;
    EXPECT_EQ(e->unit, c.unit) << c.text;
    EXPECT_DOUBLE_EQ(e->low, c.low) << c.text;
    EXPECT_DOUBLE_EQ(e->high, c.high) << c.text;
  }
}

TEST(ParseExpectationTest, RejectsWhatIsNotABound) {
  for (const char* text : {"seventy", "1..2..3", "USD lots", "2016-02-30"}) {
    EXPECT_FALSE(ParseExpectation(text).ok()) << text;
  }
}

TEST(ParseExpectationTest, DatesTakeNoOtherUnitAndBoundsAreOrdered) {
  EXPECT_FALSE(ParseExpectation("USD 2016-12-15").ok());
  EXPECT_TRUE(ParseExpectation("date 2016-12-15").ok());
  EXPECT_FALSE(ParseExpectation("80..70").ok());
}

TEST(ParseExpectationTest, NamesAndSetsExpectHouseSpellingsInAnyOrder) {
  absl::StatusOr<Expectation> e =
      ParseExpectation("Iturup, Kunashir and Habomai", Kind::kSet);
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->members,
            (std::vector<std::string>{"Iturup", "Kunashir", "Habomai"}));
  EXPECT_TRUE(ParseExpectation("none", Kind::kName)->none);
  EXPECT_FALSE(ParseExpectation(" , ", Kind::kName).ok());

  Value set;
  set.kind = Kind::kSet;
  for (const char* name : {"Habomai", "Iturup", "Kunashir"}) {
    set.members.push_back({name, name, true});
  }
  EXPECT_TRUE(Satisfies(set, *e));
  set.members.pop_back();
  EXPECT_FALSE(Satisfies(set, *e));

  Value name;
  name.kind = Kind::kName;
  name.members.push_back({"Sergey Lavrov", "Sergei Lavrov", true});
  EXPECT_TRUE(Satisfies(name, *ParseExpectation("sergei lavrov", Kind::kName)));
  EXPECT_FALSE(
      Satisfies(name, *ParseExpectation("Sergey Lavrov", Kind::kName)));
}

}  // namespace
}  // namespace claimdiff
