// Inputs at the edges of what an archive holds: many files, one huge line,
// symlink loops, and files that cannot be read. Each must end, and say
// what it skipped.
#include <filesystem>
#include <fstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/cli/run_cli.h"
#include "tests/testing/temp_files.h"

namespace claimdiff::testing {
namespace {

namespace fs = std::filesystem;

constexpr char kCheck[] =
    "check --rules rules/examples/vell-bridge --fail-on never ";

TEST(LargeInputsTest, ManyTinyFiles) {
  const std::string dir = MakeTempDir("many-files");
  for (int i = 0; i < 5000; ++i) {
    const std::string sub = absl::StrCat(dir, "/", i % 50);
    if (i < 50) fs::create_directories(sub);
    std::ofstream(absl::StrCat(sub, "/", i, ".txt"))
        << "The repair bill came to $" << (i % 7 == 0 ? 62 : 48)
        << " million.\n";
  }
  CliResult r = RunCli(absl::StrCat(kCheck, "-j 2 '", dir, "'"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "across 5000 sources, 5000 claims"))
      << r.out.substr(r.out.size() > 300 ? r.out.size() - 300 : 0);
}

TEST(LargeInputsTest, OneHugeLine) {
  // 20 MB without a line break (a scraped page, a minified export): the
  // claims in it are still found, at their columns.
  const std::string dir = MakeTempDir("huge-line");
  {
    std::ofstream out(dir + "/one.txt");
    const std::string filler(1000, 'x');
    for (int i = 0; i < 20000; ++i) out << filler << ' ';
    out << "The repair bill came to $48 million.";
  }
  CliResult r =
      RunCli(absl::StrCat(kCheck, "--format json '", dir, "/one.txt'"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "\"column\": 20020025")) << r.err;
}

TEST(LargeInputsTest, SymlinkLoopsEndAndAreSkipped) {
  const std::string dir = MakeTempDir("symlink-loops");
  WriteFile(dir + "/story.txt", "The repair bill came to $48 million.\n");
  fs::create_directory_symlink(".", dir + "/again");        // a -> .
  fs::create_directory_symlink("..", dir + "/sub-parent");  // up and round
  fs::create_symlink("b.txt", dir + "/a.txt");              // a -> b -> a
  fs::create_symlink("a.txt", dir + "/b.txt");
  CliResult r = RunCli(absl::StrCat(kCheck, "'", dir, "'"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "across 1 source, 1 claim")) << r.out;
}

TEST(LargeInputsTest, SkippedSourcesAreCountedInTheSummary) {
  const std::string dir = MakeTempDir("skipped");
  WriteFile(dir + "/story.txt", "The repair bill came to $48 million.\n");
  WriteFile(dir + "/photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  CliResult r = RunCli(absl::StrCat(kCheck, "'", dir, "'"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "photo.txt: warning: "));
  EXPECT_TRUE(absl::StrContains(r.out, "; 1 source skipped\n")) << r.out;
  CliResult json = RunCli(absl::StrCat(kCheck, "--format json '", dir, "'"));
  EXPECT_TRUE(absl::StrContains(json.out, "\"skipped\": 1")) << json.out;
}

}  // namespace
}  // namespace claimdiff::testing
