#include "checker/pipeline/baseline.h"

#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "checker/common/atomic_file.h"
#include "checker/common/unicode_fold.h"
#include "nlohmann/json.hpp"

namespace claimdiff {
namespace {

constexpr int kBaselineVersion = 1;

BaselineEntry EntryOf(const Finding& finding, const Claim& claim) {
  return BaselineEntry{claim.rule != nullptr ? claim.rule->id : finding.rule,
                       finding.subject, FoldName(claim.text)};
}

// "path:line:col: error: message" for a byte offset of `text`.
absl::Status ErrorAt(const std::string& path, const std::string& text,
                     size_t offset, absl::string_view message) {
  int line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return absl::InvalidArgumentError(
      absl::StrCat(path, ":", line, ":", column, ": error: ", message));
}

}  // namespace

Baseline BaselineOf(const CheckResult& result) {
  Baseline baseline;
  for (const Finding& finding : result.findings) {
    for (int id : finding.outliers) {
      baseline.insert(EntryOf(finding, result.claims.Get(id)));
    }
  }
  return baseline;
}

absl::Status WriteBaseline(const Baseline& baseline, const std::string& path) {
  // One entry per line, so a baseline reads well in a diff.
  std::string out = absl::StrCat("{\"claimdiff_baseline\": ", kBaselineVersion,
                                 ", \"findings\": [");
  bool first = true;
  for (const BaselineEntry& e : baseline) {
    nlohmann::ordered_json entry;
    entry["rule"] = e.rule;
    entry["subject"] = e.subject;
    entry["claim"] = e.claim;
    absl::StrAppend(&out, first ? "\n  " : ",\n  ", entry.dump());
    first = false;
  }
  absl::StrAppend(&out, baseline.empty() ? "" : "\n", "]}\n");
  return WriteFileAtomically(path, out);
}

absl::StatusOr<Baseline> ReadBaseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat(path, ": error: cannot read the baseline"));
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    return ErrorAt(path, text, e.byte > 0 ? e.byte - 1 : 0,
                   "not a claimdiff baseline (invalid JSON)");
  }
  if (!json.is_object() ||
      json.value("claimdiff_baseline", 0) != kBaselineVersion ||
      !json.contains("findings") || !json["findings"].is_array()) {
    return ErrorAt(
        path, text, 0,
        "not a claimdiff baseline (expected {\"claimdiff_baseline\": "
        "1, \"findings\": [...]})");
  }
  Baseline baseline;
  for (const nlohmann::json& entry : json["findings"]) {
    if (!entry.is_object() || !entry.contains("rule") ||
        !entry.contains("subject") || !entry.contains("claim") ||
        !entry["rule"].is_string() || !entry["subject"].is_string() ||
        !entry["claim"].is_string()) {
      return ErrorAt(path, text, 0,
                     "baseline entry without string rule, subject and claim");
    }
    baseline.insert(BaselineEntry{entry["rule"], entry["subject"],
                                  FoldName(entry["claim"].get<std::string>())});
  }
  return baseline;
}

void ApplyBaseline(const Baseline& baseline, CheckResult* result) {
  std::vector<Finding> kept;
  for (Finding& finding : result->findings) {
    bool accepted = !finding.outliers.empty();
    for (int id : finding.outliers) {
      accepted =
          accepted && baseline.count(EntryOf(finding, result->claims.Get(id))) > 0;
    }
    if (!accepted) kept.push_back(std::move(finding));
  }
  result->findings = std::move(kept);
}

}  // namespace claimdiff
