#include "checker/pipeline/config.h"

#include <fnmatch.h>

#include <algorithm>
#include <system_error>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "checker/common/suggest.h"
#include "checker/common/yaml_file.h"

namespace claimdiff {
namespace fs = std::filesystem;

namespace {

const std::vector<absl::string_view>& ConfigKeys() {
  static const auto* keys = new std::vector<absl::string_view>{
      "rules",   "enable",  "disable",  "severity",
      "fail_on", "against", "manifest", "ignore"};
  return *keys;
}

const std::vector<absl::string_view>& SeverityNames() {
  static const auto* names =
      new std::vector<absl::string_view>{"error", "warning", "info"};
  return *names;
}

const std::vector<absl::string_view>& FailOnNames() {
  static const auto* names =
      new std::vector<absl::string_view>{"error", "warning", "info", "never"};
  return *names;
}

Origin OriginOf(const std::string& file, const YAML::Node& node) {
  const YAML::Mark mark = node.Mark();
  Origin origin;
  origin.file = file;
  origin.line = mark.line >= 0 ? mark.line + 1 : 0;
  origin.column = mark.column >= 0 ? mark.column + 1 : 0;
  return origin;
}

// An error located where `origin` says: a config position or a flag.
Diagnostic ErrorAt(const Origin& origin, std::string message) {
  return Diagnostic{Severity::kError,
                    origin.file.empty() ? origin.flag : origin.file,
                    origin.line, origin.column, std::move(message)};
}

// What a node is, for "expected a list, not ..." messages.
absl::string_view Describe(const YAML::Node& node) {
  if (node.IsMap()) return "a map";
  if (node.IsSequence()) return "a list";
  if (node.IsScalar()) return "a single value";
  return "an empty value";
}

// " (did you mean "X"?)" or " (expected A, B or C)".
std::string Suggestion(absl::string_view typed,
                       const std::vector<absl::string_view>& known) {
  if (std::optional<std::string> close = ClosestName(typed, known)) {
    return absl::StrCat(" (did you mean \"", *close, "\"?)");
  }
  return absl::StrCat(" (expected ", absl::StrJoin(known, ", "), ")");
}

bool IsOneOf(absl::string_view name,
             const std::vector<absl::string_view>& known) {
  return std::find(known.begin(), known.end(), name) != known.end();
}

// `relative` taken against `dir`, lexically normal, without a "./" prefix.
std::string Resolve(const fs::path& dir, const std::string& relative) {
  const fs::path written(relative);
  if (written.is_absolute() || dir.empty() || dir == ".") {
    return written.lexically_normal().string();
  }
  return (dir / written).lexically_normal().string();
}

// Drops a trailing separator, which lexically_relative would count as an
// extra (empty) element.
fs::path WithoutTrailingSlash(fs::path p) {
  if (!p.empty() && p.filename().empty() && p.has_parent_path() &&
      p != p.root_path()) {
    p = p.parent_path();
  }
  return p;
}

// What a list's entries must be: rule ids and globs are text; paths
// must exist as the kind of file named.
enum class EntryKind { kRuleId, kGlob, kFolder, kFileOrFolder, kFile };

// Reads one config file into a Config, recording every problem.
class ConfigReader {
 public:
  explicit ConfigReader(const std::string& path)
      : errors_(path), dir_(fs::path(path).parent_path()) {}

  absl::StatusOr<Config> Read() {
    std::optional<YAML::Node> root = ParseYamlFile(&errors_);
    if (!root) return Failure();
    config_.file = errors_.file();
    config_.chosen_by = "--config";
    config_.dir = dir_.empty() ? "." : dir_.string();
    if (root->IsNull()) return config_;  // an empty file sets nothing
    if (!root->IsMap()) {
      errors_.Add(*root, absl::StrCat("config: expected a map of settings (",
                                      absl::StrJoin(ConfigKeys(), ", "),
                                      "), not ", Describe(*root)));
      return Failure();
    }
    errors_.CheckKeys(*root, ConfigKeys(), "config");
    std::vector<std::string> seen;
    for (const auto& entry : *root) {
      const std::string key = ScalarOf(entry.first);
      if (!IsOneOf(key, ConfigKeys())) continue;  // CheckKeys reported it
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
        errors_.Add(entry.first,
                    absl::StrCat("config: key \"", key, "\" given twice"));
        continue;
      }
      seen.push_back(key);
      if (entry.second.IsNull()) {
        // A null value's own mark points past it; the key is where to look.
        errors_.Add(entry.first,
                    absl::StrCat(key,
                                 ": no value given (leave the key out "
                                 "for the default)"));
        continue;
      }
      ReadKey(key, entry.second);
    }
    if (!errors_.empty()) return Failure();
    return config_;
  }

