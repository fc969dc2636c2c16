// Scores claimdiff's values stage and two peer parsers on the cases in
// tests/values/cases/*.yaml. Run it through run.sh, which installs the
// peers in a temporary folder.
//
// Peers:
//   - Microsoft Recognizers-Text (@microsoft/recognizers-text-suite),
//     culture en-us: NumberRecognizer for numbers, NumberWithUnit currency
//     for money, percentage for percent, DateTimeRecognizer durations (age
//     as a fallback, for "71-year-old") for durations and DateTimeRecognizer
//     for dates, and NumberWithUnit dimension for units (lengths, areas,
//     masses, volumes, speeds). Its dimension model has no time units, so
//     it has no say on durations; it has no energy or power units either
//     (kWh, MW, calories, megatons), so those units cases are its misses.
//     It has no recognizer for rates and is not scored on them: its
//     date-time model reads the "a day" of "$9.6 billion a day" as a
//     one-day duration, and pairing that with the currency, number or
//     dimension model's amount would score this script's reading of a
//     rate, not the peer's.
//   - chrono-node, `chrono.parse(text, refDate)`, dates only.
// A tool is scored only on the categories it covers ("—" in the table).
// The reference date is the case's publication date, or 2020-01-01 for
// cases that have none (their text carries its own year).
//
// Scoring rule (the same for every tool):
//   Each tool's answer is turned into one or more candidate readings, each
//   a unit (canonical, as in the cases) and an interval [low, high]:
//     claimdiff   the JSON of `claimdiff value` (one candidate);
//     Recognizers the entity that covers the most text; every alternative
//                 it resolves to is a candidate (it offers both the past
//                 and the coming Thursday, for instance). A date range's
//                 end is exclusive and becomes the day before; durations
//                 are read from the ISO 8601 timex (P18M is 18 months)
//                 with the cases' unit lengths; dimensions are converted
//                 from the unit it names into the cases' canonical unit
//                 with the cases' factors (its "Ton", which it gives for
//                 ton, tonne and t alike, is the metric tonne, as it has
//                 a separate short ton; "Barrel" is the oil barrel,
//                 "Gallon" the US gallon); a unit it names that is not in
//                 DIMENSION_UNITS is no answer; qualifier markers (Mod:
//                 more, less, approx) are not turned into intervals, so a
//                 peer's "more than 70 years" scores as 70 years;
//     chrono      the result that covers the most text; its resolution is
//                 the finest component it is certain of (a day, or a
//                 weekday; else a month; else a year), from start to end.
//   A case is correct when some candidate has the expected unit and
//     - its interval equals the expected one (numbers within a relative
//       1e-9, dates exactly), or
//     - its resolution contains the expected interval (a month range
//       when the case expects a day of that month or the month itself).
//   Anything else (no answer, a wrong unit, an exception) is a miss.
//   Containment is generous to coarse answers; claimdiff's interval
//   readings rarely benefit from it, so its column normally equals the
//   strict accuracy that tests/values/cases_test.cc reports.
//
// Usage: node peers.mjs [--repo DIR] [--claimdiff PATH] [--modules DIR]
//   (PEERS_ALL=1 in the environment also lists every case's answers)
//   --repo       repository root (default: two levels above this file)
//   --claimdiff  the binary (default: REPO/build/claimdiff)
//   --modules    folder whose node_modules holds the peers (default: the
//                folder of this file)

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.TZ = 'UTC';

const here = dirname(fileURLToPath(import.meta.url));
const args = { repo: resolve(here, '..', '..'), claimdiff: null, modules: here };
for (let i = 2; i < process.argv.length; i += 2) {
  const key = process.argv[i].replace(/^--/, '');
  if (!(key in args) || i + 1 >= process.argv.length) {
    console.error(`usage: node peers.mjs [--repo DIR] [--claimdiff PATH] [--modules DIR]`);
    process.exit(2);
  }
  args[key] = resolve(process.argv[i + 1]);
}
args.claimdiff ??= join(args.repo, 'build', 'claimdiff');

