#include "checker/report/number_line.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "checker/report/html_escape.h"

namespace claimdiff {
namespace {

constexpr double kWidth = 720;
constexpr double kLabelWidth = 170;  // source names, left of the plot
constexpr double kRightPad = 24;
constexpr double kAxisHeight = 30;  // tick labels above the bars
constexpr double kRowHeight = 26;
constexpr double kBarHeight = 12;

std::string Num(double v) { return absl::StrFormat("%.1f", v); }

// Day-number ticks at the first day of years (or of months, for spans of
// under three years), so a timeline reads in calendar terms.
std::vector<double> DateTicks(double low, double high) {
  std::vector<double> ticks;
  const absl::CivilDay first = DayFromNumber(low);
  const absl::CivilDay last = DayFromNumber(high);
  const double years = (high - low) / 365.2425;
  if (years >= 3) {
    std::vector<double> steps = NiceTicks(first.year(), last.year() + 1, 5);
    for (double y : steps) {
      const double day = DayNumber(absl::CivilDay(static_cast<int>(y), 1, 1));
      if (day >= low && day <= high) ticks.push_back(day);
    }
    return ticks;
  }
  const int months = static_cast<int>(years * 12) + 1;
  const int every = months <= 6 ? 1 : months <= 12 ? 2 : months <= 24 ? 4 : 6;
  for (absl::CivilMonth m(first); m <= absl::CivilMonth(last); m += every) {
    const double day = DayNumber(absl::CivilDay(m));
    if (day >= low && day <= high) ticks.push_back(day);
  }
  if (ticks.empty()) {  // a span of days inside one month
    for (double d : NiceTicks(low, high, 5)) ticks.push_back(std::round(d));
  }
  return ticks;
}

std::string TickLabel(double value, const std::string& unit, double span) {
  if (unit == kUnitDate) {
    const absl::CivilDay day = DayFromNumber(value);
    if (span >= 3 * 365.2425) return absl::StrCat(day.year());
    if (day.day() == 1) return absl::FormatCivilTime(absl::CivilMonth(day));
    return absl::FormatCivilTime(day);
  }
  if (unit == kUnitDays) {
    // Durations are kept in days; years read better when they are long.
    if (span >= 3 * 365.2425) {
      return absl::StrCat(FormatAmount(value / 365.2425), " y");
    }
    return absl::StrCat(FormatAmount(value), " d");
  }
  const std::string amount = FormatAmount(value);
  if (unit.empty()) return amount;
  if (unit == kUnitPercent) return amount + "%";
  return absl::StrCat(amount, " ", unit);
}

}  // namespace

std::vector<double> NiceTicks(double low, double high, int count) {
  std::vector<double> ticks;
  if (!(high > low) || count < 1) return ticks;
  const double raw = (high - low) / count;
  const double magnitude = std::pow(10, std::floor(std::log10(raw)));
  double step = magnitude;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * magnitude;
    if (step >= raw) break;
  }
  for (double t = std::ceil(low / step) * step; t <= high + step * 1e-9;
       t += step) {
    ticks.push_back(std::fabs(t) < step * 1e-9 ? 0 : t);
  }
  return ticks;
}

