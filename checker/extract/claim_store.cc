#include "checker/extract/claim_store.h"

#include <algorithm>
#include <atomic>
#include <deque>
#include <tuple>
#include <utility>

#include "absl/strings/str_cat.h"
#include "checker/extract/claim_record.h"

namespace claimdiff {
namespace {

// Reading in id order moves through each log front to back (a writer
// takes sources in increasing order), so a block read ahead serves a few
// hundred claims. A single Get reads one small block.
constexpr size_t kIterationBlock = 256 << 10;
constexpr size_t kSingleBlock = 4 << 10;
// Keys a thread's key() reads at once, and the keys() iterator: 8 KB is
// a few pages of the file; 256 KB serves a scan with one read per 8,192.
constexpr size_t kKeyBlock = 256;
constexpr size_t kKeyScanBlock = 8192;
std::atomic<uint64_t> next_serial{1};
constexpr uint64_t kOffsetMask = (uint64_t{1} << ClaimKey::kOffsetBits) - 1;
constexpr uint64_t kLogMask = (uint64_t{1} << ClaimKey::kLogBits) - 1;

void PutLength(size_t n, std::string* out) {
  while (n >= 0x80) {
    out->push_back(static_cast<char>((n & 0x7f) | 0x80));
    n >>= 7;
  }
  out->push_back(static_cast<char>(n));
}

// Reads a record's length prefix from `bytes`: the length and the bytes
// the prefix took, or a width of 0 when `bytes` ends inside the prefix.
std::pair<size_t, size_t> ParseLength(absl::string_view bytes) {
  size_t n = 0;
  for (size_t i = 0; i < bytes.size() && i < 10; ++i) {
    const uint8_t byte = static_cast<uint8_t>(bytes[i]);
    n |= static_cast<size_t>(byte & 0x7f) << (7 * i);
    if ((byte & 0x80) == 0) return {n, i + 1};
  }
  return {0, 0};
}

template <typename T>
uint32_t Intern(const T& value, std::vector<T>* values,
                absl::flat_hash_map<T, uint32_t>* index) {
  const auto [it, added] =
      index->try_emplace(value, static_cast<uint32_t>(values->size()));
  if (added) values->push_back(value);
  return it->second;
}

}  // namespace

Interval ClaimKey::interval() const {
  Interval i;
  i.low = low;
  i.high = high;
  i.low_open = (record & kLowOpen) != 0;
  i.high_open = (record & kHighOpen) != 0;
  return i;
}

size_t ClaimKey::log() const {
  return static_cast<size_t>((record >> kOffsetBits) & kLogMask);
}

uint64_t ClaimKey::offset() const { return record & kOffsetMask; }

struct ClaimStore::Tables {
  mutable std::mutex mutex;
  std::vector<std::string> subjects;
  absl::flat_hash_map<std::string, uint32_t> subject_index;
  std::vector<std::string> units;
  absl::flat_hash_map<std::string, uint32_t> unit_index;
  std::vector<ClaimForm> forms;
  absl::flat_hash_map<
      std::tuple<uint32_t, uint32_t, const Rule*, int, uint32_t>, uint32_t>
      form_index;
  // Distinct lists of names; index 0 is the empty list. A deque, so the
  // references names() returns stay valid as lists are added.
  std::deque<Value> name_lists = std::deque<Value>(1);
  absl::flat_hash_map<std::string, uint32_t> name_list_index{{"", 0}};
  std::vector<std::string> scratch;  // one encoding buffer per writer
  absl::Status status;               // the first write or read error

  // The index of `value`'s list of names, added if new. The caller holds
  // `mutex`.
  uint32_t NamesOf(const Value& value) {
    if (value.members.empty()) return 0;
    // Each string prefixed by its length, so no name makes two lists key
    // alike.
    std::string key;
    for (const NamedMember& m : value.members) {
      absl::StrAppend(&key, m.written.size(), ":", m.written,
                      m.canonical.size(), ":", m.canonical,
                      m.recognised ? "+" : "-");
    }
    const auto [it, added] = name_list_index.try_emplace(
        std::move(key), static_cast<uint32_t>(name_lists.size()));
    if (added) {
      Value names;
      names.kind = value.kind;
      names.unit = value.unit;
      names.members = value.members;
      name_lists.push_back(std::move(names));
    }
    return it->second;
  }