const require = createRequire(join(args.modules, 'peers.cjs'));
const YAML = require('yaml');
const Recognizers = require('@microsoft/recognizers-text-suite');
const chrono = require('chrono-node');

const CATEGORIES = ['numbers', 'money', 'percent', 'durations', 'dates', 'units', 'rates'];
const CULTURE = 'en-us';
const DEFAULT_REFERENCE = '2020-01-01';

// ---------------------------------------------------------------- dates

const MS_PER_DAY = 86400000;

// Day number (days since 1970-01-01) of a YYYY-MM-DD string, or null.
function dayNumber(iso) {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(String(iso).trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(t / MS_PER_DAY);
}

function isoOfDay(n) {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

// Day number of a Date, by its calendar date in UTC (TZ is UTC).
function dayOfDate(date) {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}

function lastDayOfMonth(y, m) {  // m 1-based
  return Math.round(Date.UTC(y, m, 0) / MS_PER_DAY);
}

// ---------------------------------------------------------- expectations

const DAYS_PER = {
  hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.436875,
  year: 365.2425, decade: 3652.425, century: 36524.25,
};

function durationUnitDays(word) {
  let w = word.toLowerCase();
  if (w === 'centuries') w = 'century';
  else if (w.endsWith('s')) w = w.slice(0, -1);
  return DAYS_PER[w] ?? null;
}

// `[UNIT ]LOW[..HIGH]` as in the case files (see tests/values/cases_test.cc).
function parseExpect(text) {
  let rest = String(text).trim();
  let unit = '';
  const space = rest.indexOf(' ');
  if (space >= 0) {
    unit = rest.slice(0, space);
    rest = rest.slice(space + 1).trim();
  }
  const parts = rest.split('..');
  if (parts.length > 2) throw new Error(`expect "${text}": more than one ".."`);
  let isDate = false;
  const bound = (s) => {
    const day = dayNumber(s);
    if (day !== null) { isDate = true; return day; }
    const x = Number(s.trim());
    if (s.trim() === '' || Number.isNaN(x)) throw new Error(`expect "${text}": "${s}" is not a number or a date`);
    return x;
  };
  let low = bound(parts[0]);
  let high = parts.length === 2 ? bound(parts[1]) : low;
  if (isDate) {
    unit = 'date';
  } else {
    const days = durationUnitDays(unit);
    if (days !== null) { low *= days; high *= days; unit = 'day'; }
  }
  return { unit, low, high };
}

// --------------------------------------------------------------- scoring

function near(a, b) {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function candidateCorrect(c, expect) {
  if (!c || c.unit !== expect.unit) return false;
  if (!Number.isFinite(c.low) && !Number.isFinite(c.high)) return false;
  const eq = expect.unit === 'date' ? (a, b) => a === b : near;
  if (eq(c.low, expect.low) && eq(c.high, expect.high)) return 'equal';
  const le = (a, b) => a <= b || eq(a, b);
  return le(c.low, expect.low) && le(expect.high, c.high) ? 'contains' : false;
}

function describe(cands) {
  if (!cands || cands.length === 0) return 'no answer';
  return cands.map((c) => {
    const f = (x) => (c.unit === 'date' ? isoOfDay(x) : String(+x.toPrecision(10)));
    const unit = c.unit === '' ? '' : c.unit === 'day' ? 'days ' : c.unit === 'date' ? '' : `${c.unit} `;
    return unit + f(c.low) + (c.high !== c.low ? `..${f(c.high)}` : '');
  }).join(' | ');
}

// ---------------------------------------------------------------- claimdiff

// The kind each single-kind category holds (as CategoryKind in
// tests/values/cases_test.cc); rates mix money, number and measure. The
// kind passed to claimdiff is always the case's own.
const CLAIMDIFF_KIND = {
  numbers: 'number', money: 'money', percent: 'percent', durations: 'duration', dates: 'date',
  units: 'measure',
};

function claimdiffAnswer(c) {
  // A case states a figure as written, so no tolerance widens it (measures
  // would otherwise take their dimension's, as a rule without one does).
  const argv = ['value', '--format', 'json', '--rules', join(args.repo, 'rules', 'common'), '--tolerance', '0', '--kind', c.kind];
  if (c.published) argv.push('--published', c.published);
  argv.push('--', c.text);
  const run = spawnSync(args.claimdiff, argv, { encoding: 'utf8', timeout: 10000 });
  if (run.error) throw run.error;
  if (run.status !== 0) return { cands: [], note: (run.stderr || '').trim().split('\n')[0] };
  const v = JSON.parse(run.stdout);
  if (!v.resolved) return { cands: [], note: 'unresolved' };
  const toNum = (x) => (v.unit === 'date' ? dayNumber(x) : Number(x));
  return { cands: [{ unit: v.unit, low: toNum(v.low), high: toNum(v.high) }] };
}

// ------------------------------------------------------------ Recognizers

// Currency names Recognizers resolves without an ISO code, and the
// amount of the named unit in that currency.
const CURRENCY_NAMES = {
  'dollar': ['USD', 1], 'united states dollar': ['USD', 1],
  'pound': ['GBP', 1], 'british pound': ['GBP', 1], 'penny': ['GBP', 0.01], 'pence': ['GBP', 0.01],
  'ruble': ['RUB', 1], 'russian ruble': ['RUB', 1],
  'cent': ['USD', 0.01], 'euro': ['EUR', 1], 'yen': ['JPY', 1],
};

// Dimension unit names Recognizers resolves (en-us), and the amount of the
// named unit in the cases' canonical unit of its dimension, with the
// definitions tests/values/cases/units.yaml states.
const FOOT = 0.3048;
const MILE = 1609.344;
const INCH = 0.0254;
const YARD = 0.9144;
const US_GALLON = 3.785411784;  // litres
const DIMENSION_UNITS = {
  // length, m
  'Kilometer': ['m', 1000], 'Hectometer': ['m', 100], 'Decameter': ['m', 10], 'Meter': ['m', 1],
  'Decimeter': ['m', 0.1], 'Centimeter': ['m', 0.01], 'Millimeter': ['m', 0.001],
  'Micrometer': ['m', 1e-6], 'Nanometer': ['m', 1e-9], 'Picometer': ['m', 1e-12],
  'Mile': ['m', MILE], 'Yard': ['m', YARD], 'Foot': ['m', FOOT], 'Inch': ['m', INCH],
  'Light year': ['m', 9460730472580800],
  // area, m2
  'Square kilometer': ['m2', 1e6], 'Square hectometer': ['m2', 1e4], 'Square decameter': ['m2', 100],
  'Square meter': ['m2', 1], 'Square decimeter': ['m2', 0.01], 'Square centimeter': ['m2', 1e-4],
  'Square millimeter': ['m2', 1e-6], 'Square inch': ['m2', INCH * INCH], 'Square foot': ['m2', FOOT * FOOT],
  'Square yard': ['m2', YARD * YARD], 'Square mile': ['m2', MILE * MILE], 'Acre': ['m2', 4046.8564224],
  // mass, kg
  'Kilogram': ['kg', 1], 'Gram': ['kg', 0.001], 'Milligram': ['kg', 1e-6], 'Microgram': ['kg', 1e-9],
  'Metric ton': ['kg', 1000], 'Ton': ['kg', 1000], 'Short ton (US)': ['kg', 907.18474],
  'Long ton (British)': ['kg', 1016.0469088], 'Pound': ['kg', 0.45359237],
  'Ounce': ['kg', 0.028349523125], 'Stone': ['kg', 6.35029318], 'Grain': ['kg', 6.479891e-5],
  // volume, l (Recognizers files "Gallon" under weight)
  'Cubic meter': ['l', 1000], 'Cubic centimeter': ['l', 0.001], 'Cubic millimiter': ['l', 1e-6],
  'Hectoliter': ['l', 100], 'Decaliter': ['l', 10], 'Liter': ['l', 1], 'Deciliter': ['l', 0.1],
  'Centiliter': ['l', 0.01], 'Milliliter': ['l', 0.001],
  'Cubic inch': ['l', 1000 * INCH ** 3], 'Cubic foot': ['l', 1000 * FOOT ** 3],
  'Cubic yard': ['l', 1000 * YARD ** 3], 'Cubic mile': ['l', 1000 * MILE ** 3],
  'Gallon': ['l', US_GALLON], 'Quart': ['l', US_GALLON / 4], 'Pint': ['l', US_GALLON / 8],
  'Cup': ['l', US_GALLON / 16], 'Fluid ounce': ['l', US_GALLON / 128],
  'Barrel': ['l', 158.987294928],
  // speed, km/h
  'Kilometer per hour': ['km/h', 1], 'Kilometer per minute': ['km/h', 60],
  'Kilometer per second': ['km/h', 3600], 'Meter per second': ['km/h', 3.6],
  'Mile per hour': ['km/h', 1.609344], 'Knot': ['km/h', 1.852],
  'Foot per second': ['km/h', FOOT * 3.6], 'Foot per minute': ['km/h', FOOT * 0.06],
  'Yard per second': ['km/h', YARD * 3.6], 'Yard per minute': ['km/h', YARD * 0.06],
};

function longest(entities) {
  let best = null;
  for (const e of entities || []) {
    const len = (e.end ?? 0) - (e.start ?? 0);
    if (!best || len > (best.end - best.start)) best = e;
  }
  return best;
}

// Seconds are what Recognizers resolves to, with 30-day months and 365-day
// years; the timex keeps what was written.
function timexDays(timex) {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(timex || '');
  if (!m || timex === 'P' || timex === 'PT') return null;
  const n = (i) => (m[i] ? Number(m[i]) : 0);
  return n(1) * DAYS_PER.year + n(2) * DAYS_PER.month + n(3) * 7 + n(4) + n(5) / 24 + n(6) / 1440 + n(7) / 86400;
}

function recognizersDateCandidates(entity) {
  const cands = [];
  for (const v of entity?.resolution?.values || []) {
    const type = v.type || '';
    if (type === 'date' || type === 'datetime') {
      const d = dayNumber(String(v.value || '').slice(0, 10));
      if (d !== null) cands.push({ unit: 'date', low: d, high: d });
    } else if (type === 'daterange' || type === 'datetimerange') {
      const s = v.start ? dayNumber(String(v.start).slice(0, 10)) : null;
      const e = v.end ? dayNumber(String(v.end).slice(0, 10)) : null;
      if (s !== null && e !== null) cands.push({ unit: 'date', low: s, high: Math.max(s, e - 1) });
      else if (s !== null) cands.push({ unit: 'date', low: s, high: Infinity });
      else if (e !== null) cands.push({ unit: 'date', low: -Infinity, high: e - 1 });
    }
  }
  return cands;
}

function recognizersAnswer(c, reference) {
  const text = c.text;
  switch (c.category) {
    case 'numbers': {
      const e = longest(Recognizers.recognizeNumber(text, CULTURE));
      const x = Number(e?.resolution?.value);
      return e && Number.isFinite(x) ? [{ unit: '', low: x, high: x }] : [];
    }
    case 'money': {
      const e = longest(Recognizers.recognizeCurrency(text, CULTURE));
      const r = e?.resolution;
      if (!r || r.value === null || r.value === undefined) return [];
      let code = r.isoCurrency;
      let factor = 1;
      if (!code) {
        const known = CURRENCY_NAMES[String(r.unit || '').toLowerCase()];
        if (!known) return [];
        [code, factor] = known;
      }
      const x = Number(r.value) * factor;
      return Number.isFinite(x) ? [{ unit: code, low: x, high: x }] : [];
    }
    case 'percent': {
      const e = longest(Recognizers.recognizePercentage(text, CULTURE));
      const x = Number(String(e?.resolution?.value ?? '').replace('%', ''));
      return e && Number.isFinite(x) ? [{ unit: '%', low: x, high: x }] : [];
    }
    case 'durations': {
      const e = longest(Recognizers.recognizeDateTime(text, CULTURE, undefined, reference));
      const cands = [];
      for (const v of e?.resolution?.values || []) {
        if (v.type !== 'duration') continue;
        const days = timexDays(v.timex);
        if (days !== null) cands.push({ unit: 'day', low: days, high: days });
      }
      if (cands.length > 0) return cands;
      const age = longest(Recognizers.recognizeAge(text, CULTURE));
      const unitDays = durationUnitDays(String(age?.resolution?.unit || ''));
      const x = Number(age?.resolution?.value);
      return age && unitDays !== null && Number.isFinite(x) ? [{ unit: 'day', low: x * unitDays, high: x * unitDays }] : [];
    }
    case 'units': {
      const e = longest(Recognizers.recognizeDimension(text, CULTURE));
      const r = e?.resolution;
      const known = DIMENSION_UNITS[String(r?.unit ?? '')];
      if (!r || r.value === null || r.value === undefined || !known) return [];
      const x = Number(r.value) * known[1];
      return Number.isFinite(x) ? [{ unit: known[0], low: x, high: x }] : [];
    }
    case 'dates':
      return recognizersDateCandidates(longest(Recognizers.recognizeDateTime(text, CULTURE, undefined, reference)));
    default:
      return [];
  }
}

// ------------------------------------------------------------------ chrono

// The range a chrono component stands for at the finest unit it is
// certain of.
function chronoRange(component) {
  const day = dayOfDate(component.date());
  if (component.isCertain('day') || component.isCertain('weekday')) return [day, day];
  const y = component.get('year');
  const m = component.get('month');
  if (component.isCertain('month')) {
    return [dayNumber(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`), lastDayOfMonth(y, m)];
  }
  if (component.isCertain('year')) {
    return [dayNumber(`${String(y).padStart(4, '0')}-01-01`), dayNumber(`${String(y).padStart(4, '0')}-12-31`)];
  }
  return [day, day];
}

function chronoAnswer(c, reference) {
  if (c.category !== 'dates') return null;
  const results = chrono.parse(c.text, reference);
  let best = null;
  for (const r of results) if (!best || r.text.length > best.text.length) best = r;
  if (!best) return [];
  const [low, startHigh] = chronoRange(best.start);
  const high = best.end ? chronoRange(best.end)[1] : startHigh;
  return [{ unit: 'date', low, high }];
}

// -------------------------------------------------------------------- main

function loadCases() {
  const dir = join(args.repo, 'tests', 'values', 'cases');
  const cases = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const category = name.replace(/\.yaml$/, '');
    const source = readFileSync(join(dir, name), 'utf8');
    const doc = YAML.parseDocument(source);
    const lineOf = (offset) => source.slice(0, offset).split('\n').length;
    for (const item of doc.get('cases')?.items || []) {
      const c = item.toJSON();
      cases.push({
        file: `tests/values/cases/${name}`,
        line: lineOf(item.range?.[0] ?? 0),
        category,
        text: String(c.text),
        kind: String(c.kind),
        published: c.published ? String(c.published) : null,
        expectText: String(c.expect),
        expect: null,
      });
      try {
        cases.at(-1).expect = parseExpect(c.expect);
      } catch (err) {
        // cases_test.cc rejects such a case; here it is skipped, not fatal.
        console.error(`${cases.at(-1).file}:${cases.at(-1).line}: skipped: ${err.message}`);
        cases.pop();
      }
    }
  }
  return cases;
}

function referenceDate(c) {
  const [y, m, d] = (c.published || DEFAULT_REFERENCE).split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}

const TOOLS = [
  { name: 'claimdiff', covers: () => true, answer: claimdiffAnswer },
  { name: 'Recognizers-Text', covers: (cat) => cat !== 'rates', answer: (c) => recognizersAnswer(c, referenceDate(c)) },
  { name: 'chrono-node', covers: (cat) => cat === 'dates', answer: (c) => chronoAnswer(c, referenceDate(c)) },
];

const cases = loadCases();
const tally = {};  // tool -> category -> {covered, correct, contains}
const results = [];  // per case: tool -> {correct, got}
for (const c of cases) {
  const row = {};
  for (const tool of TOOLS) {
    if (!tool.covers(c.category)) continue;
    let cands = [];
    let note = '';
    try {
      const answer = tool.answer(c) || [];
      cands = Array.isArray(answer) ? answer : answer.cands;
      note = Array.isArray(answer) || answer.cands.length > 0 ? '' : answer.note || '';
    } catch (err) {
      note = `threw: ${String(err && err.message ? err.message : err).split('\n')[0]}`;
    }
    const verdicts = cands.map((cand) => candidateCorrect(cand, c.expect));
    const correct = verdicts.some(Boolean);
    row[tool.name] = { correct, got: note || describe(cands) };
    const t = ((tally[tool.name] ??= {})[c.category] ??= { covered: 0, correct: 0, contains: 0 });
    t.covered += 1;
    if (correct) t.correct += 1;
    if (correct && !verdicts.includes('equal')) t.contains += 1;
  }
  results.push(row);
}

const cell = (t) => (t ? `${t.correct}/${t.covered} (${(100 * t.correct / t.covered).toFixed(1)}%)` : '—');
const width = 24;
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - [...s].length));
console.log(`cases: ${cases.length} in tests/values/cases; claimdiff: ${relative(args.repo, args.claimdiff) || args.claimdiff}`);
const version = (name) => {
  try {
    return JSON.parse(readFileSync(join(args.modules, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};
console.log(`Recognizers-Text ${version('@microsoft/recognizers-text-suite')}, chrono-node ${version('chrono-node')}\n`);
console.log(pad('category', 11) + TOOLS.map((t) => pad(t.name, width)).join(''));
const seen = [...new Set(cases.map((c) => c.category))].filter((cat) => !CATEGORIES.includes(cat));
for (const cat of [...CATEGORIES, ...seen, 'overall']) {
  const cells = TOOLS.map((tool) => {
    const byCat = tally[tool.name] || {};
    if (cat !== 'overall') return pad(cell(byCat[cat]), width);
    const sum = Object.values(byCat).reduce((a, t) => ({ covered: a.covered + t.covered, correct: a.correct + t.correct }), { covered: 0, correct: 0 });
    return pad(sum.covered ? cell(sum) : '—', width);
  });
  console.log(pad(cat, 11) + cells.join(''));
}
// How much of each column the generous half of the rule accounts for.
const containsOnly = TOOLS.map((tool) => Object.values(tally[tool.name] || {}).reduce((a, t) => a + t.contains, 0));
console.log(pad('contained', 11) + containsOnly.map((n) => pad(String(n), width)).join(''));
console.log('(contained: cases counted correct only because the answer contains the expected reading)');

for (const tool of TOOLS.slice(1)) {
  const wins = cases
    .map((c, i) => [c, results[i]])
    .filter(([, r]) => r[tool.name]?.correct && !r.claimdiff.correct);
  console.log(`\n${tool.name} right, claimdiff wrong (${wins.length}):`);
  for (const [c, r] of wins) {
    console.log(`  ${c.file}:${c.line}: "${c.text}" expected ${c.expectText}; ${tool.name} ${r[tool.name].got}; claimdiff ${r.claimdiff.got}`);
  }
}

if (process.env.PEERS_ALL) {
  console.log('\nevery case (+ correct, - miss):');
  cases.forEach((c, i) => {
    const answers = TOOLS.filter((t) => results[i][t.name])
      .map((t) => `${results[i][t.name].correct ? '+' : '-'}${t.name}: ${results[i][t.name].got}`);
    console.log(`  ${c.file}:${c.line}: "${c.text}" expected ${c.expectText}\n      ${answers.join('\n      ')}`);
  });
}
