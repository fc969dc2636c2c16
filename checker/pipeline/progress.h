// A progress line for long runs: files, megabytes, claims and the time
// left, redrawn on stderr while `check` works through an archive.
//
// It only speaks to a person: nothing is written unless the stream is a
// terminal, and nothing before the run has lasted a second, so pipes, CI
// logs and quick runs stay exactly as they were.
#ifndef CLAIMDIFF_PIPELINE_PROGRESS_H_
#define CLAIMDIFF_PIPELINE_PROGRESS_H_

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "absl/time/time.h"

namespace claimdiff {

// What the workers report as they finish each source. Thread-safe; cheap
// enough to update once per file.
struct ProgressCounters {
  size_t total_files = 0;  // set before the run starts
  uint64_t total_bytes = 0;
  std::atomic<size_t> files{0};
  std::atomic<uint64_t> bytes{0};
  std::atomic<size_t> claims{0};
};

// "1,204/5,000 files · 312.4 MB · 48,210 claims · 0:41 left": the line for
// `counters` after `elapsed`. The time left extrapolates from the bytes
// done, and is left out until a file has finished.
std::string FormatProgress(size_t files, size_t total_files, uint64_t bytes,
                           uint64_t total_bytes, size_t claims,
                           absl::Duration elapsed);

// Redraws FormatProgress on file descriptor `fd` about five times a
// second, from a thread of its own, from one second after construction
// until destruction, which erases the line. Does nothing at all when `fd`
// is not a terminal.
class ProgressLine {
 public:
  ProgressLine(const ProgressCounters* counters, int fd);
  ~ProgressLine();

  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

 private:
  void Run();

  const ProgressCounters* counters_;
  int fd_;
  absl::Time start_;
  std::mutex mu_;
  std::condition_variable stop_cv_;
  bool stop_ = false;
  bool drawn_ = false;
  std::thread thread_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_PROGRESS_H_
