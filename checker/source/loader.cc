#include "checker/source/loader.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/source/front_matter.h"
#include "checker/source/html.h"
#include "checker/source/markup.h"
#include "checker/source/utf8.h"

namespace claimdiff {
namespace {

// Dates `doc` with the first date it states that reads, when nothing the
// user said dates it. Each unreadable date tried before that one is a
// warning at its position: the run goes on, perhaps with the next source.
void ApplyStatedDate(const std::vector<StatedDate>& stated, Document* doc,
                     std::vector<Diagnostic>* warnings) {
  if (doc->meta.published) return;
  for (const StatedDate& date : stated) {
    if (date.day.ok()) {
      doc->meta.published = *date.day;
      doc->meta.published_from = date.from;
      return;
    }
    const Position at = doc->PositionOf(date.offset);
    warnings->push_back(Diagnostic{Severity::kWarning, doc->path(), at.line,
                                   at.column,
                                   absl::StrCat(DateSourceName(date.from), ": ",
                                                date.day.status().message(),
                                                "; publication date ignored")});
  }
}

}  // namespace

absl::StatusOr<Document> LoadDocument(const SourceMeta& meta,
                                      std::vector<Diagnostic>* warnings) {
  std::error_code ec;
  if (std::filesystem::is_directory(meta.path, ec)) {
    Diagnostic d{Severity::kError, meta.path, 0, 0, "is a folder, not a file"};
    return absl::InvalidArgumentError(d.ToString());
  }
  std::ifstream in(meta.path, std::ios::binary);
  if (!in) {
    const int err = errno;
    Diagnostic d{Severity::kError, meta.path, 0, 0,
                 absl::StrCat("cannot read: ", std::strerror(err))};
    return err == EACCES ? absl::PermissionDeniedError(d.ToString())
                         : absl::NotFoundError(d.ToString());
  }
  // Read straight into the string, sized from the file system: through a
  // stringstream every byte was copied twice.
  std::string bytes;
  const std::uintmax_t size = std::filesystem::file_size(meta.path, ec);
  if (!ec && size > 0) {
    bytes.resize(size);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<size_t>(in.gcount()));
  }
  // Whatever the size did not cover: a file that grew, or one with no size
  // (a pipe, /proc).
  char chunk[64 * 1024];
  while (in.read(chunk, sizeof(chunk)), in.gcount() > 0) {
    bytes.append(chunk, static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) {
    Diagnostic d{Severity::kError, meta.path, 0, 0, "read failed"};
    return absl::DataLossError(d.ToString());
  }
  return DocumentFromBytes(meta, std::move(bytes), warnings);
}

absl::StatusOr<Document> DocumentFromBytes(const SourceMeta& meta,
                                           std::string bytes,
                                           std::vector<Diagnostic>* warnings) {
  if (LooksBinary(bytes)) {
    warnings->push_back(Diagnostic{Severity::kWarning, meta.path, 0, 0,
                                   "binary file (NUL byte found), skipped"});
    return absl::FailedPreconditionError(
        absl::StrCat(meta.path, ": binary file"));
  }
  Document doc;
  doc.meta = meta;
  doc.format = FormatForPath(meta.path);
  if (FindInvalidUtf8(bytes) != bytes.size()) {
    Utf8Repair repaired = RepairUtf8(bytes);
    // The first bad byte is located in the original bytes; lines are
    // counted the same way in both, and columns are close enough to find it.
    LineIndex raw_index(bytes);
    Position at = raw_index.PositionOf(bytes, repaired.first_invalid);
    warnings->push_back(
        Diagnostic{Severity::kWarning, meta.path, at.line, at.column,
                   absl::StrCat("invalid UTF-8: ", repaired.replaced,
                                " sequence(s) replaced with U+FFFD")});
    doc.text = std::move(repaired.text);
  } else {
    doc.text = std::move(bytes);
  }
  if (doc.text.empty()) {
    warnings->push_back(
        Diagnostic{Severity::kWarning, meta.path, 0, 0, "empty file"});
  }
  std::vector<StatedDate> stated;
  switch (doc.format) {
    case Format::kText:
      doc.searchable = doc.text;
      break;
    case Format::kMarkdown:
      doc.searchable = doc.text;
      MaskMarkdown(&doc.searchable);
      // Only read when needed: a date the user gave makes the front
      // matter's, and any problem with it, irrelevant.
      if (!meta.published) stated = FrontMatterDates(doc.text);
      break;
    case Format::kHtml: {
      HtmlPage page = ReadHtml(doc.text);
      if (page.text != doc.text) doc.original = std::move(doc.text);
      doc.text = std::move(page.text);
      doc.searchable = std::move(page.searchable);
      stated = std::move(page.dates);
      break;
    }
  }
  if (absl::Status s = MaskExcluded(meta.exclude, &doc.searchable); !s.ok()) {
    Diagnostic d{Severity::kError, meta.path, 0, 0, std::string(s.message())};
    return absl::InvalidArgumentError(d.ToString());
  }
  doc.lines = LineIndex(doc.text);
  ApplyStatedDate(stated, &doc, warnings);
  return doc;
}

}  // namespace claimdiff
