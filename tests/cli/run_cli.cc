#include "tests/cli/run_cli.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"

namespace claimdiff::testing {

namespace fs = std::filesystem;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const std::string& path, const std::string& contents) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << contents;
}

std::string MakeTempDir(const std::string& name) {
  // ctest runs each test in its own process, several at once: the pid keeps
  // their folders apart.
  const fs::path dir = fs::path(::testing::TempDir()) /
                       ("claimdiff-cli-" + std::to_string(getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

CliResult RunCli(const std::string& args, const std::string& stdin_text) {
  static int counter = 0;
  const std::string base = MakeTempDir("run-" + std::to_string(counter++));
  const std::string out_path = base + "/out";
  const std::string err_path = base + "/err";
  std::string command = std::string("cd '") + CLAIMDIFF_SOURCE_DIR +
                        "' && NO_COLOR=1 '" + CLAIMDIFF_BINARY + "' " + args;
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

}  // namespace claimdiff::testing
