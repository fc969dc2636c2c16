// What the extract and values microbenchmarks read from the source tree:
// the bundled corpus's rule pack, loaded once per process.
#ifndef CLAIMDIFF_BENCH_MICRO_BUNDLED_H_
#define CLAIMDIFF_BENCH_MICRO_BUNDLED_H_

#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/status/statusor.h"
#include "checker/rulepack/rulepack.h"

namespace claimdiff::bench {

inline std::string SourcePath(const std::string& relative) {
  return std::string(CLAIMDIFF_SOURCE_DIR) + "/" + relative;
}

// rules/examples/vell-bridge (and rules/common, which it imports). A pack
// that does not load makes every figure meaningless, so it ends the run.
inline const RulePack& VellBridgePack() {
  static const RulePack* pack = [] {
    absl::StatusOr<RulePack> loaded =
        LoadRulePack({SourcePath("rules/examples/vell-bridge")});
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
      std::exit(2);
    }
    return new RulePack(std::move(*loaded));
  }();
  return *pack;
}

}  // namespace claimdiff::bench

#endif  // CLAIMDIFF_BENCH_MICRO_BUNDLED_H_
