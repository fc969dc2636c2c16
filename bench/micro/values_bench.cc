// The values stage: Normalize over a table of typical claim texts of each
// kind, split into captures as the vell-bridge rules capture them, read
// with the pack's whole vocabulary and each rule's own options (tolerance,
// anchoring, date resolution). One benchmark per kind and one over the
// whole table; the figure is claims read per second.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "bench/micro/bundled.h"
#include "checker/values/normalizer.h"

namespace claimdiff {
namespace {

struct Case {
  const char* group;  // the benchmark it belongs to
  const char* rule;   // whose kind and options read it
  ClaimText text;
};

// What the bundled corpus's articles say, and a few forms they could.
const std::vector<Case>& Cases() {
  static const auto* cases = new std::vector<Case>{
      {"money", "bridge.repair-cost", {"$48 million", "", "about"}},
      {"money", "bridge.repair-cost", {"$47.5m"}},
      {"money", "bridge.repair-cost", {"$62 million"}},
      {"money", "bridge.repair-cost", {"€44 million"}},
      {"money", "bridge.repair-cost", {"$2.2bn"}},
      {"money", "bridge.toll-target", {"$80 million", "", "or more", true}},
      {"money", "bridge.toll-income", {"$61 million a year"}},
      {"duration", "bridge.closure-length", {"six", "weeks", "nearly"}},
      {"duration", "bridge.closure-length", {"two", "months", "less than"}},
      {"duration", "bridge.closure-length", {"six", "week"}},
      // Anchored at the publication date: the years the bridge opened.
      {"duration", "bridge.age", {"93", "year"}},
      {"duration", "bridge.age", {"90", "years", "more than"}},
      {"date", "bridge.reopening-date", {"Friday"}},
      {"date", "bridge.reopening-date", {"March 8"}},
      {"date", "bridge.reopening-date", {"March 15"}},
      {"date", "bridge.reopening-date", {"next month"}},
      {"date", "bridge.reopening-date", {"April 1"}},
      {"date", "bridge.reopening-date", {"2024-03-08"}},
      {"date", "bridge.opened", {"1931"}},
      {"percent", "bridge.freight-share", {"40%"}},
      {"percent", "bridge.freight-share", {"40 per cent", "", "nearly"}},
      {"percent", "bridge.freight-share", {"50%", "", "under"}},
      {"measure", "bridge.main-span", {"1,312-foot"}},
      {"measure", "bridge.main-span", {"400-metre"}},
      {"measure", "bridge.main-span", {"quarter-mile"}},
      {"measure", "bridge.main-span", {"1.2 km"}},
      {"count", "bridge.workforce", {"1,200"}},
      {"count", "bridge.workforce", {"1,100", "", "At least"}},
      {"count", "bridge.workforce", {"1,300", "", "Up to"}},
      {"count", "bridge.workforce", {"Between 1,100 and 1,300"}},
      {"count", "bridge.workforce", {"800", "", "About"}},
      {"count", "bridge.workforce", {"dozens"}},
  };
  return *cases;
}

// Every paper in the corpus is from the first week of March 2024.
const std::optional<absl::CivilDay> kPublished = absl::CivilDay(2024, 3, 5);

struct Reading {
  const Rule* rule;
  ClaimText text;
};

// The cases of `group` ("" for all) with their rules. A case that does not
// read would time an error path, so it ends the run.
std::vector<Reading> Readings(const std::string& group) {
  const RulePack& pack = bench::VellBridgePack();
  std::vector<Reading> out;
  for (const Case& c : Cases()) {
    if (!group.empty() && group != c.group) continue;
    const Rule* rule = pack.Find(c.rule);
    if (rule == nullptr) {
      std::fprintf(stderr, "values_bench: no rule %s\n", c.rule);
      std::exit(2);
    }
    absl::StatusOr<Value> value = Normalize(rule->kind, c.text, pack.vocabulary,
                                            rule->options, kPublished);
    if (!value.ok() || !value->resolved) {
      std::fprintf(stderr, "values_bench: %s does not read \"%s\": %s\n",
                   c.rule, std::string(c.text.value).c_str(),
                   value.ok() ? value->unresolved.c_str()
                              : value.status().ToString().c_str());
      std::exit(2);
    }
    out.push_back({rule, c.text});
  }
  return out;
}

void BM_Normalize(benchmark::State& state, const std::string& group) {
  const Vocabulary& vocabulary = bench::VellBridgePack().vocabulary;
  const std::vector<Reading> readings = Readings(group);
  for (auto _ : state) {
    for (const Reading& r : readings) {
      absl::StatusOr<Value> value = Normalize(r.rule->kind, r.text, vocabulary,
                                              r.rule->options, kPublished);
      benchmark::DoNotOptimize(value);
    }
  }
  state.SetItemsProcessed(state.iterations() * readings.size());
}

// One benchmark per kind, then the whole table.
const bool kRegistered = [] {
  for (const char* group :
       {"money", "duration", "date", "percent", "measure", "count", ""}) {
    const std::string name =
        absl::StrCat("BM_Normalize/", *group == '\0' ? "all" : group);
    benchmark::RegisterBenchmark(name.c_str(), BM_Normalize,
                                 std::string(group));
  }
  return true;
}();

}  // namespace
}  // namespace claimdiff
