#include "checker/source/inputs.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {
namespace fs = std::filesystem;

using ::claimdiff::testing::TestDir;
using ::claimdiff::testing::WriteFile;

std::vector<std::string> Paths(const std::vector<SourceMeta>& sources) {
  std::vector<std::string> out;
  for (const SourceMeta& s : sources) out.push_back(s.path);
  return out;
}

TEST(ResolveInputsTest, FolderWithManifestIsExactlyItsList) {
  const fs::path dir = TestDir();
  WriteFile(dir / "a.txt", "A");
  WriteFile(dir / "b.txt", "B");
  WriteFile(dir / "notes.md", "notes");
  WriteFile(dir / "c.txt", "C");
  WriteFile(dir / "sources.yaml",
            "sources:\n"
            "  - path: c.txt\n"
            "    published: 2019-01-22\n"
            "  - path: a.txt\n");
  absl::StatusOr<std::vector<SourceMeta>> sources =
      ResolveInputs({dir.string()}, InputOptions{});
  ASSERT_TRUE(sources.ok()) << sources.status();
  // Manifest order, not name order; b.txt and notes.md are not sources.
  EXPECT_EQ(Paths(*sources),
            (std::vector<std::string>{(dir / "c.txt").string(),
                                      (dir / "a.txt").string()}));
  ASSERT_TRUE((*sources)[0].published.has_value());
  EXPECT_EQ(*(*sources)[0].published, absl::CivilDay(2019, 1, 22));
  EXPECT_EQ((*sources)[0].published_from, DateSource::kManifest);
  EXPECT_FALSE((*sources)[1].published.has_value());
  EXPECT_EQ((*sources)[1].published_from, DateSource::kNone);
}

TEST(ResolveInputsTest, FolderWithoutManifestListsTextFilesSorted) {
  const fs::path dir = TestDir();
  WriteFile(dir / "z.txt", "z");
  WriteFile(dir / "a.md", "a");
  WriteFile(dir / "m.text", "m");
  WriteFile(dir / "n.markdown", "n");
  WriteFile(dir / "UPPER.TXT", "u");
  WriteFile(dir / "page.html", "<p>p</p>");
  WriteFile(dir / "sub" / "OLD.HTM", "<p>o</p>");
  WriteFile(dir / "sub" / "c.txt", "c");
  WriteFile(dir / "sub" / "deeper" / "d.md", "d");
  // Not sources: other extensions, hidden files and hidden folders.
  WriteFile(dir / "expected.json", "{}");
  WriteFile(dir / "README", "r");
  WriteFile(dir / ".hidden.txt", "h");
  WriteFile(dir / ".git" / "x.txt", "x");
  WriteFile(dir / "sub" / ".cache" / "y.md", "y");
  absl::StatusOr<std::vector<SourceMeta>> sources =
      ResolveInputs({dir.string()}, InputOptions{});
  ASSERT_TRUE(sources.ok()) << sources.status();
  std::vector<std::string> expected = {
      (dir / "UPPER.TXT").string(),
      (dir / "a.md").string(),
      (dir / "m.text").string(),
      (dir / "n.markdown").string(),
      (dir / "page.html").string(),
      (dir / "sub" / "OLD.HTM").string(),
      (dir / "sub" / "c.txt").string(),
      (dir / "sub" / "deeper" / "d.md").string(),
      (dir / "z.txt").string(),
  };
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(Paths(*sources), expected);
}

TEST(ResolveInputsTest, FilesKeepCommandLineOrder) {
  const fs::path dir = TestDir();
  const std::string b = WriteFile(dir / "b.txt", "B");
  const std::string a = WriteFile(dir / "a.txt", "A");
  absl::StatusOr<std::vector<SourceMeta>> sources =
      ResolveInputs({b, a}, InputOptions{});
  ASSERT_TRUE(sources.ok()) << sources.status();
  EXPECT_EQ(Paths(*sources), (std::vector<std::string>{b, a}));
}

TEST(ResolveInputsTest, MissingPathIsAnError) {
  const fs::path dir = TestDir();
  const std::string missing = (dir / "nope").string();
  absl::StatusOr<std::vector<SourceMeta>> sources =
      ResolveInputs({missing}, InputOptions{});
  ASSERT_FALSE(sources.ok());
  EXPECT_EQ(sources.status().code(), absl::StatusCode::kNotFound);
  EXPECT_TRUE(
      absl::StartsWith(sources.status().message(), missing + ": error: "))
      << sources.status();
}

