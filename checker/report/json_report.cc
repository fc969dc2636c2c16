#include "checker/report/json_report.h"

#include <cmath>
#include <string>

#include "checker/common/iso_date.h"
#include "checker/report/json_stream.h"

namespace claimdiff {
namespace {

using Json = nlohmann::ordered_json;

#ifdef CLAIMDIFF_VERSION
constexpr char kToolVersion[] = CLAIMDIFF_VERSION;
#else
constexpr char kToolVersion[] = "0";
#endif

// JSON has no infinity or NaN, and a day number means nothing to a
// consumer: an unbounded end is null and a date is ISO text.
Json Bound(double bound, const std::string& unit) {
  if (!std::isfinite(bound)) return nullptr;
  if (unit == kUnitDate) return FormatDay(bound);
  return bound;
}

Json NullIfEmpty(const std::string& text) {
  if (text.empty()) return nullptr;
  return text;
}

Json SourceToJson(const Document& document) {
  Json source;
  source["path"] = document.path();
  source["published"] = document.meta.published
                            ? Json(FormatIsoDay(*document.meta.published))
                            : Json(nullptr);
  // Null with no date, and for a date whose caller did not say where from.
  source["published_from"] =
      document.meta.published
          ? NullIfEmpty(
                std::string(DateSourceName(document.meta.published_from)))
          : Json(nullptr);
  source["outlet"] = NullIfEmpty(document.meta.outlet);
  source["format"] = std::string(FormatName(document.format));
  return source;
}

Json ClaimToJson(const CheckResult& result, const Claim& claim) {
  Json json;
  json["id"] = claim.id;
  json["rule"] = claim.rule != nullptr ? Json(claim.rule->id) : Json(nullptr);
  json["subject"] = claim.subject;
  json["source"] = claim.document < result.documents.size()
                       ? Json(result.documents[claim.document].path())
                       : Json(nullptr);
  json["line"] = claim.start.line;
  json["column"] = claim.start.column;
  json["end_line"] = claim.finish.line;
  json["end_column"] = claim.finish.column;
  json["text"] = claim.text;
  json["value"] = ValueToJson(claim.value);
  return json;
}

Json FindingToJson(const Finding& finding) {
  Json json;
  json["subject"] = finding.subject;
  json["rule"] = finding.rule;
  json["severity"] = std::string(SeverityName(finding.severity));
  json["kind"] = std::string(FindingKindName(finding.kind));
  json["unit"] = finding.unit;
  json["message"] = finding.message;
  json["rule_message"] = finding.rule_message;
  if (finding.has_consensus && !finding.consensus_members.empty()) {
    // Names and sets have no axis: the consensus is the names themselves.
    Json consensus;
    consensus["members"] = finding.consensus_members;
    consensus["sources"] = finding.consensus_sources;
    consensus["reading"] = finding.consensus_reading;
    json["consensus"] = std::move(consensus);
  } else if (finding.has_consensus) {
    Json consensus;
    consensus["low"] = Bound(finding.consensus.low, finding.unit);
    consensus["high"] = Bound(finding.consensus.high, finding.unit);
    consensus["low_open"] = finding.consensus.low_open;
    consensus["high_open"] = finding.consensus.high_open;
    consensus["sources"] = finding.consensus_sources;
    consensus["reading"] = finding.consensus_reading;
    json["consensus"] = std::move(consensus);
  } else {
    json["consensus"] = nullptr;
  }
  json["claims"] = finding.claims;
  json["outliers"] = finding.outliers;
  return json;
}

Json DiagnosticToJson(const Diagnostic& diagnostic) {
  Json json;
  json["file"] = NullIfEmpty(diagnostic.file);
  json["line"] = diagnostic.line > 0 ? Json(diagnostic.line) : Json(nullptr);
  json["column"] =
      diagnostic.column > 0 ? Json(diagnostic.column) : Json(nullptr);
  json["severity"] = std::string(SeverityName(diagnostic.severity));
  json["message"] = diagnostic.message;
  return json;
}

Json SummaryToJson(const CheckResult& result) {
  int unresolved = 0;
  for (const ClaimKey& key : result.claims.keys()) {
    if (!key.resolved()) ++unresolved;
  }
  int by_severity[3] = {0, 0, 0};
  for (const Finding& finding : result.findings) {
    ++by_severity[static_cast<int>(finding.severity)];
  }
  Json json;
  json["sources"] = result.documents.size();
  json["claims"] = result.claims.size();
  json["unresolved"] = unresolved;
  json["skipped"] = result.skipped_sources;
  json["findings"] = result.findings.size();
  json["errors"] = by_severity[static_cast<int>(Severity::kError)];
  json["warnings"] = by_severity[static_cast<int>(Severity::kWarning)];
  json["info"] = by_severity[static_cast<int>(Severity::kInfo)];
  json["diagnostics"] = result.warnings.size();
  return json;
}

}  // namespace

nlohmann::ordered_json ValueToJson(const Value& value) {
  Json json;
  json["kind"] = std::string(KindName(value.kind));
  json["unit"] = value.unit;
  // An unresolved value was never placed on its axis; whatever its
  // interval holds is not a reading.
  json["low"] =
      value.resolved ? Bound(value.interval.low, value.unit) : Json(nullptr);
  json["high"] =
      value.resolved ? Bound(value.interval.high, value.unit) : Json(nullptr);
  json["low_open"] = value.interval.low_open;
  json["high_open"] = value.interval.high_open;
  json["reading"] = value.reading;
  json["resolved"] = value.resolved;
  if (value.kind == Kind::kName || value.kind == Kind::kSet) {
    // The interval of a name means nothing; its names are the value.
    json["low"] = nullptr;
    json["high"] = nullptr;
    Json members = Json::array();
    for (const NamedMember& m : value.members) {
      Json member;
      member["written"] = m.written;
      member["canonical"] = m.canonical;
      member["recognised"] = m.recognised;
      members.push_back(std::move(member));
    }
    json["members"] = std::move(members);
  }
  if (!value.resolved) json["unresolved"] = value.unresolved;
  return json;
}

void JsonReporter::Write(const CheckResult& result, std::ostream& out) const {
  // Streamed: the top-level object is written key by key and each array
  // element by element, so memory holds one claim or finding at a time
  // instead of the whole document as a DOM (1.5 GB of it for the 100 MB
  // benchmark corpus).
  JsonStreamWriter json(out);
  json.BeginObject();
  json.Member("version", kJsonFormatVersion);
  json.Member("tool", Json{{"name", "claimdiff"}, {"version", kToolVersion}});

  // Every array is written even when empty, so an empty list prints as
  // [] and not as null, which consumers would have to special-case.
  json.ArrayMember("sources", result.documents, SourceToJson);
  json.ArrayMember("claims", result.claims, [&result](const Claim& claim) {
    return ClaimToJson(result, claim);
  });
  json.ArrayMember("findings", result.findings, FindingToJson);
  json.ArrayMember("warnings", result.warnings, DiagnosticToJson);
  json.Member("summary", SummaryToJson(result));
  json.End();
  out << "\n";
}

}  // namespace claimdiff
