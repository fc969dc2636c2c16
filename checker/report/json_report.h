// The machine report: one versioned JSON document per run, described
// field by field in docs/json-format.md.
#ifndef CLAIMDIFF_REPORT_JSON_REPORT_H_
#define CLAIMDIFF_REPORT_JSON_REPORT_H_

#include <nlohmann/json.hpp>
#include <ostream>

#include "checker/report/report.h"

namespace claimdiff {

// The schema version in the "version" field. Adding fields keeps it;
// removing, renaming or retyping one bumps it (see docs/json-format.md).
inline constexpr int kJsonFormatVersion = 1;

// One value as the report writes it under `claims[].value`: kind, unit,
// low/high (ISO dates for the date unit, numbers otherwise, null when
// infinite or unresolved), open ends, reading, resolved. Also used by
// `claimdiff value --format json`.
nlohmann::ordered_json ValueToJson(const Value& value);

// `result` as the JSON document the json format prints, keys in a fixed
// order so the output diffs cleanly between runs.
nlohmann::ordered_json CheckResultToJson(const CheckResult& result);

class JsonReporter : public Reporter {
 public:
  // Colour never applies to JSON; the options are taken for symmetry
  // with the other formats.
  explicit JsonReporter(const ReportOptions& options) {}

  // Writes CheckResultToJson(result) with 2-space indentation and a final
  // newline. Non-ASCII text is kept as UTF-8; invalid UTF-8 (possible only
  // in user-supplied paths and messages) becomes U+FFFD instead of
  // failing the whole report.
  void Write(const CheckResult& result, std::ostream& out) const override;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_JSON_REPORT_H_
