#include "checker/common/suggest.h"

#include <algorithm>

#include "absl/strings/ascii.h"

namespace claimdiff {

int EditDistance(absl::string_view a, absl::string_view b) {
  const size_t n = a.size(), m = b.size();
  // Three rows suffice for the swap rule; names are short.
  std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
  for (size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<int>(i);
    for (size_t j = 1; j <= m; ++j) {
      const bool same =
          absl::ascii_tolower(a[i - 1]) == absl::ascii_tolower(b[j - 1]);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 &&
          absl::ascii_tolower(a[i - 1]) == absl::ascii_tolower(b[j - 2]) &&
          absl::ascii_tolower(a[i - 2]) == absl::ascii_tolower(b[j - 1])) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    before.swap(previous);
    previous.swap(current);
  }
  return previous[m];
}

std::optional<std::string> ClosestName(
    absl::string_view typed, const std::vector<absl::string_view>& known) {
  std::optional<std::string> best;
  int best_distance = 0;
  for (absl::string_view name : known) {
    const int d = EditDistance(typed, name);
    const int longer = static_cast<int>(std::max(typed.size(), name.size()));
    if (d > 2 || 3 * d > longer) continue;
    if (!best || d < best_distance) {
      best = std::string(name);
      best_distance = d;
    }
  }
  return best;
}

}  // namespace claimdiff
