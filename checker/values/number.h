// Reading a figure as written in copy: numerals ("1,312", "2.2bn"), number
// words ("seventy-one", "a dozen", "half a million") and ranges ("20-30",
// "between 20 and 30", "four or five").
#ifndef CLAIMDIFF_VALUES_NUMBER_H_
#define CLAIMDIFF_VALUES_NUMBER_H_

#include <cstddef>
#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/values/token.h"

namespace claimdiff {

struct ParsedNumber {
  double low = 0;
  // Equal to `low` unless `is_range`.
  double high = 0;
  // The rounding step of the figure as written (RoundingStep of its digits,
  // or of the value for number words) times any scale word, so that
  // "2.2 billion" has step 1e8 and "eighty" step 10.
  double step = 1;
  bool is_range = false;
  // Written as a fraction of one ("half", "a third", "three-quarters",
  // "¾"), so a kind that reads shares (percent) can scale it.
  bool fraction = false;
};

// Reads the number or range that starts at tokens[*pos] and moves *pos past
// it. Returns nullopt, leaving *pos alone, when no number starts there.
// Stops at the first token that cannot continue the number, so "30 or more"
// reads 30 and leaves "or more" (see IsOrSpan for the "or" that does join
// a range). The tail of a hyphenated adjective goes with the figure, so
// "71-year" and "500-strong" read 71 and 500, and a hyphenated scale counts
// ("5-million" is 5e6).
std::optional<ParsedNumber> ParseNumberAt(const std::vector<Token>& tokens,
                                          size_t* pos);

// Reads tokens that must be exactly one number or range, apart from
// sentence punctuation at either end; nullopt otherwise.
std::optional<ParsedNumber> ParseNumberTokens(std::vector<Token> tokens);

// Reads text that is exactly one number or range. InvalidArgument, quoting
// the text, when it is anything else.
absl::StatusOr<ParsedNumber> ParseNumber(absl::string_view text);

// Whether "N or M" is an approximate span N..M ("four or five days", "two
// or three million", "a year or two") rather than a choice between two
// figures: M must be the whole number after N, N at least one. `first` and
// `second` are the figures without any scale word. "20 or 30" and "five or
// two" are not spans.
bool IsOrSpan(double first, double second);

// The rounding step of a fraction of one written with this denominator
// ("a third", "one in five" as a share): 0.2 / denominator, so that "about
// a third" is roughly 0.27-0.4 and "half" rounds like "0.5".
double FractionStep(double denominator);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_NUMBER_H_
