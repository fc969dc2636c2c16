#include "checker/source/manifest.h"

#include <filesystem>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {
namespace fs = std::filesystem;

using ::claimdiff::testing::TestDir;
using ::claimdiff::testing::WriteFile;

std::vector<std::string> Lines(absl::string_view message) {
  return absl::StrSplit(message, '\n');
}

TEST(LoadManifestTest, ReadsEveryField) {
  const fs::path dir = TestDir();
  WriteFile(dir / "a.txt", "A");
  WriteFile(dir / "sub" / "b.md", "B");
  const std::string path = WriteFile(dir / "sources.yaml",
                                     "sources:\n"
                                     "  - path: a.txt\n"
                                     "    published: 2016-12-13\n"
                                     "    outlet: The Daily Example\n"
                                     "    exclude: ['(?s)Comments.*', 'Ad']\n"
                                     "  - path: sub/b.md\n");
  absl::StatusOr<Manifest> m = LoadManifest(path);
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_EQ(m->path, path);
  ASSERT_EQ(m->sources.size(), 2u);
  const SourceMeta& a = m->sources[0];
  EXPECT_EQ(a.path, (dir / "a.txt").string());
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, absl::CivilDay(2016, 12, 13));
  EXPECT_EQ(a.outlet, "The Daily Example");
  EXPECT_EQ(a.exclude, (std::vector<std::string>{"(?s)Comments.*", "Ad"}));
  const SourceMeta& b = m->sources[1];
  EXPECT_EQ(b.path, (dir / "sub" / "b.md").string());
  EXPECT_FALSE(b.published.has_value());
  EXPECT_EQ(b.outlet, "");
  EXPECT_TRUE(b.exclude.empty());
}

TEST(LoadManifestTest, FindMatchesTheSameFileSpelledDifferently) {
  const fs::path dir = TestDir();
  WriteFile(dir / "a.txt", "A");
  WriteFile(dir / "b.txt", "B");
  const std::string path = WriteFile(
      dir / "sources.yaml", "sources:\n  - path: a.txt\n    outlet: X\n");
  absl::StatusOr<Manifest> m = LoadManifest(path);
  ASSERT_TRUE(m.ok()) << m.status();
  const SourceMeta* found = m->Find((dir / "." / "a.txt").string());
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->outlet, "X");
  EXPECT_EQ(m->Find((dir / "b.txt").string()), nullptr);
}

struct ErrorCase {
  const char* name;
  std::string yaml;
  int line;
  int column;
  std::string message_part;
};

// Every error is one `file:line:col: error: ...` line at the offending node.
TEST(LoadManifestTest, ErrorsNameFileLineAndColumn) {
  const ErrorCase cases[] = {
      {"unknown key", "sources:\n  - path: a.txt\n    outlett: X\n", 3, 5,
       "unknown key \"outlett\""},
      {"unknown top-level key", "sources:\n  - path: a.txt\nsorces: []\n", 3, 1,
       "unknown key \"sorces\""},
      {"missing path", "sources:\n  - path: a.txt\n  - outlet: X\n", 3, 5,
       "missing required key \"path\""},
      {"impossible date",
       "sources:\n  - path: a.txt\n    published: 2016-02-30\n", 3, 16,
       "2016-02-30"},
      {"not a date", "sources:\n  - path: a.txt\n    published: Dec 13\n", 3,
       16, "Dec 13"},
      {"bad exclude regex",
       "sources:\n  - path: a.txt\n    exclude:\n      - '(a'\n", 4, 9,
       "exclude: invalid RE2 pattern"},
      {"exclude not a list", "sources:\n  - path: a.txt\n    exclude: 'x'\n", 3,
       14, "exclude: expected a list"},
      {"listed file missing", "sources:\n  - path: a.txt\n  - path: gone.txt\n",
       3, 11, "source file not found"},
      {"entry not a map", "sources:\n  - a.txt\n", 2, 5, "expected a map"},
  };
  for (const ErrorCase& c : cases) {
    const fs::path dir = TestDir() / c.name;
    WriteFile(dir / "a.txt", "A");
    const std::string path = WriteFile(dir / "sources.yaml", c.yaml);
    absl::StatusOr<Manifest> m = LoadManifest(path);
    ASSERT_FALSE(m.ok()) << c.name;
    EXPECT_EQ(m.status().code(), absl::StatusCode::kInvalidArgument) << c.name;
    const std::vector<std::string> lines = Lines(m.status().message());
    ASSERT_EQ(lines.size(), 1u) << c.name << ": " << m.status().message();
    const std::string prefix = path + ":" + std::to_string(c.line) + ":" +
                               std::to_string(c.column) + ": error: ";
    EXPECT_TRUE(absl::StartsWith(lines[0], prefix))
        << c.name << ": " << lines[0];
    EXPECT_NE(lines[0].find(c.message_part), std::string::npos)
        << c.name << ": " << lines[0];
  }
}

TEST(LoadManifestTest, MissingFileNamesItsPath) {
  const std::string path = (TestDir() / "sources.yaml").string();
  absl::StatusOr<Manifest> m = LoadManifest(path);
  ASSERT_FALSE(m.ok());
  EXPECT_TRUE(absl::StartsWith(m.status().message(), path + ": error: "))
      << m.status();
}

TEST(LoadManifestTest, MalformedYamlGivesPosition) {
  const fs::path dir = TestDir();
  const std::string path =
      WriteFile(dir / "sources.yaml", "sources:\n  - path: a: b\n");
  absl::StatusOr<Manifest> m = LoadManifest(path);
  ASSERT_FALSE(m.ok());
  EXPECT_TRUE(absl::StartsWith(m.status().message(), path + ":2:"))
      << m.status();
}

TEST(LoadManifestTest, SourcesMustBeAList) {
  const fs::path dir = TestDir();
  for (const char* yaml : {"sources: a.txt\n", "other: 1\n", "- a.txt\n"}) {
    const std::string path = WriteFile(dir / "sources.yaml", yaml);
    absl::StatusOr<Manifest> m = LoadManifest(path);
    ASSERT_FALSE(m.ok()) << yaml;
    EXPECT_TRUE(absl::StartsWith(m.status().message(), path + ":1:1: error: "))
        << m.status();
  }
}

TEST(LoadManifestTest, ReportsEveryProblemTogether) {
  const fs::path dir = TestDir();
  WriteFile(dir / "a.txt", "A");
  const std::string path = WriteFile(dir / "sources.yaml",
                                     "sources:\n"
                                     "  - path: a.txt\n"
                                     "    published: 2015-02-29\n"
                                     "  - path: gone.txt\n"
                                     "    color: red\n");
  absl::StatusOr<Manifest> m = LoadManifest(path);
  ASSERT_FALSE(m.ok());
  const std::vector<std::string> lines = Lines(m.status().message());
  ASSERT_EQ(lines.size(), 3u) << m.status().message();
  auto has_line = [&](const std::string& prefix) {
    for (const std::string& l : lines) {
      if (absl::StartsWith(l, prefix)) return true;
    }
    return false;
  };
  EXPECT_TRUE(has_line(path + ":3:16: error: "));  // the date
  EXPECT_TRUE(has_line(path + ":4:11: error: "));  // gone.txt
  EXPECT_TRUE(has_line(path + ":5:5: error: "));   // color
}

}  // namespace
}  // namespace claimdiff