 private:
  // Every problem, in file order (unknown keys are found in a pass of
  // their own).
  absl::Status Failure() {
    std::vector<Diagnostic>& problems = errors_.diagnostics();
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                       return std::make_pair(a.line, a.column) <
                              std::make_pair(b.line, b.column);
                     });
    const std::string message = JoinDiagnostics(problems);
    if (problems.front().line == 0) {
      return absl::NotFoundError(message);
    }
    return absl::InvalidArgumentError(message);
  }

  void ReadKey(const std::string& key, const YAML::Node& node) {
    if (key == "rules") {
      ReadList(key, node, EntryKind::kFolder, &config_.rules);
    } else if (key == "enable") {
      ReadList(key, node, EntryKind::kRuleId, &config_.enable);
    } else if (key == "disable") {
      ReadList(key, node, EntryKind::kRuleId, &config_.disable);
    } else if (key == "severity") {
      ReadSeverity(node);
    } else if (key == "fail_on") {
      ReadFailOn(node);
    } else if (key == "against") {
      ReadList(key, node, EntryKind::kFileOrFolder, &config_.against);
    } else if (key == "manifest") {
      ReadManifest(node);
    } else if (key == "ignore") {
      ReadList(key, node, EntryKind::kGlob, &config_.ignore);
    }
  }

  // A non-empty single value, or nullopt after recording why not.
  std::optional<std::string> Text(absl::string_view key, const YAML::Node& node,
                                  absl::string_view what) {
    if (!node.IsScalar()) {
      errors_.Add(node, absl::StrCat(key, ": expected ", what, ", not ",
                                     Describe(node)));
      return std::nullopt;
    }
    if (node.Scalar().empty()) {
      errors_.Add(
          node, absl::StrCat(key, ": expected ", what, ", not an empty value"));
      return std::nullopt;
    }
    return node.Scalar();
  }

  // What an entry must be, with its article, and the plural for lists.
  static absl::string_view WhatOf(EntryKind kind) {
    switch (kind) {
      case EntryKind::kRuleId:
        return "a rule id";
      case EntryKind::kGlob:
        return "a glob pattern";
      case EntryKind::kFolder:
        return "a rule pack folder";
      case EntryKind::kFileOrFolder:
        return "a file or folder";
      case EntryKind::kFile:
        return "a file";
    }
    return "";
  }
  static absl::string_view PluralOf(EntryKind kind) {
    switch (kind) {
      case EntryKind::kRuleId:
        return "rule ids";
      case EntryKind::kGlob:
        return "glob patterns";
      case EntryKind::kFolder:
        return "rule pack folders";
      case EntryKind::kFileOrFolder:
        return "files or folders";
      case EntryKind::kFile:
        return "files";
    }
    return "";
  }

  // The entry `node` stands for, or nullopt after recording why it is bad.
  std::optional<ConfigEntry> Entry(absl::string_view key,
                                   const YAML::Node& node, EntryKind kind) {
    std::optional<std::string> text = Text(key, node, WhatOf(kind));
    if (!text) return std::nullopt;
    ConfigEntry entry{*text, *text, OriginOf(errors_.file(), node)};
    if (kind == EntryKind::kRuleId) return entry;
    if (kind == EntryKind::kGlob) {
      // Globs are matched against paths relative to the config's folder,
      // so an absolute one could never match.
      if (fs::path(*text).is_absolute()) {
        errors_.Add(node, absl::StrCat(key, ": \"", *text,
                                       "\" is absolute; globs are relative "
                                       "to the config file's folder"));
        return std::nullopt;
      }
      return entry;
    }
    entry.value = Resolve(dir_, *text);
    std::error_code ec;
    const fs::file_status status = fs::status(entry.value, ec);
    const bool found = kind == EntryKind::kFolder ? fs::is_directory(status)
                       : kind == EntryKind::kFile ? fs::is_regular_file(status)
                                                  : fs::exists(status);
    if (!found) {
      errors_.Add(node,
                  absl::StrCat(key, ": no such ",
                               kind == EntryKind::kFolder ? "folder"
                               : kind == EntryKind::kFile ? "file"
                                                          : "file or folder",
                               ": ", *text));
      return std::nullopt;
    }
    return entry;
  }

  void ReadList(absl::string_view key, const YAML::Node& node, EntryKind kind,
                Setting<std::vector<ConfigEntry>>* setting) {
    if (!node.IsSequence()) {
      errors_.Add(node, absl::StrCat(key, ": expected a list of ",
                                     PluralOf(kind), ", not ", Describe(node)));
      return;
    }
    setting->origin = OriginOf(errors_.file(), node);
    for (const YAML::Node& item : node) {
      if (std::optional<ConfigEntry> entry = Entry(key, item, kind)) {
        setting->value.push_back(std::move(*entry));
      }
    }
  }

  void ReadSeverity(const YAML::Node& node) {
    if (!node.IsMap()) {
      errors_.Add(node, absl::StrCat("severity: expected a map of rule id to "
                                     "error, warning or info, not ",
                                     Describe(node)));
      return;
    }
    config_.severity.origin = OriginOf(errors_.file(), node);
    for (const auto& entry : node) {
      std::optional<std::string> rule =
          Text("severity", entry.first, "a rule id");
      std::optional<std::string> name =
          Text("severity", entry.second, "error, warning or info");
      if (!rule || !name) continue;
      if (!IsOneOf(*name, SeverityNames())) {
        errors_.Add(entry.second,
                    absl::StrCat("severity: \"", *name, "\" for ", *rule,
                                 " is not a severity",
                                 Suggestion(*name, SeverityNames())));
        continue;
      }
      const bool repeated = std::any_of(
          config_.severity.value.begin(), config_.severity.value.end(),
          [&](const SeverityOverride& o) { return o.rule == *rule; });
      if (repeated) {
        errors_.Add(entry.first,
                    absl::StrCat("severity: rule ", *rule, " given twice"));
        continue;
      }
      config_.severity.value.push_back(SeverityOverride{
          *rule, *ParseSeverity(*name), OriginOf(errors_.file(), entry.first)});
    }
  }

  void ReadFailOn(const YAML::Node& node) {
    std::optional<std::string> name =
        Text("fail_on", node, "error, warning, info or never");
    if (!name) return;
    if (!IsOneOf(*name, FailOnNames())) {
      errors_.Add(node,
                  absl::StrCat("fail_on: \"", *name, "\" is not a threshold",
                               Suggestion(*name, FailOnNames())));
      return;
    }
    config_.fail_on = {*name, OriginOf(errors_.file(), node)};
  }

  void ReadManifest(const YAML::Node& node) {
    std::optional<ConfigEntry> entry =
        Entry("manifest", node, EntryKind::kFile);
    if (!entry) return;
    config_.manifest.origin = entry->origin;
    config_.manifest.value = std::move(*entry);
  }

  YamlErrors errors_;
  fs::path dir_;
  Config config_;
};

