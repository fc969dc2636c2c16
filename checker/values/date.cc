#include "checker/values/date.h"

#include <cstddef>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "checker/values/text.h"
#include "checker/values/token.h"

namespace claimdiff {
namespace {

enum class Season { kSpring, kSummer, kAutumn, kWinter };
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
  std::optional<Season> season;
  Shift shift = Shift::kNone;
  std::optional<Period> period;
  std::optional<int> day_offset;  // yesterday -1, today 0, tomorrow 1
  std::optional<Part> part;
  std::optional<int> quarter;  // 1-4
  bool decade = false;         // "the 1990s": `year` starts it
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

constexpr Word<Season> kSeasonWords[] = {
    {"spring", Season::kSpring}, {"summer", Season::kSummer},
    {"autumn", Season::kAutumn}, {"fall", Season::kAutumn},
    {"winter", Season::kWinter},
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

constexpr Word<int> kOffsetWords[] = {
    {"yesterday", -1}, {"today", 0}, {"tomorrow", 1}};

// Words that frame a date without changing it ("on Thursday", "in 2014",
// "the summer of 1945"). "since 2005" names the year the span starts in,
// and that year is what the claim states.
constexpr absl::string_view kFillerWords[] = {"on", "in", "the", "of",
                                              "since"};

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

absl::string_view SeasonName(Season season) {
  switch (season) {
    case Season::kSpring:
      return "spring";
    case Season::kSummer:
      return "summer";
    case Season::kAutumn:
      return "autumn";
    case Season::kWinter:
      return "winter";
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

// Reads "a/b/yyyy" at tokens[i] into month and day by `order`.
absl::Status ReadNumericDate(const std::vector<Token>& tokens, size_t i,
                             DateOrder order, absl::string_view shown,
                             DateExpr* e) {
  const int a = ToInt(tokens[i].text);
  const int b = ToInt(tokens[i + 2].text);
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
        return absl::InvalidArgumentError(absl::StrCat(
            "ambiguous numeric date \"", shown,
            "\" (month and day could swap; set date_order)"));
      } else {
        month_first = b > 12;
      }
      break;
  }
  e->month = month_first ? a : b;
  e->day = month_first ? b : a;
  e->year = ToInt(tokens[i + 4].text);
  return absl::OkStatus();
}

absl::StatusOr<DateExpr> ParseDateExpr(const std::vector<Token>& tokens,
                                       absl::string_view shown,
                                       DateOrder order, bool bare_day) {
  DateExpr e;
  // A bare day of the month needs "the" or a suffix ("the 2nd", "the 2"),
  // or it would be any small number.
  bool marked_day = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.kind == TokenKind::kSymbol) {
      if (token.IsSymbol(",") || token.IsSymbol(".")) continue;
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
        absl::Status read = ReadNumericDate(tokens, i, order, shown, &e);
        if (!read.ok()) return read;
        marked_day = true;
        i += 4;
        continue;
      }
      if (IsDigitsOfLength(token, 4, 4)) {
        if (e.year) return NotADate(shown);
        e.year = ToInt(token.text);
        // "the 1990s".
        if (i + 1 < tokens.size() && tokens[i + 1].IsWord("s") &&
            !tokens[i + 1].spaced) {
          if (*e.year % 10 != 0) return NotADate(shown);
          e.decade = true;
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
    } else if (auto season = Lookup(kSeasonWords, word)) {
      if (e.season) return NotADate(shown);
      e.season = *season;
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

  const bool calendar = e.year || e.month || e.day || e.season || e.quarter;
  // A quarter, a decade and a part of a month or year each name their own
  // span, which nothing narrower may join.
  if (e.quarter && (e.month || e.day || e.season || e.weekday || e.part)) {
    return NotADate(shown);
  }
  if (e.decade && (e.month || e.day || e.season || e.weekday || e.part ||
                   e.quarter)) {
    return NotADate(shown);
  }
  if (e.part && (e.day || e.season || e.weekday || e.shift != Shift::kNone ||
                 !(e.month || e.year))) {
    return NotADate(shown);
  }
  if (e.period && e.shift == Shift::kNone) return NotADate(shown);
  if (e.shift != Shift::kNone) {
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
  if (e.day && !e.month && ((e.year && !bare_day) ||
                            !(marked_day || bare_day))) {
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

Span DecadeSpan(absl::civil_year_t year) {
  return {absl::CivilDay(absl::CivilYear(year)),
          absl::CivilDay(absl::CivilYear(year + 10)) - 1,
          absl::StrCat(year, "s")};
}

// Meteorological seasons: three whole months, winter taking the December
// before its year's January and February.
Span SeasonSpan(Season season, absl::civil_year_t year) {
  absl::CivilMonth start;
  switch (season) {
    case Season::kSpring:
      start = absl::CivilMonth(year, 3);
      break;
    case Season::kSummer:
      start = absl::CivilMonth(year, 6);
      break;
    case Season::kAutumn:
      start = absl::CivilMonth(year, 9);
      break;
    case Season::kWinter:
      start = absl::CivilMonth(year - 1, 12);
      break;
  }
  return {absl::CivilDay(start), absl::CivilDay(start + 3) - 1,
          absl::StrCat(SeasonName(season), " ", year)};
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
  if (e.quarter) return QuarterSpan(*e.year, *e.quarter);
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
                                      DateOrder order) {
  size_t begin = 0;
  if (tokens[0].IsWord("from") || tokens[0].IsWord("between")) begin = 1;
  const std::vector<Token> left(tokens.begin() + begin, tokens.begin() + k);
  const std::vector<Token> right(tokens.begin() + k + 1, tokens.end());
  absl::StatusOr<DateExpr> from = ParseDateExpr(left, shown, order, true);
  if (!from.ok()) return from.status();
  absl::StatusOr<DateExpr> to = ParseDateExpr(right, shown, order, true);
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
                                     std::optional<absl::CivilDay> published) {
  return ReadDate(text, resolve, published, DateOrder::kNone);
}

absl::StatusOr<DateReading> ReadDate(absl::string_view text, Resolve resolve,
                                     std::optional<absl::CivilDay> published,
                                     DateOrder order) {
  const absl::string_view shown = TrimSpaces(text);
  const std::vector<Token> tokens = Tokenize(shown);
  if (const size_t k = RangeConnector(tokens)) {
    return ReadRange(tokens, k, shown, resolve, published, order);
  }
  absl::StatusOr<DateExpr> expr = ParseDateExpr(tokens, shown, order, false);
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
