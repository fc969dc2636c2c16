// Golden tests: the bundled corpus's reports in reports/ and the explain
// output in fixtures/expected/ must match what the current build produces.
// After a deliberate change in output, run `make reports` (and see
// UPDATE_GOLDEN below) and review the diff.
#include <cstdlib>
#include <set>
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/cli/run_cli.h"
#include "tests/testing/temp_files.h"

namespace claimdiff::testing {
namespace {

constexpr char kCheck[] =
    "check --rules rules/examples/vell-bridge --fail-on never ";

struct Golden {
  std::string name;
  std::string args;
  std::string expected;  // path relative to the repository root
};

class GoldenTest : public ::testing::TestWithParam<Golden> {};

TEST_P(GoldenTest, MatchesTheCheckedInFile) {
  const Golden& g = GetParam();
  CliResult r = RunCli(g.args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string path = std::string(CLAIMDIFF_SOURCE_DIR) + "/" + g.expected;
  if (std::getenv("UPDATE_GOLDEN") != nullptr) {
    WriteFile(path, r.out);
    GTEST_SKIP() << "rewrote " << g.expected;
  }
  const std::string expected = ReadFile(path);
  ASSERT_FALSE(expected.empty()) << g.expected << " is missing";
  EXPECT_EQ(r.out, expected)
      << g.expected << " is stale: run `make reports` (or UPDATE_GOLDEN=1 "
      << "ctest -R Golden) and review the diff";
}

INSTANTIATE_TEST_SUITE_P(
    Reports, GoldenTest,
    ::testing::Values(
        Golden{"text", std::string(kCheck) + "fixtures/corpus",
               "reports/corpus.txt"},
        Golden{"json", std::string(kCheck) + "--format json fixtures/corpus",
               "reports/corpus.json"},
        Golden{"html", std::string(kCheck) + "--format html fixtures/corpus",
               "reports/corpus.html"},
        Golden{"line", std::string(kCheck) + "--format line fixtures/corpus",
               "reports/corpus.line.txt"},
        Golden{"github",
               std::string(kCheck) + "--format github fixtures/corpus",
               "reports/corpus.github.txt"},
        Golden{"rdjsonl",
               std::string(kCheck) + "--format rdjsonl fixtures/corpus",
               "reports/corpus.rdjsonl"},
        Golden{"junit", std::string(kCheck) + "--format junit fixtures/corpus",
               "reports/corpus.junit.xml"},
        Golden{"sarif", std::string(kCheck) + "--format sarif fixtures/corpus",
               "reports/corpus.sarif"},
        Golden{"explain",
               "explain --rules rules/examples/vell-bridge fixtures/corpus",
               "fixtures/expected/corpus.explain.txt"}),
    [](const ::testing::TestParamInfo<Golden>& info) {
      return info.param.name;
    });

// The corpus's traps, asserted directly so a golden update cannot quietly
// accept a false conflict.
TEST(CorpusTest, FindsTheDesignedConflictsAndNoTrap) {
  CliResult r = RunCli(std::string(kCheck) + "--format json fixtures/corpus");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json report = nlohmann::json::parse(r.out);
  std::set<std::string> conflicts;
  for (const auto& f : report["findings"]) {
    if (f["kind"] == "conflict") conflicts.insert(f["subject"]);
  }
  EXPECT_EQ(conflicts, (std::set<std::string>{
                           "vell-bridge/reopening", "vell-bridge/repair-cost",
                           "vell-bridge/opened", "bridge/districts"}));
  // The outlier of each conflict is the claim the corpus was written with.
  for (const auto& f : report["findings"]) {
    if (f["kind"] != "conflict") continue;
    ASSERT_EQ(f["outliers"].size(), 1u) << f.dump();
    const auto& claim = report["claims"][f["outliers"][0].get<int>()];
    const std::string subject = f["subject"];
    if (subject == "vell-bridge/reopening") {
      EXPECT_EQ(claim["text"], "March 15");
    } else if (subject == "vell-bridge/repair-cost") {
      EXPECT_EQ(claim["text"], "$62 million");
    } else if (subject == "bridge/districts") {
      EXPECT_EQ(claim["text"], "Harwick, Ostby and Lindmoor");
      EXPECT_EQ(f["severity"], "warning");
    } else {
      EXPECT_EQ(claim["text"], "85-year");
      EXPECT_EQ(f["severity"], "warning");
    }
  }
  // The engineer's name: an accent dropped and a letter added, against the
  // house spelling two reports use.
  std::set<std::string> misspelt;
  for (const auto& f : report["findings"]) {
    if (f["kind"] != "spelling") continue;
    EXPECT_EQ(f["consensus"]["reading"], "Agn\xC3\xA8s Moreau");
    for (const auto& id : f["outliers"]) {
      misspelt.insert(report["claims"][id.get<int>()]["text"]);
    }
  }
  EXPECT_EQ(misspelt,
            (std::set<std::string>{"Agnes Moreau", "Agn\xC3\xA8s Moreaux"}));
}

// The radio station's page is HTML: it dates itself, and only its
// article's figures are claims, never the menu's, script's or footer's.
TEST(CorpusTest, TheHtmlPageReadsItsArticleOnly) {
  CliResult r = RunCli(std::string(kCheck) + "--format json fixtures/corpus");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json report = nlohmann::json::parse(r.out);
  bool dated = false;
  for (const auto& source : report["sources"]) {
    if (source["path"] != "fixtures/corpus/valley-radio.html") continue;
    dated = true;
    EXPECT_EQ(source["published"], "2024-03-05");
    EXPECT_EQ(source["published_from"], "html meta article:published_time");
  }
  EXPECT_TRUE(dated);
  std::set<std::string> claims;
  for (const auto& claim : report["claims"]) {
    if (claim["source"] != "fixtures/corpus/valley-radio.html") continue;
    claims.insert(std::to_string(claim["line"].get<int>()) + ":" +
                  std::to_string(claim["column"].get<int>()) + " " +
                  claim["value"]["reading"].get<std::string>());
  }
  // Line and column point into the HTML file, past its tags.
  EXPECT_EQ(claims, (std::set<std::string>{
                        "14:39 March      8 \xE2\x86\x92 Fri 2024-03-08",
                        "16:28 about $48      million \xE2\x86\x92 USD "
                        "47\xE2\x80\x93"
                        "49 million",
                        "16:56 about 1,200 \xE2\x86\x92 1100\xE2\x80\x93"
                        "1300"}));
}

}  // namespace
}  // namespace claimdiff::testing
