#include "checker/compare/consensus.h"

#include <algorithm>
#include <limits>
#include <map>

namespace claimdiff {
namespace {

// Unions one source's intervals so that source counts once at any point.
std::vector<Interval> MergeOwn(std::vector<Interval> intervals) {
  std::sort(intervals.begin(), intervals.end(),
            [](const Interval& a, const Interval& b) {
              if (a.low != b.low) return a.low < b.low;
              return !a.low_open && b.low_open;
            });
  std::vector<Interval> merged;
  for (const Interval& iv : intervals) {
    if (!merged.empty()) {
      Interval& last = merged.back();
      // Touching ends merge unless both are open at the touch point.
      const bool touches =
          iv.low < last.high ||
          (iv.low == last.high && !(iv.low_open && last.high_open));
      if (touches) {
        if (iv.high > last.high || (iv.high == last.high && !iv.high_open)) {
          last.high = iv.high;
          last.high_open = iv.high_open;
        }
        continue;
      }
    }
    merged.push_back(iv);
  }
  return merged;
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

}  // namespace

Consensus FindConsensus(const std::vector<Vote>& votes) {
  std::map<size_t, std::vector<Interval>> by_source;
  for (const Vote& v : votes) by_source[v.source].push_back(v.interval);

  std::vector<Event> events;
  for (auto& [source, intervals] : by_source) {
    for (const Interval& iv : MergeOwn(std::move(intervals))) {
      events.push_back({iv.low, iv.low_open ? kOpenStart : kClosedStart, +1});
      events.push_back({iv.high, iv.high_open ? kOpenEnd : kClosedEnd, -1});
    }
  }
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.x != b.x) return a.x < b.x;
    return a.order < b.order;
  });

  std::vector<Piece> pieces;
  int count = 0;
  for (size_t i = 0; i < events.size();) {
    const double x = events[i].x;
    size_t j = i;
    while (j < events.size() && events[j].x == x &&
           events[j].order <= kClosedStart) {
      count += events[j++].delta;
    }
    pieces.push_back({Interval::Closed(x, x), count, j > i});
    const size_t k = j;
    while (j < events.size() && events[j].x == x) count += events[j++].delta;
    if (j < events.size()) {
      pieces.push_back({Interval{x, events[j].x, true, true}, count, j > k});
    }
    i = j;
  }

  int best = 0;
  for (const Piece& p : pieces) best = std::max(best, p.count);

  // Runs of adjacent pieces at the best count are the candidate regions.
  std::vector<Interval> regions;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].count != best) continue;
    Interval region = pieces[i].where;
    while (i + 1 < pieces.size() && pieces[i + 1].count == best &&
           !pieces[i + 1].sources_change) {
      ++i;
      region.high = pieces[i].where.high;
      region.high_open = pieces[i].where.high_open;
    }
    regions.push_back(region);
  }

  Consensus out;
  out.sources = best;
  if (!regions.empty()) out.region = regions.front();
  out.found = regions.size() == 1;
  return out;
}

}  // namespace claimdiff
