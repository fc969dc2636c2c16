#include "checker/pipeline/rule_examples.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/extract/claims.h"
#include "checker/source/loader.h"

namespace claimdiff {
namespace {

std::string Describe(const Value& v) {
  if (!v.resolved) return absl::StrCat("unresolved (", v.unresolved, ")");
  return absl::StrCat(FormatInterval(v), " [", v.reading, "]");
}

}  // namespace

ExampleSummary RunRuleExamples(const RulePack& pack,
                               const Extractor& extractor) {
  ExampleSummary summary;
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const Rule& rule = pack.rules[r];
    ++summary.rules;
    auto fail = [&](int line, int column, std::string message) {
      summary.failures.push_back(
          Diagnostic{Severity::kError, rule.file, line, column,
                     absl::StrCat("rule ", rule.id, ": ", message)});
    };
    if (rule.examples.empty()) {
      fail(rule.line, rule.column, "has no examples");
      continue;
    }
    for (const RuleExample& example : rule.examples) {
      ++summary.examples;
      absl::StatusOr<Expectation> expect =
          ParseExpectation(example.expect, rule.kind);
      if (!expect.ok()) {
        fail(example.line, example.column,
             std::string(expect.status().message()));
        continue;
      }
      SourceMeta meta;
      meta.path = absl::StrCat(rule.id, " example");
      meta.published = example.published;
      std::vector<Diagnostic> ignored;
      absl::StatusOr<Document> doc =
          DocumentFromBytes(meta, example.text, &ignored);
      if (!doc.ok()) {
        fail(example.line, example.column, std::string(doc.status().message()));
        continue;
      }
      std::vector<Claim> claims = ReadClaims(
          pack, *doc, 0, extractor.FindRule(r, doc->searchable), &ignored);
      bool passed = false;
      if (expect->none) {
        passed = claims.empty();
      } else {
        for (const Claim& c : claims) {
          passed = passed || Satisfies(c.value, *expect);
        }
      }
      if (passed) {
        ++summary.passed;
        continue;
      }
      std::vector<std::string> got;
      for (const Claim& c : claims) {
        got.push_back(absl::StrCat("\"", c.text, "\" as ", Describe(c.value)));
      }
      fail(example.line, example.column,
           absl::StrCat("example \"", example.text, "\": expected ",
                        example.expect, ", got ",
                        got.empty() ? "no claim" : absl::StrJoin(got, "; ")));
    }
  }
  return summary;
}

}  // namespace claimdiff