std::string JoinWritten(const std::vector<ConfigEntry>& entries) {
  if (entries.empty()) return "(none)";
  return absl::StrJoin(
      entries, ", ",
      [](std::string* out, const ConfigEntry& e) { out->append(e.written); });
}

std::vector<ConfigEntry> FlagEntries(const std::vector<std::string>& values,
                                     const Origin& origin) {
  std::vector<ConfigEntry> entries;
  for (const std::string& v : values) entries.push_back({v, v, origin});
  return entries;
}

}  // namespace

Origin Origin::Flag(std::string flag) {
  Origin origin;
  origin.flag = std::move(flag);
  return origin;
}

std::string Origin::ToString() const {
  if (!file.empty()) return absl::StrCat(file, ":", line, ":", column);
  if (!flag.empty()) return flag;
  return "default";
}

absl::StatusOr<std::optional<std::string>> FindConfigFile(
    const fs::path& start) {
  std::error_code ec;
  const fs::path absolute =
      WithoutTrailingSlash(fs::absolute(start, ec).lexically_normal());
  if (ec) {
    return absl::FailedPreconditionError(absl::StrCat(
        start.string(), ": error: cannot find the folder: ", ec.message()));
  }
  // Walk the absolute path but spell the result from `start`, one ".."
  // per level, so a relative start gives a short relative path.
  fs::path up;
  for (fs::path dir = absolute;; dir = dir.parent_path()) {
    const fs::path candidate = dir / kConfigFileName;
    const fs::file_status status = fs::status(candidate, ec);
    if (ec && ec != std::errc::no_such_file_or_directory &&
        ec != std::errc::not_a_directory) {
      return absl::PermissionDeniedError(absl::StrCat(
          candidate.string(), ": error: cannot inspect: ", ec.message()));
    }
    if (fs::exists(status)) {
      if (!fs::is_regular_file(status)) {
        return absl::InvalidArgumentError(
            absl::StrCat(candidate.string(), ": error: not a regular file"));
      }
      const fs::path spelled =
          start.is_absolute() ? candidate : (start / up / kConfigFileName);
      return std::optional<std::string>(spelled.lexically_normal().string());
    }
    if (dir == dir.parent_path() || !dir.has_relative_path()) break;
    up /= "..";
  }
  return std::optional<std::string>();
}

