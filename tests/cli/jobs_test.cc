// The output must not depend on the number of threads: reports are diffed
// in CI and a baseline is keyed on them.
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/cli/run_cli.h"
#include "tests/testing/temp_files.h"

namespace claimdiff::testing {
namespace {

// 300 sources of very different sizes (so threads finish them out of
// order), disagreeing on two facts, some with unreadable values.
std::string WriteCorpus() {
  const std::string dir = MakeTempDir("jobs");
  for (int i = 0; i < 300; ++i) {
    std::ofstream out(absl::StrCat(dir, "/", i, ".txt"));
    const int padding = (i * 7919) % 400;
    for (int k = 0; k < padding; ++k) {
      out << "Residents gathered by the river on a grey morning.\n";
    }
    out << "The repair bill came to $" << (i % 9 == 0 ? 62 : 48)
        << " million. The bridge will reopen in "
        << (i % 13 == 0 ? "June" : "March") << " 2024.\n";
  }
  return dir;
}

class JobsTest : public ::testing::TestWithParam<std::string> {};

TEST_P(JobsTest, OneThreadAndFourGiveTheSameReport) {
  static const std::string* const dir = new std::string(WriteCorpus());
  const std::string command = absl::StrCat(
      "check --rules rules/examples/vell-bridge --published 2024-03-05 "
      "--fail-on never --format ",
      GetParam(), " '", *dir, "' -j ");
  const CliResult one = RunCli(absl::StrCat(command, "1"));
  const CliResult four = RunCli(absl::StrCat(command, "4"));
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(four.exit_code, 0) << four.err;
  EXPECT_GT(one.out.size(), 1000u);
  EXPECT_EQ(one.out, four.out);
  EXPECT_EQ(one.err, four.err);
}

INSTANTIATE_TEST_SUITE_P(Formats, JobsTest,
                         ::testing::Values("text", "json", "sarif", "line"));

}  // namespace
}  // namespace claimdiff::testing
