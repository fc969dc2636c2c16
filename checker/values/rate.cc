#include "checker/values/rate.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_replace.h"
#include "checker/values/text.h"

namespace claimdiff {
namespace {

// Whether `folded` ends with `phrase` where a word may start (or is it).
bool EndsWithPhrase(absl::string_view folded, absl::string_view phrase) {
  if (folded.size() < phrase.size() ||
      folded.substr(folded.size() - phrase.size()) != phrase) {
    return false;
  }
  if (folded.size() == phrase.size()) return true;
  const char before = folded[folded.size() - phrase.size() - 1];
  return !absl::ascii_isalnum(static_cast<unsigned char>(phrase.front())) ||
         before == ' ' || before == '-';
}

}  // namespace

void RatePeriods::Add(absl::string_view phrase, double days) {
  const std::string folded = FoldText(phrase);
  if (folded.empty()) return;
  auto same = std::find_if(periods_.begin(), periods_.end(),
                           [&](const Period& p) { return p.phrase == folded; });
  if (same != periods_.end()) {
    same->days = days;
    return;
  }
  periods_.push_back(Period{folded, days});
  std::stable_sort(periods_.begin(), periods_.end(),
                   [](const Period& a, const Period& b) {
                     return a.phrase.size() > b.phrase.size();
                   });
}

std::optional<RateSplit> SplitRate(absl::string_view text,
                                   const RatePeriods& periods) {
  const std::string folded = FoldText(text);
  for (const RatePeriods::Period& period : periods.periods()) {
    size_t length = 0;
    if (EndsWithPhrase(folded, period.phrase)) {
      length = period.phrase.size();
    } else if (period.phrase.find(' ') != std::string::npos) {
      const std::string hyphenated =
          absl::StrReplaceAll(period.phrase, {{" ", "-"}});
      if (EndsWithPhrase(folded, hyphenated)) length = hyphenated.size();
    }
    if (length == 0) continue;
    absl::string_view amount =
        absl::string_view(folded).substr(0, folded.size() - length);
    while (!amount.empty() && (amount.back() == ' ' || amount.back() == '-' ||
                               amount.back() == ',')) {
      amount.remove_suffix(1);
    }
    return RateSplit{std::string(amount), period.phrase, period.days};
  }
  return std::nullopt;
}

}  // namespace claimdiff