absl::StatusOr<Config> LoadConfigFile(const std::string& path) {
  return ConfigReader(path).Read();
}

std::vector<std::string> DefaultRulePacks(const fs::path& dir) {
  std::vector<std::string> packs;
  const fs::path root = (dir.empty() ? fs::path(".") : dir) / "rules";
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return packs;
  for (fs::recursive_directory_iterator it(root, ec), end; it != end;
       it.increment(ec)) {
    if (ec) break;
    if (it->is_regular_file(ec) && it->path().filename() == "pack.yaml") {
      packs.push_back(it->path().parent_path().lexically_normal().string());
    }
  }
  std::sort(packs.begin(), packs.end());
  return packs;
}

absl::StatusOr<Config> ResolveConfig(const ConfigChoice& choice) {
  Config config;
  config.dir = choice.start.empty() ? "." : choice.start.string();
  if (choice.no_config) {
    config.chosen_by = "--no-config";
  } else if (!choice.path.empty()) {
    absl::StatusOr<Config> loaded = LoadConfigFile(choice.path);
    if (!loaded.ok()) return loaded.status();
    config = std::move(*loaded);
  } else {
    absl::StatusOr<std::optional<std::string>> found =
        FindConfigFile(choice.start);
    if (!found.ok()) return found.status();
    if (found->has_value()) {
      absl::StatusOr<Config> loaded = LoadConfigFile(**found);
      if (!loaded.ok()) return loaded.status();
      config = std::move(*loaded);
      config.chosen_by = "found";
    }
  }
  if (!config.rules.is_set()) {
    for (const std::string& pack : DefaultRulePacks(config.dir)) {
      config.rules.value.push_back(ConfigEntry{pack, pack, Origin()});
    }
  }
  return config;
}

void ApplyCommandLine(const CommandLineSettings& flags, Config* config) {
  if (!flags.rules.empty()) {
    const Origin origin = Origin::Flag("--rules");
    config->rules = {FlagEntries(flags.rules, origin), origin};
  }
  if (flags.fail_on) {
    config->fail_on = {*flags.fail_on, Origin::Flag("--fail-on")};
  }
  if (flags.manifest) {
    const Origin origin = Origin::Flag("--manifest");
    config->manifest = {ConfigEntry{*flags.manifest, *flags.manifest, origin},
                        origin};
  }
  if (!flags.against.empty()) {
    const Origin origin = Origin::Flag("--against");
    config->against = {FlagEntries(flags.against, origin), origin};
  }
}

std::vector<std::string> EntryValues(const std::vector<ConfigEntry>& entries) {
  std::vector<std::string> values;
  values.reserve(entries.size());
  for (const ConfigEntry& e : entries) values.push_back(e.value);
  return values;
}

absl::Status ApplyRuleSettings(const Config& config, RulePack* pack) {
  std::vector<absl::string_view> ids;
  for (const Rule& rule : pack->rules) ids.push_back(rule.id);
  std::vector<Diagnostic> problems;
  auto check = [&](absl::string_view key, const std::string& id,
                   const Origin& origin) {
    if (pack->Find(id) != nullptr) return;
    std::string message =
        absl::StrCat(key, ": no rule \"", id, "\" in the loaded packs");
    if (std::optional<std::string> close = ClosestName(id, ids)) {
      absl::StrAppend(&message, " (did you mean \"", *close, "\"?)");
    }
    problems.push_back(ErrorAt(origin, std::move(message)));
  };
  for (const ConfigEntry& e : config.enable.value) {
    check("enable", e.value, e.origin);
  }
  for (const ConfigEntry& e : config.disable.value) {
    check("disable", e.value, e.origin);
  }
  for (const SeverityOverride& o : config.severity.value) {
    check("severity", o.rule, o.origin);
  }
  if (!problems.empty()) {
    return absl::InvalidArgumentError(JoinDiagnostics(problems));
  }

  auto listed = [](const Setting<std::vector<ConfigEntry>>& setting,
                   const std::string& id) {
    return std::any_of(setting.value.begin(), setting.value.end(),
                       [&](const ConfigEntry& e) { return e.value == id; });
  };
  auto runs = [&](const Rule& rule) {
    return (!config.enable.is_set() || listed(config.enable, rule.id)) &&
           !listed(config.disable, rule.id);
  };
  if (!pack->rules.empty() &&
      std::none_of(pack->rules.begin(), pack->rules.end(), runs)) {
    const Origin& where =
        config.enable.is_set() ? config.enable.origin : config.disable.origin;
    return absl::InvalidArgumentError(
        ErrorAt(where, "enable/disable: no rule is left to run").ToString());
  }

  pack->rules.erase(
      std::remove_if(pack->rules.begin(), pack->rules.end(),
                     [&](const Rule& rule) { return !runs(rule); }),
      pack->rules.end());
  for (const SeverityOverride& o : config.severity.value) {
    for (Rule& rule : pack->rules) {
      if (rule.id == o.rule) rule.severity = o.severity;
    }
  }
  return absl::OkStatus();
}

