// The picture on each card of the HTML report: every claim's interval as a
// bar on one axis, the consensus shaded behind them, outliers in their own
// colour. Dates (and anchored durations, which are dates) get a timeline.
#ifndef CLAIMDIFF_REPORT_NUMBER_LINE_H_
#define CLAIMDIFF_REPORT_NUMBER_LINE_H_

#include <string>
#include <vector>

#include "checker/values/value.h"

namespace claimdiff {

struct NumberLineBar {
  std::string label;  // the source, shown left of the bar
  std::string title;  // the claim and its reading, shown on hover
  Interval interval;  // infinite ends are drawn as arrows at the edge
  bool outlier = false;
};

struct NumberLine {
  // The claims' canonical unit: "date" draws a timeline, anything else a
  // number line whose ticks carry the unit.
  std::string unit;
  std::vector<NumberLineBar> bars;
  bool has_band = false;
  Interval band;  // the consensus
};

// An inline <svg> element (no external references, fonts or scripts) for
// `line`, with a <title> for screen readers. Every text is escaped. The
// axis spans every finite bound with a margin; a single point gets a
// margin of its own so it is not drawn at the edge. Empty string when
// there are no bars.
std::string NumberLineSvg(const NumberLine& line);

// Tick positions for an axis over [low, high]: "nice" steps (1, 2 or 5
// times a power of ten) giving about `count` ticks, all inside the range.
std::vector<double> NiceTicks(double low, double high, int count);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_NUMBER_LINE_H_
