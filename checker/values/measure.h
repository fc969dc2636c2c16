// Units of measure: "1,312-foot", "400 metres", "a quarter-mile", "2.5
// tonnes", "120 km/h". Every unit belongs to a dimension (length, area,
// mass, volume, speed, energy, power...) and converts to that dimension's
// canonical unit by a factor; the table is YAML (rules/common/units.yaml).
#ifndef CLAIMDIFF_VALUES_MEASURE_H_
#define CLAIMDIFF_VALUES_MEASURE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/values/number.h"
#include "checker/values/unit_phrase.h"

namespace claimdiff {

struct MeasureUnit {
  std::string symbol;     // "ft"
  std::string dimension;  // "length"
  double factor = 1;      // canonical units in one of this unit
};

struct Dimension {
  std::string name;       // "length"
  std::string canonical;  // the symbol of its factor-1 unit, "m"
  // Relative half-width an exact figure of this dimension gets when its
  // rule sets no tolerance: a converted figure is rounded when written
  // ("1,312 feet" is 399.9 m, printed as "400 metres").
  double tolerance = 0;
};

class MeasureUnits {
 public:
  // Declares a dimension, or updates one a pack declared before; without
  // `tolerance` a redeclared dimension keeps its own (0 for a new one), so
  // a pack adding a unit need not repeat it.
  void SetDimension(absl::string_view name, absl::string_view canonical,
                    std::optional<double> tolerance);
  // Adds a unit of an already declared dimension, written as any of
  // `names` (tokenized as claim text is, so "km/h" and "sq km" work), or
  // replaces the factor of a unit with the same symbol and adds the names.
  // InvalidArgument for an undeclared dimension, a factor that is not
  // positive, a symbol already used by another dimension, or a name that
  // holds no word.
  absl::Status AddUnit(absl::string_view dimension, absl::string_view symbol,
                       double factor, const std::vector<std::string>& names);
  // Checks that dimension `name` has its canonical unit at factor 1; a
  // loader calls it once it has read the dimension's units.
  absl::Status CheckDimension(absl::string_view name) const;

  const MeasureUnit* FindUnit(absl::string_view symbol) const;
  const Dimension* FindDimension(absl::string_view name) const;
  // Every name of every unit, keyed by the unit's symbol.
  const UnitPhraseSet& phrases() const { return phrases_; }
  // Every name as the table writes it, for the {measure_unit} fragment.
  const std::vector<std::string>& names() const { return names_; }
  bool empty() const { return units_.empty(); }

 private:
  std::vector<Dimension> dimensions_;
  std::vector<MeasureUnit> units_;
  UnitPhraseSet phrases_;
  std::vector<std::string> names_;
};

struct ParsedMeasure {
  // The figure in the canonical unit, step included.
  ParsedNumber number;
  const Dimension* dimension = nullptr;
  const MeasureUnit* written = nullptr;  // the unit the text used
};

// Reads a figure followed (or, for symbols such as "km2", joined) by one
// unit of the table. An adjective's hyphens go with the unit ("1,312-foot",
// "a quarter-mile"). InvalidArgument, quoting the text, when it names no
// known unit, units of two kinds, or the rest is not a number.
absl::StatusOr<ParsedMeasure> ParseMeasure(absl::string_view text,
                                           const MeasureUnits& units);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_MEASURE_H_
