// An append-only log of byte records, held in memory or in a temporary file.
#ifndef CLAIMDIFF_COMMON_RECORD_LOG_H_
#define CLAIMDIFF_COMMON_RECORD_LOG_H_

#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimdiff {

// Bytes appended by one writer and read back by offset from anywhere.
//
// Over an archive, the parts of a claim that only reports read (its
// sentence, text and reading) are most of its size, and are read once, at
// the end. A log on disk keeps them out of memory; the page cache, not
// the process, then holds whatever the system can spare. A file-backed log
// is unlinked as soon as it is created, so it leaves nothing behind
// however the run ends.
//
// Appends are not thread-safe; reads are, once appends have stopped.
class RecordLog {
 public:
  // A log that keeps its bytes in memory.
  RecordLog();

  // A log in memory until it holds more than `spill_above` bytes (0:
  // never), then in an unlinked temporary file in $TMPDIR (or /tmp). How
  // many claims a source holds is not known before it is read: a few
  // megabytes of dense copy can hold more claims than a gigabyte of
  // sparse, so a run that starts in memory moves out once it is large.
  explicit RecordLog(uint64_t spill_above);

  // A log in an unlinked temporary file in $TMPDIR (or /tmp), or an error
  // naming the folder.
  static absl::StatusOr<std::unique_ptr<RecordLog>> CreateTemporaryFile();

  ~RecordLog();
  RecordLog(const RecordLog&) = delete;
  RecordLog& operator=(const RecordLog&) = delete;

  // Appends `bytes` and returns the offset they start at. A file-backed
  // log buffers appends; a write that fails (a full disk, or no folder to
  // spill to) fails here or in a later Append or Flush, naming the folder.
  absl::StatusOr<uint64_t> Append(absl::string_view bytes);

  // Writes buffered appends out, so reads see them.
  absl::Status Flush();

  // Copies up to `size` bytes from `offset` into `out` and returns how
  // many there were (fewer only at the end of the log). Bytes not yet
  // flushed are read from the buffer.
  absl::StatusOr<size_t> Read(uint64_t offset, size_t size, char* out) const;

  // Bytes appended so far.
  uint64_t size() const { return size_; }

  // Whether the bytes are in a file rather than in memory.
  bool on_disk() const { return fd_ >= 0; }

 private:
  RecordLog(int fd, std::string folder);

  // Moves the log into a new temporary file; the error (naming the
  // folder) is kept for later appends.
  absl::Status Spill();

  int fd_ = -1;                // the temporary file, or -1 in memory
  std::string folder_;         // where the file is, for messages
  std::string bytes_;          // everything (in memory) or the unflushed tail
  uint64_t flushed_ = 0;       // bytes already in the file
  uint64_t size_ = 0;
  uint64_t spill_above_ = 0;  // 0: stays where it was made
  absl::Status write_error_;  // the first failed write, reported again
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_RECORD_LOG_H_
