#include "checker/compare/consensus.h"

#include <algorithm>
#include <vector>

namespace claimdiff {
namespace {

// Orders intervals by where they start, a closed start before an open one.
bool StartsBefore(const Interval& a, const Interval& b) {
  if (a.low != b.low) return a.low < b.low;
  return !a.low_open && b.low_open;
}

// Events at one coordinate are applied in this order so the count after
// kClosedStart is the coverage of the point x itself, and the count after
// kOpenStart is the coverage just right of x.
enum EventOrder {
  kOpenEnd = 0,
  kClosedStart = 1,
  kClosedEnd = 2,
  kOpenStart = 3
};

struct Event {
  double x;
  int order;
  int delta;
};

void AddEvents(const Interval& iv, std::vector<Event>* events) {
  events->push_back({iv.low, iv.low_open ? kOpenStart : kClosedStart, +1});
  events->push_back({iv.high, iv.high_open ? kOpenEnd : kClosedEnd, -1});
}

// The events of every source's intervals, each source's own intervals
// unioned first so that a source counts once at any point. `votes` is
// sorted by source, then by start.
std::vector<Event> MergedEvents(const std::vector<Vote>& votes) {
  std::vector<Event> events;
  events.reserve(2 * votes.size());
  for (size_t i = 0; i < votes.size();) {
    Interval last = votes[i].interval;
    size_t j = i + 1;
    for (; j < votes.size() && votes[j].source == votes[i].source; ++j) {
      const Interval& iv = votes[j].interval;
      // Touching ends merge unless both are open at the touch point.
      const bool touches =
          iv.low < last.high ||
          (iv.low == last.high && !(iv.low_open && last.high_open));
      if (!touches) {
        AddEvents(last, &events);
        last = iv;
      } else if (iv.high > last.high ||
                 (iv.high == last.high && !iv.high_open)) {
        last.high = iv.high;
        last.high_open = iv.high_open;
      }
    }
    AddEvents(last, &events);
    i = j;
  }
  return events;
}

// A piece of the axis with a constant count: either the point x (low ==
// high, closed) or the open segment between two event coordinates.
struct Piece {
  Interval where;
  int count;
  // True when some source starts or stops covering at the boundary before
  // this piece. With equal counts on both sides, that means different
  // sources, so the two pieces are different readings.
  bool sources_change;
};

// Calls visit(piece) for each piece of the axis, left to right, over
// `events` sorted by coordinate then EventOrder. Pieces are visited rather
// than stored: at 10^6 votes a vector of them was a quarter of the sweep.
template <typename Visit>
void Sweep(const std::vector<Event>& events, Visit visit) {
  int count = 0;
  for (size_t i = 0; i < events.size();) {
    const double x = events[i].x;
    size_t j = i;
    while (j < events.size() && events[j].x == x &&
           events[j].order <= kClosedStart) {
      count += events[j++].delta;
    }
    visit(Piece{Interval::Closed(x, x), count, j > i});
    const size_t k = j;
    while (j < events.size() && events[j].x == x) count += events[j++].delta;
    if (j < events.size()) {
      visit(Piece{Interval{x, events[j].x, true, true}, count, j > k});
    }
    i = j;
  }
}

}  // namespace

Consensus FindConsensus(std::vector<Vote> votes) {
  // One sort by source groups each source's votes for merging, without the
  // map of per-source vectors (an allocation per source) it replaces. In
  // place, and the votes freed once merged: over an archive one subject
  // has a million of them.
  std::sort(votes.begin(), votes.end(), [](const Vote& a, const Vote& b) {
    if (a.source != b.source) return a.source < b.source;
    return StartsBefore(a.interval, b.interval);
  });
  std::vector<Event> events = MergedEvents(votes);
  std::vector<Vote>().swap(votes);
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.x != b.x) return a.x < b.x;
    return a.order < b.order;
  });

  int best = 0;
  Sweep(events, [&](const Piece& p) { best = std::max(best, p.count); });

  // Runs of adjacent pieces at the best count are the candidate regions;
  // only the first, and whether there is another, matter.
  Consensus out;
  out.sources = best;
  int regions = 0;
  bool in_run = false;
  Sweep(events, [&](const Piece& p) {
    if (p.count != best) {
      in_run = false;
    } else if (in_run && !p.sources_change) {
      if (regions == 1) {
        out.region.high = p.where.high;
        out.region.high_open = p.where.high_open;
      }
    } else {
      if (++regions == 1) out.region = p.where;
      in_run = true;
    }
  });
  out.found = regions == 1;
  return out;
}

}  // namespace claimdiff
