#include "checker/common/record_log.h"

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {

std::string ReadBack(const RecordLog& log, uint64_t offset, size_t size) {
  std::string out(size, '\0');
  absl::StatusOr<size_t> n = log.Read(offset, size, out.data());
  EXPECT_TRUE(n.ok()) << n.status();
  out.resize(n.ok() ? *n : 0);
  return out;
}

// The same appends and reads, whichever backing the log has.
void AppendAndReadBack(RecordLog& log) {
  const std::vector<std::string> records = {"first", "", "third record",
                                            std::string(3 << 20, 'x'), "tail"};
  std::vector<uint64_t> offsets;
  for (const std::string& r : records) {
    absl::StatusOr<uint64_t> offset = log.Append(r);
    ASSERT_TRUE(offset.ok()) << offset.status();
    offsets.push_back(*offset);
  }
  ASSERT_TRUE(log.Flush().ok());
  for (size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(ReadBack(log, offsets[i], records[i].size()), records[i])
        << "record " << i;
  }
  EXPECT_EQ(log.size(), offsets.back() + 4);
  // Past the end: fewer bytes, never garbage.
  EXPECT_EQ(ReadBack(log, offsets.back(), 100), "tail");
  EXPECT_EQ(ReadBack(log, log.size() + 10, 4), "");
}

TEST(RecordLogTest, InMemory) {
  RecordLog log;
  EXPECT_FALSE(log.on_disk());
  AppendAndReadBack(log);
}

TEST(RecordLogTest, InATemporaryFile) {
  absl::StatusOr<std::unique_ptr<RecordLog>> log =
      RecordLog::CreateTemporaryFile();
  ASSERT_TRUE(log.ok()) << log.status();
  EXPECT_TRUE((*log)->on_disk());
  AppendAndReadBack(**log);
}

// A file-backed log reads what it still buffers from the buffer, and a
// read that straddles the last flush takes each part from its place.
TEST(RecordLogTest, BufferedBytesOfAFileReadBackBeforeAndAcrossAFlush) {
  absl::StatusOr<std::unique_ptr<RecordLog>> log =
      RecordLog::CreateTemporaryFile();
  ASSERT_TRUE(log.ok());
  ASSERT_TRUE((*log)->Append("flushed-").ok());
  ASSERT_TRUE((*log)->Flush().ok());
  ASSERT_TRUE((*log)->Append("pending").ok());
  EXPECT_EQ(ReadBack(**log, 8, 7), "pending");
  EXPECT_EQ(ReadBack(**log, 0, 15), "flushed-pending");
  EXPECT_EQ(ReadBack(**log, 5, 6), "ed-pen");
  ASSERT_TRUE((*log)->Flush().ok());
  EXPECT_EQ(ReadBack(**log, 0, 15), "flushed-pending");
}

// A log made to spill stays in memory while small, then moves to a file,
// and every record reads back from wherever it went.
TEST(RecordLogTest, SpillsToAFileOncePastItsLimit) {
  RecordLog log(100);
  EXPECT_FALSE(log.on_disk());
  std::vector<std::pair<uint64_t, std::string>> records;
  for (int i = 0; i < 40; ++i) {
    const std::string r = "record " + std::to_string(i) + " ";
    absl::StatusOr<uint64_t> offset = log.Append(r);
    ASSERT_TRUE(offset.ok()) << offset.status();
    records.emplace_back(*offset, r);
    EXPECT_EQ(log.on_disk(), log.size() > 100) << i;
  }
  EXPECT_TRUE(log.on_disk());
  for (const auto& [offset, r] : records) {
    EXPECT_EQ(ReadBack(log, offset, r.size()), r);
  }
  ASSERT_TRUE(log.Flush().ok());
  for (const auto& [offset, r] : records) {
    EXPECT_EQ(ReadBack(log, offset, r.size()), r);
  }
  AppendAndReadBack(log);
}

// With nowhere to spill, the append that passes the limit fails, naming
// the folder, and so does every later one.
TEST(RecordLogTest, ASpillWithNowhereToGoFailsNamingTheFolder) {
  const ::claimdiff::testing::ScopedTmpdir tmpdir(
      "/nonexistent-claimdiff-folder");
  RecordLog log(10);
  EXPECT_TRUE(log.Append("0123456789").ok());
  absl::StatusOr<uint64_t> past = log.Append("x");
  absl::StatusOr<uint64_t> later = log.Append("y");
  ASSERT_FALSE(past.ok());
  EXPECT_NE(past.status().message().find("/nonexistent-claimdiff-folder"),
            std::string::npos)
      << past.status();
  EXPECT_FALSE(later.ok());
}

TEST(RecordLogTest, AFolderThatCannotHoldTheFileIsNamed) {
  const ::claimdiff::testing::ScopedTmpdir tmpdir(
      "/nonexistent-claimdiff-folder");
  absl::StatusOr<std::unique_ptr<RecordLog>> log =
      RecordLog::CreateTemporaryFile();
  ASSERT_FALSE(log.ok());
  EXPECT_NE(log.status().message().find("/nonexistent-claimdiff-folder"),
            std::string::npos)
      << log.status();
  EXPECT_NE(log.status().message().find("TMPDIR"), std::string::npos);
}

}  // namespace
}  // namespace claimdiff
