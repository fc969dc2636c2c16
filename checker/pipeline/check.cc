#include "checker/pipeline/check.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <optional>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/compare/comparator.h"
#include "checker/extract/claims.h"
#include "checker/source/loader.h"

namespace claimdiff {
namespace {

// What one worker produces for one source, kept per source so the merge
// is in input order whatever the scheduling.
struct Processed {
  absl::Status status;
  std::optional<Document> document;
  std::vector<Claim> claims;
  std::vector<Diagnostic> warnings;
  bool skipped = false;
};

void Process(const RulePack& pack, const Extractor& extractor,
             const SourceMeta& meta, size_t index, const CheckOptions& options,
             Processed* out) {
  ProgressCounters* progress = options.progress;
  absl::StatusOr<Document> doc = LoadDocument(meta, &out->warnings);
  if (progress != nullptr) ++progress->files;
  // A binary file: LoadDocument has already added the warning.
  if (absl::IsFailedPrecondition(doc.status())) {
    out->skipped = true;
    return;
  }
  if (absl::IsPermissionDenied(doc.status()) ||
      absl::IsDataLoss(doc.status())) {
    out->warnings.push_back(
        Diagnostic{Severity::kWarning, meta.path, 0, 0,
                   absl::StrCat("skipped: ", doc.status().message())});
    out->skipped = true;
    return;
  }
  if (!doc.ok()) {
    out->status = doc.status();
    return;
  }
  const std::vector<Match> matches = extractor.FindAll(doc->searchable);
  out->claims = ReadClaims(pack, *doc, index, matches, &out->warnings);
  if (progress != nullptr) {
    progress->bytes += doc->text.size();
    progress->claims += out->claims.size();
  }
  if (!options.keep_text) ReleaseText(&*doc);
  out->document = std::move(*doc);
}

// Moves `claims`, found in the document now at `document`, into `result`,
// numbering them in order of arrival, so ids follow the input order
// whatever the thread scheduling was.
void AppendClaims(std::vector<Claim> claims, size_t document,
                  CheckResult* result) {
  for (Claim& c : claims) {
    c.document = document;
    c.id = static_cast<int>(result->claims.size());
    result->claims.push_back(std::move(c));
  }
}

// The merge moves every claim out of its source's array into the run's
// one array; the source arrays it empties go back to the allocator, which
// would keep their pages. Handing them back to the system as it goes
// keeps the merge from holding the claims twice.
void ReturnFreedPages(size_t merged) {
#if defined(__GLIBC__)
  if (merged % 64 == 0) malloc_trim(0);
#endif
}

}  // namespace

CheckResult ExtractDocuments(const RulePack& pack, const Extractor& extractor,
                             std::vector<Document> documents,
                             std::vector<Diagnostic> warnings) {
  CheckResult result;
  result.documents = std::move(documents);
  result.warnings = std::move(warnings);
  for (size_t i = 0; i < result.documents.size(); ++i) {
    const Document& doc = result.documents[i];
    const std::vector<Match> matches = extractor.FindAll(doc.searchable);
    AppendClaims(ReadClaims(pack, doc, i, matches, &result.warnings), i,
                 &result);
  }
  return result;
}

CheckResult CheckDocuments(const RulePack& pack, const Extractor& extractor,
                           std::vector<Document> documents,
                           std::vector<Diagnostic> warnings) {
  CheckResult result = ExtractDocuments(pack, extractor, std::move(documents),
                                        std::move(warnings));
  result.findings = Compare(result.claims, result.documents);
  return result;
}

void AppendResult(CheckResult more, CheckResult* result) {
  const size_t offset = result->documents.size();
  for (Document& doc : more.documents) {
    result->documents.push_back(std::move(doc));
  }
  for (Claim& claim : more.claims) {
    const size_t document = claim.document + offset;
    std::vector<Claim> one;
    one.push_back(std::move(claim));
    AppendClaims(std::move(one), document, result);
  }
  result->warnings.insert(result->warnings.end(), more.warnings.begin(),
                          more.warnings.end());
  result->skipped_sources += more.skipped_sources;
}

absl::StatusOr<CheckResult> RunCheck(const RulePack& pack,
                                     const Extractor& extractor,
                                     const std::vector<SourceMeta>& sources,
                                     const CheckOptions& options) {
  absl::StatusOr<CheckResult> result =
      ExtractSources(pack, extractor, sources, options);
  if (!result.ok()) return result.status();
  result->findings = Compare(result->claims, result->documents);
  return result;
}

absl::StatusOr<CheckResult> ExtractSources(
    const RulePack& pack, const Extractor& extractor,
    const std::vector<SourceMeta>& sources, const CheckOptions& options) {
  std::vector<Processed> processed(sources.size());
  if (options.progress != nullptr) {
    options.progress->total_files = sources.size();
    for (const SourceMeta& meta : sources) {
      std::error_code error;
      const uintmax_t size = std::filesystem::file_size(meta.path, error);
      if (!error) options.progress->total_bytes += size;
    }
  }
  int jobs = options.jobs > 0
                 ? options.jobs
                 : static_cast<int>(std::thread::hardware_concurrency());
  jobs = std::max(1, std::min<int>(jobs, static_cast<int>(sources.size())));

  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < sources.size(); i = next++) {
      Process(pack, extractor, sources[i], i, options, &processed[i]);
    }
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();

  CheckResult result;
  size_t total = 0;
  for (const Processed& p : processed) total += p.claims.size();
  // Exactly once: growing by doubling would hold up to twice the claims.
  result.claims.reserve(total);
  size_t merged = 0;
  for (Processed& p : processed) {
    if (!p.status.ok()) return p.status;
    result.warnings.insert(result.warnings.end(), p.warnings.begin(),
                           p.warnings.end());
    if (p.skipped) ++result.skipped_sources;
    if (!p.document) continue;
    // Skipped sources leave gaps; renumber to the kept documents.
    result.documents.push_back(std::move(*p.document));
    AppendClaims(std::move(p.claims), result.documents.size() - 1, &result);
    ReturnFreedPages(++merged);
  }
  return result;
}

}  // namespace claimdiff
