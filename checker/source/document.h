// A loaded source document: its text, what rules may see of it, and its
// publication metadata.
#ifndef CLAIMDIFF_SOURCE_DOCUMENT_H_
#define CLAIMDIFF_SOURCE_DOCUMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "checker/source/line_index.h"
#include "checker/source/published.h"

namespace claimdiff {

enum class Format { kText, kMarkdown };

// "text" or "markdown".
absl::string_view FormatName(Format format);

// Picks the format from a file name's extension (.md, .markdown ->
// Markdown; anything else is plain text).
Format FormatForPath(absl::string_view path);

// What the manifest or command line says about one source.
struct SourceMeta {
  std::string path;  // as the user will see it in reports
  std::optional<absl::CivilDay> published;
  std::string outlet;
  // RE2 patterns of regions to ignore (e.g. a reader-comments section).
  std::vector<std::string> exclude;
  // Where `published` came from; kNone when there is no date, or when the
  // caller set one without saying where from. Last, so that the brace
  // initialisations written before it existed still compile.
  DateSource published_from = DateSource::kNone;
};

struct Document {
  SourceMeta meta;
  Format format = Format::kText;
  // The file's text as UTF-8; invalid sequences were replaced by U+FFFD.
  std::string text;
  // Same length as `text`, with markup and excluded regions overwritten by
  // spaces (line breaks kept). Rules run on this, so every match offset is
  // also an offset into `text` and into the file as the user sees it.
  std::string searchable;
  LineIndex lines;

  const std::string& path() const { return meta.path; }
  Position PositionOf(size_t offset) const {
    return lines.PositionOf(text, offset);
  }
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_DOCUMENT_H_
