#include "checker/pipeline/baseline.h"

#include <string>

#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {

TEST(BaselineTest, WritesAndReadsBackWithClaimsFolded) {
  const std::string path = (testing::TestDir() / "baseline.json").string();
  Baseline baseline{{"bridge.cost", "vell/cost", "$62 million"},
                    {"people", "spelling/agnès", "agnes moreau"}};
  ASSERT_TRUE(WriteBaseline(baseline, path).ok());
  const std::string text = testing::ReadFile(path);
  EXPECT_EQ(text.find("{\"claimdiff_baseline\": 1, \"findings\": [\n  "), 0u)
      << text;
  absl::StatusOr<Baseline> read = ReadBaseline(path);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(*read, baseline);
  // Entries written by hand are folded like claims are.
  testing::WriteFile(path,
                     "{\"claimdiff_baseline\": 1, \"findings\": [{\"rule\": "
                     "\"r\", \"subject\": \"s\", \"claim\": \"ABOUT  "
                     "$48\xC2\xA0Million\"}]}");
  read = ReadBaseline(path);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->begin()->claim, "about $48 million");
}

TEST(BaselineTest, AFileThatIsNotABaselineIsOneLineWithItsPosition) {
  const auto dir = testing::TestDir();
  struct Case {
    const char* text;
    const char* where;
  } cases[] = {
      {"{\"claimdiff_baseline\": 1,\n  \"findings\": [}", ":2:16: error: "},
      {"[]", ":1:1: error: not a claimdiff baseline"},
      {"{\"claimdiff_baseline\": 2, \"findings\": []}", ":1:1: error: "},
      {"{\"claimdiff_baseline\": 1, \"findings\": [{\"rule\": 3}]}",
       ":1:1: error: baseline entry"},
  };
  for (const Case& c : cases) {
    const std::string path = testing::WriteFile(dir / "b.json", c.text);
    absl::StatusOr<Baseline> read = ReadBaseline(path);
    ASSERT_FALSE(read.ok()) << c.text;
    EXPECT_EQ(std::string(read.status().message()).find(path + c.where), 0u)
        << read.status();
  }
  EXPECT_FALSE(ReadBaseline((dir / "missing.json").string()).ok());
}

}  // namespace
}  // namespace claimdiff
