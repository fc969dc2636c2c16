#include "checker/source/manifest.h"

#include <filesystem>
#include <system_error>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/common/iso_date.h"
#include "checker/common/yaml_file.h"
#include "re2/re2.h"

namespace claimdiff {
namespace fs = std::filesystem;

namespace {

// Joins `dir` and `relative` without introducing "./" noise.
std::string JoinPath(const fs::path& dir, const std::string& relative) {
  if (dir.empty() || dir == ".") return relative;
  return (dir / relative).lexically_normal().string();
}

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (fs::equivalent(a, b, ec)) return true;
  return fs::path(a).lexically_normal() == fs::path(b).lexically_normal();
}

}  // namespace

const SourceMeta* Manifest::Find(const std::string& path) const {
  for (const SourceMeta& s : sources) {
    if (SameFile(s.path, path)) return &s;
  }
  return nullptr;
}

absl::StatusOr<Manifest> LoadManifest(const std::string& path) {
  absl::StatusOr<YAML::Node> root = LoadYamlFile(path);
  if (!root.ok()) return root.status();

  Manifest manifest;
  manifest.path = path;
  const fs::path dir = fs::path(path).parent_path();
  YamlErrors errors(path);

  if (!root->IsMap()) {
    errors.Add(*root, "manifest must be a map with a \"sources\" list");
    return absl::InvalidArgumentError(JoinDiagnostics(errors.diagnostics()));
  }
  errors.CheckKeys(*root, {"sources"}, "manifest");
  const YAML::Node list = (*root)["sources"];
  if (!list || !list.IsSequence()) {
    errors.Add(*root, "manifest: \"sources\" must be a list");
    return absl::InvalidArgumentError(JoinDiagnostics(errors.diagnostics()));
  }

  for (const YAML::Node& entry : list) {
    if (!entry.IsMap()) {
      errors.Add(entry, "source: expected a map with at least \"path\"");
      continue;
    }
    errors.CheckKeys(entry, {"path", "published", "outlet", "exclude"},
                     "source");
    if (!errors.Require(entry, "path", "source")) continue;
    SourceMeta meta;
    const YAML::Node path_node = entry["path"];
    meta.path = JoinPath(dir, ScalarOf(path_node));
    if (!fs::is_regular_file(meta.path)) {
      errors.Add(path_node, absl::StrCat("source file not found: ", meta.path));
    }
    if (const YAML::Node published = entry["published"]) {
      absl::StatusOr<absl::CivilDay> day = ParseIsoDay(ScalarOf(published));
      if (day.ok()) {
        meta.published = *day;
        meta.published_from = DateSource::kManifest;
      } else {
        errors.Add(published,
                   absl::StrCat("published: ", day.status().message()));
      }
    }
    meta.outlet = ScalarOf(entry["outlet"]);
    if (const YAML::Node exclude = entry["exclude"]) {
      if (!exclude.IsSequence()) {
        errors.Add(exclude, "exclude: expected a list of RE2 patterns");
      } else {
        for (const YAML::Node& p : exclude) {
          RE2::Options options;
          options.set_log_errors(false);
          RE2 re(ScalarOf(p), options);
          if (!re.ok()) {
            errors.Add(
                p, absl::StrCat("exclude: invalid RE2 pattern: ", re.error()));
          }
          meta.exclude.push_back(ScalarOf(p));
        }
      }
    }
    manifest.sources.push_back(std::move(meta));
  }
  if (!errors.empty()) {
    return absl::InvalidArgumentError(JoinDiagnostics(errors.diagnostics()));
  }
  return manifest;
}

}  // namespace claimdiff
