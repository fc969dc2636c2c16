// Temporary files and folders for tests: one copy of the helpers that every
// test binary uses to set up inputs on disk and read outputs back.
#ifndef CLAIMDIFF_TESTS_TESTING_TEMP_FILES_H_
#define CLAIMDIFF_TESTS_TESTING_TEMP_FILES_H_

#include <filesystem>
#include <string>

namespace claimdiff::testing {

// A fresh, empty folder TempDir()/claimdiff-<pid>/<name>, replacing whatever
// was there. The pid keeps apart the processes ctest runs in parallel.
// `name` may contain '/' to nest folders. The path is lexically normal.
std::filesystem::path FreshTempDir(const std::string& name);

// A fresh, empty folder unique to the running test and process:
// FreshTempDir("<Suite>.<Test>"). Each call empties it again, so take it
// once per test and build sub-folders below it. Paths made by appending
// plain names to it are spelled the way the loaders print them (lexically
// normal).
std::filesystem::path TestDir();

// Writes `contents` to `path` byte for byte (binary mode), replacing any
// file there and creating missing parent folders. Returns path.string().
// A file that cannot be written is reported as a test failure.
std::string WriteFile(const std::filesystem::path& path,
                      const std::string& contents);

// The whole file at `path`, byte for byte, or "" if it cannot be read.
std::string ReadFile(const std::filesystem::path& path);

// Points $TMPDIR at `folder` for the object's lifetime, then puts back
// what was there (or unsets it): for tests of where temporary files go.
class ScopedTmpdir {
 public:
  explicit ScopedTmpdir(const std::string& folder);
  ~ScopedTmpdir();
  ScopedTmpdir(const ScopedTmpdir&) = delete;
  ScopedTmpdir& operator=(const ScopedTmpdir&) = delete;

 private:
  bool had_ = false;
  std::string before_;
};

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_TESTING_TEMP_FILES_H_