  // The index of the form, added if new. The caller holds `mutex`.
  uint32_t FormOf(const std::string& subject, const Value& value,
                  const Rule* rule) {
    ClaimForm form;
    form.subject = Intern(subject, &subjects, &subject_index);
    form.unit = Intern(value.unit, &units, &unit_index);
    form.rule = rule;
    form.kind = value.kind;
    form.names = NamesOf(value);
    const auto [it, added] = form_index.try_emplace(
        std::make_tuple(form.subject, form.unit, form.rule,
                        static_cast<int>(form.kind), form.names),
        static_cast<uint32_t>(forms.size()));
    if (added) forms.push_back(form);
    return it->second;
  }
};

ClaimStore::Reader::Reader(const ClaimStore& store, size_t block)
    : store_(&store), block_(block), windows_(store.logs_.size()) {}

Claim ClaimStore::Reader::Read(size_t id) {
  const ClaimKey key = store_->key(id);
  Claim claim;
  claim.id = static_cast<int>(id);
  claim.document = key.document;
  claim.rule = store_->rule(key);
  claim.subject = store_->subject(key);
  claim.value.kind = store_->kind(key);
  claim.value.unit = store_->unit(key);
  claim.value.interval = key.interval();
  claim.value.resolved = key.resolved();
  if (!DecodeClaimRecord(Record(key), &claim)) {
    store_->NoteError(absl::DataLossError(
        absl::StrCat("error: the record of claim ", id,
                     " could not be read back")));
  }
  return claim;
}

// The record `key` points to, reading its log into the window as needed;
// empty (with the error noted) when the log cannot be read.
absl::string_view ClaimStore::Reader::Record(const ClaimKey& key) {
  const size_t log = key.log();
  const uint64_t offset = key.offset();
  // A store that absorbed another since this reader was made has more logs.
  if (log >= windows_.size()) windows_.resize(store_->logs_.size());
  Window& w = windows_[log];
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (offset >= w.start && offset < w.start + w.data.size()) {
      const absl::string_view rest =
          absl::string_view(w.data).substr(offset - w.start);
      const auto [length, width] = ParseLength(rest);
      if (width > 0 && rest.size() - width >= length) {
        return rest.substr(width, length);
      }
      // A record longer than a block: read exactly that much.
      if (width > 0) {
        if (!Fill(log, offset, width + length, &w)) break;
        continue;
      }
    }
    if (!Fill(log, offset, block_, &w)) break;
  }
  return "";
}

bool ClaimStore::Reader::Fill(size_t log, uint64_t offset, size_t size,
                              Window* w) {
  w->start = offset;
  w->data.resize(size);
  absl::StatusOr<size_t> read =
      store_->logs_[log]->Read(offset, size, w->data.data());
  if (!read.ok()) {
    store_->NoteError(read.status());
    w->data.clear();
    return false;
  }
  w->data.resize(*read);
  return *read > 0;
}

ClaimStore::ClaimStore(int writers, uint64_t spill_above_bytes)
    : serial_(next_serial++), tables_(std::make_unique<Tables>()) {
  writers = std::clamp<int>(writers, 1, kMaxWriters);
  for (int i = 0; i < writers; ++i) {
    logs_.push_back(std::make_unique<RecordLog>(spill_above_bytes));
  }
  tables_->scratch.resize(logs_.size());
}

ClaimStore::~ClaimStore() = default;
ClaimStore::ClaimStore(ClaimStore&&) = default;
ClaimStore& ClaimStore::operator=(ClaimStore&&) = default;

absl::StatusOr<ClaimStore> ClaimStore::OnDisk(int writers) {
  ClaimStore store(1);
  store.logs_.clear();
  writers = std::clamp<int>(writers, 1, kMaxWriters);
  for (int i = 0; i < writers; ++i) {
    absl::StatusOr<std::unique_ptr<RecordLog>> log =
        RecordLog::CreateTemporaryFile();
    if (!log.ok()) return log.status();
    store.logs_.push_back(std::move(*log));
  }
  absl::StatusOr<std::unique_ptr<RecordLog>> keys =
      RecordLog::CreateTemporaryFile();
  if (!keys.ok()) return keys.status();
  store.key_log_ = std::move(*keys);
  store.tables_->scratch.resize(store.logs_.size());
  return store;
}

