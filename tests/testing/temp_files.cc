#include "tests/testing/temp_files.h"

#include <stdlib.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "gtest/gtest.h"

namespace claimdiff::testing {

namespace fs = std::filesystem;

namespace {

// This process's folder; every helper folder lives below it.
fs::path ProcessDir() {
  return (fs::path(::testing::TempDir()) /
          ("claimdiff-" + std::to_string(getpid())))
      .lexically_normal();
}

// Removes the process's folder when the test program ends, so repeated
// ctest runs do not fill the temp directory.
class RemoveProcessDir : public ::testing::Environment {
 public:
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(ProcessDir(), ec);
  }
};

const ::testing::Environment* const kCleanup =
    ::testing::AddGlobalTestEnvironment(new RemoveProcessDir);

}  // namespace

fs::path FreshTempDir(const std::string& name) {
  const fs::path dir = (ProcessDir() / name).lexically_normal();
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

fs::path TestDir() {
  const ::testing::TestInfo* info =
      ::testing::UnitTest::GetInstance()->current_test_info();
  if (info == nullptr) {
    ADD_FAILURE() << "TestDir() called outside a running test";
    return FreshTempDir("no-test");
  }
  return FreshTempDir(std::string(info->test_suite_name()) + "." +
                      info->name());
}

std::string WriteFile(const fs::path& path, const std::string& contents) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << contents;
  out.close();
  if (!out) ADD_FAILURE() << "could not write " << path.string();
  return path.string();
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  // Streaming the buffer (not an istreambuf_iterator) turns a read error,
  // such as on a folder, into an empty result instead of an exception.
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

ScopedTmpdir::ScopedTmpdir(const std::string& folder) {
  const char* saved = getenv("TMPDIR");
  had_ = saved != nullptr;
  if (had_) before_ = saved;
  setenv("TMPDIR", folder.c_str(), 1);
}

ScopedTmpdir::~ScopedTmpdir() {
  if (had_) {
    setenv("TMPDIR", before_.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
}

}  // namespace claimdiff::testing
