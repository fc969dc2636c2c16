#include "checker/values/date.h"

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "checker/values/number.h"
#include "checker/values/text.h"
#include "checker/values/token.h"

namespace claimdiff {
namespace {

// "next", "last" and "this" before a weekday or a period.
enum class Shift { kNone, kNext, kLast, kThis };
enum class Period { kWeek, kMonth, kYear };
// "early", "mid"/"middle", "late" before a month or a year.
enum class Part { kEarly, kMid, kLate };

// What the text says, before it is placed on the calendar.
struct DateExpr {
  std::optional<int> year;
  std::optional<int> month;
  std::optional<int> day;
  std::optional<absl::Weekday> weekday;
  const SeasonTerm* season = nullptr;
  Shift shift = Shift::kNone;
  std::optional<Period> period;
  std::optional<int> day_offset;  // yesterday -1, today 0, tomorrow 1
  std::optional<Part> part;
  std::optional<int> quarter;  // 1-4
  std::optional<int> half;     // 1-2: "H1 2021", "the second half of 2020"
  bool decade = false;         // "the 1990s": `year` starts it
  bool century = false;        // "the 1800s": `year` starts it
  bool split_year = false;     // "2015-16": `year` is the later one
  // "the '90s": a decade written with two digits, placed in the latest
  // century that does not put it after the publication year.
  std::optional<int> short_decade;
  // "three weeks ago" past days, "two years ago" past months.
  std::optional<int> months_ago;
};

// A span of days with its short name.
struct Span {
  absl::CivilDay first;
  absl::CivilDay last;
  std::string label;
};

template <typename T>
struct Word {
  absl::string_view word;
  T meaning;
};

constexpr Word<int> kMonthWords[] = {
    {"january", 1},   {"jan", 1},    {"february", 2},  {"feb", 2},
    {"march", 3},     {"mar", 3},    {"april", 4},     {"apr", 4},
    {"may", 5},       {"june", 6},   {"jun", 6},       {"july", 7},
    {"jul", 7},       {"august", 8}, {"aug", 8},       {"september", 9},
    {"sep", 9},       {"sept", 9},   {"october", 10},  {"oct", 10},
    {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12},
};

constexpr absl::string_view kMonthNames[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

constexpr Word<absl::Weekday> kWeekdayWords[] = {
    {"monday", absl::Weekday::monday},
    {"mon", absl::Weekday::monday},
    {"tuesday", absl::Weekday::tuesday},
    {"tue", absl::Weekday::tuesday},
    {"tues", absl::Weekday::tuesday},
    {"wednesday", absl::Weekday::wednesday},
    {"wed", absl::Weekday::wednesday},
    {"thursday", absl::Weekday::thursday},
    {"thu", absl::Weekday::thursday},
    {"thur", absl::Weekday::thursday},
    {"thurs", absl::Weekday::thursday},
    {"friday", absl::Weekday::friday},
    {"fri", absl::Weekday::friday},
    {"saturday", absl::Weekday::saturday},
    {"sat", absl::Weekday::saturday},
    {"sunday", absl::Weekday::sunday},
    {"sun", absl::Weekday::sunday},
};

constexpr Word<Shift> kShiftWords[] = {
    {"next", Shift::kNext}, {"coming", Shift::kNext}, {"last", Shift::kLast},
    {"past", Shift::kLast}, {"this", Shift::kThis},
};

constexpr Word<Period> kPeriodWords[] = {{"week", Period::kWeek},
                                         {"month", Period::kMonth},
                                         {"year", Period::kYear}};

constexpr Word<Part> kPartWords[] = {{"early", Part::kEarly},
                                     {"mid", Part::kMid},
                                     {"middle", Part::kMid},
                                     {"late", Part::kLate}};

constexpr Word<int> kQuarterOrdinals[] = {
    {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"final", 4}};

constexpr Word<int> kHalfOrdinals[] = {{"first", 1}, {"second", 2}};

bool IsApostrophe(const Token& token) {
  return token.IsSymbol("'") || token.IsSymbol("\xE2\x80\x99");  // ’
}

// The longest holiday whose words start at tokens[i], skipping apostrophes
// and a "." after "St"; sets *end past it.
const HolidayTerm* HolidayAt(const std::vector<Token>& tokens, size_t i,
                             const CalendarTerms& terms, size_t* end) {
  const HolidayTerm* best = nullptr;
  for (const HolidayTerm& holiday : terms.holidays()) {
    size_t j = i;
    bool matched = true;
    for (const std::string& word : holiday.words) {
      while (j < tokens.size() &&
             (IsApostrophe(tokens[j]) || tokens[j].IsSymbol("."))) {
        ++j;
      }
      if (j >= tokens.size() || !tokens[j].IsWord(word)) {
        matched = false;
        break;
      }
      ++j;
    }
    if (matched &&
        (best == nullptr || holiday.words.size() > best->words.size())) {
      best = &holiday;
      *end = j;
    }
  }
  return best;
}

constexpr Word<int> kOffsetWords[] = {
    {"yesterday", -1}, {"today", 0}, {"tomorrow", 1}};

// Words that frame a date without changing it ("on Thursday", "in 2014",
// "the summer of 1945"). "since 2005" names the year the span starts in,
// and that year is what the claim states.
constexpr absl::string_view kFillerWords[] = {"on", "in", "the", "of", "since"};

constexpr absl::string_view kOrdinalSuffixes[] = {"st", "nd", "rd", "th"};

template <typename T, size_t N>
std::optional<T> Lookup(const Word<T> (&words)[N], absl::string_view word) {
  for (const Word<T>& entry : words) {
    if (entry.word == word) return entry.meaning;
  }
  return std::nullopt;
}

template <size_t N>
bool Contains(const absl::string_view (&words)[N], absl::string_view word) {
  for (absl::string_view entry : words) {
    if (entry == word) return true;
  }
  return false;
}

absl::string_view WeekdayShortName(absl::Weekday weekday) {
  switch (weekday) {
    case absl::Weekday::monday:
      return "Mon";
    case absl::Weekday::tuesday:
      return "Tue";
    case absl::Weekday::wednesday:
      return "Wed";
    case absl::Weekday::thursday:
      return "Thu";
    case absl::Weekday::friday:
      return "Fri";
    case absl::Weekday::saturday:
      return "Sat";
    case absl::Weekday::sunday:
      return "Sun";
  }
  return "";
}

bool IsDigitsOfLength(const Token& token, size_t min, size_t max) {
  return token.kind == TokenKind::kNumeral && token.text.size() >= min &&
         token.text.size() <= max && token.text.find('.') == std::string::npos;
}

bool IsSolidHyphen(const Token& token) {
  return token.IsSymbol("-") && !token.spaced;
}

// Whether tokens[i] starts "-NN" written solid, as in ISO "2016-12-15".
bool IsIsoPart(const std::vector<Token>& tokens, size_t i) {
  return i + 1 < tokens.size() && IsSolidHyphen(tokens[i]) &&
         !tokens[i + 1].spaced && IsDigitsOfLength(tokens[i + 1], 1, 2);
}

// Callers pass only short all-digit numerals, which always convert.
int ToInt(const std::string& digits) {
  int value = 0;
  return absl::SimpleAtoi(digits, &value) ? value : 0;
}

// The day y-m-d, or nullopt when there is no such day. absl normalises
// out-of-range fields (February 30 becomes March 1), so a day exists
// exactly when its fields survive construction unchanged.
std::optional<absl::CivilDay> MakeDay(absl::civil_year_t year, int month,
                                      int day) {
  const absl::CivilDay made(year, month, day);
  if (made.year() != year || made.month() != month || made.day() != day) {
    return std::nullopt;
  }
  return made;
}

absl::Status NotADate(absl::string_view shown) {
  return absl::InvalidArgumentError(
      absl::StrCat("not a date: \"", shown, "\""));
}

absl::Status NoSuchDate(absl::string_view shown) {
  return absl::InvalidArgumentError(
      absl::StrCat("no such date: \"", shown, "\""));
}

// Reads the parts of a date in any order ("December 15, 2016",
// "15 December 2016") and checks they make one date.
bool IsSlash(const std::vector<Token>& tokens, size_t i) {
  return i < tokens.size() && tokens[i].IsSymbol("/");
}

// Reads the numeric date a/b/year ("03/04/2021", "15.12.2016") into month
// and day by `order`.
absl::Status ReadNumericDate(int a, int b, int year, DateOrder order,
                             absl::string_view shown, DateExpr* e) {
  bool month_first;
  switch (order) {
    case DateOrder::kMdy:
      month_first = true;
      break;
    case DateOrder::kDmy:
      month_first = false;
      break;
    case DateOrder::kNone:
    default:
      if (a == b || (a > 12 && b > 12)) {
        month_first = true;  // the same either way, or no date either way
      } else if (a <= 12 && b <= 12) {
        return absl::InvalidArgumentError(
            absl::StrCat("ambiguous numeric date \"", shown,
                         "\" (month and day could swap; set date_order)"));
      } else {
        month_first = b > 12;
      }
      break;
  }
  e->month = month_first ? a : b;
  e->day = month_first ? b : a;
  e->year = year;
  return absl::OkStatus();
}

struct AgoUnit {
  absl::string_view word;
  int days;    // 0 for a calendar unit
  int months;  // 0 for a unit of days
};

constexpr AgoUnit kAgoUnits[] = {
    {"day", 1, 0},   {"days", 1, 0},   {"week", 7, 0},  {"weeks", 7, 0},
    {"month", 0, 1}, {"months", 0, 1}, {"year", 0, 12}, {"years", 0, 12},
};

// "two days ago", "a week ago", "three months ago": a whole count of a unit
// before the publication date. nullopt when the text does not end in
// "ago"; NotADate when it does but the rest is not a count and a unit.
std::optional<absl::StatusOr<DateExpr>> ParseAgo(std::vector<Token> tokens,
                                                 absl::string_view shown) {
  TrimPunctuationTokens(&tokens);
  if (tokens.size() < 3 || !tokens.back().IsWord("ago")) return std::nullopt;
  const Token& unit_token = tokens[tokens.size() - 2];
  const AgoUnit* unit = nullptr;
  for (const AgoUnit& candidate : kAgoUnits) {
    if (unit_token.IsWord(candidate.word)) unit = &candidate;
  }
  std::optional<ParsedNumber> count =
      ParseNumberTokens(std::vector<Token>(tokens.begin(), tokens.end() - 2));
  // A count of days must be whole: "1.5 weeks ago" names no one day.
  if (unit == nullptr || !count || count->is_range || count->low < 0 ||
      count->low != static_cast<int>(count->low)) {
    return absl::StatusOr<DateExpr>(NotADate(shown));
  }
  const int n = static_cast<int>(count->low);
  DateExpr e;
  if (unit->days > 0) {
    e.day_offset = -n * unit->days;
  } else {
    e.months_ago = n * unit->months;
  }
  return absl::StatusOr<DateExpr>(e);
}

absl::StatusOr<DateExpr> ParseDateExpr(const std::vector<Token>& tokens,
                                       absl::string_view shown, DateOrder order,
                                       bool bare_day,
                                       const CalendarTerms& terms) {
  DateExpr e;
  // A bare day of the month needs "the" or a suffix ("the 2nd", "the 2"),
  // or it would be any small number.
  bool marked_day = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.kind == TokenKind::kSymbol) {
      if (token.IsSymbol(",") || token.IsSymbol(".")) continue;
      // "the '90s": the apostrophe stands for the century.
      if (IsApostrophe(token) && i + 1 < tokens.size() &&
          IsDigitsOfLength(tokens[i + 1], 2, 2)) {
        continue;
      }
      // "mid-February".
      if (IsSolidHyphen(token) && i > 0 &&
          tokens[i - 1].kind == TokenKind::kWord &&
          Lookup(kPartWords, tokens[i - 1].text)) {
        continue;
      }
      return NotADate(shown);
    }
    if (token.kind == TokenKind::kNumeral) {
      // "03/04/2021": numeric day and month, in `order`.
      if (IsDigitsOfLength(token, 1, 2) && IsSlash(tokens, i + 1) &&
          i + 4 < tokens.size() && IsDigitsOfLength(tokens[i + 2], 1, 2) &&
          IsSlash(tokens, i + 3) && IsDigitsOfLength(tokens[i + 4], 4, 4)) {
        if (e.year || e.month || e.day) return NotADate(shown);
        absl::Status read =
            ReadNumericDate(ToInt(tokens[i].text), ToInt(tokens[i + 2].text),
                            ToInt(tokens[i + 4].text), order, shown, &e);
        if (!read.ok()) return read;
        marked_day = true;
        i += 4;
        continue;
      }
      // "15.12.2016": the tokenizer reads "15.12" as one decimal numeral.
      if (const size_t point = token.text.find('.');
          point != std::string::npos && point >= 1 && point <= 2 &&
          token.text.size() - point - 1 >= 1 &&
          token.text.size() - point - 1 <= 2 && i + 2 < tokens.size() &&
          tokens[i + 1].IsSymbol(".") && !tokens[i + 1].spaced &&
          !tokens[i + 2].spaced && IsDigitsOfLength(tokens[i + 2], 4, 4)) {
        if (e.year || e.month || e.day) return NotADate(shown);
        absl::Status read =
            ReadNumericDate(ToInt(token.text.substr(0, point)),
                            ToInt(token.text.substr(point + 1)),
                            ToInt(tokens[i + 2].text), order, shown, &e);
        if (!read.ok()) return read;
        marked_day = true;
        i += 2;
        continue;
      }
      // "the 90s" (or "the '90s", its apostrophe skipped above).
      if (IsDigitsOfLength(token, 2, 2) && i + 1 < tokens.size() &&
          tokens[i + 1].IsWord("s") && !tokens[i + 1].spaced) {
        if (e.short_decade || e.year) return NotADate(shown);
        e.short_decade = ToInt(token.text);
        if (*e.short_decade % 10 != 0) return NotADate(shown);
        ++i;
        continue;
      }
      if (IsDigitsOfLength(token, 4, 4)) {
        if (e.year) return NotADate(shown);
        e.year = ToInt(token.text);
        // "the 1990s". A year ending in "00" names its century, as "the
        // 1800s" and "the 1900s" do in copy, except "the 2000s", which
        // copy uses for the decade (the century is not yet history).
        if (i + 1 < tokens.size() && tokens[i + 1].IsWord("s") &&
            !tokens[i + 1].spaced) {
          if (*e.year % 10 != 0) return NotADate(shown);
          if (*e.year % 100 == 0 && *e.year < 2000) {
            e.century = true;
          } else {
            e.decade = true;
          }
          ++i;
          continue;
        }
        // "2016/12/15": year first is never ambiguous.
        if (IsSlash(tokens, i + 1) && i + 4 < tokens.size() &&
            IsDigitsOfLength(tokens[i + 2], 1, 2) && IsSlash(tokens, i + 3) &&
            IsDigitsOfLength(tokens[i + 4], 1, 2)) {
          e.month = ToInt(tokens[i + 2].text);
          e.day = ToInt(tokens[i + 4].text);
          marked_day = true;
          i += 4;
          continue;
        }
        // "the winter of 2015-16": a winter spans the turn of the year, so
        // copy names both; the season is the later year's.
        if (IsIsoPart(tokens, i + 1) && !IsIsoPart(tokens, i + 3) &&
            IsDigitsOfLength(tokens[i + 2], 2, 2) &&
            ToInt(tokens[i + 2].text) == (*e.year + 1) % 100) {
          e.year = *e.year + 1;
          e.split_year = true;
          i += 2;
          continue;
        }
        if (IsIsoPart(tokens, i + 1)) {
          e.month = ToInt(tokens[i + 2].text);
          i += 2;
          if (IsIsoPart(tokens, i + 1)) {
            e.day = ToInt(tokens[i + 2].text);
            marked_day = true;
            i += 2;
          }
        }
        continue;
      }
      if (IsDigitsOfLength(token, 1, 2)) {
        if (e.day) return NotADate(shown);
        e.day = ToInt(token.text);
        if (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kWord &&
            Contains(kOrdinalSuffixes, tokens[i + 1].text)) {
          marked_day = true;
          ++i;
        }
        continue;
      }
      return NotADate(shown);
    }
    const std::string& word = token.text;
    // "Christmas Day", "New Year's Eve": a fixed day of the year.
    size_t holiday_end = i;
    if (const HolidayTerm* holiday =
            HolidayAt(tokens, i, terms, &holiday_end)) {
      if (e.month || e.day) return NotADate(shown);
      e.month = holiday->day.month;
      e.day = holiday->day.day;
      marked_day = true;
      i = holiday_end - 1;
      continue;
    }
    // "H1 2021": the half number is written solid after the letter.
    if (word == "h" && i + 1 < tokens.size() && !tokens[i + 1].spaced &&
        IsDigitsOfLength(tokens[i + 1], 1, 1)) {
      if (e.half) return NotADate(shown);
      e.half = ToInt(tokens[i + 1].text);
      if (*e.half < 1 || *e.half > 2) return NoSuchDate(shown);
      ++i;
      continue;
    }
    // "the second half of 2020".
    if (auto ordinal = Lookup(kHalfOrdinals, word);
        ordinal && i + 1 < tokens.size() && tokens[i + 1].IsWord("half")) {
      if (e.half) return NotADate(shown);
      e.half = *ordinal;
      ++i;
      continue;
    }
    // "Q3": the quarter number is written solid after the letter.
    if (word == "q" && i + 1 < tokens.size() && !tokens[i + 1].spaced &&
        IsDigitsOfLength(tokens[i + 1], 1, 1)) {
      if (e.quarter) return NotADate(shown);
      e.quarter = ToInt(tokens[i + 1].text);
      if (*e.quarter < 1 || *e.quarter > 4) return NoSuchDate(shown);
      ++i;
      continue;
    }
    // "the third quarter".
    if (auto ordinal = Lookup(kQuarterOrdinals, word);
        ordinal && i + 1 < tokens.size() && tokens[i + 1].IsWord("quarter")) {
      if (e.quarter) return NotADate(shown);
      e.quarter = *ordinal;
      ++i;
      continue;
    }
    if (Contains(kFillerWords, word)) {
      if (word == "the") marked_day = true;
      continue;
    }
    if (auto month = Lookup(kMonthWords, word)) {
      if (e.month) return NotADate(shown);
      e.month = *month;
    } else if (auto weekday = Lookup(kWeekdayWords, word)) {
      if (e.weekday) return NotADate(shown);
      e.weekday = *weekday;
    } else if (const SeasonTerm* season = terms.FindSeason(word)) {
      if (e.season) return NotADate(shown);
      e.season = season;
    } else if (auto shift = Lookup(kShiftWords, word)) {
      if (e.shift != Shift::kNone) return NotADate(shown);
      e.shift = *shift;
    } else if (auto period = Lookup(kPeriodWords, word)) {
      if (e.period) return NotADate(shown);
      e.period = *period;
    } else if (auto offset = Lookup(kOffsetWords, word)) {
      if (e.day_offset) return NotADate(shown);
      e.day_offset = *offset;
    } else if (auto part = Lookup(kPartWords, word)) {
      if (e.part) return NotADate(shown);
      e.part = *part;
    } else {
      return NotADate(shown);
    }
  }

