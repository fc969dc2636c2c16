#include "checker/values/vocabulary.h"

#include <algorithm>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "checker/common/diagnostic.h"
#include "checker/common/iso_date.h"
#include "checker/values/duration.h"
#include "checker/values/normalizer.h"
#include "checker/values/text.h"

namespace claimdiff {
namespace {

// The scalars of a list node, or nullopt (with an error) when it is not a
// list of scalars.
std::optional<std::vector<std::string>> ScalarList(const YAML::Node& node,
                                                   absl::string_view context,
                                                   YamlErrors* errors) {
  if (!node.IsSequence()) {
    errors->Add(node, absl::StrCat(context, ": expected a list"));
    return std::nullopt;
  }
  std::vector<std::string> items;
  for (const YAML::Node& item : node) {
    if (!item.IsScalar()) {
      errors->Add(item, absl::StrCat(context, ": expected a string"));
      return std::nullopt;
    }
    items.push_back(item.Scalar());
  }
  return items;
}

void ReadQualifiers(const YAML::Node& node, YamlErrors* errors,
                    QualifierTable* table) {
  if (!node.IsMap()) {
    errors->Add(node, "\"qualifiers\" must map readings to phrase lists");
    return;
  }
  for (const auto& entry : node) {
    absl::StatusOr<QualifierReading> reading =
        ParseQualifierReading(ScalarOf(entry.first));
    if (!reading.ok()) {
      errors->Add(entry.first,
                  absl::StrCat("qualifiers: ", reading.status().message()));
      continue;
    }
    std::optional<std::vector<std::string>> phrases =
        ScalarList(entry.second, "qualifiers", errors);
    if (!phrases) continue;
    for (const std::string& phrase : *phrases) table->Add(phrase, *reading);
  }
}

void ReadVagueCounts(const YAML::Node& node, YamlErrors* errors,
                     VagueCountTable* table) {
  if (!node.IsMap()) {
    errors->Add(node, "\"vague_counts\" must map phrases to [low, high]");
    return;
  }
  for (const auto& entry : node) {
    const std::string phrase = ScalarOf(entry.first);
    const YAML::Node bounds = entry.second;
    double low = 0, high = 0;
    const bool ok = bounds.IsSequence() && bounds.size() == 2 &&
                    absl::SimpleAtod(ScalarOf(bounds[0]), &low) &&
                    absl::SimpleAtod(ScalarOf(bounds[1]), &high) && low <= high;
    if (!ok) {
      errors->Add(bounds, absl::StrCat("vague count \"", phrase,
                                       "\": expected [low, high] with low "
                                       "<= high"));
      continue;
    }
    table->Add(phrase, low, high);
  }
}

void ReadExchangeRates(const YAML::Node& node, YamlErrors* errors,
                       ExchangeRates* table) {
  if (!node.IsMap()) {
    errors->Add(node, "\"exchange_rates\" must be {base, rates}");
    return;
  }
  errors->CheckKeys(node, ExchangeRatesKeys(), "exchange_rates");
  if (!errors->Require(node, "base", "exchange_rates") ||
      !errors->Require(node, "rates", "exchange_rates")) {
    return;
  }
  table->SetBase(ScalarOf(node["base"]));
  const YAML::Node rates = node["rates"];
  if (!rates.IsMap()) {
    errors->Add(rates,
                "exchange_rates: \"rates\" must map dates to "
                "{CURRENCY: rate}");
    return;
  }
  for (const auto& row : rates) {
    absl::StatusOr<absl::CivilDay> day = ParseIsoDay(ScalarOf(row.first));
    if (!day.ok()) {
      errors->Add(row.first,
                  absl::StrCat("exchange_rates: ", day.status().message()));
      continue;
    }
    if (!row.second.IsMap()) {
      errors->Add(row.second, "exchange_rates: expected {CURRENCY: rate}");
      continue;
    }
    for (const auto& entry : row.second) {
      double rate = 0;
      if (!absl::SimpleAtod(ScalarOf(entry.second), &rate) || rate <= 0) {
        errors->Add(entry.second, absl::StrCat("exchange_rates: rate for ",
                                               ScalarOf(entry.first),
                                               " must be a positive number"));
        continue;
      }
      table->Add(*day, ScalarOf(entry.first), rate);
    }
  }
}

// Adds the phrases under `key` of a currency entry, for `unit`.
void AddCurrencyNames(const YAML::Node& entry, absl::string_view key,
                      absl::string_view unit, bool after_numeral,
                      YamlErrors* errors, UnitPhraseSet* table) {
  const YAML::Node names = entry[std::string(key)];
  if (!names) return;
  std::optional<std::vector<std::string>> written =
      ScalarList(names, absl::StrCat("currency ", unit), errors);
  if (!written) return;
  for (const std::string& name : *written) {
    UnitPhrase phrase = PhraseFromText(name, unit);
    if (phrase.words.empty()) {
      errors->Add(names, absl::StrCat("currency ", unit, ": \"", name,
                                      "\" is not a currency name"));
      continue;
    }
    phrase.after_numeral = after_numeral;
    table->Add(std::move(phrase));
  }
}

void ReadCurrencies(const YAML::Node& node, YamlErrors* errors,
                    UnitPhraseSet* table) {
  if (!node.IsMap()) {
    errors->Add(node, "\"currencies\" must map ISO codes to {names, ...}");
    return;
  }
  for (const auto& entry : node) {
    const std::string code = ScalarOf(entry.first);
    if (code.size() != 3 || !absl::ascii_isupper(code[0]) ||
        !absl::ascii_isupper(code[1]) || !absl::ascii_isupper(code[2])) {
      errors->Add(entry.first, absl::StrCat("currency \"", code,
                                            "\": expected an ISO 4217 code"));
      continue;
    }
    if (!entry.second.IsMap()) {
      errors->Add(entry.second,
                  absl::StrCat("currency ", code, ": expected {names, ...}"));
      continue;
    }
    errors->CheckKeys(entry.second, CurrencyKeys(),
                      absl::StrCat("currency ", code));
    const std::string hundredth = absl::StrCat(code, "/100");
    AddCurrencyNames(entry.second, "names", code, false, errors, table);
    AddCurrencyNames(entry.second, "hundredths", hundredth, false, errors,
                     table);
    AddCurrencyNames(entry.second, "hundredths_after_figure", hundredth, true,
                     errors, table);
  }
}

void ReadUnits(const YAML::Node& node, YamlErrors* errors,
               MeasureUnits* table) {
  if (!node.IsMap()) {
    errors->Add(node, "\"units\" must map dimensions to {canonical, units}");
    return;
  }
  for (const auto& entry : node) {
    const std::string dimension = ScalarOf(entry.first);
    const YAML::Node body = entry.second;
    const std::string context = absl::StrCat("dimension ", dimension);
    if (!body.IsMap()) {
      errors->Add(body, absl::StrCat(context, ": expected {canonical, units}"));
      continue;
    }
    errors->CheckKeys(body, DimensionKeys(), context);
    if (!errors->Require(body, "canonical", context)) continue;
    std::optional<double> tolerance;
    if (const YAML::Node tol = body["tolerance"]) {
      absl::StatusOr<Tolerance> parsed = ParseTolerance(ScalarOf(tol));
      if (!parsed.ok() || !parsed->relative) {
        errors->Add(tol, absl::StrCat(context,
                                      ": tolerance must be a "
                                      "percentage such as 0.5%"));
        continue;
      }
      tolerance = parsed->value;
    }
    table->SetDimension(dimension, ScalarOf(body["canonical"]), tolerance);
    const YAML::Node units = body["units"];
    if (!units) continue;
    if (!units.IsMap()) {
      errors->Add(units, absl::StrCat(context,
                                      ": \"units\" must map symbols to "
                                      "{factor, names}"));
      continue;
    }
    for (const auto& unit : units) {
      const std::string symbol = ScalarOf(unit.first);
      const std::string unit_context = absl::StrCat("unit ", symbol);
      if (!unit.second.IsMap()) {
        errors->Add(unit.second,
                    absl::StrCat(unit_context, ": expected {factor, names}"));
        continue;
      }
      errors->CheckKeys(unit.second, UnitKeys(), unit_context);
      if (!errors->Require(unit.second, "factor", unit_context) ||
          !errors->Require(unit.second, "names", unit_context)) {
        continue;
      }
      double factor = 0;
      if (!absl::SimpleAtod(ScalarOf(unit.second["factor"]), &factor)) {
        errors->Add(unit.second["factor"],
                    absl::StrCat(unit_context, ": factor must be a number"));
        continue;
      }
      std::optional<std::vector<std::string>> names =
          ScalarList(unit.second["names"], unit_context, errors);
      if (!names) continue;
      if (absl::Status added =
              table->AddUnit(dimension, symbol, factor, *names);
          !added.ok()) {
        errors->Add(unit.first, std::string(added.message()));
      }
    }
    if (absl::Status complete = table->CheckDimension(dimension);
        !complete.ok()) {
      errors->Add(entry.first, std::string(complete.message()));
    }
  }
}

void ReadRatePeriods(const YAML::Node& node, YamlErrors* errors,
                     RatePeriods* table) {
  if (!node.IsMap()) {
    errors->Add(node, "\"rate_periods\" must map durations to phrase lists");
    return;
  }
  for (const auto& entry : node) {
    const std::string period = ScalarOf(entry.first);
    absl::StatusOr<ParsedDuration> duration = ParseDuration(period);
    if (!duration.ok() || duration->number.is_range ||
        !(duration->number.low > 0)) {
      errors->Add(entry.first,
                  absl::StrCat("rate period \"", period,
                               "\": expected a duration such as \"1 year\""));
      continue;
    }
    std::optional<std::vector<std::string>> phrases =
        ScalarList(entry.second, absl::StrCat("rate period ", period), errors);
    if (!phrases) continue;
    const double days = duration->number.low * duration->unit->days;
    for (const std::string& phrase : *phrases) table->Add(phrase, days);
  }
}

void ReadSeasons(const YAML::Node& node, YamlErrors* errors,
                 CalendarTerms* table) {
  if (!node.IsMap()) {
    errors->Add(node, "\"seasons\" must map names to [MM-DD, MM-DD]");
    return;
  }
  for (const auto& entry : node) {
    const std::string name = FoldText(ScalarOf(entry.first));
    const YAML::Node span = entry.second;
    if (!span.IsSequence() || span.size() != 2) {
      errors->Add(span, absl::StrCat("season ", name,
                                     ": expected [first MM-DD, last MM-DD]"));
      continue;
    }
    absl::StatusOr<MonthDay> from = ParseMonthDay(ScalarOf(span[0]));
    absl::StatusOr<MonthDay> to = ParseMonthDay(ScalarOf(span[1]));
    if (!from.ok() || !to.ok()) {
      errors->Add(from.ok() ? span[1] : span[0],
                  absl::StrCat("season ", name, ": ",
                               (from.ok() ? to : from).status().message()));
      continue;
    }
    table->AddSeason(name, *from, *to);
  }
}

void ReadHolidays(const YAML::Node& node, YamlErrors* errors,
                  CalendarTerms* table) {
  if (!node.IsMap()) {
    errors->Add(node, "\"holidays\" must map names to MM-DD");
    return;
  }
  for (const auto& entry : node) {
    absl::StatusOr<MonthDay> day = ParseMonthDay(ScalarOf(entry.second));
    if (!day.ok()) {
      errors->Add(entry.second, absl::StrCat("holiday ", ScalarOf(entry.first),
                                             ": ", day.status().message()));
      continue;
    }
    table->AddHoliday(ScalarOf(entry.first), *day);
  }
}

// aliases: {group: {canonical: [variants]}}. Group names become pattern
// fragments, so they must be identifiers.
void ReadAliases(const YAML::Node& node, YamlErrors* errors,
                 AliasTable* table) {
  if (!node.IsMap()) {
    errors->Add(node, "\"aliases\" must map group names to their entries");
    return;
  }
  for (const auto& group : node) {
    const std::string name = ScalarOf(group.first);
    const bool identifier = !name.empty() && !absl::ascii_isdigit(name[0]) &&
                            std::all_of(name.begin(), name.end(), [](char c) {
                              return absl::ascii_isalnum(c) || c == '_';
                            });
    if (!identifier) {
      errors->Add(group.first,
                  absl::StrCat("aliases: group \"", name,
                               "\" must be a name of letters, digits and _ "
                               "(it is also the fragment {",
                               name, "})"));
      continue;
    }
    if (!group.second.IsMap()) {
      errors->Add(group.second,
                  absl::StrCat("aliases: ", name,
                               ": expected a map of names to their variants"));
      continue;
    }
    for (const auto& entry : group.second) {
      const std::string canonical = ScalarOf(entry.first);
      std::vector<std::string> variants;
      if (!entry.second.IsNull()) {
        std::optional<std::vector<std::string>> list = ScalarList(
            entry.second, absl::StrCat("aliases: ", canonical), errors);
        if (!list) continue;
        variants = std::move(*list);
      }
      if (absl::Status added = table->Add(name, canonical, variants);
          !added.ok()) {
        errors->Add(entry.first, absl::StrCat("aliases: ", added.message()));
      }
    }
  }
}

}  // namespace

const std::vector<absl::string_view>& CurrencyKeys() {
  static const std::vector<absl::string_view>* const kKeys =
      new std::vector<absl::string_view>{"names", "hundredths",
                                         "hundredths_after_figure"};
  return *kKeys;
}

const std::vector<absl::string_view>& DimensionKeys() {
  static const std::vector<absl::string_view>* const kKeys =
      new std::vector<absl::string_view>{"canonical", "tolerance", "units"};
  return *kKeys;
}

const std::vector<absl::string_view>& UnitKeys() {
  static const std::vector<absl::string_view>* const kKeys =
      new std::vector<absl::string_view>{"factor", "names"};
  return *kKeys;
}

const std::vector<absl::string_view>& ExchangeRatesKeys() {
  static const std::vector<absl::string_view>* const kKeys =
      new std::vector<absl::string_view>{"base", "rates"};
  return *kKeys;
}

const std::vector<absl::string_view>& VocabularyKeys() {
  static const std::vector<absl::string_view>* const kKeys =
      new std::vector<absl::string_view>{
          "qualifiers", "vague_counts",   "currencies",
          "units",      "rate_periods",   "seasons",
          "holidays",   "exchange_rates", "aliases"};
  return *kKeys;
}

void ReadVocabulary(const YAML::Node& root, YamlErrors* errors,
                    Vocabulary* vocabulary) {
  if (!root.IsMap()) return;
  if (const YAML::Node n = root["qualifiers"]) {
    ReadQualifiers(n, errors, &vocabulary->qualifiers);
  }
  if (const YAML::Node n = root["vague_counts"]) {
    ReadVagueCounts(n, errors, &vocabulary->vague_counts);
  }
  if (const YAML::Node n = root["currencies"]) {
    ReadCurrencies(n, errors, &vocabulary->currencies);
  }
  if (const YAML::Node n = root["units"]) {
    ReadUnits(n, errors, &vocabulary->units);
  }
  if (const YAML::Node n = root["rate_periods"]) {
    ReadRatePeriods(n, errors, &vocabulary->rate_periods);
  }
  if (const YAML::Node n = root["seasons"]) {
    ReadSeasons(n, errors, &vocabulary->calendar);
  }
  if (const YAML::Node n = root["holidays"]) {
    ReadHolidays(n, errors, &vocabulary->calendar);
  }
  if (const YAML::Node n = root["aliases"]) {
    ReadAliases(n, errors, &vocabulary->aliases);
  }
  if (const YAML::Node n = root["exchange_rates"]) {
    ReadExchangeRates(n, errors, &vocabulary->exchange_rates);
  }
}

absl::StatusOr<Vocabulary> LoadVocabulary(
    const std::vector<std::string>& files) {
  Vocabulary vocabulary;
  std::vector<Diagnostic> problems;
  for (const std::string& file : files) {
    YamlErrors errors(file);
    if (std::optional<YAML::Node> root = ParseYamlFile(&errors)) {
      ReadVocabulary(*root, &errors, &vocabulary);
    }
    problems.insert(problems.end(), errors.diagnostics().begin(),
                    errors.diagnostics().end());
  }
  if (!problems.empty()) {
    return absl::InvalidArgumentError(JoinDiagnostics(problems));
  }
  return vocabulary;
}

}  // namespace claimdiff
