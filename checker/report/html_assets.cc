#include "checker/report/html_assets.h"

namespace claimdiff {

absl::string_view HtmlReportCss() {
  return R"css(
:root {
  --bg: #f6f7f9; --panel: #ffffff; --ink: #1d2433; --muted: #5b6478;
  --line: #e3e6ec; --accent: #3550c8;
  --error: #c0352b; --error-bg: #fdeceb; --warning: #b25e09;
  --warning-bg: #fff4e5; --info: #2f6fb3; --info-bg: #e9f2fc;
  --agree: #1f8f5f; --agree-bg: #e6f6ee; --band: #cdeedd;
  --mark: #fff0a8; --del: #fbd9d6; --ins: #d3f1e1;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14171d; --panel: #1c2028; --ink: #e6e9ef; --muted: #9aa3b5;
    --line: #2d333f; --accent: #8aa2ff;
    --error: #ff7b6e; --error-bg: #3a1f1d; --warning: #f0a64a;
    --warning-bg: #3a2a14; --info: #79b3f2; --info-bg: #182a3d;
    --agree: #5fd39b; --agree-bg: #17322a; --band: #1f4a36;
    --mark: #5c4d12; --del: #5a2521; --ins: #1d4a34;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
    Arial, sans-serif;
}
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas,
  "Liberation Mono", monospace; font-size: 0.9em; }
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
header.top { background: var(--panel); border-bottom: 1px solid var(--line); }
header.top .wrap { display: flex; align-items: baseline; gap: 16px;
  padding-top: 18px; padding-bottom: 18px; flex-wrap: wrap; }
.brand { font-weight: 700; font-size: 20px; letter-spacing: -0.01em; }
.brand span { color: var(--accent); }
.headline { font-size: 15px; color: var(--muted); }
.generated { margin-left: auto; color: var(--muted); font-size: 13px; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--muted); margin: 0 0 10px; }
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px;
  margin: 24px 0 16px; }
.tile { background: var(--panel); border: 1px solid var(--line);
  border-radius: 10px; padding: 14px 16px; }
.tile .n { font-size: 28px; font-weight: 700; line-height: 1.1; }
.tile .l { color: var(--muted); font-size: 13px; }
.tile.error .n { color: var(--error); }
.tile.warning .n { color: var(--warning); }
.tile.info .n { color: var(--info); }
.grid { display: grid; grid-template-columns: 3fr 2fr; gap: 12px; }
.panel { background: var(--panel); border: 1px solid var(--line);
  border-radius: 10px; padding: 16px; margin-bottom: 12px; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12px;
  text-transform: uppercase; letter-spacing: 0.04em; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line);
  vertical-align: top; }
