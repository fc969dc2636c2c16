// A finding's list of claim ids, held in about a byte per id.
#ifndef CLAIMDIFF_COMPARE_CLAIM_IDS_H_
#define CLAIMDIFF_COMPARE_CLAIM_IDS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <ostream>
#include <string>
#include <vector>

namespace claimdiff {

// Claim ids in the order they were added, stored as the differences
// between neighbours, each a zigzag varint.
//
// A finding lists every claim of its group, and over a 1 GB archive the
// findings listed 4 million ids: 16 MB as ints, the last part of a run's
// memory that grew with its claims. A group's ids ascend and are close
// together, so most differences fit a byte. Any order is kept (a
// hand-built finding may list ids unsorted), at more bytes per id.
//
// Reading is sequential only: begin() to end(), front(), size().
class ClaimIds {
 public:
  class const_iterator;

  ClaimIds() = default;
  ClaimIds(std::initializer_list<int> ids);
  explicit ClaimIds(const std::vector<int>& ids);

  void push_back(int id);
  void clear();
  // Room for `n` ids of one byte each.
  void reserve(size_t n) { bytes_.reserve(n); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  int front() const;  // size() > 0

  const_iterator begin() const;
  const_iterator end() const;

  std::vector<int> ToVector() const;

  // Bytes the encoded ids take (their capacity aside).
  size_t encoded_bytes() const { return bytes_.size(); }

  friend bool operator==(const ClaimIds& a, const ClaimIds& b) {
    return a.size_ == b.size_ && a.bytes_ == b.bytes_;
  }
  friend bool operator!=(const ClaimIds& a, const ClaimIds& b) {
    return !(a == b);
  }

 private:
  std::string bytes_;
  size_t size_ = 0;
  int last_ = 0;  // the id added last, which the next is told from
};

class ClaimIds::const_iterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = int;
  using difference_type = std::ptrdiff_t;
  using pointer = const int*;
  using reference = int;

  const_iterator() = default;
  int operator*() const { return value_; }
  const_iterator& operator++();
  const_iterator operator++(int) {
    const_iterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const const_iterator& other) const {
    return position_ == other.position_;
  }
  bool operator!=(const const_iterator& other) const {
    return position_ != other.position_;
  }

 private:
  friend class ClaimIds;
  const_iterator(const ClaimIds* ids, size_t position);
  // Decodes the id that starts at next_ into value_.
  void Decode();

  const ClaimIds* ids_ = nullptr;
  size_t position_ = 0;  // which id, 0 to size(); end() is size()
  size_t next_ = 0;      // byte offset of the id after this one
  int value_ = 0;
};

// Whether `a` lists the ids of `b`, in the same order.
inline bool operator==(const ClaimIds& a, const std::vector<int>& b) {
  return a.size() == b.size() && std::equal(b.begin(), b.end(), a.begin());
}
inline bool operator==(const std::vector<int>& a, const ClaimIds& b) {
  return b == a;
}

// For test failures: "{1, 5, 9}".
std::ostream& operator<<(std::ostream& out, const ClaimIds& ids);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_CLAIM_IDS_H_
