#include "checker/common/yaml_file.h"

#include <fstream>
#include <optional>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/common/suggest.h"

namespace claimdiff {

std::optional<YAML::Node> ParseYamlFile(YamlErrors* errors) {
  std::ifstream in(errors->file(), std::ios::binary);
  if (!in) {
    errors->AddAt(0, 0, "cannot read file");
    return std::nullopt;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  try {
    return YAML::Load(buffer.str());
  } catch (const YAML::Exception& e) {
    // e.msg lacks the position prefix that e.what() adds; the diagnostic
    // adds its own in the file:line:col form editors understand.
    errors->AddAt(e.mark.line + 1, e.mark.column + 1,
                  absl::StrCat("invalid YAML: ", e.msg));
    return std::nullopt;
  }
}

absl::StatusOr<YAML::Node> LoadYamlFile(const std::string& path) {
  YamlErrors errors(path);
  std::optional<YAML::Node> node = ParseYamlFile(&errors);
  if (node) return *node;
  const std::string message = JoinDiagnostics(errors.diagnostics());
  if (errors.diagnostics().front().line == 0) {
    return absl::NotFoundError(message);
  }
  return absl::InvalidArgumentError(message);
}

void YamlErrors::Add(const YAML::Node& node, std::string message) {
  const YAML::Mark mark = node.Mark();
  AddAt(mark.line >= 0 ? mark.line + 1 : 0,
        mark.column >= 0 ? mark.column + 1 : 0, std::move(message));
}

void YamlErrors::AddAt(int line, int column, std::string message) {
  diagnostics_.push_back(
      Diagnostic{Severity::kError, file_, line, column, std::move(message)});
}

void YamlErrors::CheckKeys(const YAML::Node& node,
                           const std::vector<absl::string_view>& allowed,
                           absl::string_view context) {
  if (!node.IsMap()) return;
  for (const auto& entry : node) {
    const std::string key = ScalarOf(entry.first);
    bool known = false;
    for (absl::string_view a : allowed) known = known || a == key;
    if (known) continue;
    if (std::optional<std::string> close = ClosestName(key, allowed)) {
      Add(entry.first, absl::StrCat(context, ": unknown key \"", key,
                                    "\" (did you mean \"", *close, "\"?)"));
    } else {
      Add(entry.first,
          absl::StrCat(context, ": unknown key \"", key,
                       "\" (allowed: ", absl::StrJoin(allowed, ", "), ")"));
    }
  }
}

bool YamlErrors::Require(const YAML::Node& node, absl::string_view key,
                         absl::string_view context) {
  const YAML::Node value = node[std::string(key)];
  if (value && !value.IsNull()) return true;
  Add(node, absl::StrCat(context, ": missing required key \"", key, "\""));
  return false;
}

std::string ScalarOf(const YAML::Node& node) {
  if (!node || !node.IsScalar()) return "";
  return node.Scalar();
}

}  // namespace claimdiff
