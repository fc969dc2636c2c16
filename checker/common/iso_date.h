// Strict YYYY-MM-DD dates, as used for publication dates in manifests and
// on the command line.
#ifndef CLAIMDIFF_COMMON_ISO_DATE_H_
#define CLAIMDIFF_COMMON_ISO_DATE_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace claimdiff {

// Parses "2016-12-13". Rejects other shapes and impossible days such as
// "2016-02-30" (which civil time would otherwise roll over to March) with
// InvalidArgument and a one-line message quoting the text.
absl::StatusOr<absl::CivilDay> ParseIsoDay(absl::string_view text);

// Formats a day as YYYY-MM-DD.
std::string FormatIsoDay(absl::CivilDay day);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_ISO_DATE_H_
