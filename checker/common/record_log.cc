#include "checker/common/record_log.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"

namespace claimdiff {
namespace {

// Large enough that a spill costs one write per few hundred claims.
constexpr size_t kWriteBuffer = 1 << 20;

std::string TemporaryFolder() {
  const char* dir = std::getenv("TMPDIR");
  return dir != nullptr && *dir != '\0' ? dir : "/tmp";
}

// An unlinked temporary file in `folder`, or the error naming it.
absl::StatusOr<int> OpenTemporaryFile(const std::string& folder) {
  std::string name = absl::StrCat(folder, "/claimdiff-claims-XXXXXX");
  const int fd = mkstemp(name.data());
  if (fd < 0) {
    return absl::UnavailableError(
        absl::StrCat(folder, ": error: cannot create a temporary file: ",
                     std::strerror(errno), " (set TMPDIR to another folder)"));
  }
  // Unlinked at once: the descriptor keeps it alive, and nothing is left
  // behind whether the run ends, fails or is killed.
  unlink(name.c_str());
  return fd;
}

}  // namespace

RecordLog::RecordLog() = default;

RecordLog::RecordLog(uint64_t spill_above) : spill_above_(spill_above) {}

RecordLog::RecordLog(int fd, std::string folder)
    : fd_(fd), folder_(std::move(folder)) {
  bytes_.reserve(kWriteBuffer);
}

RecordLog::~RecordLog() {
  if (fd_ >= 0) close(fd_);
}

absl::StatusOr<std::unique_ptr<RecordLog>> RecordLog::CreateTemporaryFile() {
  std::string folder = TemporaryFolder();
  absl::StatusOr<int> fd = OpenTemporaryFile(folder);
  if (!fd.ok()) return fd.status();
  return std::unique_ptr<RecordLog>(new RecordLog(*fd, std::move(folder)));
}

absl::Status RecordLog::Spill() {
  folder_ = TemporaryFolder();
  absl::StatusOr<int> fd = OpenTemporaryFile(folder_);
  if (!fd.ok()) {
    write_error_ = fd.status();
    return write_error_;
  }
  fd_ = *fd;
  if (absl::Status flushed = Flush(); !flushed.ok()) return flushed;
  // The buffer had grown to the whole log; a spilled log buffers a block.
  std::string().swap(bytes_);
  bytes_.reserve(kWriteBuffer);
  return absl::OkStatus();
}

absl::StatusOr<uint64_t> RecordLog::Append(absl::string_view bytes) {
  if (!write_error_.ok()) return write_error_;
  const uint64_t offset = size_;
  bytes_.append(bytes.data(), bytes.size());
  size_ += bytes.size();
  if (fd_ < 0 && spill_above_ > 0 && size_ > spill_above_) {
    absl::Status spilled = Spill();
    if (!spilled.ok()) return spilled;
    return offset;
  }
  if (fd_ >= 0 && bytes_.size() >= kWriteBuffer) {
    absl::Status flushed = Flush();
    if (!flushed.ok()) return flushed;
  }
  return offset;
}

absl::Status RecordLog::Flush() {
  if (fd_ < 0 || !write_error_.ok()) return write_error_;
  size_t done = 0;
  while (done < bytes_.size()) {
    const ssize_t n = pwrite(fd_, bytes_.data() + done, bytes_.size() - done,
                             static_cast<off_t>(flushed_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      write_error_ = absl::ResourceExhaustedError(absl::StrCat(
          folder_, ": error: cannot write a temporary file: ",
          n < 0 ? std::strerror(errno) : "short write",
          " (set TMPDIR to a folder with more space)"));
      return write_error_;
    }
    done += static_cast<size_t>(n);
  }
  flushed_ += done;
  bytes_.clear();
  return absl::OkStatus();
}

absl::StatusOr<size_t> RecordLog::Read(uint64_t offset, size_t size,
                                       char* out) const {
  if (offset >= size_) return 0;
  if (size > size_ - offset) size = static_cast<size_t>(size_ - offset);
  if (fd_ < 0) {
    std::memcpy(out, bytes_.data() + offset, size);
    return size;
  }
  // What is still buffered is copied from the buffer, so a log can be
  // read before its last Flush.
  size_t done = 0;
  while (done < size && offset + done < flushed_) {
    const size_t want = static_cast<size_t>(
        std::min<uint64_t>(size - done, flushed_ - offset - done));
    const ssize_t n =
        pread(fd_, out + done, want, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      return absl::DataLossError(absl::StrCat(
          folder_, ": error: cannot read back a temporary file: ",
          n < 0 ? std::strerror(errno) : "it is shorter than written"));
    }
    done += static_cast<size_t>(n);
  }
  if (done < size) {
    std::memcpy(out + done, bytes_.data() + (offset + done - flushed_),
                size - done);
    done = size;
  }
  return done;
}

}  // namespace claimdiff
