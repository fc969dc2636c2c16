// The measured-accuracy harness: every case in tests/values/cases/*.yaml is
// read through Normalize with the vocabulary of rules/common and compared
// with its expected reading.
// Unlike the unit tests beside it, a miss does not fail the test on its own:
// the test reports accuracy per category, lists every miss, and fails only
// when overall accuracy drops below kMinimumAccuracy. docs/values.md
// describes the case format.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "checker/common/diagnostic.h"
#include "checker/common/iso_date.h"
#include "checker/common/yaml_file.h"
#include "checker/values/expectation.h"
#include "checker/values/normalizer.h"
#include "checker/values/qualifier.h"
#include "checker/values/value.h"
#include "gtest/gtest.h"
#include "tests/values/common_vocabulary.h"
#include "yaml-cpp/yaml.h"

namespace claimdiff {
namespace {

// Overall accuracy (percent) the cases must reach: the accuracy measured
// when this was last raised, rounded down, so that it cannot regress
// (99.8%, 608 of 609 cases, when it was set). The target is 98%.
constexpr int kMinimumAccuracy = 99;

constexpr absl::string_view kCasesDir = "tests/values/cases";

std::string SourcePath(absl::string_view relative) {
  return absl::StrCat(CLAIMDIFF_SOURCE_DIR, "/", relative);
}

// Whether an expectation's unit is one a value of `kind` can have, so that
// a mistyped unit ("yeras 70", "usd 5") fails loudly instead of missing.
absl::Status FitsKind(const Expectation& e, Kind kind) {
  bool fits = false;
  absl::string_view unit = e.unit;
  // A rate is any amount per day, of money, a count or a measure.
  if (absl::ConsumeSuffix(&unit, kRateSuffix) &&
      (kind == Kind::kNumber || kind == Kind::kMoney ||
       kind == Kind::kMeasure)) {
    Expectation amount = e;
    amount.unit = std::string(unit);
    return FitsKind(amount, kind);
  }
  switch (kind) {
    case Kind::kNumber:
      fits = e.unit.empty();
      break;
    case Kind::kMoney:
      fits = e.unit.size() == 3 &&
             std::all_of(e.unit.begin(), e.unit.end(), absl::ascii_isupper);
      break;
    case Kind::kPercent:
      fits = e.unit == kUnitPercent || e.unit == kUnitPoints;
      break;
    case Kind::kDuration:
      fits = e.unit == kUnitDays;
      break;
    case Kind::kDate:
      fits = e.unit == kUnitDate;
      break;
    case Kind::kMeasure: {
      const MeasureUnit* canonical = CommonVocabulary().units.FindUnit(e.unit);
      fits = canonical != nullptr &&
             CommonVocabulary()
                     .units.FindDimension(canonical->dimension)
                     ->canonical == e.unit;
      break;
    }
  }
  if (fits) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      "unit \"", e.unit, "\" does not fit kind ", KindName(kind),
      " (counts: none; money: an ISO code such as USD; percent: % or pp; "
      "durations: days, weeks, months, years...; dates: YYYY-MM-DD bounds; "
      "measures: a canonical unit of rules/common/units.yaml such as m; "
      "rates: any of these but dates followed by /day)"));
}

// Formats a reading in the expectation syntax, so that a miss prints both
// sides alike.
std::string FormatReading(absl::string_view unit, double low, double high) {
  auto bound = [&](double x) {
    return unit == kUnitDate ? FormatDay(x) : absl::StrFormat("%.10g", x);
  };
  std::string text = unit == kUnitDays ? "days "
                     : unit.empty()    ? ""
                                       : absl::StrCat(unit, " ");
  absl::StrAppend(&text, bound(low));
  if (high != low) absl::StrAppend(&text, "..", bound(high));
  return text;
}

