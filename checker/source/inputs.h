// Turning the paths on a command line into the list of sources to read.
#ifndef CLAIMDIFF_SOURCE_INPUTS_H_
#define CLAIMDIFF_SOURCE_INPUTS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "checker/source/document.h"

namespace claimdiff {

struct InputOptions {
  // --manifest: metadata for the files named on the command line, or, with
  // no paths, the list of sources itself.
  std::string manifest;
  // --published: the date of sources the manifest does not date.
  std::optional<absl::CivilDay> published;
};

// Expands `paths` into sources, in a stable order.
//
// - A file is one source; its metadata comes from --manifest when listed.
// - A folder holding sources.yaml (and no --manifest given) is exactly the
//   files that manifest lists; other files in it (notes, expected output)
//   are not sources.
// - Any other folder contributes its .txt, .text, .md, .markdown, .html
//   and .htm files, recursively, sorted, skipping hidden entries.
// - A date from the manifest is kept; --published dates the rest. Either
//   way SourceMeta::published_from says which.
// Errors (one line each, exit 2 at the CLI): a missing path, a malformed
// manifest, a folder with no text sources.
absl::StatusOr<std::vector<SourceMeta>> ResolveInputs(
    const std::vector<std::string>& paths, const InputOptions& options);

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_INPUTS_H_