  // "the second half of the year" is the publication year's; "of last
  // year" and "of next year" shift it. The year then stands in for a
  // written one, so it is not left as a bare period.
  const bool half_of_year = e.half && e.period == Period::kYear && !e.year;
  const bool calendar = e.year || e.month || e.day || e.season || e.quarter ||
                        e.half || e.short_decade;
  // A quarter, a half, a decade, a century and a part of a month or year
  // each name their own span, which nothing narrower may join.
  if ((e.quarter || e.half) && (e.month || e.day || e.season || e.weekday ||
                                e.part || (e.quarter && e.half))) {
    return NotADate(shown);
  }
  if ((e.decade || e.century || e.short_decade) &&
      (e.month || e.day || e.season || e.weekday || e.part || e.quarter ||
       e.half || e.shift != Shift::kNone)) {
    return NotADate(shown);
  }
  if (e.split_year && !(e.season && e.season->CrossesYear())) {
    return NotADate(shown);
  }
  if (half_of_year) {
    if (e.day_offset) return NotADate(shown);
  } else if (e.period && e.shift == Shift::kNone) {
    return NotADate(shown);
  }
  if (e.part && (e.day || e.season || e.weekday || e.shift != Shift::kNone ||
                 !(e.month || e.year))) {
    return NotADate(shown);
  }
  if (e.shift != Shift::kNone && !half_of_year) {
    // A shift moves one yearless thing: "next Friday", "last month",
    // "last summer", "next September".
    const int moved = static_cast<int>(e.weekday.has_value()) +
                      static_cast<int>(e.period.has_value()) +
                      static_cast<int>(e.season || e.month);
    if (moved != 1 || e.year || e.day_offset || (e.day && !e.month)) {
      return NotADate(shown);
    }
  }
  if (e.day_offset && (calendar || e.weekday || e.shift != Shift::kNone)) {
    return NotADate(shown);
  }
  if (!calendar && !e.weekday && !e.period && !e.day_offset) {
    return NotADate(shown);
  }
  if (e.season && (e.month || e.day || e.weekday)) return NotADate(shown);
  // A day with no month is a day of the current month, so it cannot carry
  // a year.
  // In a range ("from March 23 to 29") the other end supplies the month.
  if (e.day && !e.month &&
      ((e.year && !bare_day) || !(marked_day || bare_day))) {
    return NotADate(shown);
  }
  // A weekday names one day, so it goes alone or with one.
  if (e.weekday && (e.month || e.year) && !e.day) return NotADate(shown);

