#include "checker/common/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace claimdiff {

void ParallelFor(size_t count, int jobs,
                 const std::function<void(size_t index, int worker)>& work) {
  const int threads_wanted = static_cast<int>(
      std::min<size_t>(count, static_cast<size_t>(std::max(1, jobs))));
  std::atomic<size_t> next{0};
  const auto run = [&](int worker) {
    for (size_t i = next++; i < count; i = next++) work(i, worker);
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < threads_wanted; ++t) threads.emplace_back(run, t);
  run(0);
  for (std::thread& t : threads) t.join();
}

}  // namespace claimdiff
