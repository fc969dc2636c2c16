#include "checker/common/iso_date.h"

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace claimdiff {

absl::StatusOr<absl::CivilDay> ParseIsoDay(absl::string_view text) {
  auto bad = [&](absl::string_view why) {
    return absl::InvalidArgumentError(
        absl::StrCat(why, ": \"", text, "\" (expected YYYY-MM-DD)"));
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return bad("not a date");
  }
  // SimpleAtoi would accept signs and spaces; the fields are digits only.
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(text[i]))) {
      return bad("not a date");
    }
  }
  int year = 0, month = 0, day = 0;
  if (!absl::SimpleAtoi(text.substr(0, 4), &year) ||
      !absl::SimpleAtoi(text.substr(5, 2), &month) ||
      !absl::SimpleAtoi(text.substr(8, 2), &day)) {
    return bad("not a date");
  }
  const absl::CivilDay civil(year, month, day);
  // CivilDay normalises out-of-range fields (Feb 30 -> Mar 1); a date that
  // changed on construction never existed.
  if (civil.year() != year || civil.month() != month || civil.day() != day) {
    return bad("no such date");
  }
  return civil;
}

std::string FormatIsoDay(absl::CivilDay day) {
  return absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day());
}

}  // namespace claimdiff
