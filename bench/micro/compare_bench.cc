// The compare stage at corpus scale: Compare and FindConsensus over N
// resolved claims on one subject, in a ClaimStore as a run holds them.
// Claims are built by hand (as tests/report/fixtures.h does), so the
// figure is the comparator's alone.
//
// The claims are a money figure most sources agree on (intervals around
// USD 48 million, of different widths, a few open-ended "more than"
// readings) and about 5% outliers in two far-off clusters, so Compare
// finds a consensus and reports one conflict naming the outliers. Each
// source states the figure `per_source` times: twice, as a lede and a recap
// do, for every N, and once at 10^6, the most sources one subject can have
// and so the most work for the per-source steps.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "checker/compare/comparator.h"
#include "checker/compare/consensus.h"
#include "checker/rulepack/rule.h"

namespace claimdiff {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Corpus {
  Rule rule;
  std::vector<Document> documents;
  // In memory, as a run below the spill threshold keeps them; Compare
  // reads keys either way, and whole claims only for the message.
  ClaimStore claims;
};

// The same claims for the same arguments on every run.
Corpus& MakeCorpus(int64_t n, int64_t per_source) {
  // Built once per shape and kept: building 10^6 claims takes longer than
  // comparing them, and benchmark repetitions must not pay for it.
  static auto* cache = new std::vector<std::pair<int64_t, Corpus*>>;
  const int64_t key = n * 16 + per_source;
  for (const auto& [shape, corpus] : *cache) {
    if (shape == key) return *corpus;
  }
  auto* corpus = new Corpus;
  Rule& rule = corpus->rule;
  rule.id = "bridge.repair-cost";
  rule.kind = Kind::kMoney;
  rule.subject = "vell-bridge/repair-cost";
  rule.severity = Severity::kError;
  rule.message =
      "{source} puts the repair bill at {value}, against {consensus} in "
      "{other.source}.";

  const int64_t sources = std::max<int64_t>(1, n / per_source);
  corpus->documents.resize(sources);
  for (int64_t i = 0; i < sources; ++i) {
    corpus->documents[i].meta.path =
        absl::StrFormat("news/%07d.txt", static_cast<int>(i));
  }

  std::mt19937_64 random(42);
  std::uniform_real_distribution<double> jitter(0.0, 1.0);
  corpus->claims.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    Claim claim;
    claim.id = static_cast<int>(i);
    claim.document = static_cast<size_t>(i % sources);
    claim.rule = &rule;
    claim.subject = rule.subject;
    claim.value.kind = Kind::kMoney;
    claim.value.unit = "USD";
    const double pick = jitter(random);
    double figure;
    if (pick < 0.03) {
      // "$62 million": a rival figure.
      figure = 62e6 + 1e6 * jitter(random);
      claim.value.interval = Interval::Closed(figure * 0.98, figure * 1.02);
    } else if (pick < 0.05) {
      // "$90 million": a reader comment that slipped through.
      figure = 90e6;
      claim.value.interval = Interval::Closed(88.2e6, 91.8e6);
    } else if (pick < 0.15) {
      // "more than $40 million": open to the right.
      figure = 40e6;
      claim.value.interval = Interval{40e6, kInf, true, true};
    } else {
      // "about $48 million", "$47.5m", "$48.2m": all cover 48 million.
      figure = 47e6 + 2e6 * jitter(random);
      const double half = figure * (0.02 + 0.02 * jitter(random));
      claim.value.interval =
          Interval::Closed(std::min(figure - half, 48e6 - 1e5),
                           std::max(figure + half, 48e6 + 1e5));
    }
    claim.text = absl::StrCat("$", figure / 1e6, " million");
    claim.value.reading = absl::StrCat(claim.text, " -> USD ", figure);
    corpus->claims.push_back(claim);
  }
  cache->push_back({key, corpus});
  return *corpus;
}

void BM_Compare(benchmark::State& state) {
  const Corpus& corpus = MakeCorpus(state.range(0), state.range(1));
  size_t findings = 0;
  for (auto _ : state) {
    std::vector<Finding> out = Compare(corpus.claims, corpus.documents);
    findings = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.counters["findings"] = static_cast<double>(findings);
}
// Claims 10^3..10^6, two per source, then 10^6 from as many sources.
void Shapes(benchmark::internal::Benchmark* b) {
  b->ArgNames({"claims", "per_source"});
  for (int64_t n = 1000; n <= 1000000; n *= 10) b->Args({n, 2});
  b->Args({1000000, 1});
  b->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_Compare)->Apply(Shapes);

void BM_FindConsensus(benchmark::State& state) {
  const Corpus& corpus = MakeCorpus(state.range(0), state.range(1));
  std::vector<Vote> votes;
  votes.reserve(corpus.claims.size());
  for (const ClaimKey& key : corpus.claims.keys()) {
    votes.push_back({key.interval(), key.document});
  }
  for (auto _ : state) {
    // A copy per run, as Compare moves its own votes in.
    Consensus consensus = FindConsensus(votes);
    benchmark::DoNotOptimize(consensus);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_FindConsensus)->Apply(Shapes);

}  // namespace
}  // namespace claimdiff
