// Where a source's publication date comes from, and reading the dates a
// document states about itself (HTML meta tags, JSON-LD, front matter).
#ifndef CLAIMDIFF_SOURCE_PUBLISHED_H_
#define CLAIMDIFF_SOURCE_PUBLISHED_H_

#include <cstddef>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace claimdiff {

// The origin of SourceMeta::published, from most to least trusted: what the
// user says (manifest, then --published) always beats what the page says.
enum class DateSource {
  kNone,              // no date
  kManifest,          // sources.yaml
  kCommandLine,       // --published
  kHtmlMeta,          // <meta property="article:published_time">
  kHtmlMetaItemprop,  // <meta itemprop="datePublished">
  kHtmlTime,          // <time datetime>
  kJsonLd,            // JSON-LD "datePublished"
  kFrontMatter,       // Markdown front matter "published:" or "date:"
};

// The name reports print: "manifest", "command line", "html meta
// article:published_time", "html meta datePublished", "html time",
// "json-ld datePublished", "front matter"; "" for kNone.
absl::string_view DateSourceName(DateSource source);

// A publication date a document states about itself, or why the one it
// states cannot be read.
struct StatedDate {
  DateSource from = DateSource::kNone;
  // Byte offset in the document of the element or key stating it, so a
  // warning can point at it.
  size_t offset = 0;
  absl::StatusOr<absl::CivilDay> day;
};

// Reads a stated date: an ISO 8601 date ("2024-03-05") or date-time
// ("2024-03-05T09:30:00+01:00", "2024-03-05 09:30"), keeping the date as
// written. The time, if any, is not converted to another zone: the date the
// page shows its readers is the one relative claims were written against.
// Anything else is InvalidArgument quoting the text.
absl::StatusOr<absl::CivilDay> ParseStatedDay(absl::string_view text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_PUBLISHED_H_