  if (e.month && (*e.month < 1 || *e.month > 12)) return NoSuchDate(shown);
  if (e.day) {
    // Without a year, February 29 is possible (2000 was a leap year); with
    // no month the day must fit some month (January has 31 days).
    if (!MakeDay(e.year.value_or(2000), e.month.value_or(1), *e.day)) {
      return NoSuchDate(shown);
    }
  }
  return e;
}

Span DaySpan(absl::CivilDay day) {
  return {day, day,
          absl::StrCat(WeekdayShortName(absl::GetWeekday(day)), " ",
                       absl::FormatCivilTime(day))};
}

Span WeekSpan(absl::CivilDay monday) {
  return {monday, monday + 6,
          absl::StrCat("week of ", absl::FormatCivilTime(monday))};
}

Span MonthSpan(absl::CivilMonth month) {
  return {absl::CivilDay(month), absl::CivilDay(month + 1) - 1,
          absl::StrCat(kMonthNames[month.month() - 1], " ", month.year())};
}

Span YearSpan(absl::CivilYear year) {
  return {absl::CivilDay(year), absl::CivilDay(year + 1) - 1,
          absl::StrCat(year.year())};
}

// The first 10 days, the next 10, or the 21st to the end of a month; the
// first, middle or last four months of a year.
Span Narrow(Span span, Part part, bool year) {
  static constexpr absl::string_view kPartNames[] = {"early", "mid", "late"};
  const int index = static_cast<int>(part);
  if (year) {
    const absl::CivilMonth first = absl::CivilMonth(span.first) + 4 * index;
    span.first = absl::CivilDay(first);
    span.last = absl::CivilDay(first + 4) - 1;
  } else {
    const absl::CivilDay start = span.first;
    span.first = start + 10 * index;
    if (part != Part::kLate) span.last = start + 10 * index + 9;
  }
  span.label = absl::StrCat(kPartNames[index], " ", span.label);
  return span;
}

Span QuarterSpan(absl::civil_year_t year, int quarter) {
  const absl::CivilMonth start(year, 3 * (quarter - 1) + 1);
  return {absl::CivilDay(start), absl::CivilDay(start + 3) - 1,
          absl::StrCat("Q", quarter, " ", year)};
}

Span HalfSpan(absl::civil_year_t year, int half) {
  const absl::CivilMonth start(year, 6 * (half - 1) + 1);
  return {absl::CivilDay(start), absl::CivilDay(start + 6) - 1,
          absl::StrCat("H", half, " ", year)};
}

Span CenturySpan(absl::civil_year_t year) {
  return {absl::CivilDay(absl::CivilYear(year)),
          absl::CivilDay(absl::CivilYear(year + 100)) - 1,
          absl::StrCat(year, "s")};
}

Span DecadeSpan(absl::civil_year_t year) {
  return {absl::CivilDay(absl::CivilYear(year)),
          absl::CivilDay(absl::CivilYear(year + 10)) - 1,
          absl::StrCat(year, "s")};
}

// A season as the calendar terms define it; one that crosses the new year
// is named by the year it ends in.
Span SeasonSpan(const SeasonTerm& season, absl::civil_year_t year) {
  const absl::civil_year_t start = season.CrossesYear() ? year - 1 : year;
  return {DayIn(start, season.from), DayIn(year, season.to),
          absl::StrCat(season.name, " ", year)};
}

// The same day of the month `months` months before `day`, or the last day
// of that month when it is shorter ("a month ago" on March 31 is February
// 28 or 29).
absl::CivilDay MonthsBefore(absl::CivilDay day, int months) {
  const absl::CivilMonth month = absl::CivilMonth(day) - months;
  const absl::CivilDay last = absl::CivilDay(month + 1) - 1;
  return absl::CivilDay(month.year(), month.month(),
                        std::min(day.day(), last.day()));
}

// The Monday that starts the week of `day`.
absl::CivilDay MondayOf(absl::CivilDay day) {
  return absl::PrevWeekday(day + 1, absl::Weekday::monday);
}

absl::StatusOr<Span> WithWeekday(Span span, const DateExpr& e,
                                 absl::string_view shown) {
  if (e.weekday && absl::GetWeekday(span.first) != *e.weekday) {
    return absl::InvalidArgumentError(absl::StrCat(
        "weekday does not match the date: \"", shown, "\" (", span.label, ")"));
  }
  return span;
}

absl::StatusOr<Span> PlaceAbsolute(const DateExpr& e, absl::string_view shown) {
  if (e.decade) return DecadeSpan(*e.year);
  if (e.century) return CenturySpan(*e.year);
  if (e.quarter) return QuarterSpan(*e.year, *e.quarter);
  if (e.half) return HalfSpan(*e.year, *e.half);
  if (e.season) return SeasonSpan(*e.season, *e.year);
  if (e.day) {
    std::optional<absl::CivilDay> day = MakeDay(*e.year, *e.month, *e.day);
    if (!day) return NoSuchDate(shown);
    return WithWeekday(DaySpan(*day), e, shown);
  }
  if (e.month) {
    const Span month = MonthSpan(absl::CivilMonth(*e.year, *e.month));
    return e.part ? Narrow(month, *e.part, false) : month;
  }
  const Span year = YearSpan(absl::CivilYear(*e.year));
  return e.part ? Narrow(year, *e.part, true) : year;
}

// How to pick one occurrence of a yearless date relative to the
// publication date.
enum class Pick {
  kNearest,     // closest; ties go to the future
  kOnOrAfter,   // the first not wholly before it
  kOnOrBefore,  // the last not wholly after it
  kAfter,       // the first wholly after it ("next")
  kBefore,      // the last wholly before it ("last")
};

Pick PickFor(Shift shift, Resolve resolve) {
  switch (shift) {
    case Shift::kNext:
      return Pick::kAfter;
    case Shift::kLast:
      return Pick::kBefore;
    case Shift::kThis:
      return Pick::kNearest;
    case Shift::kNone:
      break;
  }
  switch (resolve) {
    case Resolve::kNext:
      return Pick::kOnOrAfter;
    case Resolve::kPrevious:
      return Pick::kOnOrBefore;
    case Resolve::kNearest:
      break;
  }
  return Pick::kNearest;
}

// Days from `day` to the nearest day of `span`; 0 inside it.
absl::civil_diff_t Distance(const Span& span, absl::CivilDay day) {
  if (day < span.first) return span.first - day;
  if (day > span.last) return day - span.last;
  return 0;
}

// Picks among `candidates`, which are in calendar order.
std::optional<Span> Choose(const std::vector<Span>& candidates,
                           absl::CivilDay published, Pick pick) {
  std::optional<Span> chosen;
  for (const Span& candidate : candidates) {
    switch (pick) {
      case Pick::kOnOrAfter:
        if (!chosen && candidate.last >= published) chosen = candidate;
        break;
      case Pick::kAfter:
        if (!chosen && candidate.first > published) chosen = candidate;
        break;
      case Pick::kOnOrBefore:
        if (candidate.first <= published) chosen = candidate;
        break;
      case Pick::kBefore:
        if (candidate.last < published) chosen = candidate;
        break;
      case Pick::kNearest:
        // `<=` hands a tie to the later candidate: ties go to the future.
        if (!chosen ||
            Distance(candidate, published) <= Distance(*chosen, published)) {
          chosen = candidate;
        }
        break;
    }
  }
  return chosen;
}

// The occurrences of a yearless date, month, season, day of the month or
// weekday around `published`, wide enough that the nearest one and the
// ones strictly before and after are all among them (February 29 needs
// four years each way, a weekday a week).
std::vector<Span> Candidates(const DateExpr& e, absl::CivilDay published) {
  std::vector<Span> candidates;
  const absl::civil_year_t year = published.year();
  if (e.season) {
    for (absl::civil_year_t y = year - 1; y <= year + 1; ++y) {
      candidates.push_back(SeasonSpan(*e.season, y));
    }
  } else if (e.quarter) {
    for (absl::civil_year_t y = year - 1; y <= year + 1; ++y) {
      candidates.push_back(QuarterSpan(y, *e.quarter));
    }
  } else if (e.half) {
    for (absl::civil_year_t y = year - 1; y <= year + 1; ++y) {
      candidates.push_back(HalfSpan(y, *e.half));
    }
  } else if (e.month && e.day) {
    for (absl::civil_year_t y = year - 4; y <= year + 4; ++y) {
      if (auto day = MakeDay(y, *e.month, *e.day)) {
        candidates.push_back(DaySpan(*day));
      }
    }
  } else if (e.month) {
    for (absl::civil_year_t y = year - 1; y <= year + 1; ++y) {
      const Span month = MonthSpan(absl::CivilMonth(y, *e.month));
      candidates.push_back(e.part ? Narrow(month, *e.part, false) : month);
    }
  } else if (e.day) {
    const absl::CivilMonth month(published);
    for (int k = -2; k <= 2; ++k) {
      const absl::CivilMonth m = month + k;
      if (auto day = MakeDay(m.year(), m.month(), *e.day)) {
        candidates.push_back(DaySpan(*day));
      }
    }
  } else {
    for (int k = -7; k <= 7; ++k) candidates.push_back(DaySpan(published + k));
  }
  if (e.weekday) {
    std::vector<Span> matching;
    for (Span& candidate : candidates) {
      if (absl::GetWeekday(candidate.first) == *e.weekday) {
        matching.push_back(std::move(candidate));
      }
    }
    candidates = std::move(matching);
  }
  return candidates;
}

absl::StatusOr<Span> PlaceRelative(const DateExpr& e, absl::CivilDay published,
                                   Resolve resolve, absl::string_view shown) {
  if (e.day_offset) return DaySpan(published + *e.day_offset);
  if (e.months_ago) return DaySpan(MonthsBefore(published, *e.months_ago));
  if (e.short_decade) {
    absl::civil_year_t start = published.year() / 100 * 100 + *e.short_decade;
    if (start > published.year()) start -= 100;
    return DecadeSpan(start);
  }
  if (e.half && e.period == Period::kYear) {
    const int step =
        e.shift == Shift::kNext ? 1 : (e.shift == Shift::kLast ? -1 : 0);
    return HalfSpan(published.year() + step, *e.half);
  }
  if (e.period) {
    const int step =
        e.shift == Shift::kNext ? 1 : (e.shift == Shift::kLast ? -1 : 0);
    switch (*e.period) {
      case Period::kWeek:
        return WeekSpan(MondayOf(published) + 7 * step);
      case Period::kMonth:
        return MonthSpan(absl::CivilMonth(published) + step);
      case Period::kYear:
        return YearSpan(absl::CivilYear(published) + step);
    }
  }
  // "this Saturday" is the one in the publication week, even when last
  // Saturday is nearer.
  if (e.weekday && e.shift == Shift::kThis) {
    return DaySpan(absl::NextWeekday(MondayOf(published) - 1, *e.weekday));
  }
  std::optional<Span> chosen =
      Choose(Candidates(e, published), published, PickFor(e.shift, resolve));
  if (!chosen) {
    return absl::InvalidArgumentError(
        absl::StrCat("no date near ", absl::FormatCivilTime(published),
                     " matches \"", shown, "\""));
  }
  return *std::move(chosen);
}

}  // namespace

