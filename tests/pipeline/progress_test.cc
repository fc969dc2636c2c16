#include "checker/pipeline/progress.h"

#include <fcntl.h>
#include <unistd.h>

#include <string>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

TEST(FormatProgressTest, CountsFilesMegabytesClaimsAndTimeLeft) {
  struct Case {
    size_t files, total_files;
    uint64_t bytes, total_bytes;
    size_t claims;
    double seconds;
    const char* line;
  } cases[] = {
      {1204, 5000, 312400000, 1249600000, 48210, 41,
       "1,204/5,000 files \xC2\xB7 312.4 MB \xC2\xB7 48,210 claims \xC2\xB7 "
       "2:03 left"},
      {0, 10, 0, 1000, 0, 1.5,
       "0/10 files \xC2\xB7 0.0 MB \xC2\xB7 0 claims"},  // no rate yet
      {10, 10, 1000, 1000, 7, 2,
       "10/10 files \xC2\xB7 0.0 MB \xC2\xB7 7 claims"},  // done
      {1, 100, 1000000, 8000000000, 1, 1,
       "1/100 files \xC2\xB7 1.0 MB \xC2\xB7 1 claims \xC2\xB7 2:13:19 left"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FormatProgress(c.files, c.total_files, c.bytes, c.total_bytes,
                             c.claims, absl::Seconds(c.seconds)),
              c.line);
  }
}

TEST(ProgressLineTest, WritesNothingWhenNotATerminal) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  ProgressCounters counters;
  counters.total_files = 3;
  {
    ProgressLine line(&counters, fds[1]);
    counters.files = 2;
  }
  close(fds[1]);
  char buffer[16];
  EXPECT_EQ(read(fds[0], buffer, sizeof buffer), 0);  // end of file: silent
  close(fds[0]);
}

}  // namespace
}  // namespace claimdiff
