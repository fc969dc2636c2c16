// Writing an output file so that it is either complete or absent.
#ifndef CLAIMDIFF_COMMON_ATOMIC_FILE_H_
#define CLAIMDIFF_COMMON_ATOMIC_FILE_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace claimdiff {

// Writes `contents` to a temporary file beside `path` and renames it over
// `path`, so a reader (or a crash half-way) never sees a partial report.
// On failure the temporary file is removed and the status names `path`.
absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_ATOMIC_FILE_H_