// Where a range's second end starts, or 0 when the text is one date:
// "to", "until", "through", "and" after "between", or a dash between two
// numerals that is not inside an ISO date ("15-16", "2014-2016").
size_t RangeConnector(const std::vector<Token>& tokens) {
  const bool between = !tokens.empty() && tokens[0].IsWord("between");
  for (size_t k = 1; k + 1 < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.IsWord("to") || t.IsWord("until") || t.IsWord("through") ||
        t.IsWord("till") || (between && t.IsWord("and"))) {
      return k;
    }
    if (t.IsSymbol("-") && tokens[k - 1].kind == TokenKind::kNumeral &&
        tokens[k + 1].kind == TokenKind::kNumeral) {
      const bool iso = (IsDigitsOfLength(tokens[k - 1], 4, 4) &&
                        IsDigitsOfLength(tokens[k + 1], 1, 2)) ||
                       (k >= 2 && IsSolidHyphen(tokens[k - 2]));
      if (!iso) return k;
    }
  }
  return 0;
}

// Fills what one end of a range leaves to the other: the month written
// once ("March 23 to 29", "15-16 December") and the year written once,
// stepping back a year when the first end's month is later ("December 28
// to January 3, 2017").
void ShareRangeParts(DateExpr* from, DateExpr* to) {
  if (!to->month && to->day && from->month) to->month = from->month;
  if (!from->month && from->day && to->month) from->month = to->month;
  if (!from->year && to->year && from->month && to->month && !to->decade) {
    from->year = *to->year - (*from->month > *to->month ? 1 : 0);
  }
}

