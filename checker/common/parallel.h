// Running independent pieces of work on a few threads.
#ifndef CLAIMDIFF_COMMON_PARALLEL_H_
#define CLAIMDIFF_COMMON_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace claimdiff {

// Calls work(index, worker) once for every index in [0, count), on up to
// `jobs` threads (the calling thread is one of them), and returns when all
// calls have. Indexes are handed out in increasing order as threads come
// free, so uneven pieces balance; `worker` (0 to jobs - 1) names the thread,
// for state kept per thread. With count or jobs at most 1 every call runs
// on the calling thread, and no thread is started.
void ParallelFor(size_t count, int jobs,
                 const std::function<void(size_t index, int worker)>& work);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_PARALLEL_H_
