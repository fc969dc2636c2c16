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

class JsonReporter : public Reporter {
 public:
  // Colour never applies to JSON; the options are taken for symmetry
  // with the other formats.
  explicit JsonReporter(const ReportOptions& options) {}

  // Writes `result` as one JSON object, keys in a fixed order so the
  // output diffs cleanly between runs: version, tool, sources, claims,
  // findings, warnings, summary. 2-space indentation and a final newline.
  // Non-ASCII text is kept as UTF-8; invalid UTF-8 (possible only in
  // user-supplied paths and messages) becomes U+FFFD instead of failing
  // the whole report. The document is streamed to `out` element by
  // element, never held whole in memory.
  void Write(const CheckResult& result, std::ostream& out) const override;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_JSON_REPORT_H_
