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

// What many claims share, stored once per distinct combination: the
// subject and unit (as indexes into the store's string tables), the rule,
// the kind, and for names and sets the names given (an index into the
// store's name lists; 0, an empty list, for figures). A corpus has a few
// hundred forms and millions of claims.
struct ClaimForm {
  uint32_t subject = 0;
  uint32_t unit = 0;
  const Rule* rule = nullptr;
  Kind kind = Kind::kNumber;
  uint32_t names = 0;
};

// What grouping and comparing read of a claim, in 32 bytes: its interval,
// its document, its form, and where the rest of it is. Everything else
// (text, sentence, reading, positions) is a record in one of the store's
// logs, read back only for the claims a report shows. Over a 1 GB archive
// of 3.6 million claims, whole claims had taken about 600 bytes each; a
// store on disk keeps the keys there too (115 MB at that size).
struct ClaimKey {
  double low = 0;
  double high = 0;
  // From the top: resolved, high_open and low_open (1 bit each), the log
  // (kLogBits) and the record's offset in that log (kOffsetBits).
  uint64_t record = 0;
  uint32_t document = 0;
  uint32_t form = 0;  // index into the store's forms

  static constexpr int kOffsetBits = 51;  // 2 PiB per log
  static constexpr int kLogBits = 10;     // 1024 writers
  static constexpr uint64_t kLowOpen = uint64_t{1} << 61;
  static constexpr uint64_t kHighOpen = uint64_t{1} << 62;
  static constexpr uint64_t kResolved = uint64_t{1} << 63;

  Interval interval() const;
  bool resolved() const { return (record & kResolved) != 0; }
  size_t log() const;
  uint64_t offset() const;
};

// A run's claims, numbered in order of Append: claim i has id i.
//
// Workers encode claims concurrently, each through its own writer (a log
// of its own, so no lock is held while encoding); the merge then appends
// their keys in input order. Reports read whole claims back with Get, or
// in id order by iterating, which reads each log ahead in large blocks.
//
// A store's logs are in memory, or on disk for archives (OnDisk), where
// the keys are a log of their own, read back in blocks. Reads
// never fail loudly: a log that cannot be read back (an I/O error on the
// temporary file) leaves the claim's record fields empty and sets
// status(), which a caller checks before it commits a report built from
// the claims.
class ClaimStore {
 public:
  // The most writers a store has (and so worker threads a run uses).
  static constexpr int kMaxWriters = 1 << ClaimKey::kLogBits;

  // A store with one in-memory log.
  ClaimStore() : ClaimStore(1) {}
  // A store with `writers` in-memory logs, each moving to a temporary
  // file once it holds more than `spill_above_bytes` (0: never).
  explicit ClaimStore(int writers, uint64_t spill_above_bytes = 0);

  // A store whose `writers` logs are unlinked temporary files, or the
  // error creating one.
  static absl::StatusOr<ClaimStore> OnDisk(int writers);

  ~ClaimStore();
  ClaimStore(ClaimStore&&);
  ClaimStore& operator=(ClaimStore&&);

  // Writes the record of `claim` to log `writer` and returns its key,
  // with the claim's document, to be given to Append. Calls with distinct
  // writers may run at once. Fails only when a file-backed log cannot be
  // written. `writer` < the number of writers the store was made with.
  absl::StatusOr<ClaimKey> Encode(int writer, const Claim& claim);

  // Numbers `key` as the next claim. `key` comes from this store's Encode.
  // A write error (on disk) is kept for status().
  void Append(const ClaimKey& key);

  // Encode on writer 0 and Append, for stores built claim by claim (lint's
  // merge, tests). `claim.id` is ignored: the claim becomes claim size().
  // A write error is kept for status().
  void push_back(const Claim& claim);

  // Appends every claim of `other` after this store's, its documents
  // shifted by `document_offset`, taking over its logs rather than copying
  // its records (lint adds an archive of references to a few drafts this
  // way). Fails when the two stores have more than kMaxWriters logs
  // between them.
  absl::Status Absorb(ClaimStore other, uint32_t document_offset);

  // Reserves room for `n` keys in memory, so a merge allocates once (a
  // store on disk has nothing to reserve).
  void reserve(size_t n);

