#include "checker/common/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "absl/strings/str_cat.h"

namespace claimdiff {
namespace {

absl::Status CannotWrite(const std::string& path, absl::string_view what,
                         int error) {
  return absl::UnavailableError(absl::StrCat(
      path, ": error: cannot write: ", what, ": ", std::strerror(error)));
}

}  // namespace

absl::StatusOr<std::unique_ptr<AtomicFile>> AtomicFile::Create(
    const std::string& path) {
  std::string templ = absl::StrCat(path, ".tmp.XXXXXX");
  std::vector<char> name(templ.begin(), templ.end());
  name.push_back('\0');
  const int fd = mkstemp(name.data());
  if (fd < 0) return CannotWrite(path, "create", errno);
  // mkstemp creates 0600; a report is an ordinary file.
  fchmod(fd, 0644);
  close(fd);
  std::unique_ptr<AtomicFile> file(new AtomicFile(path, name.data()));
  if (!file->stream_.is_open()) return CannotWrite(path, "open", errno);
  return file;
}

AtomicFile::AtomicFile(std::string path, std::string temporary)
    : path_(std::move(path)), temporary_(std::move(temporary)) {
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  stream_.close();
  std::remove(temporary_.c_str());
}

absl::Status AtomicFile::Commit() {
  stream_.flush();
  const bool wrote = stream_.good();
  const int write_error = errno;
  stream_.close();
  if (!wrote || stream_.fail()) {
    return CannotWrite(path_, "write", write_error != 0 ? write_error : EIO);
  }
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    return CannotWrite(path_, "rename", errno);
  }
  committed_ = true;
  return absl::OkStatus();
}

absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents) {
  absl::StatusOr<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  (*file)->stream().write(contents.data(),
                          static_cast<std::streamsize>(contents.size()));
  return (*file)->Commit();
}

}  // namespace claimdiff
