// Hand-built CheckResults for the report tests, so a report test depends
// on nothing but the report stage and the structs it reads.
#ifndef CLAIMDIFF_TESTS_REPORT_FIXTURES_H_
#define CLAIMDIFF_TESTS_REPORT_FIXTURES_H_

#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/time/civil_time.h"
#include "checker/report/report.h"

namespace claimdiff::report_test {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

// A Document as the loader would make it from `text`, without a file.
inline Document MakeDocument(std::string path, std::string text,
                             std::optional<absl::CivilDay> published = {},
                             std::string outlet = "") {
  Document document;
  document.meta.path = std::move(path);
  document.meta.published = published;
  document.meta.outlet = std::move(outlet);
  document.format = FormatForPath(document.meta.path);
  document.text = std::move(text);
  document.searchable = document.text;
  document.lines = LineIndex(document.text);
  return document;
}

// A resolved date-axis value from `low` to `high` (inclusive days).
inline Value DateValue(absl::CivilDay low, absl::CivilDay high,
                       std::string reading, Kind kind = Kind::kDuration) {
  Value value;
  value.kind = kind;
  value.unit = std::string(kUnitDate);
  value.interval = Interval::Closed(DayNumber(low), DayNumber(high));
  value.reading = std::move(reading);
  return value;
}

inline Value AmountValue(Kind kind, std::string unit, Interval interval,
                         std::string reading) {
  Value value;
  value.kind = kind;
  value.unit = std::move(unit);
  value.interval = interval;
  value.reading = std::move(reading);
  return value;
}

inline Value UnresolvedValue(Kind kind, std::string reading, std::string why) {
  Value value;
  value.kind = kind;
  value.unit = std::string(kUnitDate);
  value.reading = std::move(reading);
  value.resolved = false;
  value.unresolved = std::move(why);
  return value;
}

// Builds a CheckResult and owns the Rules its claims point at.
// A conflict about "bridge/cost" (rule bridge.cost) whose consensus is
// USD 5 million, shared by one source: the frame report tests fill with
// claims.
inline Finding CostConflict(std::string message,
                            std::string reading = "USD 5 million") {
  Finding finding;
  finding.subject = "bridge/cost";
  finding.rule = "bridge.cost";
  finding.has_consensus = true;
  finding.consensus = Interval::Closed(5e6, 5e6);
  finding.consensus_reading = std::move(reading);
  finding.consensus_sources = 1;
  finding.message = std::move(message);
  return finding;
}

class ResultBuilder {
 public:
  size_t AddDocument(Document document) {
    result_.documents.push_back(std::move(document));
    return result_.documents.size() - 1;
  }

  const Rule* AddRule(std::string id, Severity severity = Severity::kError,
                      std::string message = "") {
    auto rule = std::make_unique<Rule>();
    rule->id = std::move(id);
    rule->severity = severity;
    rule->message = std::move(message);
    rules_.push_back(std::move(rule));
    return rules_.back().get();
  }

  // A rule with every field the caller set (description, kind,
  // subject...), for reports that describe their rules.
  const Rule* AddRule(Rule rule) {
    rules_.push_back(std::make_unique<Rule>(std::move(rule)));
    return rules_.back().get();
  }

  // A claim on the first occurrence of `quote` in document `document`;
  // `quote` must occur there (the test fails loudly otherwise, since
  // begin == npos makes every offset absurd).
  int AddClaim(size_t document, const Rule* rule, const std::string& quote,
               Value value, std::string subject = "subject") {
    const Document& source = result_.documents[document];
    Claim claim;
    claim.id = static_cast<int>(result_.claims.size());
    claim.document = document;
    claim.rule = rule;
    claim.subject = std::move(subject);
    claim.begin = source.text.find(quote);
    claim.end = claim.begin + quote.size();
    claim.match_begin = claim.begin;
    claim.match_end = claim.end;
    claim.start = source.PositionOf(claim.begin);
    claim.finish = source.PositionOf(claim.end);
    claim.text = quote;
    claim.context = CutContext(source, claim.begin, claim.end);
    claim.value = std::move(value);
    result_.claims.push_back(claim);
    return static_cast<int>(result_.claims.size()) - 1;
  }

  // Changes claim `id`. The store keeps claims as records, so they are
  // read back, edited and stored again.
  template <typename Edit>
  void EditClaim(int id, Edit edit) {
    std::vector<Claim> all(result_.claims.begin(), result_.claims.end());
    edit(all[id]);
    ClaimStore store;
    for (const Claim& c : all) store.push_back(c);
    result_.claims = std::move(store);
  }

  CheckResult& result() { return result_; }

  // A copy of the result (a ClaimStore is moved, never copied, in the
  // product).
  CheckResult CopyOfResult() const {
    CheckResult copy;
    copy.documents = result_.documents;
    for (const Claim& c : result_.claims) copy.claims.push_back(c);
    copy.findings = result_.findings;
    copy.warnings = result_.warnings;
    copy.skipped_sources = result_.skipped_sources;
    return copy;
  }

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
  CheckResult result_;
};

}  // namespace claimdiff::report_test

#endif  // CLAIMDIFF_TESTS_REPORT_FIXTURES_H_
