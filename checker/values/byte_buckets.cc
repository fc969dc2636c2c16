#include "checker/values/byte_buckets.h"

#include <algorithm>

namespace claimdiff {

ByteBuckets::ByteBuckets() { starts_.fill(0); }

ByteBuckets::ByteBuckets(
    const std::vector<std::pair<unsigned char, uint32_t>>& entries) {
  // A counting sort: stable, so each bucket keeps the entries' order.
  starts_.fill(0);
  for (const auto& [byte, position] : entries) ++starts_[byte + 1];
  for (size_t b = 1; b < starts_.size(); ++b) starts_[b] += starts_[b - 1];
  std::array<uint32_t, 256> next;
  std::copy(starts_.begin(), starts_.begin() + 256, next.begin());
  positions_.resize(entries.size());
  for (const auto& [byte, position] : entries) {
    positions_[next[byte]++] = position;
  }
}

}  // namespace claimdiff
