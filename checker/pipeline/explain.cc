#include "checker/pipeline/explain.h"

#include "absl/strings/str_cat.h"

namespace claimdiff {

void WriteExplain(const CheckResult& result, std::ostream& out) {
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
  for (const Diagnostic& d : result.warnings) out << d.ToString() << "\n";
  out << result.claims.size()
      << (result.claims.size() == 1 ? " claim" : " claims") << " in "
      << result.documents.size()
      << (result.documents.size() == 1 ? " source" : " sources");
  if (unresolved > 0) out << " (" << unresolved << " unresolved)";
  out << "\n";
}

}  // namespace claimdiff
