#include "checker/pipeline/check.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/common/parallel.h"
#include "checker/compare/comparator.h"
#include "checker/extract/claims.h"
#include "checker/source/loader.h"

namespace claimdiff {
namespace {

// What one worker produces for one source, kept per source so the merge
// is in input order whatever the scheduling. Claims are already encoded
// into the store; only their 32-byte keys wait here.
struct Processed {
  absl::Status status;
  std::optional<Document> document;
  std::vector<ClaimKey> keys;
  std::vector<Diagnostic> warnings;
  bool skipped = false;
};

void Process(const RulePack& pack, const Extractor& extractor,
             const SourceMeta& meta, size_t index, const CheckOptions& options,
             int writer, ClaimStore* store, Processed* out) {
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
  const std::vector<Claim> claims =
      ReadClaims(pack, *doc, index, matches, &out->warnings);
  out->keys.reserve(claims.size());
  for (const Claim& claim : claims) {
    absl::StatusOr<ClaimKey> key = store->Encode(writer, claim);
    if (!key.ok()) {
      out->status = key.status();
      return;
    }
    out->keys.push_back(*key);
  }
  if (progress != nullptr) {
    progress->bytes += doc->text.size();
    progress->claims += claims.size();
  }
  if (!options.keep_text) ReleaseText(&*doc);
  out->document = std::move(*doc);
}

// Appends `claims`, found in the document now at `document`, to `result`,
// numbering them in order of arrival.
void AppendClaims(std::vector<Claim> claims, size_t document,
                  CheckResult* result) {
  for (Claim& c : claims) {
    c.document = document;
    result->claims.push_back(c);
  }
}

// Total bytes of `sources` as the file system reports them (unreadable
// ones count 0; they are reported when read).
uint64_t TotalBytes(const std::vector<SourceMeta>& sources) {
  uint64_t total = 0;
  for (const SourceMeta& meta : sources) {
    std::error_code error;
    const uintmax_t size = std::filesystem::file_size(meta.path, error);
    if (!error) total += size;
  }
  return total;
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

absl::Status AppendResult(CheckResult more, CheckResult* result) {
  const size_t offset = result->documents.size();
  // The claims first: on failure `result` is left as it was.
  if (absl::Status s = result->claims.Absorb(std::move(more.claims),
                                             static_cast<uint32_t>(offset));
      !s.ok()) {
    return s;
  }
  for (Document& doc : more.documents) {
    result->documents.push_back(std::move(doc));
  }
  result->warnings.insert(result->warnings.end(), more.warnings.begin(),
                          more.warnings.end());
  result->skipped_sources += more.skipped_sources;
  return absl::OkStatus();
}

int WorkerThreads(int jobs) {
  if (jobs > 0) return jobs;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

absl::StatusOr<CheckResult> RunCheck(const RulePack& pack,
                                     const Extractor& extractor,
                                     const std::vector<SourceMeta>& sources,
                                     const CheckOptions& options) {
  absl::StatusOr<CheckResult> result =
      ExtractSources(pack, extractor, sources, options);
  if (!result.ok()) return result.status();
  result->findings = Compare(result->claims, result->documents,
                             WorkerThreads(options.jobs));
  return result;
}

absl::StatusOr<CheckResult> ExtractSources(
    const RulePack& pack, const Extractor& extractor,
    const std::vector<SourceMeta>& sources, const CheckOptions& options) {
  const uint64_t total_bytes = TotalBytes(sources);
  if (options.progress != nullptr) {
    options.progress->total_files = sources.size();
    options.progress->total_bytes = total_bytes;
  }
  int jobs = std::max(1, std::min<int>(WorkerThreads(options.jobs),
                                      static_cast<int>(sources.size())));
  // Each worker writes a log of its own.
  jobs = std::min(jobs, ClaimStore::kMaxWriters);

  CheckResult result;
  if (total_bytes > options.spill_above_bytes ||
      options.spill_above_bytes == 0) {
    absl::StatusOr<ClaimStore> store = ClaimStore::OnDisk(jobs);
    if (!store.ok()) return store.status();
    result.claims = std::move(*store);
  } else {
    result.claims = ClaimStore(jobs, options.spill_records_above_bytes);
  }

  // Sources are merged in input order as soon as every source before them
  // has been, so only the few finished out of turn wait, with their keys;
  // the first failure in input order stops the merge (and later work).
  // Held per source for the whole run, a slot each had cost 350 bytes per
  // file and every key until the end of extraction.
  std::mutex merge_mutex;
  std::map<size_t, Processed> waiting;  // finished out of turn, by index
  size_t next = 0;
  absl::Status failure;
  std::atomic<bool> failed{false};
  result.documents.reserve(sources.size());
  const auto merge_ready = [&] {
    while (!waiting.empty() && waiting.begin()->first == next && failure.ok()) {
      Processed p = std::move(waiting.begin()->second);
      waiting.erase(waiting.begin());
      ++next;
      if (!p.status.ok()) {
        failure = p.status;
        failed = true;
        return;
      }
      result.warnings.insert(result.warnings.end(), p.warnings.begin(),
                             p.warnings.end());
      if (p.skipped) ++result.skipped_sources;
      if (!p.document) continue;
      // Skipped sources leave gaps; renumber to the kept documents.
      result.documents.push_back(std::move(*p.document));
      for (ClaimKey key : p.keys) {
        key.document = static_cast<uint32_t>(result.documents.size() - 1);
        result.claims.Append(key);
      }
    }
  };
  // The worker's number picks its log.
  ParallelFor(sources.size(), jobs, [&](size_t i, int writer) {
    Processed p;
    if (!failed) {
      Process(pack, extractor, sources[i], i, options, writer, &result.claims,
              &p);
    }
    std::lock_guard<std::mutex> lock(merge_mutex);
    waiting.emplace(i, std::move(p));
    merge_ready();
  });
  if (!failure.ok()) return failure;
  absl::Status flushed = result.claims.Flush();
  if (!flushed.ok()) return flushed;
  return result;
}

}  // namespace claimdiff
