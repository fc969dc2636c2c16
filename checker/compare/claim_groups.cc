#include "checker/compare/claim_groups.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"

namespace claimdiff {

ClaimGroups::ClaimGroups(const ClaimStore& claims) : claims_(&claims) {
  if (claims.on_disk()) {
    absl::StatusOr<std::unique_ptr<RecordLog>> log =
        RecordLog::CreateTemporaryFile();
    if (log.ok()) {
      log_ = std::move(*log);
    } else {
      claims.NoteError(log.status());
    }
  }
  if (log_ == nullptr) log_ = std::make_unique<RecordLog>();

  absl::flat_hash_map<std::pair<uint32_t, uint32_t>, size_t> index;
  size_t id = 0;
  for (const ClaimKey& key : claims.keys()) {
    const size_t this_id = id++;
    if (!key.resolved()) continue;
    const ClaimForm& form = claims.form(key);
    const auto [it, added] = index.try_emplace(
        std::make_pair(form.subject, form.unit), groups_.size());
    if (added) {
      Group group;
      group.subject = &claims.subject(key);
      group.unit = &claims.unit(key);
      groups_.push_back(std::move(group));
    }
    Group& group = groups_[it->second];
    ++group.size;
    // Grown by doubling up to a chunk: a run with many small subjects
    // (a subject may name captures) holds little per group.
    group.tail.push_back({key, static_cast<uint32_t>(this_id)});
    if (group.tail.size() == kChunk) {
      absl::StatusOr<uint64_t> offset = log_->Append(
          absl::string_view(reinterpret_cast<const char*>(group.tail.data()),
                            kChunk * sizeof(Entry)));
      if (!offset.ok()) {
        claims.NoteError(offset.status());
      } else {
        group.chunks.push_back(*offset);
      }
      group.tail.clear();
    }
  }
  if (absl::Status flushed = log_->Flush(); !flushed.ok()) {
    claims.NoteError(flushed);
  }
  std::sort(groups_.begin(), groups_.end(), [](const Group& a, const Group& b) {
    if (*a.subject != *b.subject) return *a.subject < *b.subject;
    return *a.unit < *b.unit;
  });
}

void ClaimGroups::ForEach(
    size_t g, const std::function<void(const Entry&)>& visit) const {
  const Group& group = groups_[g];
  std::vector<Entry> chunk(kChunk);
  for (uint64_t offset : group.chunks) {
    absl::StatusOr<size_t> read = log_->Read(
        offset, kChunk * sizeof(Entry), reinterpret_cast<char*>(chunk.data()));
    if (!read.ok() || *read != kChunk * sizeof(Entry)) {
      claims_->NoteError(
          read.ok() ? absl::DataLossError("error: a group of claims could not "
                                          "be read back")
                    : read.status());
      return;
    }
    for (const Entry& e : chunk) visit(e);
  }
  for (const Entry& e : group.tail) visit(e);
}

}  // namespace claimdiff