tr:last-child td { border-bottom: 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
.small { font-size: 13px; }
.pill { display: inline-block; border-radius: 999px; padding: 1px 9px;
  font-size: 12px; font-weight: 600; white-space: nowrap; }
.pill.error { color: var(--error); background: var(--error-bg); }
.pill.warning { color: var(--warning); background: var(--warning-bg); }
.pill.info { color: var(--info); background: var(--info-bg); }
.pill.agree { color: var(--agree); background: var(--agree-bg); }
.pill.kind { color: var(--muted); background: var(--bg);
  border: 1px solid var(--line); font-weight: 500; }
ol.subjects { list-style: none; margin: 0; padding: 0; columns: 2;
  column-gap: 24px; }
ol.subjects li { padding: 4px 0; break-inside: avoid; display: flex;
  gap: 8px; align-items: baseline; }
ol.subjects a { color: var(--ink); text-decoration: none; }
ol.subjects a:hover { text-decoration: underline; }
.dot { width: 9px; height: 9px; border-radius: 50%; display: inline-block;
  flex: none; }
.dot.error { background: var(--error); }
.dot.warning { background: var(--warning); }
.dot.info { background: var(--info); }
.dot.agree { background: var(--agree); }
.filters { display: none; position: sticky; top: 0; z-index: 2;
  background: var(--bg); padding: 12px 0; gap: 12px; align-items: center;
  flex-wrap: wrap; border-bottom: 1px solid var(--line); margin-bottom: 16px; }
html.js .filters { display: flex; }
.filters label { display: inline-flex; gap: 6px; align-items: center;
  font-size: 14px; }
.filters select, .filters input[type=search] { font: inherit; padding: 5px 8px;
  border: 1px solid var(--line); border-radius: 8px; background: var(--panel);
  color: var(--ink); }
.filters input[type=search] { min-width: 220px; flex: 1; }
#f-count { color: var(--muted); font-size: 13px; margin-left: auto; }
.card { background: var(--panel); border: 1px solid var(--line);
  border-left: 5px solid var(--info); border-radius: 10px; padding: 18px 20px;
  margin-bottom: 16px; }
.card.error { border-left-color: var(--error); }
.card.warning { border-left-color: var(--warning); }
.card h3 { margin: 0; font-size: 18px; }
.card .head { display: flex; gap: 10px; align-items: center;
  flex-wrap: wrap; }
.card .rule { margin-left: auto; color: var(--muted); }
.consensus { margin: 10px 0 4px; font-size: 15px; }
.consensus strong { font-weight: 650; }
.message { margin: 4px 0; color: var(--muted); }
.note { margin: 6px 0 0; padding: 8px 12px; border-radius: 8px;
  background: var(--bg); font-size: 14px; }
figure { margin: 14px 0 6px; }
svg.numberline { width: 100%; max-width: 720px; height: auto; display: block; }
svg .band { fill: var(--band); }
svg .tick { stroke: var(--line); stroke-width: 1; }
svg .ticklabel, svg .barlabel { fill: var(--muted); font-size: 12px;
  font-family: system-ui, sans-serif; }
svg .bar.outlier rect, svg .bar.outlier circle, svg .bar.outlier path {
  fill: var(--error); }
svg .bar.agrees rect, svg .bar.agrees circle, svg .bar.agrees path {
  fill: var(--agree); }
figcaption { font-size: 12px; color: var(--muted); display: flex; gap: 14px; }
.key { display: inline-block; width: 18px; height: 8px; border-radius: 4px;
  vertical-align: middle; margin-right: 4px; }
.key.outlier { background: var(--error); }
.key.agrees { background: var(--agree); }
.key.band { background: var(--band); }
table.claims { margin-top: 12px; }
table.claims td.status { width: 1%; white-space: nowrap; }
.quote { font-weight: 600; }
.sentence { color: var(--muted); font-size: 14px; margin-top: 2px; }
mark { background: var(--mark); color: inherit; border-radius: 3px;
  padding: 0 2px; }
table.members td:first-child { width: 190px; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chip { border-radius: 6px; padding: 1px 8px; font-size: 13px;
  background: var(--agree-bg); color: var(--agree); }
.chip.bad { background: var(--error-bg); color: var(--error); }
.diff { display: grid; grid-template-columns: 1fr 1fr; gap: 12px;
  margin-top: 14px; }
.diff > div { border: 1px solid var(--line); border-radius: 8px;
  padding: 10px 12px; font-size: 14px; }
.diff .side { font-size: 12px; color: var(--muted); margin-bottom: 4px;
  text-transform: uppercase; letter-spacing: 0.04em; }
.diff del { background: var(--del); text-decoration: none;
  border-radius: 3px; }
.diff ins { background: var(--ins); text-decoration: none;
  border-radius: 3px; }
details { margin-top: 10px; }
summary { cursor: pointer; color: var(--accent); font-size: 14px; }
.empty { text-align: center; padding: 40px; color: var(--muted); }
footer { color: var(--muted); font-size: 13px; padding: 24px 0 40px; }
@media (max-width: 800px) {
  .tiles { grid-template-columns: repeat(2, 1fr); }
  .grid, .diff { grid-template-columns: 1fr; }
  ol.subjects { columns: 1; }
}
@media print {
  .filters { display: none !important; }
  .card { break-inside: avoid; }
}
)css";
}

absl::string_view HtmlReportScript() {
  return R"js(
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var severities = Array.prototype.slice.call(
      document.querySelectorAll("input[name=severity]"));
  var rule = document.getElementById("f-rule");
  var source = document.getElementById("f-source");
  var search = document.getElementById("f-search");
  var count = document.getElementById("f-count");
  function has(list, value) {
    return (" " + list + " ").indexOf(" " + value + " ") >= 0;
  }
  function apply() {
    var shown = 0;
    var q = search.value.trim().toLowerCase();
    cards.forEach(function (card) {
      var on = severities.some(function (box) {
        return box.checked && box.value === card.dataset.severity;
      });
      on = on && (!rule.value || has(card.dataset.rules, rule.value));
      on = on && (!source.value || has(card.dataset.sources, source.value));
      on = on && (!q || card.textContent.toLowerCase().indexOf(q) >= 0);
      card.hidden = !on;
      if (on) shown++;
    });
    count.textContent = shown + " of " + cards.length + " findings shown";
  }
  severities.concat([rule, source]).forEach(function (el) {
    el.addEventListener("change", apply);
  });
  search.addEventListener("input", apply);
  apply();
})();
)js";
}

}  // namespace claimdiff
