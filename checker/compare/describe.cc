#include "checker/compare/describe.h"

#include <algorithm>
#include <optional>

#include "absl/strings/str_cat.h"
#include "checker/rulepack/message_template.h"

namespace claimdiff {

namespace {

// What follows the last '/', as std::filesystem::path::filename() gives it
// on POSIX, without building a path: at 10^6 sources that parse was 8% of
// Compare.
absl::string_view ShortName(const Document& doc) {
  const absl::string_view path = doc.path();
  const size_t slash = path.rfind('/');
  return slash == absl::string_view::npos ? path : path.substr(slash + 1);
}

template <typename Sources>
std::string JoinSourceNames(const Sources& sources,
                            const std::vector<Document>& documents) {
  // Past a handful, more names say nothing a count does not, and over an
  // archive they made each message thousands of names long, repeated on
  // every line of the one-line formats.
  const size_t named =
      sources.size() <= kMaxNamedSources ? sources.size() : kNamedBeforeMore;
  std::string out;
  size_t i = 0;
  for (size_t s : sources) {
    if (i == named) break;
    absl::StrAppend(&out, i == 0 ? "" : ", ", ShortName(documents[s]));
    ++i;
  }
  if (named < sources.size()) {
    absl::StrAppend(&out, " and ", sources.size() - named, " more");
  }
  return out;
}

}  // namespace

std::string SourceName(const Document& doc) {
  return std::string(ShortName(doc));
}

std::string SourceList(const std::set<size_t>& sources,
                       const std::vector<Document>& documents) {
  return JoinSourceNames(sources, documents);
}

std::string SourceList(const std::vector<size_t>& sources,
                       const std::vector<Document>& documents) {
  return JoinSourceNames(sources, documents);
}

std::vector<size_t> SourcesOf(const std::vector<const Claim*>& group) {
  std::vector<size_t> sources;
  sources.reserve(group.size());
  for (const Claim* c : group) sources.push_back(c->document);
  return DistinctSources(std::move(sources));
}

std::vector<size_t> DistinctSources(std::vector<size_t> sources) {
  // A sorted vector rather than a std::set: one allocation, not one per
  // claim. Claims come in document order, so the sort is usually a check.
  if (!std::is_sorted(sources.begin(), sources.end())) {
    std::sort(sources.begin(), sources.end());
  }
  sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
  return sources;
}

std::string Count(size_t n, absl::string_view singular,
                  absl::string_view plural) {
  return absl::StrCat(n, " ", n == 1 ? singular : plural);
}

std::string Describe(const std::vector<const Claim*>& group,
                     const std::vector<Document>& documents) {
  return DescribeGroup(group.size(), SourcesOf(group),
                       group.size() == 1 ? group[0]->text : "", documents);
}

std::string DescribeGroup(size_t count, const std::vector<size_t>& sources,
                          absl::string_view only_text,
                          const std::vector<Document>& documents) {
  if (count == 1) {
    return absl::StrCat("\"", only_text, "\" (",
                        SourceList(sources, documents), ")");
  }
  return absl::StrCat(Count(count, "claim", "claims"), " from ",
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