bool Near(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

struct Case {
  std::string file;  // relative to the repository root
  int line = 0;
  std::string category;  // the file's stem: "numbers", "dates"...
  std::string text;
  Kind kind = Kind::kNumber;
  std::optional<absl::CivilDay> published;
  std::string expect_text;
  Expectation expect;
};

// The kind each category file holds, so that a case filed in the wrong
// file or with a mistyped kind fails loudly. Other files may mix kinds.
std::optional<Kind> CategoryKind(absl::string_view category) {
  if (category == "numbers") return Kind::kNumber;
  if (category == "money") return Kind::kMoney;
  if (category == "percent") return Kind::kPercent;
  if (category == "durations") return Kind::kDuration;
  if (category == "dates") return Kind::kDate;
  if (category == "units") return Kind::kMeasure;
  return std::nullopt;
}

// Every case file, sorted, relative to the repository root.
std::vector<std::string> CaseFiles() {
  std::vector<std::string> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(SourcePath(kCasesDir))) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
      files.push_back(
          absl::StrCat(kCasesDir, "/", entry.path().filename().string()));
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Loads every case; each problem (unknown key, missing field, unknown
// kind, bad date or expectation) is a diagnostic with file:line:col.
std::vector<Case> LoadCases(std::vector<Diagnostic>* problems) {
  std::vector<Case> cases;
  for (const std::string& file : CaseFiles()) {
    YamlErrors errors(file);
    absl::StatusOr<YAML::Node> root = LoadYamlFile(SourcePath(file));
    if (!root.ok()) {
      errors.AddAt(0, 0, std::string(root.status().message()));
    } else if (!root->IsMap() || !(*root)["cases"].IsSequence()) {
      errors.AddAt(1, 1, "expected a map with a \"cases\" list");
    } else {
      const std::string category = std::filesystem::path(file).stem().string();
      for (const YAML::Node& node : (*root)["cases"]) {
        if (!node.IsMap()) {
          errors.Add(node, "a case must be a map");
          continue;
        }
        errors.CheckKeys(node, {"text", "kind", "published", "expect"}, "case");
        // Require each field, so that every missing one is reported.
        bool complete = true;
        for (absl::string_view key : {"text", "kind", "expect"}) {
          if (!errors.Require(node, key, "case")) complete = false;
        }
        if (!complete) continue;
        Case c;
        c.file = file;
        c.line = node.Mark().line + 1;
        c.category = category;
        c.text = ScalarOf(node["text"]);
        c.expect_text = ScalarOf(node["expect"]);
        absl::StatusOr<Kind> kind = ParseKind(ScalarOf(node["kind"]));
        if (!kind.ok()) {
          errors.Add(node["kind"], std::string(kind.status().message()));
          continue;
        }
        c.kind = *kind;
        if (std::optional<Kind> want = CategoryKind(category);
            want.has_value() && *want != c.kind) {
          errors.Add(
              node["kind"],
              absl::StrCat("kind ", KindName(c.kind), " in ", category,
                           ".yaml, which holds ", KindName(*want), " cases"));
          continue;
        }
        if (node["published"]) {
          absl::StatusOr<absl::CivilDay> day =
              ParseIsoDay(ScalarOf(node["published"]));
          if (!day.ok()) {
            errors.Add(node["published"], std::string(day.status().message()));
            continue;
          }
          c.published = *day;
        }
        absl::StatusOr<Expectation> expect = ParseExpectation(c.expect_text);
        if (!expect.ok()) {
          errors.Add(node["expect"],
                     absl::StrCat("expect: ", expect.status().message()));
          continue;
        }
        c.expect = *expect;
        if (absl::Status fits = FitsKind(c.expect, c.kind); !fits.ok()) {
          errors.Add(node["expect"], absl::StrCat("expect: ", fits.message()));
          continue;
        }
        if (c.text.empty()) {
          errors.Add(node["text"], "text is empty");
          continue;
        }
        cases.push_back(std::move(c));
      }
    }
    problems->insert(problems->end(), errors.diagnostics().begin(),
                     errors.diagnostics().end());
  }
  return cases;
}

// Reads one case; on a miss, `got` says what came out instead.
bool ReadsAsExpected(const Case& c, std::string* got) {
  // A case states a figure as written, so no tolerance widens it.
  ValueOptions options;
  options.tolerance_set = true;
  absl::StatusOr<Value> value =
      Normalize(c.kind, ClaimText{c.text, "", ""}, CommonVocabulary(), options,
                c.published);
  if (!value.ok()) {
    *got = absl::StrCat("error (", value.status().message(), ")");
    return false;
  }
  if (!value->resolved) {
    *got = absl::StrCat("unresolved (", value->unresolved, ")");
    return false;
  }
  const Interval& in = value->interval;
  *got = FormatReading(value->unit, in.low, in.high);
  if (value->unit != c.expect.unit) return false;
  if (c.expect.unit == kUnitDate) {
    return in.low == c.expect.low && in.high == c.expect.high;
  }
  return Near(in.low, c.expect.low) && Near(in.high, c.expect.high);
}

TEST(ValueCasesTest, FilesParseAndEveryCaseIsComplete) {
  std::vector<Diagnostic> problems;
  const std::vector<Case> cases = LoadCases(&problems);
  EXPECT_TRUE(problems.empty()) << JoinDiagnostics(problems);
  EXPECT_GE(CaseFiles().size(), 5u);
  EXPECT_GE(cases.size(), 400u);
}

TEST(ValueCasesTest, ParsesExpectations) {
  absl::StatusOr<Expectation> e = ParseExpectation("years 70..80");
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->unit, "day");
  EXPECT_DOUBLE_EQ(e->low, 70 * 365.2425);
  EXPECT_DOUBLE_EQ(e->high, 80 * 365.2425);
  e = ParseExpectation("2016-12-01..2016-12-31");
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->unit, "date");
  EXPECT_EQ(e->high - e->low, 30);
  e = ParseExpectation("USD 2.2e9");
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->unit, "USD");
  EXPECT_EQ(e->low, 2.2e9);
  EXPECT_EQ(e->high, 2.2e9);
  e = ParseExpectation("1312");
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->unit, "");
  EXPECT_FALSE(ParseExpectation("USD two").ok());
  EXPECT_FALSE(ParseExpectation("1..2..3").ok());
  EXPECT_FALSE(ParseExpectation("80..70").ok());
}

