#include "checker/common/atomic_file.h"

#include <filesystem>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {
namespace fs = std::filesystem;

using ::claimdiff::testing::ReadFile;
using ::claimdiff::testing::TestDir;
using ::claimdiff::testing::WriteFile;

std::vector<std::string> Names(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) {
    names.push_back(e.path().filename().string());
  }
  return names;
}

TEST(WriteFileAtomicallyTest, WritesContentsAndLeavesNoTemporary) {
  const fs::path dir = TestDir();
  const fs::path path = dir / "report.json";
  // Bytes a text-mode writer might mangle, and a NUL.
  const std::string contents("{\"a\": 1}\r\n\0end\n", 15);
  ASSERT_TRUE(WriteFileAtomically(path.string(), contents).ok());
  EXPECT_EQ(ReadFile(path), contents);
  EXPECT_EQ(Names(dir), std::vector<std::string>{"report.json"});
}

TEST(WriteFileAtomicallyTest, ReplacesAnExistingFile) {
  const fs::path dir = TestDir();
  const fs::path path = dir / "out.txt";
  WriteFile(path, "old contents that are longer than the new");
  ASSERT_TRUE(WriteFileAtomically(path.string(), "new").ok());
  EXPECT_EQ(ReadFile(path), "new");
  EXPECT_EQ(Names(dir), std::vector<std::string>{"out.txt"});
}

TEST(WriteFileAtomicallyTest, WritesEmptyContents) {
  const fs::path dir = TestDir();
  const fs::path path = dir / "empty.txt";
  ASSERT_TRUE(WriteFileAtomically(path.string(), "").ok());
  EXPECT_TRUE(fs::is_regular_file(path));
  EXPECT_EQ(fs::file_size(path), 0u);
  EXPECT_EQ(Names(dir).size(), 1u);
}

TEST(WriteFileAtomicallyTest, ResultIsAnOrdinaryReadableFile) {
  const fs::path dir = TestDir();
  const fs::path path = dir / "perm.txt";
  ASSERT_TRUE(WriteFileAtomically(path.string(), "x").ok());
  const fs::perms p = fs::status(path).permissions();
  EXPECT_NE(p & fs::perms::owner_read, fs::perms::none);
  EXPECT_NE(p & fs::perms::group_read, fs::perms::none);
  EXPECT_NE(p & fs::perms::others_read, fs::perms::none);
}

TEST(WriteFileAtomicallyTest, FailsCleanlyInMissingFolder) {
  const fs::path dir = TestDir();
  const fs::path path = dir / "no-such-folder" / "report.json";
  const absl::Status s = WriteFileAtomically(path.string(), "data");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path.string()), absl::string_view::npos) << s;
  EXPECT_EQ(s.message().find('\n'), absl::string_view::npos);
  EXPECT_FALSE(fs::exists(path));
  EXPECT_TRUE(Names(dir).empty());
}

TEST(WriteFileAtomicallyTest, FailsWhenTargetIsAFolderAndCleansUp) {
  const fs::path dir = TestDir();
  const fs::path path = dir / "taken";
  fs::create_directory(path);
  const absl::Status s = WriteFileAtomically(path.string(), "data");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path.string()), absl::string_view::npos) << s;
  // The rename failed; the temporary beside it must be gone.
  EXPECT_EQ(Names(dir), std::vector<std::string>{"taken"});
  EXPECT_TRUE(fs::is_directory(path));
}

TEST(AtomicFileTest, NothingAppearsUntilCommit) {
  const fs::path dir = TestDir();
  const fs::path path = dir / "report.txt";
  absl::StatusOr<std::unique_ptr<AtomicFile>> file =
      AtomicFile::Create(path.string());
  ASSERT_TRUE(file.ok()) << file.status();
  for (int i = 0; i < 1000; ++i) (*file)->stream() << "line " << i << "\n";
  EXPECT_FALSE(fs::exists(path));
  ASSERT_TRUE((*file)->Commit().ok());
  EXPECT_TRUE(fs::exists(path));
  EXPECT_EQ(fs::file_size(path), 8890u);
  EXPECT_EQ(Names(dir), std::vector<std::string>{"report.txt"});
}

TEST(AtomicFileTest, DroppedWithoutCommitLeavesNothing) {
  const fs::path dir = TestDir();
  const fs::path path = dir / "report.txt";
  {
    absl::StatusOr<std::unique_ptr<AtomicFile>> file =
        AtomicFile::Create(path.string());
    ASSERT_TRUE(file.ok()) << file.status();
    (*file)->stream() << "half a report";
  }
  EXPECT_TRUE(Names(dir).empty());
}

TEST(AtomicFileTest, CreateInMissingFolderFailsNamingThePath) {
  const fs::path path = TestDir() / "missing" / "report.txt";
  absl::StatusOr<std::unique_ptr<AtomicFile>> file =
      AtomicFile::Create(path.string());
  ASSERT_FALSE(file.ok());
  EXPECT_NE(file.status().message().find(path.string()),
            absl::string_view::npos);
}

}  // namespace
}  // namespace claimdiff
