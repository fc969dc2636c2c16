#include "checker/pipeline/lint.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/compare/comparator.h"
#include "checker/compare/describe.h"
#include "checker/values/name_set.h"

namespace claimdiff {
namespace {

std::string FileName(const Document& doc) { return SourceName(doc); }

// `"$48 million" (courier.txt:7)`: a claim as a lint message names it.
std::string Cite(const CheckResult& result, const Claim& claim) {
  return absl::StrCat("\"", claim.text, "\" (",
                      FileName(result.documents[claim.document]), ":",
                      claim.start.line, ")");
}

// The finding for one draft claim of `finding`.
Finding ForDraftClaim(const CheckResult& result, const Finding& finding,
                      const Claim& draft_claim, size_t drafts) {
  Finding f = finding;
  f.outliers = {draft_claim.id};
  f.severity = draft_claim.rule != nullptr ? draft_claim.rule->severity
                                           : finding.severity;
  f.rule = draft_claim.rule != nullptr ? draft_claim.rule->id : finding.rule;
  std::vector<std::string> references, drafts_cited;
  std::optional<Claim> first_reference;  // for the rule's {other.*}
  // The claims shown with it: the consensus side, and whatever it
  // disagrees with; other outliers are other claims' business.
  f.claims.clear();
  for (int id : finding.claims) {
    const Claim other = result.claims.Get(id);
    const bool consensus_side =
        std::find(finding.outliers.begin(), finding.outliers.end(), id) ==
        finding.outliers.end();
    if (other.id == draft_claim.id) {
      f.claims.push_back(id);
      continue;
    }
    // A spelling is measured against the house spelling alone, not
    // against every other variant.
    const bool disagrees = finding.kind == FindingKind::kSpelling
                               ? consensus_side
                               : ClaimsDisagree(draft_claim, other);
    if (consensus_side || disagrees) f.claims.push_back(id);
    if (!disagrees) continue;
    if (other.document >= drafts && !first_reference) {
      first_reference = other;
    }
    (other.document < drafts ? drafts_cited : references)
        .push_back(Cite(result, other));
  }
  const std::string subject =
      absl::StrCat("\"", draft_claim.text, "\" (",
                   FileName(result.documents[draft_claim.document]), ":",
                   draft_claim.start.line, ":", draft_claim.start.column, ")");
  std::vector<std::string> parts;
  if (!references.empty()) {
    parts.push_back(absl::StrCat(
        references.size() == 1 ? "the reference " : "the references ",
        absl::StrJoin(references, ", ")));
  }
  if (!drafts_cited.empty()) {
    parts.push_back(
        absl::StrCat("the draft's own ", absl::StrJoin(drafts_cited, ", ")));
  }
  if (finding.kind == FindingKind::kIncomparable) {
    f.message =
        absl::StrCat(subject, " cannot be compared with ",
                     absl::StrJoin(parts, " and "), ": ", finding.message);
  } else if (finding.kind == FindingKind::kSpelling) {
    f.message = absl::StrCat(subject, " differs from the house spelling \"",
                             finding.consensus_reading, "\"");
  } else if (parts.empty()) {
    f.message = absl::StrCat(subject, ": ", finding.message);
  } else {
    f.message = absl::StrCat(
        subject, " disagrees with ", absl::StrJoin(parts, " and "),
        finding.has_consensus
            ? absl::StrCat("; the consensus is ", finding.consensus_reading)
            : "");
  }
  // The rule's own words, with {other.*} a reference rather than whatever
  // claim the comparison happened to list first.
  f.rule_message =
      RuleMessage(f, draft_claim, first_reference ? &*first_reference : nullptr,
                  result.documents);
  // A message written for a consensus or a reference reads as a template
  // when there is neither (a draft contradicting only itself): leave it
  // out rather than print "{other.source}".
  if (draft_claim.rule != nullptr) {
    const std::string& written = draft_claim.rule->message;
    if ((!f.has_consensus &&
         written.find("{consensus}") != std::string::npos) ||
        (!first_reference &&
         written.find("{other.") != std::string::npos)) {
      f.rule_message.clear();
    }
  }
  return f;
}

// Drafts keep their text: suppression comments are read from it after the
// comparison.
CheckOptions DraftOptions(CheckOptions options) {
  options.keep_text = true;
  return options;
}

}  // namespace

absl::StatusOr<CheckResult> RunLint(const RulePack& pack,
                                    const Extractor& extractor,
                                    LintInputs inputs,
                                    const CheckOptions& options,
                                    size_t* drafts) {
  CheckResult result;
  std::vector<std::string> draft_paths;
  if (inputs.stdin_draft) {
    std::vector<Document> docs;
    docs.push_back(std::move(*inputs.stdin_draft));
    result = ExtractDocuments(pack, extractor, std::move(docs), {});
  } else {
    absl::StatusOr<CheckResult> read =
        ExtractSources(pack, extractor, inputs.drafts, DraftOptions(options));
    if (!read.ok()) return read.status();
    result = std::move(*read);
  }
  *drafts = result.documents.size();
  for (const SourceMeta& meta : inputs.drafts) {
    std::error_code error;
    draft_paths.push_back(
        std::filesystem::weakly_canonical(meta.path, error).string());
  }
  // A draft kept in the folder of its references is not its own
  // reference.
  std::vector<SourceMeta> references;
  for (SourceMeta& meta : inputs.references) {
    std::error_code error;
    const std::string path =
        std::filesystem::weakly_canonical(meta.path, error).string();
    if (std::find(draft_paths.begin(), draft_paths.end(), path) ==
        draft_paths.end()) {
      references.push_back(std::move(meta));
    }
  }
  absl::StatusOr<CheckResult> read =
      ExtractSources(pack, extractor, references, options);
  if (!read.ok()) return read.status();
  if (absl::Status s = AppendResult(std::move(*read), &result); !s.ok()) {
    return s;
  }
  result.findings = Compare(result.claims, result.documents);
  return result;
}

bool ClaimsDisagree(const Claim& a, const Claim& b) {
  if (a.value.unit != b.value.unit) return false;
  if (!a.value.resolved || !b.value.resolved) return false;
  if (a.value.kind == Kind::kName) {
    return a.value.members.empty() || b.value.members.empty() ||
           a.value.members.front().written != b.value.members.front().written;
  }
  if (a.value.kind == Kind::kSet) return SetKey(a.value) != SetKey(b.value);
  return !a.value.interval.Intersects(b.value.interval);
}

void FocusOnDrafts(size_t drafts, const LintOptions& options,
                   CheckResult* result) {
  std::vector<Finding> kept;
  for (const Finding& finding : result->findings) {
    std::vector<Claim> draft_outliers;
    // Claims in units that cannot be compared are nobody's error, and
    // least of all the draft's.
    if (finding.kind == FindingKind::kIncomparable) continue;
    for (int id : finding.outliers) {
      if (result->claims.key(id).document < drafts) {
        draft_outliers.push_back(result->claims.Get(id));
      }
    }
    if (draft_outliers.empty()) {
      // The references disagree among themselves while the draft agrees
      // with the consensus, or says nothing on the subject.
      if (options.show_reference_conflicts) kept.push_back(finding);
      continue;
    }
    for (const Claim& claim : draft_outliers) {
      kept.push_back(ForDraftClaim(*result, finding, claim, drafts));
    }
  }
  std::stable_sort(
      kept.begin(), kept.end(), [result](const Finding& a, const Finding& b) {
        if (a.severity != b.severity) {
          return a.severity > b.severity;
        }
        const Claim ca = result->claims.Get(
            a.outliers.empty() ? a.claims.front() : a.outliers.front());
        const Claim cb = result->claims.Get(
            b.outliers.empty() ? b.claims.front() : b.outliers.front());
        if (ca.document != cb.document) {
          return ca.document < cb.document;
        }
        return ca.begin < cb.begin;
      });
  result->findings = std::move(kept);
}

}  // namespace claimdiff
