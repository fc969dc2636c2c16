// Reading one source file into a Document.
#ifndef CLAIMDIFF_SOURCE_LOADER_H_
#define CLAIMDIFF_SOURCE_LOADER_H_

#include <vector>

#include "absl/status/statusor.h"
#include "checker/common/diagnostic.h"
#include "checker/source/document.h"

namespace claimdiff {

// Loads the file at `meta.path`.
//
// - An unreadable or missing file returns NotFound/PermissionDenied with a
//   one-line `path: error: ...` message.
// - A binary file adds a warning and returns FailedPrecondition: callers
//   skip it rather than failing the run.
// - Invalid UTF-8 is replaced with U+FFFD and adds a warning at the first
//   bad byte; an empty file adds a warning. Both still load.
// - Markdown syntax, HTML markup and what is not the article's prose (see
//   ReadHtml), and the manifest's exclude regions are blanked in
//   Document::searchable.
// - A source that `meta` leaves undated takes the date it states itself
//   (HTML meta, <time> or JSON-LD; Markdown front matter), with
//   published_from saying which. A stated date that does not read adds a
//   warning at its position and the next one is tried.
absl::StatusOr<Document> LoadDocument(const SourceMeta& meta,
                                      std::vector<Diagnostic>* warnings);

// Builds a Document from text already in memory (stdin, tests). The same
// UTF-8 repair and masking apply; `meta.path` is used only for messages.
absl::StatusOr<Document> DocumentFromBytes(const SourceMeta& meta,
                                           std::string bytes,
                                           std::vector<Diagnostic>* warnings);

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_LOADER_H_
