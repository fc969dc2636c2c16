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

enum class Format { kText, kMarkdown, kHtml };

// "text", "markdown" or "html".
absl::string_view FormatName(Format format);

// Picks the format from a file name's extension (.md, .markdown ->
// Markdown; .html, .htm -> HTML; anything else is plain text).
Format FormatForPath(absl::string_view path);

// What the manifest or command line says about one source, and the date
// the document itself gives when they give none.
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
  // For HTML, only what a reader sees, in place: markup blanked and
  // character references decoded (see ReadHtml), because captures and
  // quotes are read from here and "&euro;5" must read as money.
  std::string text;
  // Same length as `text`, with markup and excluded regions overwritten by
  // spaces (line breaks kept). Rules run on this, so every match offset is
  // also an offset into `text` and into the file as the user sees it.
  std::string searchable;
  // The file's text (UTF-8 repaired) when `text` is not it, as for HTML;
  // empty otherwise. Columns are counted here, so they match what an
  // editor shows ("&rsquo;" is seven columns where "’" is one).
  std::string original;
  LineIndex lines;

  const std::string& path() const { return meta.path; }
  Position PositionOf(size_t offset) const {
    return lines.PositionOf(original.empty() ? text : original, offset);
  }
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_DOCUMENT_H_
