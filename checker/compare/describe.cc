#include "checker/compare/describe.h"

#include <filesystem>
#include <optional>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/rulepack/message_template.h"

namespace claimdiff {

std::string SourceName(const Document& doc) {
  return std::filesystem::path(doc.path()).filename().string();
}

std::string SourceList(const std::set<size_t>& sources,
                       const std::vector<Document>& documents) {
  std::vector<std::string> names;
  for (size_t s : sources) names.push_back(SourceName(documents[s]));
  return absl::StrJoin(names, ", ");
}

std::string Count(size_t n, absl::string_view singular,
                  absl::string_view plural) {
  return absl::StrCat(n, " ", n == 1 ? singular : plural);
}

std::string Describe(const std::vector<const Claim*>& group,
                     const std::vector<Document>& documents) {
  std::set<size_t> sources;
  for (const Claim* c : group) sources.insert(c->document);
  if (group.size() == 1) {
    return absl::StrCat("\"", group[0]->text, "\" (",
                        SourceList(sources, documents), ")");
  }
  return absl::StrCat(Count(group.size(), "claim", "claims"), " from ",
                      Count(sources.size(), "source", "sources"), " (",
                      SourceList(sources, documents), ")");
}

std::string RuleMessage(const Finding& finding, const Claim& outlier,
                        const Claim* other,
                        const std::vector<Document>& documents) {
  const std::string& message = outlier.rule->message;
  if (message.empty()) return "";
  return FillMessage(message,
                     [&](absl::string_view name) -> std::optional<std::string> {
                       if (name == "value") return outlier.text;
                       if (name == "reading") return outlier.value.reading;
                       if (name == "source")
                         return SourceName(documents[outlier.document]);
                       if (name == "consensus" && finding.has_consensus) {
                         return finding.consensus_reading;
                       }
                       if (name == "other.value" && other != nullptr)
                         return other->text;
                       if (name == "other.source" && other != nullptr) {
                         return SourceName(documents[other->document]);
                       }
                       for (const auto& [capture, text] : outlier.captures) {
                         if (capture == name) return text;
                       }
                       return std::nullopt;
                     });
}

}  // namespace claimdiff
