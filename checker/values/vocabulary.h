// Every table the values stage reads figures with, and how they are read
// from YAML.
//
// Nothing here is built in: the tables come from rules/common (which every
// story pack imports) and from any pack that extends or overrides them. A
// pack file may hold any of these top-level keys:
//
//   qualifiers:     reading -> [phrases]           (qualifiers.yaml)
//   vague_counts:   phrase -> [low, high]          (vague_counts.yaml)
//   currencies:     CODE -> {names, hundredths, hundredths_after_figure}
//   units:          dimension -> {canonical, tolerance, units:
//                   {symbol: {factor, names}}}     (units.yaml)
//   rate_periods:   "1 year" -> [phrases]          (units.yaml)
//   seasons:        name -> [MM-DD, MM-DD]         (calendar.yaml)
//   holidays:       name -> MM-DD                  (calendar.yaml)
//   exchange_rates: {base, rates: {YYYY-MM-DD: {CODE: rate}}}
//   aliases:        group -> {canonical: [variants]}  (any story pack)
//
// docs/values.md describes each table and its readings.
#ifndef CLAIMDIFF_VALUES_VOCABULARY_H_
#define CLAIMDIFF_VALUES_VOCABULARY_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/common/yaml_file.h"
#include "checker/values/alias_table.h"
#include "checker/values/calendar_terms.h"
#include "checker/values/exchange_rates.h"
#include "checker/values/measure.h"
#include "checker/values/qualifier.h"
#include "checker/values/rate.h"
#include "checker/values/unit_phrase.h"
#include "checker/values/vague_count.h"
#include "yaml-cpp/yaml.h"

namespace claimdiff {

struct Vocabulary {
  QualifierTable qualifiers;
  VagueCountTable vague_counts;
  // Currency phrases keyed by ISO code, or CODE/100 for a hundredth.
  UnitPhraseSet currencies;
  MeasureUnits units;
  RatePeriods rate_periods;
  CalendarTerms calendar;
  // Empty (the default) keeps currencies apart: amounts in different ones
  // are then incomparable rather than in conflict.
  ExchangeRates exchange_rates;
  // House spellings of names and their variants, for name and set claims
  // and for subjects that interpolate a capture.
  AliasTable aliases;
};

// The top-level keys ReadVocabulary understands, for a loader that checks
// a file's keys.
const std::vector<absl::string_view>& VocabularyKeys();

// The keys inside the tables: a currency entry, a units dimension, one
// unit, and exchange_rates. Exposed so the JSON Schema test can hold
// schema/ to the loader.
const std::vector<absl::string_view>& CurrencyKeys();
const std::vector<absl::string_view>& DimensionKeys();
const std::vector<absl::string_view>& UnitKeys();
const std::vector<absl::string_view>& ExchangeRatesKeys();

// Adds the vocabulary keys of one file's root map to `vocabulary`; later
// files extend earlier ones and override an entry they repeat. Every
// problem is recorded in `errors` with its position; keys that are not
// vocabulary keys are left to the caller.
void ReadVocabulary(const YAML::Node& root, YamlErrors* errors,
                    Vocabulary* vocabulary);

// Loads the vocabulary of `files` in order, for tools and tests that need
// no rules. InvalidArgument with one `file:line:col: error: ...` line per
// problem.
absl::StatusOr<Vocabulary> LoadVocabulary(
    const std::vector<std::string>& files);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_VOCABULARY_H_
