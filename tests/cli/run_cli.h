// Running the built claimdiff binary from tests, the way a user would.
#ifndef CLAIMDIFF_TESTS_CLI_RUN_CLI_H_
#define CLAIMDIFF_TESTS_CLI_RUN_CLI_H_

#include <string>

namespace claimdiff::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `claimdiff ARGS` with the repository root as the working directory
// (so relative paths such as fixtures/corpus resolve) and NO_COLOR set.
// `args` is passed to the shell as written. `stdin_text`, when not empty,
// is fed on standard input.
CliResult RunCli(const std::string& args, const std::string& stdin_text = "");

// Runs `script` with `sh -e` in folder `cwd`, with the built claimdiff first
// on PATH and NO_COLOR set: how a reader would type a documented command.
CliResult RunShell(const std::string& script, const std::string& cwd);

// A fresh empty folder under the test temp dir, named after `name` and
// kept apart from other processes (see FreshTempDir in
// tests/testing/temp_files.h).
std::string MakeTempDir(const std::string& name);

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_CLI_RUN_CLI_H_