absl::StatusOr<ClaimKey> ClaimStore::Encode(int writer, const Claim& claim) {
  ClaimKey key;
  key.low = claim.value.interval.low;
  key.high = claim.value.interval.high;
  key.document = static_cast<uint32_t>(claim.document);
  {
    std::lock_guard<std::mutex> lock(tables_->mutex);
    key.form = tables_->FormOf(claim.subject, claim.value, claim.rule);
  }

  std::string& body = tables_->scratch[writer];
  body.clear();
  EncodeClaimRecord(claim, &body);
  std::string framed;
  PutLength(body.size(), &framed);
  RecordLog& log = *logs_[writer];
  absl::StatusOr<uint64_t> offset = log.Append(framed);
  if (!offset.ok()) return offset.status();
  absl::StatusOr<uint64_t> rest = log.Append(body);
  if (!rest.ok()) return rest.status();
  if (*offset > kOffsetMask) {
    return absl::ResourceExhaustedError("a claim log passed 2 PiB");
  }
  key.record = (static_cast<uint64_t>(writer) << ClaimKey::kOffsetBits) |
               *offset |
               (claim.value.interval.low_open ? ClaimKey::kLowOpen : 0) |
               (claim.value.interval.high_open ? ClaimKey::kHighOpen : 0) |
               (claim.value.resolved ? ClaimKey::kResolved : 0);
  return key;
}

void ClaimStore::Append(const ClaimKey& key) {
  ++size_;
  if (key_log_ == nullptr) {
    keys_.push_back(key);
    return;
  }
  absl::StatusOr<uint64_t> offset = key_log_->Append(
      absl::string_view(reinterpret_cast<const char*>(&key), sizeof(ClaimKey)));
  if (!offset.ok()) NoteError(offset.status());
}

void ClaimStore::reserve(size_t n) {
  if (key_log_ == nullptr) keys_.reserve(n);
}

bool ClaimStore::ReadKeys(size_t first, size_t count,
                          std::vector<ClaimKey>* out) const {
  count = std::min(count, size_ - std::min(first, size_));
  out->resize(count);
  if (key_log_ == nullptr) {
    std::copy_n(keys_.begin() + first, count, out->begin());
    return true;
  }
  absl::StatusOr<size_t> read =
      key_log_->Read(first * sizeof(ClaimKey), count * sizeof(ClaimKey),
                     reinterpret_cast<char*>(out->data()));
  if (read.ok() && *read == count * sizeof(ClaimKey)) return true;
  NoteError(read.ok() ? absl::DataLossError(
                            absl::StrCat("error: the keys from claim ", first,
                                         " could not be read back"))
                      : read.status());
  std::fill(out->begin(), out->end(), ClaimKey());
  return false;
}

ClaimKey ClaimStore::key(size_t id) const {
  if (key_log_ == nullptr) return keys_[id];
  // Keys never change once appended, and a store's serial is never
  // reused, so a block read for (serial, first) stays true for good.
  struct Block {
    uint64_t serial = 0;
    size_t first = 0;
    std::vector<ClaimKey> keys;
  };
  thread_local Block block;
  if (block.serial != serial_ || id < block.first ||
      id >= block.first + block.keys.size()) {
    block.serial = serial_;
    block.first = id - id % kKeyBlock;
    if (!ReadKeys(block.first, kKeyBlock, &block.keys)) {
      block.serial = 0;  // not kept: a later call tries again
      return ClaimKey();
    }
  }
  return block.keys[id - block.first];
}

ClaimStore::KeyRange ClaimStore::keys() const { return KeyRange(this); }

const ClaimKey& ClaimStore::KeyIterator::operator*() const {
  if (store_->key_log_ == nullptr) return store_->keys_[id_];
  if (id_ < block_first_ || id_ >= block_first_ + block_.size()) {
    block_first_ = id_;
    store_->ReadKeys(id_, kKeyScanBlock, &block_);
  }
  return block_[id_ - block_first_];
}

void ClaimStore::push_back(const Claim& claim) {
  absl::StatusOr<ClaimKey> key = Encode(0, claim);
  if (!key.ok()) {
    NoteError(key.status());
    return;
  }
  Append(*key);
}

