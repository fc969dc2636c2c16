#include "checker/common/parallel.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

struct ParallelCase {
  size_t count;
  int jobs;
};

TEST(ParallelForTest, EveryIndexRunsExactlyOnceOnAKnownWorker) {
  const ParallelCase cases[] = {{0, 4}, {1, 4},    {5, 1}, {5, 0},
                                {7, 3}, {1000, 2}, {3, 8}};
  for (const ParallelCase& c : cases) {
    std::vector<std::atomic<int>> calls(c.count);
    std::atomic<bool> worker_in_range{true};
    ParallelFor(c.count, c.jobs, [&](size_t i, int worker) {
      ++calls[i];
      const int threads = std::max(1, std::min<int>(c.jobs, c.count));
      if (worker < 0 || worker >= threads) worker_in_range = false;
    });
    for (size_t i = 0; i < c.count; ++i) {
      EXPECT_EQ(calls[i].load(), 1) << c.count << " " << c.jobs << " " << i;
    }
    EXPECT_TRUE(worker_in_range) << c.count << " " << c.jobs;
  }
}

TEST(ParallelForTest, OneJobRunsOnTheCallingThreadInOrder) {
  std::vector<size_t> order;
  const std::thread::id caller = std::this_thread::get_id();
  bool elsewhere = false;
  ParallelFor(6, 1, [&](size_t i, int) {
    order.push_back(i);
    if (std::this_thread::get_id() != caller) elsewhere = true;
  });
  EXPECT_EQ(order, (std::vector<size_t>{0, 1, 2, 3, 4, 5}));
  EXPECT_FALSE(elsewhere);
}

TEST(ParallelForTest, SeveralJobsUseSeveralThreads) {
  // Each call waits until a second thread has joined in, so this only
  // finishes if two run at once (it would hang, not pass, on one thread;
  // the wait gives up after a while to fail instead).
  std::atomic<int> running{0};
  std::atomic<bool> overlapped{false};
  std::mutex m;
  std::set<std::thread::id> ids;
  ParallelFor(2, 2, [&](size_t, int) {
    {
      std::lock_guard<std::mutex> lock(m);
      ids.insert(std::this_thread::get_id());
    }
    ++running;
    for (int spin = 0; spin < 2000 && running.load() < 2; ++spin) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (running.load() == 2) overlapped = true;
  });
  EXPECT_TRUE(overlapped);
  EXPECT_EQ(ids.size(), 2u);
}

}  // namespace
}  // namespace claimdiff
