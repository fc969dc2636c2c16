// A run's resolved claims regrouped by subject and unit, for the compare.
#ifndef CLAIMDIFF_COMPARE_CLAIM_GROUPS_H_
#define CLAIMDIFF_COMPARE_CLAIM_GROUPS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "checker/common/record_log.h"
#include "checker/extract/claim_store.h"

namespace claimdiff {

// The claims compared together, one subject and unit, and where their
// keys are.
//
// A large subject's claims are spread through the whole run: over a 1 GB
// archive one held 310,000 of 3.6 million. Reading them by id from the
// store would touch every block of its keys once per subject, and holding
// their ids would keep 4 bytes per claim in memory. So one pass over the
// store copies each resolved key, with its id, into its group's chunks
// (kChunk claims each) in a log of their own, on disk when the store is;
// a group is then read front to back, a chunk at a time. Only a group's
// last, partly filled chunk stays in memory.
class ClaimGroups {
 public:
  static constexpr size_t kChunk = 512;

  struct Entry {
    ClaimKey key;
    uint32_t id = 0;
    uint32_t unused = 0;  // the padding, written to the log as zeros
  };

  struct Group {
    const std::string* subject = nullptr;
    const std::string* unit = nullptr;
    size_t size = 0;               // claims in the group
    std::vector<uint64_t> chunks;  // offsets of its full chunks, in order
    std::vector<Entry> tail;       // its claims after the last chunk
  };

  // Groups every resolved claim of `claims` in one pass over its keys.
  // Groups are ordered by subject, then unit (the strings, so the order
  // does not depend on which thread met a subject first). A chunk that
  // cannot be written or read back is noted in the store's status(),
  // which a run checks before it reports.
  explicit ClaimGroups(const ClaimStore& claims);

  size_t size() const { return groups_.size(); }
  const Group& operator[](size_t g) const { return groups_[g]; }

  // Calls visit(entry) for each claim of group `g`, in id order. Safe to
  // call for different groups (or the same one) from several threads.
  void ForEach(size_t g, const std::function<void(const Entry&)>& visit) const;

 private:
  const ClaimStore* claims_;
  std::unique_ptr<RecordLog> log_;
  std::vector<Group> groups_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_CLAIM_GROUPS_H_
