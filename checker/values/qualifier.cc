#include "checker/values/qualifier.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/values/text.h"

namespace claimdiff {
namespace {

constexpr QualifierReading kReadings[] = {
    QualifierReading::kExact,   QualifierReading::kAbout,
    QualifierReading::kAlmost,  QualifierReading::kMoreThan,
    QualifierReading::kAtLeast, QualifierReading::kLessThan,
    QualifierReading::kAtMost,
};

// The form a phrase is stored and looked up in.
std::string PhraseKey(absl::string_view phrase) {
  return FoldText(TrimPunctuation(phrase));
}

bool IsAlnum(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c));
}

// What may stand between a qualifier and its figure: "at least, 30".
bool IsSeparator(char c) {
  return c == ' ' || c == ',' || c == '.' || c == ':';
}

// 10^exponent, computed so that negative powers come out as the nearest
// double to the decimal (0.1, not 0.1000000000000000055...).
double PowerOfTen(int exponent) {
  return exponent >= 0 ? std::pow(10.0, exponent)
                       : 1.0 / std::pow(10.0, -exponent);
}

}  // namespace

absl::string_view QualifierReadingName(QualifierReading reading) {
  switch (reading) {
    case QualifierReading::kExact:
      return "exact";
    case QualifierReading::kAbout:
      return "about";
    case QualifierReading::kAlmost:
      return "almost";
    case QualifierReading::kMoreThan:
      return "more_than";
    case QualifierReading::kAtLeast:
      return "at_least";
    case QualifierReading::kLessThan:
      return "less_than";
    case QualifierReading::kAtMost:
      return "at_most";
  }
  return "exact";
}

absl::StatusOr<QualifierReading> ParseQualifierReading(absl::string_view name) {
  for (QualifierReading reading : kReadings) {
    if (QualifierReadingName(reading) == name) return reading;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown qualifier reading \"", name,
      "\" (expected exact, about, almost, more_than, at_least, less_than or "
      "at_most)"));
}

void QualifierTable::Add(absl::string_view phrase, QualifierReading reading) {
  // Kept as written (case and spaces folded) so the {qualifier} fragment
  // matches "c." with its dot; compared by key so ", c." finds it.
  std::string written = FoldText(TrimSpaces(phrase));
  std::string key = PhraseKey(written);
  bool replaced = false;
  for (Entry& e : phrases_) {
    if (e.key == key) {
      e.written = std::move(written);
      e.reading = reading;
      replaced = true;
      break;
    }
  }
  if (!replaced) {
    phrases_.push_back(Entry{std::move(written), std::move(key), reading});
  }
  Index();
}

void QualifierTable::Index() {
  longest_first_.clear();
  for (const Entry& e : phrases_) longest_first_.push_back(e.written);
  std::sort(longest_first_.begin(), longest_first_.end(),
            [](const std::string& a, const std::string& b) {
              if (a.size() != b.size()) return a.size() > b.size();
              return a < b;
            });

  // Keys are unique (Add replaces by key), so any sort order finds them.
  by_key_.clear();
  for (const Entry& e : phrases_) by_key_.emplace_back(e.key, e.reading);
  std::sort(by_key_.begin(), by_key_.end());

  affixes_.clear();
  std::vector<std::pair<unsigned char, uint32_t>> firsts;
  std::vector<std::pair<unsigned char, uint32_t>> lasts;
  for (const std::string& written : longest_first_) {
    std::string phrase = FoldText(written);
    if (phrase.empty()) continue;
    std::optional<QualifierReading> reading = Lookup(phrase);
    if (!reading) continue;
    const uint32_t position = static_cast<uint32_t>(affixes_.size());
    firsts.emplace_back(static_cast<unsigned char>(phrase.front()), position);
    lasts.emplace_back(static_cast<unsigned char>(phrase.back()), position);
    affixes_.push_back(Affix{std::move(phrase), *reading});
  }
  by_first_byte_ = ByteBuckets(firsts);
  by_last_byte_ = ByteBuckets(lasts);
}