bool MatchesGlob(absl::string_view pattern, absl::string_view path) {
  const std::vector<std::string> pat =
      absl::StrSplit(pattern, '/', absl::SkipEmpty());
  const std::vector<std::string> segs =
      absl::StrSplit(path, '/', absl::SkipEmpty());
  // matched[i][j]: pattern segments from i match path segments from j.
  // Filled from the end, so each fnmatch runs once per pair.
  std::vector<std::vector<char>> matched(pat.size() + 1,
                                         std::vector<char>(segs.size() + 1, 0));
  matched[pat.size()][segs.size()] = 1;
  for (size_t i = pat.size(); i-- > 0;) {
    for (size_t j = segs.size() + 1; j-- > 0;) {
      if (pat[i] == "**") {
        // Match no segment here, or swallow one and stay on `**`.
        matched[i][j] =
            matched[i + 1][j] || (j < segs.size() && matched[i][j + 1]);
      } else {
        matched[i][j] =
            j < segs.size() && matched[i + 1][j + 1] &&
            fnmatch(pat[i].c_str(), segs[j].c_str(), FNM_PATHNAME) == 0;
      }
    }
  }
  return matched[0][0] != 0;
}

bool IsIgnored(const Config& config, const std::string& path) {
  if (config.ignore.value.empty()) return false;
  std::error_code ec;
  const fs::path base =
      WithoutTrailingSlash(fs::absolute(config.dir, ec).lexically_normal());
  if (ec) return false;
  const fs::path full =
      WithoutTrailingSlash(fs::absolute(path, ec).lexically_normal());
  if (ec) return false;
  const fs::path relative = full.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") return false;
  const std::string spelled = relative.generic_string();
  return std::any_of(config.ignore.value.begin(), config.ignore.value.end(),
                     [&](const ConfigEntry& glob) {
                       return MatchesGlob(glob.value, spelled);
                     });
}

absl::Status DropIgnored(const Config& config,
                         std::vector<SourceMeta>* sources) {
  if (config.ignore.value.empty() || sources->empty()) {
    return absl::OkStatus();
  }
  sources->erase(std::remove_if(sources->begin(), sources->end(),
                                [&](const SourceMeta& s) {
                                  return IsIgnored(config, s.path);
                                }),
                 sources->end());
  if (sources->empty()) {
    return absl::InvalidArgumentError(
        ErrorAt(config.ignore.origin,
                "ignore: every source matches an ignore pattern")
            .ToString());
  }
  return absl::OkStatus();
}

void WriteConfig(const Config& config, std::ostream& out) {
  auto line = [&](absl::string_view key, absl::string_view value,
                  const std::string& origin) {
    out << key << ": " << value << "    (" << origin << ")\n";
  };
  line("config", config.file.empty() ? "none" : config.file, config.chosen_by);
  line("rules", JoinWritten(config.rules.value),
       config.rules.origin.ToString());
  line(
      "enable",
      config.enable.is_set() ? JoinWritten(config.enable.value) : "(all rules)",
      config.enable.origin.ToString());
  line("disable", JoinWritten(config.disable.value),
       config.disable.origin.ToString());
  std::string severity = "(none)";
  if (!config.severity.value.empty()) {
    severity = absl::StrJoin(config.severity.value, ", ",
                             [](std::string* s, const SeverityOverride& o) {
                               absl::StrAppend(s, o.rule, "=",
                                               SeverityName(o.severity));
                             });
  }
  line("severity", severity, config.severity.origin.ToString());
  line("fail_on", config.fail_on.value, config.fail_on.origin.ToString());
  line("against", JoinWritten(config.against.value),
       config.against.origin.ToString());
  line("manifest",
       config.manifest.value ? config.manifest.value->written : "(none)",
       config.manifest.origin.ToString());
  line("ignore", JoinWritten(config.ignore.value),
       config.ignore.origin.ToString());
}

}  // namespace claimdiff
