#include "checker/report/junit_report.h"

#include <algorithm>
#include <map>
#include <vector>

#include "absl/strings/str_cat.h"
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
std::string Describe(const CheckResult& result, const Finding& finding,
                     bool all_claims) {
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
  size_t not_listed = 0;
  ClaimStore::Reader reader = result.claims.NewReader();
  for (const ListedClaim& l :
       ListedClaims(result, finding, all_claims, &not_listed)) {
    const Claim claim = reader.Read(l.id);
    absl::StrAppend(&text, l.outlier ? "- " : "+ ", SourcePath(result, claim),
                    ":", claim.start.line, ":", claim.start.column, " \"",
                    claim.text, "\" → ", ShownReading(claim.value), "\n");
  }
  if (not_listed > 0) {
    absl::StrAppend(&text, NotListedLine(finding, not_listed), "\n");
  }
  return text;
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

void AppendCase(const CheckResult& result, const std::string& suite,
                const std::string& subject, const TestCase& test,
                bool all_claims, std::string* out) {
  absl::StrAppend(out, "    <testcase name=\"", XmlAttribute(subject),
                  "\" classname=\"", XmlAttribute(suite), "\"");
  std::vector<const Finding*> failing;
  std::vector<const Finding*> passing;
  for (const Finding* finding : test.findings) {
    (Fails(*finding) ? failing : passing).push_back(finding);
  }
  if (failing.empty() && passing.empty()) {
    out->append("/>\n");
    return;
  }
  out->append(">\n");
  if (!failing.empty()) {
    // JUnit allows one failure per case: the first finding names it, and
    // the body holds every failing finding of the subject.
    Severity worst = Severity::kInfo;
    std::string body;
    for (const Finding* finding : failing) {
      worst = std::max(worst, finding->severity);
      if (!body.empty()) body.push_back('\n');
      body.append(Describe(result, *finding, all_claims));
    }
    absl::StrAppend(out, "      <failure message=\"",
                    XmlAttribute(FindingMessage(*failing.front())),
                    "\" type=\"", SeverityName(worst), "\">", XmlText(body),
                    "</failure>\n");
  }
  if (!passing.empty()) {
    std::string body;
    for (const Finding* finding : passing) {
      if (!body.empty()) body.push_back('\n');
      body.append(Describe(result, *finding, all_claims));
    }
    absl::StrAppend(out, "      <system-out>", XmlText(body),
                    "</system-out>\n");
  }
  out->append("    </testcase>\n");
}

}  // namespace

std::string XmlText(absl::string_view text) { return Escape(text, false); }

std::string XmlAttribute(absl::string_view text) { return Escape(text, true); }

void JunitReporter::Write(const CheckResult& result, std::ostream& out) const {
  const Suites suites = Group(result);
  size_t tests = 0;
  size_t failures = 0;
  std::string body;
  for (const auto& [suite, cases] : suites) {
    size_t suite_failures = 0;
    std::string suite_body;
    for (const auto& [subject, test] : cases) {
      for (const Finding* finding : test.findings) {
        if (Fails(*finding)) {
          ++suite_failures;
          break;
        }
      }
      AppendCase(result, suite, subject, test, options_.all_claims,
                 &suite_body);
    }
    tests += cases.size();
    failures += suite_failures;
    absl::StrAppend(&body, "  <testsuite name=\"", XmlAttribute(suite),
                    "\" tests=\"", cases.size(), "\" failures=\"",
                    suite_failures, "\" errors=\"0\" skipped=\"0\">\n",
                    suite_body, "  </testsuite>\n");
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"claimdiff\" tests=\"" << tests << "\" failures=\""
      << failures << "\" errors=\"0\">\n"
      << body << "</testsuites>\n";
}

}  // namespace claimdiff
