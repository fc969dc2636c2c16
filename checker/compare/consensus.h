// Finding the reading most sources agree on, by an interval sweep.
#ifndef CLAIMDIFF_COMPARE_CONSENSUS_H_
#define CLAIMDIFF_COMPARE_CONSENSUS_H_

#include <cstddef>
#include <vector>

#include "checker/values/value.h"

namespace claimdiff {

// One claim's say: its interval and the source it comes from.
struct Vote {
  Interval interval;
  size_t source = 0;
};

struct Consensus {
  // False when two or more disjoint regions tie for the most sources: then
  // no reading is shared by more sources than another.
  bool found = false;
  // The region covered by the most distinct sources (the first of the tied
  // regions when !found).
  Interval region;
  int sources = 0;  // how many distinct sources cover `region`
};

// Sweeps the votes' end points once, in O(k log k) for k votes, and
// returns the region where the most distinct sources overlap. A source's
// overlapping votes are merged first, so a source that repeats a claim, or
// makes two overlapping ones, counts once. Open ends are honoured: (50, 60]
// and [60, 70] meet at 60, [50, 60) and [60, 70] do not. `votes` must not
// be empty. Takes `votes` by value to sort them in place: a caller done
// with them moves them in.
Consensus FindConsensus(std::vector<Vote> votes);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_CONSENSUS_H_
