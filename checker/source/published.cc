#include "checker/source/published.h"

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/common/iso_date.h"

namespace claimdiff {

absl::string_view DateSourceName(DateSource source) {
  switch (source) {
    case DateSource::kNone:
      return "";
    case DateSource::kManifest:
      return "manifest";
    case DateSource::kCommandLine:
      return "command line";
    case DateSource::kHtmlMeta:
      return "html meta article:published_time";
    case DateSource::kHtmlMetaItemprop:
      return "html meta datePublished";
    case DateSource::kHtmlTime:
      return "html time";
    case DateSource::kJsonLd:
      return "json-ld datePublished";
    case DateSource::kFrontMatter:
      return "front matter";
  }
  return "";
}

absl::StatusOr<absl::CivilDay> ParseStatedDay(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  absl::string_view date = text.substr(0, 10);
  if (text.size() > 10) {
    // A date-time: the separator and at least the hour's first digit, so
    // "2024-03-05x" or "2024-03-051" is not taken for a date.
    const char separator = text[10];
    const bool time_follows =
        (separator == 'T' || separator == 't' || separator == ' ') &&
        text.size() > 11 &&
        absl::ascii_isdigit(static_cast<unsigned char>(text[11]));
    if (!time_follows) {
      return absl::InvalidArgumentError(
          absl::StrCat("not an ISO date or date-time: \"", text, "\""));
    }
  }
  return ParseIsoDay(date);
}

}  // namespace claimdiff