std::optional<QualifierReading> QualifierTable::Lookup(
    absl::string_view phrase) const {
  const std::string key = PhraseKey(phrase);
  auto it =
      std::lower_bound(by_key_.begin(), by_key_.end(), key,
                       [](const std::pair<std::string, QualifierReading>& entry,
                          const std::string& k) { return entry.first < k; });
  if (it == by_key_.end() || it->first != key) return std::nullopt;
  return it->second;
}

std::optional<QualifierTable::Match> QualifierTable::MatchLeading(
    absl::string_view folded) const {
  if (folded.empty()) return std::nullopt;
  for (uint32_t position :
       by_first_byte_.Of(static_cast<unsigned char>(folded.front()))) {
    const Affix& affix = affixes_[position];
    const absl::string_view phrase = affix.phrase;
    if (folded.size() <= phrase.size() ||
        folded.substr(0, phrase.size()) != phrase) {
      continue;
    }
    if (IsAlnum(phrase.back()) && IsAlnum(folded[phrase.size()])) continue;
    absl::string_view rest = folded.substr(phrase.size());
    while (!rest.empty() && IsSeparator(rest.front())) rest.remove_prefix(1);
    if (rest.empty()) continue;
    return Match{affix.reading, rest};
  }
  return std::nullopt;
}

std::optional<QualifierTable::Match> QualifierTable::MatchTrailing(
    absl::string_view folded) const {
  if (folded.empty()) return std::nullopt;
  for (uint32_t position :
       by_last_byte_.Of(static_cast<unsigned char>(folded.back()))) {
    const Affix& affix = affixes_[position];
    const absl::string_view phrase = affix.phrase;
    if (folded.size() <= phrase.size() ||
        folded.substr(folded.size() - phrase.size()) != phrase) {
      continue;
    }
    const char before = folded[folded.size() - phrase.size() - 1];
    if (IsAlnum(phrase.front()) && IsAlnum(before)) continue;
    absl::string_view rest = folded.substr(0, folded.size() - phrase.size());
    while (!rest.empty() && IsSeparator(rest.back())) rest.remove_suffix(1);
    if (rest.empty()) continue;
    return Match{affix.reading, rest};
  }
  return std::nullopt;
}

double RoundingStep(absl::string_view digits) {
  const size_t point = digits.find('.');
  const size_t integer_digits =
      point == absl::string_view::npos ? digits.size() : point;
  int nonzero = 0;
  char first_nonzero = '0';
  int last_exponent = 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    const char c = digits[i];
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c)) || c == '0') {
      continue;
    }
    // Place value: 10^(digits left of the point - 1) for the first integer
    // digit, 10^-1 for the first decimal.
    const int exponent = i < integer_digits
                             ? static_cast<int>(integer_digits - i) - 1
                             : -static_cast<int>(i - integer_digits);
    if (nonzero == 0) first_nonzero = c;
    ++nonzero;
    last_exponent = exponent;
  }
  if (nonzero == 0) return 1;
  // "10" or "100" is a round figure one place finer than "50" or "500": a
  // writer rounding 12 says "more than 10", not "more than 20".
  if (nonzero == 1 && first_nonzero == '1') --last_exponent;
  return PowerOfTen(last_exponent);
}

Interval ApplyQualifier(QualifierReading reading, double n, double step,
                        double tolerance, Bounds bounds) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const bool logical = bounds == Bounds::kLogical;
  switch (reading) {
    case QualifierReading::kExact:
      return Interval::Closed(n - tolerance, n + tolerance);
    case QualifierReading::kAbout:
      return Interval::Closed(n - step, n + step);
    case QualifierReading::kAlmost:
      return Interval::Closed(n - step, n);
    case QualifierReading::kMoreThan:
      return logical ? Interval{n, kInf, true, true}
                     : Interval{n, n + step, true, false};
    case QualifierReading::kAtLeast:
      return logical ? Interval{n, kInf, false, true}
                     : Interval::Closed(n, n + step);
    case QualifierReading::kLessThan:
      return logical ? Interval{-kInf, n, true, true}
                     : Interval{n - step, n, false, true};
    case QualifierReading::kAtMost:
      return logical ? Interval{-kInf, n, true, false}
                     : Interval::Closed(n - step, n);
  }
  return Interval::Closed(n, n);
}

}  // namespace claimdiff
