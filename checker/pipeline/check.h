// Running the whole pipeline: sources -> claims -> findings.
#ifndef CLAIMDIFF_PIPELINE_CHECK_H_
#define CLAIMDIFF_PIPELINE_CHECK_H_

#include <vector>

#include "absl/status/statusor.h"
#include "checker/extract/extractor.h"
#include "checker/pipeline/progress.h"
#include "checker/report/report.h"
#include "checker/rulepack/rulepack.h"
#include "checker/source/document.h"

namespace claimdiff {

struct CheckOptions {
  // Worker threads for loading and extraction; 0 means one per core.
  int jobs = 0;
  // When set, the run counts files, bytes and claims here as it goes (for
  // a ProgressLine); it sets the totals first.
  ProgressCounters* progress = nullptr;
  // Keep each document's text after its claims are read. Off by default:
  // claims carry the context reports show (ClaimContext), so a run holds
  // memory for its claims, not for its corpus. `explain` (near misses) and
  // lint's drafts (suppression comments) read the text afterwards.
  bool keep_text = false;
  // Sources larger than this in all keep their claims' records (sentence,
  // text, reading) in temporary files rather than in memory, so memory
  // holds 32 bytes per claim (ClaimStore). 0 spills every run.
  uint64_t spill_above_bytes = uint64_t{16} << 20;
  // A run that starts in memory moves a worker's records to a temporary
  // file once they pass this many bytes (0: never): dense copy under
  // spill_above_bytes had held 66 MB of records for 10 MB of sources.
  uint64_t spill_records_above_bytes = uint64_t{4} << 20;
};

// The threads `-j N` stands for: N, or one per core when N is 0 or less
// (and at least one).
int WorkerThreads(int jobs);

// Loads every source, extracts and reads its claims in parallel (the
// compiled rules are shared read-only), then compares them. The result
// does not depend on the number of threads.
//
// A missing source, or a folder named as a file, fails the run (one line
// naming the file). A source that exists but cannot be read (permission
// denied, an I/O error) and a binary one are skipped with a warning, and
// counted in `skipped_sources`: in an archive of thousands of files one
// bad file should not cost the whole run.
absl::StatusOr<CheckResult> RunCheck(const RulePack& pack,
                                     const Extractor& extractor,
                                     const std::vector<SourceMeta>& sources,
                                     const CheckOptions& options);

// The same, for documents already loaded (stdin, tests).
CheckResult CheckDocuments(const RulePack& pack, const Extractor& extractor,
                           std::vector<Document> documents,
                           std::vector<Diagnostic> warnings);

// RunCheck without the comparison: the documents, their claims and the
// warnings, `findings` left empty. For callers that gather claims from
// several groups of sources (lint: drafts and references) before one
// Compare over all of them.
absl::StatusOr<CheckResult> ExtractSources(
    const RulePack& pack, const Extractor& extractor,
    const std::vector<SourceMeta>& sources, const CheckOptions& options);

// ExtractSources for documents already loaded.
CheckResult ExtractDocuments(const RulePack& pack, const Extractor& extractor,
                             std::vector<Document> documents,
                             std::vector<Diagnostic> warnings);

// Moves `more`'s documents, claims and warnings to the end of `result`,
// renumbering claim ids and document indexes so result.claims.Get(i).id
// == i still holds. The claims' records stay where they are (in memory or
// on disk; ClaimStore::Absorb). Findings are not merged: compare again
// after appending. Fails, leaving `result` as it was, only when the two
// stores have too many logs between them.
absl::Status AppendResult(CheckResult more, CheckResult* result);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_CHECK_H_
