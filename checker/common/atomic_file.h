// Writing an output file so that it is either complete or absent.
#ifndef CLAIMDIFF_COMMON_ATOMIC_FILE_H_
#define CLAIMDIFF_COMMON_ATOMIC_FILE_H_

#include <fstream>
#include <memory>
#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimdiff {

// A file written through a stream into a temporary beside `path` and
// renamed over `path` by Commit, so a report can be streamed out as it is
// built (never held whole in memory) and a reader, or a crash half-way,
// still never sees a partial one. Destroying it without a successful
// Commit removes the temporary.
class AtomicFile {
 public:
  // Creates the temporary (in the same folder, so the rename is atomic),
  // or fails with a one-line message naming `path`.
  static absl::StatusOr<std::unique_ptr<AtomicFile>> Create(
      const std::string& path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Where the contents go.
  std::ostream& stream() { return stream_; }

  // Flushes, closes and renames the temporary over the path. A write that
  // failed on the way (a full disk) fails here, naming the path, and
  // leaves no temporary behind.
  absl::Status Commit();

 private:
  AtomicFile(std::string path, std::string temporary);

  std::string path_;
  std::string temporary_;
  std::ofstream stream_;
  bool committed_ = false;
};

// Writes `contents` through an AtomicFile.
absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_ATOMIC_FILE_H_
