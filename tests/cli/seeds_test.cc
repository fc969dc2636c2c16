// The acceptance corpus: five real articles kept beside the checkout (not
// in the repository) in shared/seeds, with the findings EXPECTED.md lists.
// Skipped when that folder is absent.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/cli/run_cli.h"

namespace claimdiff::testing {
namespace {

namespace fs = std::filesystem;

const std::string& SeedsDir() {
  static const std::string dir =
      (fs::path(CLAIMDIFF_SOURCE_DIR) / ".." / "shared" / "seeds")
          .lexically_normal()
          .string();
  return dir;
}

class SeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::is_regular_file(SeedsDir() + "/sources.yaml")) {
      GTEST_SKIP() << "no seeds corpus beside the checkout";
    }
    CliResult r = RunCli("check --rules rules/examples/kuril --format json '" +
                         SeedsDir() + "'");
    ASSERT_EQ(r.exit_code, 1) << r.err;  // one conflict at error
    report_ = nlohmann::json::parse(r.out);
  }

  // "000:5" for a claim: file prefix and line.
  std::string Where(const nlohmann::json& claim) const {
    const std::string source = claim["source"];
    return fs::path(source).filename().string().substr(0, 3) + ":" +
           std::to_string(claim["line"].get<int>());
  }

  nlohmann::json report_;
};

TEST_F(SeedsTest, OnlyTheDisputeLengthConflictsAtError) {
  int errors = 0;
  for (const auto& f : report_["findings"]) {
    if (f["severity"] != "error") continue;
    ++errors;
    EXPECT_EQ(f["subject"], "kuril/dispute-start");
    EXPECT_EQ(f["kind"], "conflict");
    ASSERT_EQ(f["outliers"].size(), 1u);
    const auto& outlier = report_["claims"][f["outliers"][0].get<int>()];
    EXPECT_EQ(Where(outlier), "000:5");
    EXPECT_EQ(outlier["text"], "more than 50 years");
    std::set<std::string> agreeing;
    for (const auto& id : f["claims"]) {
      if (id == f["outliers"][0]) continue;
      agreeing.insert(Where(report_["claims"][id.get<int>()]));
    }
    EXPECT_EQ(agreeing, (std::set<std::string>{"001:8", "002:6", "002:8",
                                               "002:13", "002:15"}));
  }
  EXPECT_EQ(errors, 1);
}

TEST_F(SeedsTest, MustAgreeClaimsResolveAsListed) {
  struct Expected {
    std::string subject;
    std::string low;
    std::string high;
  };
  // EXPECTED.md: claim -> subject and resolved day(s).
  const std::map<std::string, Expected> expected = {
      {"003:25 December 15",
       {"kuril/putin-visit-japan", "2016-12-15", "2016-12-15"}},
      {"003:7 next month",
       {"kuril/putin-visit-japan", "2016-12-01", "2016-12-31"}},
      {"004:17 December 15th",
       {"kuril/putin-visit-japan", "2016-12-15", "2016-12-15"}},
      {"002:6 Thursday",
       {"kuril/putin-visit-japan", "2016-12-15", "2016-12-15"}},
      {"002:8 Thursday",
       {"kuril/putin-visit-japan", "2016-12-15", "2016-12-15"}},
      {"002:23 Thursday",
       {"kuril/putin-visit-japan", "2016-12-15", "2016-12-15"}},
      {"004:1 September 2",
       {"kuril/vladivostok-talks", "2016-09-02", "2016-09-02"}},
      {"004:2 the 2 nd",
       {"kuril/vladivostok-talks", "2016-09-02", "2016-09-02"}},
      {"003:25 September",
       {"kuril/vladivostok-talks", "2016-09-01", "2016-09-30"}},
  };
  std::set<std::string> found;
  for (const auto& claim : report_["claims"]) {
    const std::string key =
        Where(claim) + " " + claim["text"].get<std::string>();
    auto it = expected.find(key);
    if (it == expected.end()) continue;
    found.insert(key);
    EXPECT_EQ(claim["subject"], it->second.subject) << key;
    EXPECT_EQ(claim["value"]["low"], it->second.low) << key;
    EXPECT_EQ(claim["value"]["high"], it->second.high) << key;
  }
  EXPECT_EQ(found.size(), expected.size());
  for (const auto& f : report_["findings"]) {
    EXPECT_NE(f["subject"], "kuril/putin-visit-japan");
    EXPECT_NE(f["subject"], "kuril/vladivostok-talks");
  }
}

TEST_F(SeedsTest, NoTrapIsReported) {
  // Traps: figures with subjects of their own, and "Tuesday" as the day a
  // spokesman spoke. None may appear in any finding.
  // Names and lists are checked below; every figure in a finding must be
  // about the dispute's start.
  for (const auto& f : report_["findings"]) {
    if (f["unit"] == "name" || f["unit"] == "set") continue;
    for (const auto& id : f["claims"]) {
      const auto& claim = report_["claims"][id.get<int>()];
      EXPECT_EQ(claim["subject"], "kuril/dispute-start") << claim.dump();
    }
  }
  for (const auto& claim : report_["claims"]) {
    if (claim["value"]["kind"] != "date") continue;
    EXPECT_NE(Where(claim), "002:11") << "Tuesday is when Peskov spoke";
  }
}

// EXPECTED.md, "worth reporting below error": the names spelled two ways
// and the machine-translated island names, each as a warning.
TEST_F(SeedsTest, SpellingsAndTheIslandListAreWarnings) {
  // subject -> the outlier's place and text.
  std::map<std::string, std::string> spellings;
  std::set<std::string> island_outliers, island_agreeing;
  for (const auto& f : report_["findings"]) {
    if (f["kind"] == "spelling") {
      EXPECT_EQ(f["severity"], "warning") << f.dump();
      ASSERT_EQ(f["outliers"].size(), 1u) << f.dump();
      const auto& c = report_["claims"][f["outliers"][0].get<int>()];
      spellings[f["subject"]] = Where(c) + " " + c["text"].get<std::string>();
    }
    if (f["subject"] == "kuril/disputed-islands") {
      EXPECT_EQ(f["severity"], "warning");
      EXPECT_EQ(f["consensus"]["reading"],
                "{Habomai, Iturup, Kunashir, Shikotan}");
      for (const auto& id : f["claims"]) {
        const auto& c = report_["claims"][id.get<int>()];
        const bool outlier =
            std::find(f["outliers"].begin(), f["outliers"].end(), id) !=
            f["outliers"].end();
        (outlier ? island_outliers : island_agreeing)
            .insert(Where(c) + " " + c["text"].get<std::string>());
      }
    }
  }
  EXPECT_EQ(spellings,
            (std::map<std::string, std::string>{
                {"kuril/spelling/sergei lavrov", "000:17 Sergey Lavrov"},
                {"kuril/spelling/shinzo abe", "000:3 Shinz\xC5\x8D Abe"},
                {"kuril/spelling/dmitry peskov", "004:3 dmitry Peskov"}}));
  EXPECT_EQ(
      island_outliers,
      (std::set<std::string>{"004:5 Tooth Dance, Sedan, Guohou and Choishuo"}));
  EXPECT_EQ(
      island_agreeing,
      (std::set<std::string>{"000:25 Iturup, Kunashir, Shikotan and Habomai",
                             "003:23 Iturup, Kunashir, Shikotan and Habomai"}));
}

}  // namespace
}  // namespace claimdiff::testing
