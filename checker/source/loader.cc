#include "checker/source/loader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/source/markup.h"
#include "checker/source/utf8.h"

namespace claimdiff {

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
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    Diagnostic d{Severity::kError, meta.path, 0, 0, "read failed"};
    return absl::DataLossError(d.ToString());
  }
  return DocumentFromBytes(meta, std::move(buffer).str(), warnings);
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
  Utf8Repair repaired = RepairUtf8(bytes);
  if (repaired.replaced > 0) {
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
  doc.searchable = doc.text;
  if (doc.format == Format::kMarkdown) MaskMarkdown(&doc.searchable);
  if (absl::Status s = MaskExcluded(meta.exclude, &doc.searchable); !s.ok()) {
    Diagnostic d{Severity::kError, meta.path, 0, 0, std::string(s.message())};
    return absl::InvalidArgumentError(d.ToString());
  }
  doc.lines = LineIndex(doc.text);
  return doc;
}

}  // namespace claimdiff