TEST(ResolveInputsTest, FolderWithoutTextSourcesIsAnError) {
  const fs::path dir = TestDir();
  const fs::path empty = dir / "empty";
  fs::create_directories(empty);
  const fs::path only_other = dir / "other";
  WriteFile(only_other / "data.json", "{}");
  WriteFile(only_other / ".hidden.txt", "h");
  for (const fs::path& folder : {empty, only_other}) {
    absl::StatusOr<std::vector<SourceMeta>> sources =
        ResolveInputs({folder.string()}, InputOptions{});
    ASSERT_FALSE(sources.ok()) << folder;
    EXPECT_EQ(sources.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_TRUE(absl::StartsWith(sources.status().message(),
                                 folder.string() + ": error: "))
        << sources.status();
  }
}

TEST(ResolveInputsTest, NoPathsAndNoManifestIsAnError) {
  absl::StatusOr<std::vector<SourceMeta>> sources =
      ResolveInputs({}, InputOptions{});
  EXPECT_FALSE(sources.ok());
}

TEST(ResolveInputsTest, MalformedFolderManifestIsAnError) {
  const fs::path dir = TestDir();
  WriteFile(dir / "a.txt", "A");
  const std::string manifest =
      WriteFile(dir / "sources.yaml", "sources:\n  - path: missing.txt\n");
  absl::StatusOr<std::vector<SourceMeta>> sources =
      ResolveInputs({dir.string()}, InputOptions{});
  ASSERT_FALSE(sources.ok());
  EXPECT_TRUE(absl::StartsWith(sources.status().message(), manifest + ":2:"))
      << sources.status();
}

// --published dates every source the manifest leaves undated, however the
// sources were found; a date in the manifest wins.
TEST(ResolveInputsTest, PublishedAppliesToUndatedSources) {
  const fs::path dir = TestDir();
  const absl::CivilDay flag(2020, 5, 1);
  const absl::CivilDay listed(2016, 12, 13);

  const fs::path plain = dir / "plain";
  const std::string p1 = WriteFile(plain / "x.txt", "X");
  const fs::path listed_dir = dir / "listed";
  const std::string l1 = WriteFile(listed_dir / "dated.txt", "D");
  const std::string l2 = WriteFile(listed_dir / "undated.txt", "U");
  const std::string manifest = WriteFile(listed_dir / "sources.yaml",
                                         "sources:\n"
                                         "  - path: dated.txt\n"
                                         "    published: 2016-12-13\n"
                                         "  - path: undated.txt\n");
  InputOptions options;
  options.published = flag;

  struct Case {
    const char* name;
    std::vector<std::string> paths;
    std::string manifest;
  };
  const Case cases[] = {
      {"plain folder", {plain.string()}, ""},
      {"plain file", {p1}, ""},
      {"folder with manifest", {listed_dir.string()}, ""},
      {"files with --manifest", {l1, l2}, manifest},
      {"--manifest alone", {}, manifest},
  };
  for (const Case& c : cases) {
    options.manifest = c.manifest;
    absl::StatusOr<std::vector<SourceMeta>> sources =
        ResolveInputs(c.paths, options);
    ASSERT_TRUE(sources.ok()) << c.name << ": " << sources.status();
    ASSERT_FALSE(sources->empty()) << c.name;
    for (const SourceMeta& s : *sources) {
      ASSERT_TRUE(s.published.has_value()) << c.name << ": " << s.path;
      const bool is_dated = absl::EndsWith(s.path, "dated.txt") &&
                            !absl::EndsWith(s.path, "undated.txt");
      EXPECT_EQ(*s.published, is_dated ? listed : flag)
          << c.name << ": " << s.path;
      EXPECT_EQ(s.published_from,
                is_dated ? DateSource::kManifest : DateSource::kCommandLine)
          << c.name << ": " << s.path;
    }
  }
}

TEST(ResolveInputsTest, ManifestSuppliesMetadataForNamedFiles) {
  const fs::path dir = TestDir();
  const std::string a = WriteFile(dir / "a.txt", "A");
  const std::string other = WriteFile(dir / "other.txt", "O");
  const std::string manifest = WriteFile(dir / "sources.yaml",
                                         "sources:\n"
                                         "  - path: a.txt\n"
                                         "    outlet: Daily\n"
                                         "    exclude: ['x']\n");
  InputOptions options;
  options.manifest = manifest;
  absl::StatusOr<std::vector<SourceMeta>> sources =
      ResolveInputs({a, other}, options);
  ASSERT_TRUE(sources.ok()) << sources.status();
  ASSERT_EQ(sources->size(), 2u);
  EXPECT_EQ((*sources)[0].path, a);  // the path as the user wrote it
  EXPECT_EQ((*sources)[0].outlet, "Daily");
  EXPECT_EQ((*sources)[0].exclude, std::vector<std::string>{"x"});
  EXPECT_EQ((*sources)[1].path, other);
  EXPECT_EQ((*sources)[1].outlet, "");
}

}  // namespace
}  // namespace claimdiff
