#include "checker/report/junit_report.h"

#include <algorithm>
#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "checker/report/finding_claims.h"
#include "checker/report/text_report.h"
#include "checker/source/utf8.h"

namespace claimdiff {
namespace {

// Suite name for claims whose rule is unknown (hand-built results only).
constexpr char kNoRule[] = "(no rule)";

std::string Escape(absl::string_view text, bool attribute) {
  // Repairing first means every byte below is part of a valid sequence.
  const std::string valid = RepairUtf8(text).text;
  std::string escaped;
  escaped.reserve(valid.size());
  for (size_t i = 0; i < valid.size(); ++i) {
    const char c = valid[i];
    switch (c) {
      case '&':
        escaped.append("&amp;");
        continue;
      case '<':
        escaped.append("&lt;");
        continue;
      case '>':
        escaped.append("&gt;");
        continue;
      case '"':
        escaped.append("&quot;");
        continue;
      case '\'':
        escaped.append("&apos;");
        continue;
      case '\t':
        escaped.append(attribute ? "&#9;" : "\t");
        continue;
      case '\n':
        escaped.append(attribute ? "&#10;" : "\n");
        continue;
      case '\r':
        // A raw CR in element text would be normalised to LF by parsers.
        escaped.append("&#13;");
        continue;
      default:
        break;
    }
    if (static_cast<unsigned char>(c) < 0x20) continue;
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
    if (static_cast<unsigned char>(c) == 0xEF && i + 2 < valid.size() &&
        static_cast<unsigned char>(valid[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(valid[i + 2]) & 0xFE) == 0xBE) {
      i += 2;
      continue;
    }
    escaped.push_back(c);
  }
  return escaped;
}

// A conflict the run would fail on at some --fail-on setting other than
// info: the same test the CLI applies, at its lowest useful threshold.
bool Fails(const Finding& finding) {
  return finding.kind == FindingKind::kConflict &&
         finding.severity >= Severity::kWarning;
}

// A finding as plain text: what it is, its consensus, its messages, and
// its claims ("-" outliers first, then "+" claims on the consensus side),
// cut as the text report cuts them.
//
// Given to `emit` a piece at a time (the opening lines, then each claim's
// line): a finding lists every outlier, and over an archive its text had
// run to tens of megabytes, held and then copied to be escaped.
void Describe(const CheckResult& result, const Finding& finding,
              bool all_claims,
              const std::function<void(absl::string_view)>& emit) {
  std::string text = absl::StrCat(FindingKindName(finding.kind), " (",
                                  SeverityName(finding.severity), ")");
  if (!finding.rule.empty()) absl::StrAppend(&text, " [", finding.rule, "]");
  text.push_back('\n');
  if (finding.has_consensus) {
    absl::StrAppend(&text,
                    finding.kind == FindingKind::kSpelling ? "house spelling: "
                                                           : "consensus: ",
                    finding.consensus_reading, " (", finding.consensus_sources,
                    finding.consensus_sources == 1 ? " source" : " sources",
                    ")\n");
  }
  absl::StrAppend(&text, finding.message, "\n");
  if (!finding.rule_message.empty()) {
    absl::StrAppend(&text, "note: ", finding.rule_message, "\n");
  }
  emit(text);
  size_t not_listed = 0;
  ClaimStore::Reader reader = result.claims.NewReader();
  for (const ListedClaim& l :
       ListedClaims(result, finding, all_claims, &not_listed)) {
    const Claim claim = reader.Read(l.id);
    emit(absl::StrCat(l.outlier ? "- " : "+ ", SourcePath(result, claim), ":",
                      claim.start.line, ":", claim.start.column, " \"",
                      claim.text, "\" → ", ShownReading(claim.value), "\n"));
  }
  if (not_listed > 0) {
    emit(absl::StrCat(NotListedLine(finding, not_listed), "\n"));
  }
}

struct TestCase {
  std::vector<const Finding*> findings;
};

// suite (rule id) -> case (subject) -> findings, both sorted by name.
using Suites = std::map<std::string, std::map<std::string, TestCase>>;

Suites Group(const CheckResult& result) {
  Suites suites;
  std::map<std::string, std::string> owner;  // subject -> suite
  for (const ClaimKey& key : result.claims.keys()) {
    const Rule* claim_rule = result.claims.rule(key);
    const std::string rule = claim_rule != nullptr && !claim_rule->id.empty()
                                 ? claim_rule->id
                                 : kNoRule;
    const std::string& subject = result.claims.subject(key);
    if (owner.emplace(subject, rule).second) suites[rule][subject];
  }
  for (const Finding& finding : result.findings) {
    auto it = owner.find(finding.subject);
    const std::string suite =
        it != owner.end() ? it->second
                          : (finding.rule.empty() ? kNoRule : finding.rule);
    suites[suite][finding.subject].findings.push_back(&finding);
  }
  return suites;
}

// Writes one subject's test case. Text is escaped piece by piece as it is
// written; escaping is local to each character, and every piece ends at a
// line break, so this is the escape of the whole.
void WriteCase(const CheckResult& result, const std::string& suite,
               const std::string& subject, const TestCase& test,
               bool all_claims, std::ostream& out) {
  out << absl::StrCat("    <testcase name=\"", XmlAttribute(subject),
                      "\" classname=\"", XmlAttribute(suite), "\"");
  std::vector<const Finding*> failing;
  std::vector<const Finding*> passing;
  for (const Finding* finding : test.findings) {
    (Fails(*finding) ? failing : passing).push_back(finding);
  }
  if (failing.empty() && passing.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  const auto escaped = [&out](absl::string_view piece) {
    out << XmlText(piece);
  };
  // Findings of one kind of body, a blank line between them.
  const auto describe_all = [&](const std::vector<const Finding*>& findings) {
    for (size_t i = 0; i < findings.size(); ++i) {
      if (i > 0) out << "\n";
      Describe(result, *findings[i], all_claims, escaped);
    }
  };
  if (!failing.empty()) {
    // JUnit allows one failure per case: the first finding names it, and
    // the body holds every failing finding of the subject.
    Severity worst = Severity::kInfo;
    for (const Finding* finding : failing) {
      worst = std::max(worst, finding->severity);
    }
    out << absl::StrCat("      <failure message=\"",
                        XmlAttribute(FindingMessage(*failing.front())),
                        "\" type=\"", SeverityName(worst), "\">");
    describe_all(failing);
    out << "</failure>\n";
  }
  if (!passing.empty()) {
    out << "      <system-out>";
    describe_all(passing);
    out << "</system-out>\n";
  }
  out << "    </testcase>\n";
}

}  // namespace

std::string XmlText(absl::string_view text) { return Escape(text, false); }

std::string XmlAttribute(absl::string_view text) { return Escape(text, true); }

void JunitReporter::Write(const CheckResult& result, std::ostream& out) const {
  const Suites suites = Group(result);
  // The counts head the document, so they are taken first; then each
  // case is written as it is made, not the whole document into one
  // string (25 MB over a 1 GB archive, copied again to be written).
  const auto case_fails = [](const TestCase& test) {
    for (const Finding* finding : test.findings) {
      if (Fails(*finding)) return true;
    }
    return false;
  };
  size_t tests = 0;
  size_t failures = 0;
  for (const auto& [suite, cases] : suites) {
    tests += cases.size();
    for (const auto& [subject, test] : cases) failures += case_fails(test);
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"claimdiff\" tests=\"" << tests << "\" failures=\""
      << failures << "\" errors=\"0\">\n";
  for (const auto& [suite, cases] : suites) {
    size_t suite_failures = 0;
    for (const auto& [subject, test] : cases)
      suite_failures += case_fails(test);
    out << absl::StrCat("  <testsuite name=\"", XmlAttribute(suite),
                        "\" tests=\"", cases.size(), "\" failures=\"",
                        suite_failures, "\" errors=\"0\" skipped=\"0\">\n");
    for (const auto& [subject, test] : cases) {
      WriteCase(result, suite, subject, test, options_.all_claims, out);
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace claimdiff
