#include "tests/cli/run_cli.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>

#include "tests/testing/temp_files.h"

namespace claimdiff::testing {

std::string MakeTempDir(const std::string& name) {
  return FreshTempDir("cli-" + name).string();
}

namespace {

// Runs a shell command line with its output captured in files.
CliResult RunCommand(std::string command, const std::string& stdin_text) {
  static int counter = 0;
  const std::string base = MakeTempDir("run-" + std::to_string(counter++));
  const std::string out_path = base + "/out";
  const std::string err_path = base + "/err";
  if (!stdin_text.empty()) {
    const std::string in_path = base + "/in";
    WriteFile(in_path, stdin_text);
    command += " < '" + in_path + "'";
  } else {
    command += " < /dev/null";
  }
  command += " > '" + out_path + "' 2> '" + err_path + "'";
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

}  // namespace

CliResult RunCli(const std::string& args, const std::string& stdin_text) {
  return RunCommand(std::string("cd '") + CLAIMDIFF_SOURCE_DIR +
                        "' && NO_COLOR=1 '" + CLAIMDIFF_BINARY + "' " + args,
                    stdin_text);
}

CliResult RunShell(const std::string& script, const std::string& cwd) {
  const std::string dir =
      std::filesystem::path(CLAIMDIFF_BINARY).parent_path().string();
  const std::string script_path = MakeTempDir("script") + "/script.sh";
  WriteFile(script_path, script);
  return RunCommand("cd '" + cwd + "' && PATH='" + dir +
                        "':\"$PATH\" NO_COLOR=1 sh -e '" + script_path + "'",
                    "");
}

}  // namespace claimdiff::testing
