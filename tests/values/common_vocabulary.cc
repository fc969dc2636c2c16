#include "tests/values/common_vocabulary.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"

namespace claimdiff {

const Vocabulary& CommonVocabulary() {
  static const Vocabulary* const kVocabulary = [] {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::string(CLAIMDIFF_SOURCE_DIR) + "/rules/common")) {
      if (entry.path().extension() == ".yaml") {
        files.push_back(entry.path().string());
      }
    }
    std::sort(files.begin(), files.end());
    absl::StatusOr<Vocabulary> loaded = LoadVocabulary(files);
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      return new Vocabulary;
    }
    return new Vocabulary(*std::move(loaded));
  }();
  return *kVocabulary;
}

}  // namespace claimdiff