TEST(ValueCasesTest, AccuracyDoesNotRegress) {
  std::vector<Diagnostic> problems;
  const std::vector<Case> cases = LoadCases(&problems);
  ASSERT_FALSE(cases.empty()) << JoinDiagnostics(problems);

  struct Tally {
    int cases = 0;
    int correct = 0;
  };
  std::map<std::string, Tally> by_category;
  Tally total;
  std::vector<std::string> misses;
  for (const Case& c : cases) {
    std::string got;
    const bool correct = ReadsAsExpected(c, &got);
    Tally& tally = by_category[c.category];
    ++tally.cases;
    ++total.cases;
    if (correct) {
      ++tally.correct;
      ++total.correct;
    } else {
      misses.push_back(absl::StrCat(c.file, ":", c.line, ": \"", c.text,
                                    "\" expected ", c.expect_text, " got ",
                                    got));
    }
  }

  auto percent = [](const Tally& t) {
    return t.cases == 0 ? 0.0 : 100.0 * t.correct / t.cases;
  };
  // Rounded half away from zero, as bench/values-peers prints it.
  auto shown = [&](const Tally& t) { return std::round(percent(t) * 10) / 10; };
  std::cout << "misses (" << misses.size() << "):\n";
  for (const std::string& miss : misses) std::cout << miss << "\n";
  std::cout << absl::StrFormat("\n%-10s %6s %8s %9s\n", "category", "cases",
                               "correct", "accuracy");
  for (const auto& [category, tally] : by_category) {
    std::cout << absl::StrFormat("%-10s %6d %8d %8.1f%%\n", category,
                                 tally.cases, tally.correct, shown(tally));
  }
  std::cout << absl::StrFormat("%-10s %6d %8d %8.1f%%\n", "overall",
                               total.cases, total.correct, shown(total));

  EXPECT_GE(percent(total), kMinimumAccuracy)
      << "accuracy on tests/values/cases fell below kMinimumAccuracy; the "
         "misses are listed above";
}

}  // namespace
}  // namespace claimdiff
