#include "checker/source/document.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace claimdiff {

absl::string_view FormatName(Format format) {
  switch (format) {
    case Format::kText:
      return "text";
    case Format::kMarkdown:
      return "markdown";
    case Format::kHtml:
      return "html";
  }
  return "text";
}

Format FormatForPath(absl::string_view path) {
  const std::string lower = absl::AsciiStrToLower(path);
  if (absl::EndsWith(lower, ".md") || absl::EndsWith(lower, ".markdown")) {
    return Format::kMarkdown;
  }
  if (absl::EndsWith(lower, ".html") || absl::EndsWith(lower, ".htm")) {
    return Format::kHtml;
  }
  return Format::kText;
}

}  // namespace claimdiff