absl::Status ClaimStore::Absorb(ClaimStore other, uint32_t document_offset) {
  if (logs_.size() + other.logs_.size() > static_cast<size_t>(kMaxWriters)) {
    return absl::ResourceExhaustedError(
        absl::StrCat("cannot merge claim stores of ", logs_.size(), " and ",
                     other.logs_.size(), " logs"));
  }
  if (absl::Status status = other.status(); !status.ok()) return status;
  const uint64_t log_base = logs_.size();
  for (std::unique_ptr<RecordLog>& log : other.logs_) {
    logs_.push_back(std::move(log));
  }
  // The other store's forms, as this store numbers them.
  std::vector<uint32_t> forms;
  {
    std::lock_guard<std::mutex> lock(tables_->mutex);
    for (const ClaimForm& theirs : other.tables_->forms) {
      Value value = other.tables_->name_lists[theirs.names];
      value.kind = theirs.kind;
      value.unit = other.tables_->units[theirs.unit];
      forms.push_back(tables_->FormOf(other.tables_->subjects[theirs.subject],
                                      value, theirs.rule));
    }
    tables_->scratch.resize(logs_.size());
  }
  // An archive absorbed into a few drafts' store brings its keys to disk.
  if (key_log_ == nullptr && other.key_log_ != nullptr) {
    absl::StatusOr<std::unique_ptr<RecordLog>> keys =
        RecordLog::CreateTemporaryFile();
    if (!keys.ok()) return keys.status();
    std::vector<ClaimKey> held;
    held.swap(keys_);
    key_log_ = std::move(*keys);
    size_ = 0;
    for (const ClaimKey& key : held) Append(key);
  }
  const uint64_t log_field = kLogMask << ClaimKey::kOffsetBits;
  reserve(size_ + other.size_);
  for (ClaimKey key : other.keys()) {
    key.form = forms[key.form];
    key.document += document_offset;
    key.record = (key.record & ~log_field) |
                 ((key.log() + log_base) << ClaimKey::kOffsetBits);
    Append(key);
  }
  return other.status();
}

absl::Status ClaimStore::Flush() {
  if (key_log_ != nullptr) {
    if (absl::Status flushed = key_log_->Flush(); !flushed.ok()) {
      NoteError(flushed);
      return flushed;
    }
  }
  for (const std::unique_ptr<RecordLog>& log : logs_) {
    absl::Status flushed = log->Flush();
    if (!flushed.ok()) {
      NoteError(flushed);
      return flushed;
    }
  }
  return absl::OkStatus();
}

const ClaimForm& ClaimStore::form(const ClaimKey& key) const {
  return tables_->forms[key.form];
}

const std::string& ClaimStore::subject(const ClaimKey& key) const {
  return tables_->subjects[form(key).subject];
}

const std::string& ClaimStore::unit(const ClaimKey& key) const {
  return tables_->units[form(key).unit];
}

const Rule* ClaimStore::rule(const ClaimKey& key) const {
  return form(key).rule;
}

const Value& ClaimStore::names(const ClaimKey& key) const {
  return tables_->name_lists[form(key).names];
}

Claim ClaimStore::Get(size_t id) const {
  return Reader(*this, kSingleBlock).Read(id);
}

ClaimStore::Reader ClaimStore::NewReader() const {
  return Reader(*this, kIterationBlock);
}

absl::Status ClaimStore::status() const {
  std::lock_guard<std::mutex> lock(tables_->mutex);
  return tables_->status;
}

void ClaimStore::NoteError(const absl::Status& error) const {
  std::lock_guard<std::mutex> lock(tables_->mutex);
  if (tables_->status.ok()) tables_->status = error;
}

bool ClaimStore::on_disk() const {
  return std::any_of(logs_.begin(), logs_.end(),
                     [](const auto& log) { return log->on_disk(); });
}

ClaimStore::const_iterator ClaimStore::begin() const {
  return const_iterator(this, 0);
}

ClaimStore::const_iterator ClaimStore::end() const {
  return const_iterator(this, size_);
}

ClaimStore::const_iterator::const_iterator(const ClaimStore* store, size_t id)
    : store_(store), id_(id) {}

Claim ClaimStore::const_iterator::operator*() const {
  if (reader_ == nullptr) {
    // Made on first use: end() and never-read iterators cost nothing.
    reader_ = std::make_shared<Reader>(store_->NewReader());
  }
  return reader_->Read(id_);
}

}  // namespace claimdiff