  // Makes every record encoded so far readable; call once the writers
  // stop, before any Get. Returns the first write error.
  absl::Status Flush();

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // The key of claim `id` (< size()). On disk each thread keeps the last
  // block of keys it read, so calls in increasing or nearby ids read once
  // per few hundred; a key that cannot be read back is all zeros, with
  // the error kept for status(). Thread-safe once appends have stopped.
  ClaimKey key(size_t id) const;

  // Every key in id order, read ahead in large blocks:
  // `for (const ClaimKey& key : store.keys())`. A reference lives until
  // the iterator moves on.
  class KeyIterator;
  class KeyRange;
  KeyRange keys() const;

  // What a key's form says. Safe to call from several threads once
  // writers have stopped.
  const ClaimForm& form(const ClaimKey& key) const;
  const std::string& subject(const ClaimKey& key) const;
  const std::string& unit(const ClaimKey& key) const;
  const Rule* rule(const ClaimKey& key) const;
  Kind kind(const ClaimKey& key) const { return form(key).kind; }
  // The claim's value as far as names go: kind, unit and members (the
  // interval and reading are not kept). Lets names and sets be compared
  // without reading records back.
  const Value& names(const ClaimKey& key) const;

  // Claim `id` (< size()), read back whole.
  Claim Get(size_t id) const;

  // OK, or the first error writing or reading a log.
  absl::Status status() const;

  // Keeps `error` for status() unless an error is already kept: for the
  // stages that copy the store's keys into files of their own.
  void NoteError(const absl::Status& error) const;

  // Whether any records are on disk.
  bool on_disk() const;

  // Reads whole claims back with read-ahead: for many claims in
  // increasing id order (a group's, a report's), where Get would read
  // each on its own. Not thread-safe; make one per thread.
  class Reader;
  Reader NewReader() const;

  // Iterates whole claims in id order, by value.
  class const_iterator;
  const_iterator begin() const;
  const_iterator end() const;

 private:
  struct Tables;

  // Fills `out` with up to `count` keys from `first` (fewer at the end)
  // from the key log; notes an error and returns false when it cannot.
  bool ReadKeys(size_t first, size_t count, std::vector<ClaimKey>* out) const;

  std::vector<std::unique_ptr<RecordLog>> logs_;
  std::vector<ClaimKey> keys_;          // in memory; empty on disk
  std::unique_ptr<RecordLog> key_log_;  // on disk: key i at i * 32
  size_t size_ = 0;
  // Names this store's keys for the per-thread block key() keeps: never
  // reused, so a block is never taken for another store's.
  uint64_t serial_ = 0;
  // Behind a pointer so the store can move; the mutex guards interning.
  std::unique_ptr<Tables> tables_;
};

class ClaimStore::KeyIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = ClaimKey;
  using difference_type = std::ptrdiff_t;
  using pointer = const ClaimKey*;
  using reference = const ClaimKey&;

  const ClaimKey& operator*() const;
  KeyIterator& operator++() {
    ++id_;
    return *this;
  }
  bool operator==(const KeyIterator& other) const { return id_ == other.id_; }
  bool operator!=(const KeyIterator& other) const { return id_ != other.id_; }

 private:
  friend class ClaimStore;
  KeyIterator(const ClaimStore* store, size_t id) : store_(store), id_(id) {}

  const ClaimStore* store_;
  size_t id_;
  // On disk: the block holding id_, starting at block_first_.
  mutable size_t block_first_ = 0;
  mutable std::vector<ClaimKey> block_;
};

class ClaimStore::KeyRange {
 public:
  KeyIterator begin() const { return KeyIterator(store_, 0); }
  KeyIterator end() const { return KeyIterator(store_, store_->size()); }

 private:
  friend class ClaimStore;
  explicit KeyRange(const ClaimStore* store) : store_(store) {}
  const ClaimStore* store_;
};

class ClaimStore::Reader {
 public:
  // Claim `id` (< the store's size()).
  Claim Read(size_t id);

 private:
  friend class ClaimStore;
  struct Window {
    uint64_t start = 0;
    std::string data;
  };
  Reader(const ClaimStore& store, size_t block);
  absl::string_view Record(const ClaimKey& key);
  bool Fill(size_t log, uint64_t offset, size_t size, Window* w);

  const ClaimStore* store_;
  size_t block_;
  std::vector<Window> windows_;  // one per log
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
  mutable std::shared_ptr<Reader> reader_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXTRACT_CLAIM_STORE_H_
