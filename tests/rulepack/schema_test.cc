// schema/ is what editors validate and complete rule files with. These
// tests hold it to the loader: every key the loader accepts is in the
// schema and every key in the schema is one the loader accepts, and every
// enumerated value parses. (tests/schema/validate_packs.py validates the
// shipped packs against it.)
#include <set>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/rulepack/rulepack.h"
#include "checker/values/qualifier.h"
#include "checker/values/value.h"
#include "checker/values/vocabulary.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {

using Json = nlohmann::json;
using Names = std::set<std::string>;

Json LoadSchema(const std::string& name) {
  return Json::parse(::claimdiff::testing::ReadFile(
      std::string(CLAIMDIFF_SOURCE_DIR) + "/schema/" + name));
}

Names KeysOf(const Json& properties) {
  Names names;
  for (const auto& [key, value] : properties.items()) names.insert(key);
  return names;
}

Names Set(const std::vector<absl::string_view>& keys) {
  return Names(keys.begin(), keys.end());
}

Names EnumOf(const Json& property) {
  Names names;
  for (const Json& value : property.at("enum")) names.insert(value);
  return names;
}

TEST(SchemaTest, KeysMatchTheLoader) {
  const Json file = LoadSchema("pack-file.schema.json");
  const Json& props = file.at("properties");
  const Json& defs = file.at("definitions");
  EXPECT_EQ(KeysOf(props), Set(PackFileKeys()));
  EXPECT_EQ(KeysOf(defs.at("rule").at("properties")), Set(RuleKeys()));
  EXPECT_EQ(KeysOf(defs.at("example").at("properties")), Set(ExampleKeys()));
  EXPECT_EQ(
      KeysOf(
          props.at("currencies").at("additionalProperties").at("properties")),
      Set(CurrencyKeys()));
  EXPECT_EQ(
      KeysOf(props.at("units").at("additionalProperties").at("properties")),
      Set(DimensionKeys()));
  EXPECT_EQ(KeysOf(defs.at("unit").at("properties")), Set(UnitKeys()));
  EXPECT_EQ(KeysOf(props.at("exchange_rates").at("properties")),
            Set(ExchangeRatesKeys()));
  const Json pack = LoadSchema("pack.schema.json");
  EXPECT_EQ(KeysOf(pack.at("properties")), Set(PackManifestKeys()));
  // Unknown keys are errors in the loader, so they must be in editors.
  EXPECT_EQ(file.at("additionalProperties"), false);
  EXPECT_EQ(defs.at("rule").at("additionalProperties"), false);
  EXPECT_EQ(pack.at("additionalProperties"), false);
}

TEST(SchemaTest, KindsAndQualifierReadingsMatchTheCode) {
  const Json file = LoadSchema("pack-file.schema.json");
  // Every enumerator, walking the enum until the name function falls back
  // to its default: a kind added to the code must reach the schema.
  Names kinds{std::string(KindName(Kind::kNumber))};
  for (int i = 1; KindName(static_cast<Kind>(i)) != "number"; ++i) {
    kinds.insert(std::string(KindName(static_cast<Kind>(i))));
  }
  EXPECT_EQ(
      EnumOf(file.at("definitions").at("rule").at("properties").at("kind")),
      kinds);
  Names readings{std::string(QualifierReadingName(QualifierReading::kExact))};
  for (int i = 1;
       QualifierReadingName(static_cast<QualifierReading>(i)) != "exact"; ++i) {
    readings.insert(
        std::string(QualifierReadingName(static_cast<QualifierReading>(i))));
  }
  EXPECT_EQ(KeysOf(file.at("properties").at("qualifiers").at("properties")),
            readings);
}

TEST(SchemaTest, EveryEnumeratedOptionLoads) {
  const Json rule = LoadSchema("pack-file.schema.json")
                        .at("definitions")
                        .at("rule")
                        .at("properties");
  int loaded = 0;
  for (const char* option : {"severity", "bounds", "resolve", "date_order"}) {
    for (const std::string& value : EnumOf(rule.at(option))) {
      const auto dir = ::claimdiff::testing::TestDir();
      ::claimdiff::testing::WriteFile(
          dir / "rules.yaml",
          "rules:\n"
          "  - id: t.a\n"
          "    kind: date\n"
          "    subject: s\n"
          "    " +
              std::string(option) + ": " + value +
              "\n"
              "    patterns: ['on (?P<value>\\d{4}-\\d\\d-\\d\\d)']\n");
      absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
      EXPECT_TRUE(pack.ok())
          << option << ": " << value << ": " << pack.status();
      ++loaded;
    }
  }
  EXPECT_GE(loaded, 10);
}

}  // namespace
}  // namespace claimdiff
