#include "checker/pipeline/rule_list.h"

#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

Rule MakeRule(std::string id, Kind kind, std::string pack, int examples) {
  Rule rule;
  rule.id = std::move(id);
  rule.kind = kind;
  rule.pack = std::move(pack);
  rule.subject = "s/" + rule.id;
  rule.severity = Severity::kWarning;
  rule.examples.resize(examples);
  return rule;
}

TEST(WriteRuleListTest, OneAlignedLinePerRuleSortedById) {
  RulePack pack;
  pack.rules.push_back(MakeRule("z.cost", Kind::kMoney, "story", 2));
  pack.rules.push_back(MakeRule("a.length", Kind::kMeasure, "bridges", 12));
  std::ostringstream out;
  WriteRuleList(pack, out);
  EXPECT_EQ(out.str(),
            "id        kind     severity  pack     examples  subject\n"
            "a.length  measure  warning   bridges        12  s/a.length\n"
            "z.cost    money    warning   story           2  s/z.cost\n"
            "2 rules\n");
}

TEST(WriteRuleListTest, EmptyPack) {
  std::ostringstream out;
  WriteRuleList(RulePack(), out);
  EXPECT_EQ(out.str(),
            "id  kind  severity  pack  examples  subject\n0 rules\n");
}

}  // namespace
}  // namespace claimdiff
