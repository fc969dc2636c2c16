#include "checker/pipeline/progress.h"

#include <unistd.h>

#include <chrono>
#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"

namespace claimdiff {
namespace {

// 48210 -> "48,210".
std::string Grouped(uint64_t n) {
  std::string digits = absl::StrCat(n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<size_t>(i), ",");
  }
  return digits;
}

std::string Clock(int64_t seconds) {
  if (seconds >= 3600) {
    return absl::StrFormat("%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60,
                           seconds % 60);
  }
  return absl::StrFormat("%d:%02d", seconds / 60, seconds % 60);
}

void WriteAll(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n <= 0) return;  // a closed terminal is no reason to stop the run
    done += static_cast<size_t>(n);
  }
}

}  // namespace

std::string FormatProgress(size_t files, size_t total_files, uint64_t bytes,
                           uint64_t total_bytes, size_t claims,
                           absl::Duration elapsed) {
  std::string line = absl::StrCat(
      Grouped(files), "/", Grouped(total_files), " files \xC2\xB7 ",
      absl::StrFormat("%.1f", static_cast<double>(bytes) / 1e6),
      " MB \xC2\xB7 ", Grouped(claims), " claims");
  if (bytes > 0 && total_bytes > bytes) {
    const double rate = static_cast<double>(bytes) /
                        std::max(absl::ToDoubleSeconds(elapsed), 1e-3);
    const double left = static_cast<double>(total_bytes - bytes) / rate;
    absl::StrAppend(&line, " \xC2\xB7 ",
                    Clock(static_cast<int64_t>(std::ceil(left))), " left");
  }
  return line;
}

ProgressLine::ProgressLine(const ProgressCounters* counters, int fd)
    : counters_(counters), fd_(fd), start_(absl::Now()) {
  if (isatty(fd_) == 1) thread_ = std::thread([this] { Run(); });
}

ProgressLine::~ProgressLine() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  stop_cv_.notify_all();
  thread_.join();
  // Leave the terminal as the report expects it: no half line.
  if (drawn_) WriteAll(fd_, "\r\x1b[2K");
}

void ProgressLine::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  // A run that ends within a second never shows a line.
  if (stop_cv_.wait_for(lock, std::chrono::seconds(1),
                        [this] { return stop_; })) {
    return;
  }
  while (!stop_) {
    const std::string line =
        FormatProgress(counters_->files.load(), counters_->total_files,
                       counters_->bytes.load(), counters_->total_bytes,
                       counters_->claims.load(), absl::Now() - start_);
    WriteAll(fd_, absl::StrCat("\r\x1b[2K", line));
    drawn_ = true;
    stop_cv_.wait_for(lock, std::chrono::milliseconds(200),
                      [this] { return stop_; });
  }
}

}  // namespace claimdiff
