// Where a run keeps its claims: compact keys in memory, the rest in a log.
#ifndef CLAIMDIFF_EXTRACT_CLAIM_STORE_H_
#define CLAIMDIFF_EXTRACT_CLAIM_STORE_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "checker/common/record_log.h"
#include "checker/extract/claim.h"

namespace claimdiff {

// What grouping and comparing read of a claim, in 40 bytes: the subject,
// unit and rule as indexes into its store's tables, the document, and the
// interval. Everything else (text, sentence, reading, positions) is a
// record in the store's log, read back only for the claims a report
// shows. Over a 1 GB archive of 3.7 million claims, whole claims took
// about 600 bytes each.
struct ClaimKey {
  double low = 0;
  double high = 0;
  uint64_t record = 0;  // log index << kLogShift | offset in that log
  uint32_t document = 0;
  uint32_t subject = 0;
  uint32_t unit = 0;
  uint16_t rule = 0;
  uint8_t kind = 0;
  uint8_t flags = 0;

  static constexpr int kLogShift = 48;
  static constexpr uint8_t kLowOpen = 1;
  static constexpr uint8_t kHighOpen = 2;
  static constexpr uint8_t kResolved = 4;

  Interval interval() const;
  bool resolved() const { return (flags & kResolved) != 0; }
  Kind value_kind() const { return static_cast<Kind>(kind); }
};

// A run's claims, numbered in order of Append: claim i has id i.
//
// Workers encode claims concurrently, each through its own writer (a log
// of its own, so no lock is held while encoding); the merge then appends
// their keys in input order. Reports read whole claims back with Get, or
// in id order by iterating, which reads each log ahead in large blocks.
//
// A store's logs are in memory, or on disk for archives (OnDisk). Reads
// never fail loudly: a log that cannot be read back (an I/O error on the
// temporary file) leaves the claim's record fields empty and sets
// status(), which a caller checks before it commits a report built from
// the claims.
class ClaimStore {
 public:
  // A store with `writers` in-memory logs.
  explicit ClaimStore(int writers = 1);

  // A store whose `writers` logs are unlinked temporary files, or the
  // error creating one.
  static absl::StatusOr<ClaimStore> OnDisk(int writers);

  ~ClaimStore();
  ClaimStore(ClaimStore&&);
  ClaimStore& operator=(ClaimStore&&);

  // Writes the record of `claim` to log `writer` and returns its key,
  // with the claim's document, to be given to Append. Calls with distinct
  // writers may run at once. Fails only when a file-backed log cannot be
  // written.
  absl::StatusOr<ClaimKey> Encode(int writer, const Claim& claim);

  // Numbers `key` as the next claim. `key` comes from this store's Encode.
  void Append(const ClaimKey& key) { keys_.push_back(key); }

  // Encode on writer 0 and Append, for stores built claim by claim (lint's
  // merge, tests). `claim.id` is ignored: the claim becomes claim size().
  // A write error is kept for status().
  void push_back(const Claim& claim);

  // Reserves room for `n` keys, so a merge allocates once.
  void reserve(size_t n) { keys_.reserve(n); }

  // Makes every record encoded so far readable; call once the writers
  // stop, before any Get. Returns the first write error.
  absl::Status Flush();

  size_t size() const { return keys_.size(); }
  bool empty() const { return keys_.empty(); }

  // The key of claim `id` (< size()).
  const ClaimKey& key(size_t id) const { return keys_[id]; }
  const std::vector<ClaimKey>& keys() const { return keys_; }

  // The strings and rules keys index. Safe to call from several threads
  // once writers have stopped.
  const std::string& subject(const ClaimKey& key) const;
  const std::string& unit(const ClaimKey& key) const;
  const Rule* rule(const ClaimKey& key) const;

  // Claim `id` (< size()), read back whole.
  Claim Get(size_t id) const;

  // OK, or the first error writing or reading a log.
  absl::Status status() const;

  // Whether records are on disk.
  bool on_disk() const;

  // Iterates whole claims in id order, by value.
  class const_iterator;
  const_iterator begin() const;
  const_iterator end() const;

 private:
  class Cursor;
  struct Tables;

  // Keeps the first error for status().
  void NoteError(const absl::Status& error) const;

  std::vector<std::unique_ptr<RecordLog>> logs_;
  std::vector<ClaimKey> keys_;
  // Behind a pointer so the store can move; the mutex guards interning.
  std::unique_ptr<Tables> tables_;
};

class ClaimStore::const_iterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = Claim;
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  using reference = Claim;

  const_iterator() = default;
  Claim operator*() const;
  const_iterator& operator++() {
    ++id_;
    return *this;
  }
  bool operator==(const const_iterator& other) const {
    return id_ == other.id_;
  }
  bool operator!=(const const_iterator& other) const {
    return id_ != other.id_;
  }

 private:
  friend class ClaimStore;
  const_iterator(const ClaimStore* store, size_t id);

  const ClaimStore* store_ = nullptr;
  size_t id_ = 0;
  // Shared so copies of an iterator share one read-ahead.
  mutable std::shared_ptr<Cursor> cursor_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXTRACT_CLAIM_STORE_H_
