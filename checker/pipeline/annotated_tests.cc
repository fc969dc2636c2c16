#include "checker/pipeline/annotated_tests.h"

#include <filesystem>
#include <optional>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "checker/extract/claims.h"
#include "checker/source/inputs.h"
#include "checker/source/loader.h"
#include "checker/values/expectation.h"

namespace claimdiff {
namespace {

namespace fs = std::filesystem;

constexpr absl::string_view kMarker = "claimdiff:";

struct Annotation {
  bool expect = false;  // expect, or ok
  std::string rule;
  std::string expect_text;
  Expectation expectation;
  int line = 0;    // of the annotation, 1-based
  int column = 0;  // of the marker
  int target = 0;  // the line it speaks about
};

struct Line {
  size_t begin = 0;
  size_t end = 0;  // exclusive, before the newline
};

std::vector<Line> SplitLines(absl::string_view text) {
  std::vector<Line> lines;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == absl::string_view::npos) end = text.size();
    lines.push_back(Line{begin, end});
    begin = end + 1;
  }
  return lines;
}

// Reads the annotation on one line, if any; `where` names it in errors.
absl::StatusOr<std::optional<Annotation>> ParseAnnotation(
    absl::string_view line, const RulePack& pack, absl::string_view where) {
  const size_t at = line.find(kMarker);
  if (at == absl::string_view::npos) return std::nullopt;
  absl::string_view rest = line.substr(at + kMarker.size());
  rest = absl::StripAsciiWhitespace(rest);
  absl::ConsumeSuffix(&rest, "-->");
  rest = absl::StripAsciiWhitespace(rest);
  Annotation a;
  a.column = static_cast<int>(at) + 1;
  if (absl::ConsumePrefix(&rest, "expect ")) {
    a.expect = true;
  } else if (!absl::ConsumePrefix(&rest, "ok ")) {
    return absl::InvalidArgumentError(
        absl::StrCat(where, a.column,
                     ": error: expected \"claimdiff: expect RULE VALUE\" "
                     "or \"claimdiff: ok RULE\""));
  }
  rest = absl::StripLeadingAsciiWhitespace(rest);
  const size_t space = rest.find(' ');
  a.rule = std::string(rest.substr(0, space));
  if (pack.Find(a.rule) == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat(
        where, a.column, ": error: annotation names unknown rule \"", a.rule,
        "\""));
  }
  if (a.expect) {
    a.expect_text = std::string(absl::StripAsciiWhitespace(
        space == absl::string_view::npos ? "" : rest.substr(space)));
    absl::StatusOr<Expectation> e =
        ParseExpectation(a.expect_text, pack.Find(a.rule)->kind);
    if (!e.ok() || e->none) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, a.column, ": error: rule ", a.rule, ": expect: ",
                       e.ok() ? "\"none\" is written as \"claimdiff: ok RULE\""
                              : e.status().message()));
    }
    a.expectation = *e;
  }
  return a;
}

}  // namespace

absl::StatusOr<AnnotatedSummary> RunAnnotatedTests(
    const RulePack& pack, const Extractor& extractor,
    const std::vector<std::string>& dirs) {
  AnnotatedSummary summary;
  for (const std::string& dir : dirs) {
    const fs::path tests = fs::path(dir) / "tests";
    if (!fs::is_directory(tests)) continue;
    absl::StatusOr<std::vector<SourceMeta>> sources =
        ResolveInputs({tests.lexically_normal().string()}, InputOptions{});
    if (!sources.ok()) return sources.status();
    for (const SourceMeta& meta : *sources) {
      std::vector<Diagnostic> ignored;
      absl::StatusOr<Document> doc = LoadDocument(meta, &ignored);
      if (!doc.ok()) return doc.status();
      ++summary.documents;

      // Annotations, and their lines blanked so that they claim nothing.
      const std::vector<Line> lines = SplitLines(doc->text);
      std::vector<Annotation> annotations;
      std::vector<bool> is_annotation(lines.size() + 2, false);
      for (size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        const std::string where = absl::StrCat(doc->path(), ":", i + 1, ":");
        absl::StatusOr<std::optional<Annotation>> a = ParseAnnotation(
            absl::string_view(doc->text).substr(l.begin, l.end - l.begin), pack,
            where);
        if (!a.ok()) return a.status();
        if (!a->has_value()) continue;
        (*a)->line = static_cast<int>(i) + 1;
        annotations.push_back(**a);
        is_annotation[i + 1] = true;
        for (size_t k = l.begin; k < l.end; ++k) doc->searchable[k] = ' ';
      }
      for (Annotation& a : annotations) {
        int target = a.line + 1;
        while (target <= static_cast<int>(lines.size()) &&
               is_annotation[target]) {
          ++target;
        }
        a.target = target;
      }
      summary.annotations += static_cast<int>(annotations.size());

      std::vector<Claim> claims = ReadClaims(
          pack, *doc, 0, extractor.FindAll(doc->searchable), &ignored);
      std::vector<bool> accounted(claims.size(), false);
      auto fail = [&](int line, int column, const std::string& rule,
                      std::string message) {
        summary.failures.push_back(
            Diagnostic{Severity::kError, doc->path(), line, column,
                       absl::StrCat("rule ", rule, ": ", message)});
      };
      for (const Annotation& a : annotations) {
        RuleScore& score = summary.by_rule[a.rule];
        if (!a.expect) continue;  // an `ok` line is checked below
        bool found = false;
        std::vector<std::string> got;
        for (size_t c = 0; c < claims.size(); ++c) {
          const Claim& claim = claims[c];
          if (accounted[c] || claim.rule->id != a.rule ||
              claim.start.line != a.target) {
            continue;
          }
          if (Satisfies(claim.value, a.expectation)) {
            accounted[c] = true;
            found = true;
            break;
          }
          got.push_back(absl::StrCat("\"", claim.text, "\" read as ",
                                     claim.value.reading));
        }
        if (found) {
          ++score.true_positives;
          continue;
        }
        ++score.false_negatives;
        fail(a.target, 1, a.rule,
             absl::StrCat("expected a claim reading ", a.expect_text,
                          " on this line, got ",
                          got.empty() ? "none" : absl::StrJoin(got, "; ")));
      }
      for (size_t c = 0; c < claims.size(); ++c) {
        if (accounted[c]) continue;
        const Claim& claim = claims[c];
        ++summary.by_rule[claim.rule->id].false_positives;
        fail(claim.start.line, claim.start.column, claim.rule->id,
             absl::StrCat("claim \"", claim.text, "\" (", claim.value.reading,
                          ") is not expected here"));
      }
    }
  }
  return summary;
}

}  // namespace claimdiff
