#include "checker/common/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include "absl/strings/str_cat.h"

namespace claimdiff {

absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents) {
  auto fail = [&](absl::string_view what) {
    return absl::UnavailableError(
        absl::StrCat(path, ": error: cannot write: ", std::string(what), ": ",
                     std::strerror(errno)));
  };
  // The temporary lives in the same folder so rename() stays atomic.
  std::string templ = absl::StrCat(path, ".tmp.XXXXXX");
  std::vector<char> name(templ.begin(), templ.end());
  name.push_back('\0');
  const int fd = mkstemp(name.data());
  if (fd < 0) return fail("create");
  const std::string tmp(name.data());
  size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n =
        write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      absl::Status s = fail("write");
      close(fd);
      std::remove(tmp.c_str());
      return s;
    }
    written += static_cast<size_t>(n);
  }
  // mkstemp creates 0600; a report is an ordinary file.
  fchmod(fd, 0644);
  if (close(fd) != 0) {
    absl::Status s = fail("close");
    std::remove(tmp.c_str());
    return s;
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    absl::Status s = fail("rename");
    std::remove(tmp.c_str());
    return s;
  }
  return absl::OkStatus();
}

}  // namespace claimdiff
