#include "checker/report/rdjsonl_report.h"

#include <nlohmann/json.hpp>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "checker/report/finding_claims.h"

namespace claimdiff {
namespace {

using Json = nlohmann::ordered_json;

Json Position(int line, int column) {
  Json json;
  json["line"] = line;
  json["column"] = column;
  return json;
}

std::string SeverityOf(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "ERROR";
    case Severity::kWarning:
      return "WARNING";
    case Severity::kInfo:
      return "INFO";
  }
  return "ERROR";
}

Json DiagnosticJson(std::string message, Json location, Severity severity) {
  Json json;
  json["message"] = std::move(message);
  if (!location.is_null()) json["location"] = std::move(location);
  json["severity"] = SeverityOf(severity);
  json["source"] = Json{{"name", "claimdiff"}};
  return json;
}

Json ClaimLocation(const CheckResult& result, const Claim& claim) {
  Json range;
  range["start"] =
      Position(claim.start.line, claim.context.start_byte_column > 0
                                     ? claim.context.start_byte_column
                                     : claim.start.column);
  range["end"] =
      Position(claim.finish.line, claim.context.finish_byte_column > 0
                                      ? claim.context.finish_byte_column
                                      : claim.finish.column);
  Json location;
  location["path"] = SourcePath(result, claim);
  location["range"] = std::move(range);
  return location;
}

// The documents by path, built once per report: a warning's column is
// converted in its document, and an archive can warn about thousands of
// files among thousands more.
using DocumentsByPath = absl::flat_hash_map<absl::string_view, const Document*>;

DocumentsByPath IndexByPath(const CheckResult& result) {
  DocumentsByPath index;
  index.reserve(result.documents.size());
  for (const Document& document : result.documents) {
    index.try_emplace(document.path(), &document);  // the first, as before
  }
  return index;
}

Json WarningLocation(const DocumentsByPath& documents,
                     const Diagnostic& warning) {
  if (warning.file.empty()) return nullptr;
  Json location;
  location["path"] = warning.file;
  if (warning.line > 0) {
    Json start;
    start["line"] = warning.line;
    if (warning.column > 0) {
      // A warning that knows its byte column says so; one about a file
      // whose text is still held can be converted; one about a skipped
      // file has no text to count in, and rarely a column.
      const Document* document = nullptr;
      if (warning.byte_column == 0) {
        const auto it = documents.find(warning.file);
        if (it != documents.end()) document = it->second;
      }
      start["column"] =
          warning.byte_column > 0 ? warning.byte_column
          : document != nullptr
              ? Utf8Column(*document, warning.line, warning.column)
              : warning.column;
    }
    location["range"] = Json{{"start", std::move(start)}};
  }
  return location;
}

}  // namespace

int Utf8Column(const Document& document, int line, int column) {
  if (line < 1 || line > document.lines.line_count() || column < 1) {
    return column;
  }
  const auto [begin, end] = document.lines.LineSpan(document.text, line);
  size_t at = begin;
  // Step over column - 1 code points: a lead byte and its continuation
  // bytes each time.
  int counted = 1;
  for (; counted < column && at < end; ++counted) {
    ++at;
    while (at < end &&
           (static_cast<unsigned char>(document.text[at]) & 0xC0) == 0x80) {
      ++at;
    }
  }
  // Columns past the end of the line (the exclusive end of a claim that
  // ends it, say) hold no character: one byte each.
  return static_cast<int>(at - begin) + 1 + (column - counted);
}

void RdjsonlReporter::Write(const CheckResult& result,
                            std::ostream& out) const {
  // Each diagnostic goes to `out` as it is made, not into one string of
  // the whole report, which can run to hundreds of megabytes.
  const auto append = [&out](const Json& json) {
    out << json.dump(-1, ' ', /*ensure_ascii=*/false,
                     Json::error_handler_t::replace)
        << '\n';
  };
  for (const Finding& finding : result.findings) {
    const std::string message = FindingMessage(finding);
    ForEachOutlierClaim(result, finding, [&](const Claim& claim) {
      Json json = DiagnosticJson(message, ClaimLocation(result, claim),
                                 finding.severity);
      const std::string rule = RuleIdOf(finding, claim);
      if (!rule.empty()) json["code"] = Json{{"value", rule}};
      append(json);
    });
  }
  const DocumentsByPath documents = IndexByPath(result);
  for (const Diagnostic& warning : result.warnings) {
    append(DiagnosticJson(warning.message, WarningLocation(documents, warning),
                          warning.severity));
  }
}

}  // namespace claimdiff
