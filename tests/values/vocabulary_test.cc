#include "checker/values/vocabulary.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "checker/values/normalizer.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {
namespace fs = std::filesystem;

// Every file of rules/common, in the order the rule loader reads them.
std::vector<std::string> CommonFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(
           std::string(CLAIMDIFF_SOURCE_DIR) + "/rules/common")) {
    if (entry.path().extension() == ".yaml") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The common vocabulary, followed by `override_yaml` when it is not empty.
Vocabulary CommonWith(const std::string& override_yaml) {
  std::vector<std::string> files = CommonFiles();
  if (!override_yaml.empty()) {
    files.push_back(testing::WriteFile(testing::TestDir() / "override.yaml",
                                       override_yaml));
  }
  absl::StatusOr<Vocabulary> vocabulary = LoadVocabulary(files);
  EXPECT_TRUE(vocabulary.ok()) << vocabulary.status();
  return vocabulary.ok() ? *std::move(vocabulary) : Vocabulary();
}

// The reading of `text` as `kind`: "UNIT LOW..HIGH" or the error.
std::string Read(const Vocabulary& vocabulary, Kind kind,
                 absl::string_view text) {
  ValueOptions exact;
  exact.tolerance_set = true;
  absl::StatusOr<Value> value =
      Normalize(kind, ClaimText{text, "", ""}, vocabulary, exact,
                absl::CivilDay(2019, 7, 1));
  if (!value.ok()) return std::string(value.status().message());
  return absl::StrCat(value->unit, " ", value->interval.low, "..",
                      value->interval.high);
}

struct OverrideCase {
  const char* what;
  std::string yaml;
  Kind kind;
  const char* text;
  const char* before;  // the reading with rules/common alone
  const char* after;   // with the override loaded after it
};

// Each table a pack can override changes what the same text reads.
TEST(VocabularyTest, APackOverrideTakesEffect) {
  const OverrideCase cases[] = {
      {"unit factor",
       "units:\n  mass:\n    canonical: kg\n    units:\n"
       "      ton: {factor: 1000, names: [ton, tons]}\n",
       Kind::kMeasure, "5 tons", "kg 4535.92..4535.92", "kg 5000..5000"},
      {"new unit",
       "units:\n  length:\n    canonical: m\n    units:\n"
       "      fur: {factor: 201.168, names: [furlongs]}\n",
       Kind::kMeasure, "4 furlongs",
       "no known unit of measure in \"4 furlongs\"", "m 804.672..804.672"},
      {"season", "seasons:\n  summer: [06-21, 09-22]\n", Kind::kDate,
       "summer 2019", "date 18048..18139", "date 18068..18161"},
      {"holiday", "holidays:\n  Bastille Day: 07-14\n", Kind::kDate,
       "Bastille Day 2019", "not a date: \"Bastille Day 2019\"",
       "date 18091..18091"},
      {"currency", "currencies:\n  CHF:\n    names: [francs]\n", Kind::kMoney,
       "500 francs", "no known currency in \"500 francs\"", "CHF 500..500"},
      {"rate period", "rate_periods:\n  1 week: [a shift]\n", Kind::kMoney,
       "$7,000 a shift", "not an amount of money: \"$7,000 a shift\"",
       "USD/day 1000..1000"},
      {"vague count", "vague_counts:\n  dozens: [12, 60]\n", Kind::kNumber,
       "dozens", " 24..120", " 12..60"},
      {"qualifier", "qualifiers:\n  about: [give or take]\n", Kind::kNumber,
       "give or take 50", "not a number: \"give or take 50\"", " 40..60"},
  };
  const Vocabulary common = CommonWith("");
  for (const OverrideCase& c : cases) {
    EXPECT_EQ(Read(common, c.kind, c.text), c.before) << c.what;
    EXPECT_EQ(Read(CommonWith(c.yaml), c.kind, c.text), c.after) << c.what;
  }
}

struct ErrorCase {
  const char* what;
  std::string yaml;
  const char* expected;  // a substring of the one-line error
};

// Every problem names the file and the position of the bad node.
TEST(VocabularyTest, ProblemsNameFileLineAndColumn) {
  const ErrorCase cases[] = {
      {"malformed YAML", "units: [\n", "bad.yaml:2:1: error:"},
      {"bad factor",
       "units:\n  length:\n    canonical: m\n    units:\n"
       "      m: {factor: abc, names: [m]}\n",
       "bad.yaml:5:19: error: unit m: factor must be a number"},
      {"no canonical unit",
       "units:\n  length:\n    canonical: m\n    units:\n"
       "      ft: {factor: 0.3048, names: [ft]}\n",
       "bad.yaml:2:3: error: dimension length: its canonical unit m must be"},
      {"unknown currency key",
       "currencies:\n  CHF:\n    names: [francs]\n    nmes: [x]\n",
       "bad.yaml:4:5: error: currency CHF: unknown key \"nmes\""},
      {"lower-case code", "currencies:\n  usd:\n    names: [bucks]\n",
       "bad.yaml:2:3: error: currency \"usd\": expected an ISO 4217 code"},
      {"impossible season day", "seasons:\n  summer: [06-01, 02-30]\n",
       "bad.yaml:2:19: error: season summer: expected a day of the year"},
      {"period not a duration", "rate_periods:\n  soon: [a bit]\n",
       "bad.yaml:2:3: error: rate period \"soon\": expected a duration"},
      {"bad holiday", "holidays:\n  Christmas: 25-12\n",
       "bad.yaml:2:14: error: holiday Christmas:"},
  };
  for (const ErrorCase& c : cases) {
    const std::string file =
        testing::WriteFile(testing::TestDir() / "bad.yaml", c.yaml);
    absl::StatusOr<Vocabulary> vocabulary = LoadVocabulary({file});
    ASSERT_FALSE(vocabulary.ok()) << c.what;
    const std::string message(vocabulary.status().message());
    EXPECT_NE(message.find(c.expected), std::string::npos)
        << c.what << ": " << message;
    // One problem per line, each naming the file (a bad unit may also
    // leave its dimension without a canonical unit: two lines).
    for (absl::string_view line : absl::StrSplit(message, '\n')) {
      EXPECT_TRUE(absl::StartsWith(line, file)) << c.what << ": " << line;
    }
  }
}

}  // namespace
}  // namespace claimdiff