std::string NumberLineSvg(const NumberLine& line) {
  if (line.bars.empty()) return "";
  double low = std::numeric_limits<double>::infinity();
  double high = -low;
  auto take = [&](double v) {
    if (std::isfinite(v)) {
      low = std::min(low, v);
      high = std::max(high, v);
    }
  };
  for (const NumberLineBar& bar : line.bars) {
    take(bar.interval.low);
    take(bar.interval.high);
  }
  if (line.has_band) {
    take(line.band.low);
    take(line.band.high);
  }
  if (!std::isfinite(low)) {  // every end unbounded: nothing to place
    low = 0;
    high = 1;
  }
  const double margin = high > low               ? (high - low) * 0.08
                        : line.unit == kUnitDate ? 30
                                                 : std::max(1.0, low * 0.1);
  low -= margin;
  high += margin;
  const double plot = kWidth - kLabelWidth - kRightPad;
  auto x = [&](double v) {
    if (!std::isfinite(v)) return v < 0 ? kLabelWidth : kWidth - kRightPad;
    return kLabelWidth + (v - low) / (high - low) * plot;
  };
  const double height =
      kAxisHeight + kRowHeight * static_cast<double>(line.bars.size()) + 8;

  std::string svg = absl::StrCat(
      "<svg class=\"numberline\" viewBox=\"0 0 ", Num(kWidth), " ", Num(height),
      "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">", "<title>",
      HtmlEscape(line.unit == kUnitDate ? "Timeline of each claim's dates"
                                        : "Each claim's range of values"),
      "</title>");
  if (line.has_band) {
    const double x0 = x(line.band.low);
    // A one-day or one-value consensus is still a visible stripe.
    const double x1 = std::max(x(line.band.high), x0 + 5);
    absl::StrAppend(&svg, "<rect class=\"band\" x=\"", Num(x0), "\" y=\"",
                    Num(kAxisHeight - 6), "\" width=\"", Num(x1 - x0),
                    "\" height=\"", Num(height - kAxisHeight + 2),
                    "\" rx=\"3\"/>");
  }
  const std::vector<double> ticks =
      line.unit == kUnitDate ? DateTicks(low, high) : NiceTicks(low, high, 5);
  for (double t : ticks) {
    absl::StrAppend(&svg, "<line class=\"tick\" x1=\"", Num(x(t)), "\" x2=\"",
                    Num(x(t)), "\" y1=\"", Num(kAxisHeight - 8), "\" y2=\"",
                    Num(height - 4), "\"/>", "<text class=\"ticklabel\" x=\"",
                    Num(x(t)), "\" y=\"", Num(kAxisHeight - 14),
                    "\" text-anchor=\"middle\">",
                    HtmlEscape(TickLabel(t, line.unit, high - low)), "</text>");
  }
  for (size_t i = 0; i < line.bars.size(); ++i) {
    const NumberLineBar& bar = line.bars[i];
    const double mid =
        kAxisHeight + kRowHeight * (static_cast<double>(i) + 0.5);
    const char* cls = bar.outlier ? "bar outlier" : "bar agrees";
    absl::StrAppend(&svg, "<g class=\"", cls, "\"><title>",
                    HtmlEscape(bar.title), "</title>",
                    "<text class=\"barlabel\" x=\"", Num(kLabelWidth - 10),
                    "\" y=\"", Num(mid + 4), "\" text-anchor=\"end\">",
                    HtmlEscape(bar.label), "</text>");
    const double x0 = x(bar.interval.low);
    const double x1 = x(bar.interval.high);
    if (x1 - x0 < 4 && std::isfinite(bar.interval.low) &&
        std::isfinite(bar.interval.high)) {
      absl::StrAppend(&svg, "<circle cx=\"", Num((x0 + x1) / 2), "\" cy=\"",
                      Num(mid), "\" r=\"5.5\"/>");
    } else {
      absl::StrAppend(&svg, "<rect x=\"", Num(x0), "\" y=\"",
                      Num(mid - kBarHeight / 2), "\" width=\"",
                      Num(std::max(x1 - x0, 2.0)), "\" height=\"",
                      Num(kBarHeight), "\" rx=\"6\"/>");
    }
    // Arrowheads say the range runs on past the axis.
    if (!std::isfinite(bar.interval.high)) {
      absl::StrAppend(&svg, "<path d=\"M", Num(x1), " ", Num(mid - 8), " L",
                      Num(x1 + 10), " ", Num(mid), " L", Num(x1), " ",
                      Num(mid + 8), " Z\"/>");
    }
    if (!std::isfinite(bar.interval.low)) {
      absl::StrAppend(&svg, "<path d=\"M", Num(x0), " ", Num(mid - 8), " L",
                      Num(x0 - 10), " ", Num(mid), " L", Num(x0), " ",
                      Num(mid + 8), " Z\"/>");
    }
    svg += "</g>";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace claimdiff
