// The calendar vocabulary that is a matter of convention rather than of the
// calendar itself: which days a season covers, and the fixed-date holidays.
// Both come from YAML (rules/common/calendar.yaml), so a pack can switch to
// astronomical seasons or add its country's holidays without a build.
#ifndef CLAIMDIFF_VALUES_CALENDAR_TERMS_H_
#define CLAIMDIFF_VALUES_CALENDAR_TERMS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace claimdiff {

// A day of the year, written MM-DD.
struct MonthDay {
  int month = 1;
  int day = 1;
};

// Parses "MM-DD". February 29 is accepted: in a common year it stands for
// February 28, the last day of the month. InvalidArgument for anything
// else, including "04-31".
absl::StatusOr<MonthDay> ParseMonthDay(absl::string_view text);

// The day `md` falls on in `year`; February 29 is clamped to February 28 in
// a common year.
absl::CivilDay DayIn(absl::civil_year_t year, const MonthDay& md);

struct SeasonTerm {
  std::string name;  // "summer", lowercase
  MonthDay from;
  MonthDay to;
  // Whether the season runs over the new year (`to` before `from`). Such a
  // season is named by the year it ends in: "winter 2015" is December 2014
  // to February 2015, and "the winter of 2015-16" is the one ending in 2016.
  bool CrossesYear() const;
};

struct HolidayTerm {
  // Token texts as Tokenize produces them, apostrophes and dots left out:
  // "New Year's Day" is new, year, s, day.
  std::vector<std::string> words;
  MonthDay day;
};

class CalendarTerms {
 public:
  // Adds or replaces (by name) a season.
  void AddSeason(absl::string_view name, MonthDay from, MonthDay to);
  // Adds a holiday under every spelling in `written`; a later holiday with
  // the same words replaces the earlier one.
  void AddHoliday(absl::string_view written, MonthDay day);

  // The season called `word` (lowercase), or nullptr.
  const SeasonTerm* FindSeason(absl::string_view word) const;
  const std::vector<HolidayTerm>& holidays() const { return holidays_; }

 private:
  std::vector<SeasonTerm> seasons_;
  std::vector<HolidayTerm> holidays_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_CALENDAR_TERMS_H_
