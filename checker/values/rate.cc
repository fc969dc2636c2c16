#include "checker/values/rate.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

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
  Index();
}

void RatePeriods::Index() {
  hyphenated_.clear();
  std::vector<std::pair<unsigned char, uint32_t>> lasts;
  for (size_t i = 0; i < periods_.size(); ++i) {
    const std::string& phrase = periods_[i].phrase;
    hyphenated_.push_back(phrase.find(' ') != std::string::npos
                              ? absl::StrReplaceAll(phrase, {{" ", "-"}})
                              : std::string());
    lasts.emplace_back(static_cast<unsigned char>(phrase.back()),
                       static_cast<uint32_t>(i));
  }
  by_last_byte_ = ByteBuckets(lasts);
}

const RatePeriods::Period* RatePeriods::MatchEnd(absl::string_view folded,
                                                 size_t* length) const {
  if (folded.empty()) return nullptr;
  for (uint32_t i :
       by_last_byte_.Of(static_cast<unsigned char>(folded.back()))) {
    const Period& period = periods_[i];
    if (EndsWithPhrase(folded, period.phrase)) {
      *length = period.phrase.size();
      return &period;
    }
    if (!hyphenated_[i].empty() && EndsWithPhrase(folded, hyphenated_[i])) {
      *length = hyphenated_[i].size();
      return &period;
    }
  }
  return nullptr;
}

std::optional<RateSplit> SplitRate(absl::string_view text,
                                   const RatePeriods& periods) {
  const std::string folded = FoldText(text);
  size_t length = 0;
  const RatePeriods::Period* period = periods.MatchEnd(folded, &length);
  if (period == nullptr) return std::nullopt;
  absl::string_view amount =
      absl::string_view(folded).substr(0, folded.size() - length);
  while (!amount.empty() && (amount.back() == ' ' || amount.back() == '-' ||
                             amount.back() == ',')) {
    amount.remove_suffix(1);
  }
  return RateSplit{std::string(amount), period->phrase, period->days};
}

}  // namespace claimdiff
