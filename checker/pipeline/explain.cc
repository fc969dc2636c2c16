#include "checker/pipeline/explain.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/pipeline/near_miss.h"
#include "checker/report/sentence.h"

namespace claimdiff {

namespace {

void WriteNearMisses(const CheckResult& result, const Rule& rule,
                     const AliasTable* aliases, std::ostream& out) {
  std::vector<std::string> lines;
  for (size_t d = 0; d < result.documents.size(); ++d) {
    const Document& doc = result.documents[d];
    std::vector<Claim> own;
    for (size_t id = 0; id < result.claims.size(); ++id) {
      if (result.claims.key(id).document == d) {
        own.push_back(result.claims.Get(id));
      }
    }
    for (const NearMiss& miss : FindNearMisses(rule, doc, own, aliases)) {
      const Excerpt excerpt = SentenceExcerpt(CutContext(doc, miss.begin, miss.end));
      const absl::string_view shown = excerpt.text;
      lines.push_back(
          absl::StrCat(doc.path(), ":", miss.start.line, ":", miss.start.column,
                       ": \"", miss.text, "\"\n    ",
                       shown.substr(0, excerpt.mark_begin), "\xC2\xBB",
                       shown.substr(excerpt.mark_begin,
                                    excerpt.mark_end - excerpt.mark_begin),
                       "\xC2\xAB", shown.substr(excerpt.mark_end), "\n"));
    }
  }
  out << lines.size() << " near " << (lines.size() == 1 ? "miss" : "misses")
      << " of " << rule.id
      << " (its value matched, the pattern around it did not)"
      << (lines.empty() ? "\n" : ":\n");
  for (const std::string& line : lines) out << "  " << line;
}

}  // namespace

void WriteExplain(const CheckResult& result, std::ostream& out,
                  const Rule* near_misses_of, const AliasTable* aliases) {
  int unresolved = 0;
  for (const Claim& c : result.claims) {
    const Document& doc = result.documents[c.document];
    out << doc.path() << ":" << c.start.line << ":" << c.start.column << ": "
        << c.rule->id << "  subject " << c.subject << "\n";
    out << "  \"" << c.text << "\"  (" << KindName(c.value.kind);
    if (c.value.resolved) {
      out << ", unit " << (c.value.unit.empty() ? "count" : c.value.unit);
    }
    out << ")\n";
    if (c.value.resolved) {
      out << "  " << c.value.reading << "\n";
    } else {
      ++unresolved;
      out << "  unresolved: " << c.value.unresolved << "\n";
    }
  }
  if (near_misses_of != nullptr)
    WriteNearMisses(result, *near_misses_of, aliases, out);
  for (const Diagnostic& d : result.warnings) out << d.ToString() << "\n";
  out << result.claims.size()
      << (result.claims.size() == 1 ? " claim" : " claims") << " in "
      << result.documents.size()
      << (result.documents.size() == 1 ? " source" : " sources");
  if (unresolved > 0) out << " (" << unresolved << " unresolved)";
  out << "\n";
}

}  // namespace claimdiff
