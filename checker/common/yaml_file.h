// Reading YAML files with positions, for the manifest and rule loaders.
//
// yaml-cpp reports problems by throwing; these helpers are where those
// exceptions stop. Everything above them sees absl::Status and Diagnostics
// that carry file:line:column (1-based, from yaml-cpp's 0-based marks).
#ifndef CLAIMDIFF_COMMON_YAML_FILE_H_
#define CLAIMDIFF_COMMON_YAML_FILE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/common/diagnostic.h"
#include "yaml-cpp/yaml.h"

namespace claimdiff {

// Parses the YAML file at `path`. A missing file or a syntax error is
// returned as InvalidArgument/NotFound whose message is one line:
// `path:line:col: error: ...`.
absl::StatusOr<YAML::Node> LoadYamlFile(const std::string& path);

class YamlErrors;

// Like LoadYamlFile, for loaders that gather every problem: the file is
// `errors->file()`, and a failure is recorded there (returning nullopt).
std::optional<YAML::Node> ParseYamlFile(YamlErrors* errors);

// Accumulates diagnostics for one YAML file, so a loader can report every
// problem in a file rather than stopping at the first.
class YamlErrors {
 public:
  explicit YamlErrors(std::string file) : file_(std::move(file)) {}

  // Records an error at `node`'s position.
  void Add(const YAML::Node& node, std::string message);

  // Records an error at a 1-based line and column (0 when unknown).
  void AddAt(int line, int column, std::string message);

  // Records an error for every key of map `node` that is not in `allowed`,
  // e.g. `unknown key "patern" (allowed: id, kind, ...)`.
  void CheckKeys(const YAML::Node& node,
                 const std::vector<absl::string_view>& allowed,
                 absl::string_view context);

  // Records an error unless `node` has a non-null value under `key`;
  // returns whether it does.
  bool Require(const YAML::Node& node, absl::string_view key,
               absl::string_view context);

  const std::string& file() const { return file_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
  bool empty() const { return diagnostics_.empty(); }

 private:
  std::string file_;
  std::vector<Diagnostic> diagnostics_;
};

// A node's scalar text, or "" when it is not a scalar. Never throws.
std::string ScalarOf(const YAML::Node& node);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_YAML_FILE_H_
