#include "checker/compare/claim_ids.h"

namespace claimdiff {

ClaimIds::ClaimIds(std::initializer_list<int> ids) {
  for (int id : ids) push_back(id);
}

ClaimIds::ClaimIds(const std::vector<int>& ids) {
  reserve(ids.size());
  for (int id : ids) push_back(id);
}

void ClaimIds::push_back(int id) {
  // Zigzag, so a step back is as short as a step forward.
  const int64_t delta = static_cast<int64_t>(id) - (size_ == 0 ? 0 : last_);
  uint64_t n =
      (static_cast<uint64_t>(delta) << 1) ^ static_cast<uint64_t>(delta >> 63);
  while (n >= 0x80) {
    bytes_.push_back(static_cast<char>((n & 0x7f) | 0x80));
    n >>= 7;
  }
  bytes_.push_back(static_cast<char>(n));
  last_ = id;
  ++size_;
}

void ClaimIds::clear() {
  bytes_.clear();
  size_ = 0;
  last_ = 0;
}

int ClaimIds::front() const { return *begin(); }

ClaimIds::const_iterator ClaimIds::begin() const {
  return const_iterator(this, 0);
}

ClaimIds::const_iterator ClaimIds::end() const {
  return const_iterator(this, size_);
}

std::vector<int> ClaimIds::ToVector() const {
  return std::vector<int>(begin(), end());
}

ClaimIds::const_iterator::const_iterator(const ClaimIds* ids, size_t position)
    : ids_(ids), position_(position) {
  if (position_ < ids_->size_) Decode();
}

ClaimIds::const_iterator& ClaimIds::const_iterator::operator++() {
  if (++position_ < ids_->size_) Decode();
  return *this;
}

void ClaimIds::const_iterator::Decode() {
  uint64_t n = 0;
  for (int shift = 0; next_ < ids_->bytes_.size(); shift += 7) {
    const uint8_t byte = static_cast<uint8_t>(ids_->bytes_[next_++]);
    n |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) break;
  }
  const int64_t delta =
      static_cast<int64_t>(n >> 1) ^ -static_cast<int64_t>(n & 1);
  value_ = static_cast<int>((position_ == 0 ? 0 : value_) + delta);
}

std::ostream& operator<<(std::ostream& out, const ClaimIds& ids) {
  out << "{";
  const char* separator = "";
  for (int id : ids) {
    out << separator << id;
    separator = ", ";
  }
  return out << "}";
}

}  // namespace claimdiff
