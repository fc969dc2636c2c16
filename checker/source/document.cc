#include "checker/source/document.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace claimdiff {

absl::string_view FormatName(Format format) {
  return format == Format::kMarkdown ? "markdown" : "text";
}

Format FormatForPath(absl::string_view path) {
  const std::string lower = absl::AsciiStrToLower(path);
  if (absl::EndsWith(lower, ".md") || absl::EndsWith(lower, ".markdown")) {
    return Format::kMarkdown;
  }
  return Format::kText;
}

}  // namespace claimdiff
