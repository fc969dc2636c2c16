#include "checker/values/calendar_terms.h"

#include <utility>

#include "absl/status/statusor.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "checker/values/token.h"

namespace claimdiff {

absl::StatusOr<MonthDay> ParseMonthDay(absl::string_view text) {
  int month = 0, day = 0;
  const bool shaped = text.size() == 5 && text[2] == '-' &&
                      absl::SimpleAtoi(text.substr(0, 2), &month) &&
                      absl::SimpleAtoi(text.substr(3, 2), &day);
  // A leap year, so that 02-29 is accepted; civil time then says whether
  // the day exists at all.
  if (shaped && month >= 1 && month <= 12 && day >= 1) {
    const absl::CivilDay probe(2000, month, day);
    if (probe.month() == month && probe.day() == day) {
      return MonthDay{month, day};
    }
  }
  return absl::InvalidArgumentError(
      absl::StrCat("expected a day of the year as MM-DD, got \"", text, "\""));
}

absl::CivilDay DayIn(absl::civil_year_t year, const MonthDay& md) {
  const absl::CivilDay day(year, md.month, md.day);
  // CivilDay normalises February 29 of a common year to March 1.
  return day.month() == md.month ? day : absl::CivilDay(year, md.month, 28);
}

bool SeasonTerm::CrossesYear() const {
  return to.month < from.month || (to.month == from.month && to.day < from.day);
}

void CalendarTerms::AddSeason(absl::string_view name, MonthDay from,
                              MonthDay to) {
  for (SeasonTerm& season : seasons_) {
    if (season.name == name) {
      season.from = from;
      season.to = to;
      return;
    }
  }
  seasons_.push_back(SeasonTerm{std::string(name), from, to});
}

void CalendarTerms::AddHoliday(absl::string_view written, MonthDay day) {
  HolidayTerm holiday;
  holiday.day = day;
  for (const Token& token : Tokenize(written)) {
    // Apostrophes and the dot of "St." vary between writers; matching
    // skips them in the text too.
    if (token.kind == TokenKind::kSymbol) continue;
    holiday.words.push_back(token.text);
  }
  if (holiday.words.empty()) return;
  for (HolidayTerm& existing : holidays_) {
    if (existing.words == holiday.words) {
      existing.day = day;
      return;
    }
  }
  holidays_.push_back(std::move(holiday));
}

const SeasonTerm* CalendarTerms::FindSeason(absl::string_view word) const {
  for (const SeasonTerm& season : seasons_) {
    if (season.name == word) return &season;
  }
  return nullptr;
}

}  // namespace claimdiff