absl::StatusOr<Span> PlaceExpr(const DateExpr& e, Resolve resolve,
                               absl::CivilDay published,
                               absl::string_view shown) {
  if (e.year) return PlaceAbsolute(e, shown);
  return PlaceRelative(e, published, resolve, shown);
}

absl::StatusOr<DateReading> ReadRange(const std::vector<Token>& tokens,
                                      size_t k, absl::string_view shown,
                                      Resolve resolve,
                                      std::optional<absl::CivilDay> published,
                                      DateOrder order,
                                      const CalendarTerms& terms) {
  size_t begin = 0;
  if (tokens[0].IsWord("from") || tokens[0].IsWord("between")) begin = 1;
  const std::vector<Token> left(tokens.begin() + begin, tokens.begin() + k);
  const std::vector<Token> right(tokens.begin() + k + 1, tokens.end());
  absl::StatusOr<DateExpr> from =
      ParseDateExpr(left, shown, order, true, terms);
  if (!from.ok()) return from.status();
  absl::StatusOr<DateExpr> to = ParseDateExpr(right, shown, order, true, terms);
  if (!to.ok()) return to.status();
  ShareRangeParts(&*from, &*to);
  for (const DateExpr* e : {&*from, &*to}) {
    if (e->day && !e->month) return NotADate(shown);
    if (e->day && !MakeDay(e->year.value_or(2000), *e->month, *e->day)) {
      return NoSuchDate(shown);
    }
  }
  if (!from->year && !published) {
    DateReading unresolved;
    unresolved.resolved = false;
    return unresolved;
  }
  absl::StatusOr<Span> first =
      PlaceExpr(*from, resolve, published.value_or(absl::CivilDay()), shown);
  if (!first.ok()) return first.status();
  absl::StatusOr<Span> last;
  if (to->year || !to->month) {
    last = PlaceExpr(*to, resolve, published.value_or(first->first), shown);
  } else {
    // A yearless second end is the first occurrence not before the first.
    to->year = first->first.year();
    last = PlaceAbsolute(*to, shown);
    if (last.ok() && last->last < first->first) {
      to->year = *to->year + 1;
      last = PlaceAbsolute(*to, shown);
    }
  }
  if (!last.ok()) return last.status();
  if (last->last < first->first) {
    return absl::InvalidArgumentError(
        absl::StrCat("date range ends before it starts: \"", shown, "\""));
  }
  return DateReading{true, first->first, last->last,
                     absl::StrCat(first->label, " to ", last->label)};
}

absl::StatusOr<DateReading> ReadDate(absl::string_view text, Resolve resolve,
                                     std::optional<absl::CivilDay> published,
                                     DateOrder order,
                                     const CalendarTerms& terms) {
  const absl::string_view shown = TrimSpaces(text);
  const std::vector<Token> tokens = Tokenize(shown);
  if (const size_t k = RangeConnector(tokens)) {
    return ReadRange(tokens, k, shown, resolve, published, order, terms);
  }
  std::optional<absl::StatusOr<DateExpr>> ago = ParseAgo(tokens, shown);
  absl::StatusOr<DateExpr> expr =
      ago ? *std::move(ago) : ParseDateExpr(tokens, shown, order, false, terms);
  if (!expr.ok()) return expr.status();
  absl::StatusOr<Span> span;
  if (expr->year) {
    span = PlaceAbsolute(*expr, shown);
  } else if (published) {
    span = PlaceRelative(*expr, *published, resolve, shown);
  } else {
    DateReading unresolved;
    unresolved.resolved = false;
    return unresolved;
  }
  if (!span.ok()) return span.status();
  return DateReading{true, span->first, span->last, std::move(span->label)};
}

}  // namespace claimdiff
