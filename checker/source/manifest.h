// sources.yaml: which files make up a corpus, and when each was published.
//
//   sources:
//     - path: 000.txt          # relative to the manifest's folder
//       published: 2019-01-22  # YYYY-MM-DD; optional
//       outlet: The Daily Example
//       exclude: ['(?s)Comments \(\d+\).*']
#ifndef CLAIMDIFF_SOURCE_MANIFEST_H_
#define CLAIMDIFF_SOURCE_MANIFEST_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "checker/source/document.h"

namespace claimdiff {

inline constexpr char kManifestName[] = "sources.yaml";

struct Manifest {
  std::string path;  // the manifest file itself
  // One entry per source, in manifest order. Each meta.path is the
  // manifest's folder joined with the entry's path, so it opens from the
  // current directory and reads naturally in reports.
  std::vector<SourceMeta> sources;

  // The entry whose path names the same file as `path`, or nullptr.
  const SourceMeta* Find(const std::string& path) const;
};

// Loads and validates a manifest. Every problem in the file is reported,
// one `file:line:col: error: ...` line each, in the returned status:
// unknown keys, a missing path, an impossible date, an exclude pattern RE2
// rejects, a listed file that does not exist.
absl::StatusOr<Manifest> LoadManifest(const std::string& path);

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_MANIFEST_H_
