// Positions in a list grouped by one byte of each entry, for matchers that
// try a vocabulary's phrases against claim text in a fixed order.
//
// A phrase can only start (or end) the text if its first (or last) byte is
// the text's, so grouping the phrases by that byte once, when the table is
// built, lets a claim try only the few that could match, in the order the
// full list would have tried them.
#ifndef CLAIMDIFF_VALUES_BYTE_BUCKETS_H_
#define CLAIMDIFF_VALUES_BYTE_BUCKETS_H_

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/types/span.h"

namespace claimdiff {

class ByteBuckets {
 public:
  // Every bucket empty.
  ByteBuckets();

  // Puts each `position` into the bucket of its `byte`. Within a bucket the
  // positions keep the order of `entries`, so a caller that lists them in
  // its priority order gets that order back.
  explicit ByteBuckets(
      const std::vector<std::pair<unsigned char, uint32_t>>& entries);

  // The positions put into the bucket of `byte`, in their given order;
  // empty when there are none.
  absl::Span<const uint32_t> Of(unsigned char byte) const {
    return absl::MakeConstSpan(positions_.data() + starts_[byte],
                               starts_[byte + 1] - starts_[byte]);
  }

 private:
  // Bucket b holds positions_[starts_[b], starts_[b + 1]).
  std::array<uint32_t, 257> starts_;
  std::vector<uint32_t> positions_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_BYTE_BUCKETS_H_
