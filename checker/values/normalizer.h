// The values stage's entry point: from the captured text of one claim to a
// Value.
//
// One file per value kind (number.h, money.h, percent.h, duration.h,
// date.h, measure.h) implements the parsing; this file dispatches on the
// kind and applies qualifiers, rates, tolerance, anchoring and exchange
// rates, all from the pack's Vocabulary.
#ifndef CLAIMDIFF_VALUES_NORMALIZER_H_
#define CLAIMDIFF_VALUES_NORMALIZER_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "checker/values/qualifier.h"
#include "checker/values/value.h"
#include "checker/values/vocabulary.h"

namespace claimdiff {

// How a weekday or a yearless date is placed relative to the publication
// date.
enum class Resolve {
  kNearest,   // the occurrence closest to the publication date (default)
  kNext,      // the first occurrence on or after it
  kPrevious,  // the last occurrence on or before it
};
absl::string_view ResolveName(Resolve resolve);
absl::StatusOr<Resolve> ParseResolve(absl::string_view name);

// How a numeric date such as "03/04/2021" is read. With kNone only an
// unambiguous one (a part above 12, or year first) reads; 03/04/2021 is an
// error rather than a guess.
enum class DateOrder {
  kNone,  // refuse ambiguous numeric dates (default)
  kMdy,   // US order: 03/04/2021 is March 4
  kDmy,   // most other places: 03/04/2021 is 3 April
};

// Per-rule options that shape a value.
struct ValueOptions {
  // Half-width of an exact figure's interval. When `tolerance_relative` is
  // set it is a fraction of the figure (0.05 = 5%). For durations it is in
  // the unit the claim was written in (years for "71-year").
  double tolerance = 0;
  bool tolerance_relative = false;
  // Whether the rule set `tolerance`. A measure whose rule sets none takes
  // its dimension's tolerance from the unit table instead.
  bool tolerance_set = false;
  Bounds bounds = Bounds::kRounding;
  Resolve resolve = Resolve::kNearest;
  // For durations: turn the claim into the interval of start dates it
  // implies, i.e. the publication date minus the duration.
  bool anchor_published = false;
  // For dates: how to read day/month/year written as numbers.
  DateOrder date_order = DateOrder::kNone;
  // For names and sets: the alias group names are looked up in; empty
  // means every group.
  std::string aliases;
};

// The captured text of one claim. `value` is required; the others may be
// empty. `unit` may also be empty when the unit is written inside `value`
// (e.g. "$2.2 billion", "71-year").
struct ClaimText {
  absl::string_view value;
  absl::string_view unit;
  absl::string_view qualifier;
  // The qualifier follows the figure ("$30bn, at least"); only the reading
  // changes, so it quotes the claim in the order it was written.
  bool qualifier_after = false;
};

// A tolerance as rules write it: "2" (absolute) or "5%" (relative; `value`
// is then the fraction, 0.05).
struct Tolerance {
  double value = 0;
  bool relative = false;
};
// InvalidArgument for text that is neither a non-negative number nor one
// followed by "%".
absl::StatusOr<Tolerance> ParseTolerance(absl::string_view text);

// Normalises one claim with the tables of `vocabulary`.
//
// The qualifier may be captured apart, or lead or end the value text
// ("more than 70", "30 or more"). Money, counts and measures may be rates,
// an amount followed by a period phrase ("$400 million an hour"); they are
// read per day, in the unit "<unit>/day". Money is converted into the
// exchange-rate base currency when the vocabulary has a rate for it.
//
// Returns InvalidArgument when the text cannot be read as `kind` (including
// impossible dates such as "February 30"); the message is one line and
// quotes the text. A claim that parses but needs a publication date the
// document lacks returns a Value with resolved == false.
absl::StatusOr<Value> Normalize(Kind kind, const ClaimText& text,
                                const Vocabulary& vocabulary,
                                const ValueOptions& options,
                                std::optional<absl::CivilDay> published);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_NORMALIZER_H_
