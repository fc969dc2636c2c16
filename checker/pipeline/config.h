// Project configuration: `.claimdiff.yaml`, the defaults a team shares for
// `check` and `lint` so that every run of the tools, local or in CI, uses
// the same rules, thresholds and references without repeating flags.
//
// The file is a map; every key is optional (docs/config.md):
//
//   rules:    [DIR, ...]        rule pack folders
//   enable:   [RULE_ID, ...]    when present, only these rules run
//   disable:  [RULE_ID, ...]    these rules never run
//   severity: {RULE_ID: error|warning|info, ...}
//   fail_on:  error|warning|info|never
//   against:  [PATH, ...]       reference sources (files or folders)
//   manifest: FILE              a sources.yaml for the references
//   ignore:   [GLOB, ...]       input paths to skip (see MatchesGlob)
//
// Paths are relative to the config file's folder. Precedence, highest
// first: a command-line flag, the config file, the built-in default. Each
// effective value keeps its Origin so `claimdiff config --print` can say
// where it came from.
#ifndef CLAIMDIFF_PIPELINE_CONFIG_H_
#define CLAIMDIFF_PIPELINE_CONFIG_H_

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/common/diagnostic.h"
#include "checker/rulepack/rulepack.h"
#include "checker/source/document.h"

namespace claimdiff {

inline constexpr char kConfigFileName[] = ".claimdiff.yaml";

// Where an effective value came from: a config entry (file, 1-based line
// and column), a command-line flag, or neither (the built-in default).
struct Origin {
  std::string file;
  int line = 0;
  int column = 0;
  std::string flag;  // e.g. "--fail-on"

  static Origin Flag(std::string flag);
  bool IsDefault() const { return file.empty() && flag.empty(); }
  // "FILE:LINE:COL", "--flag" or "default".
  std::string ToString() const;
};

// One setting's effective value and where it came from.
template <typename T>
struct Setting {
  T value{};
  Origin origin;
  // Whether the config file or a flag set it (even to an empty list).
  bool is_set() const { return !origin.IsDefault(); }
};

// One entry of a list (or the manifest): the text as written, what it
// stands for, and where it was written. For paths `value` is resolved
// against the config file's folder and lexically normal ("../refs/a.md");
// for rule ids and globs it is the written text.
struct ConfigEntry {
  std::string written;
  std::string value;
  Origin origin;
};

// A `severity:` entry; `origin` is the rule id's position.
struct SeverityOverride {
  std::string rule;
  Severity severity = Severity::kError;
  Origin origin;
};

struct Config {
  // The config file read ("" when none), as found or named, and how it was
  // chosen: "--config", "found", "--no-config" or "none found".
  std::string file;
  std::string chosen_by = "none found";
  // The folder relative paths and ignore globs are taken against: the
  // config file's, or the start folder without one.
  std::string dir = ".";

  Setting<std::vector<ConfigEntry>> rules;
  Setting<std::vector<ConfigEntry>> enable;
  Setting<std::vector<ConfigEntry>> disable;
  Setting<std::vector<SeverityOverride>> severity;
  Setting<std::string> fail_on{"error", {}};
  Setting<std::vector<ConfigEntry>> against;
  Setting<std::optional<ConfigEntry>> manifest;
  Setting<std::vector<ConfigEntry>> ignore;

  // Whether enable, disable or severity name rules (which then need
  // checking against the loaded packs).
  bool HasRuleSettings() const {
    return enable.is_set() || disable.is_set() || severity.is_set();
  }
};

// How a command chooses its config: `--config FILE`, `--no-config`, or
// discovery upwards from `start` (the current folder).
struct ConfigChoice {
  std::string path;
  bool no_config = false;
  std::filesystem::path start = ".";
};

// What the command line said; each given flag overrides the config.
struct CommandLineSettings {
  std::vector<std::string> rules;       // --rules; empty: not given
  std::optional<std::string> fail_on;   // --fail-on, when given
  std::optional<std::string> manifest;  // --manifest, when given
  std::vector<std::string> against;     // --against; empty: not given
};

// The nearest `.claimdiff.yaml` in `start` or a folder above it, up to the
// file system root; nullopt when there is none. The path is spelled from
// `start` ("../.claimdiff.yaml" for a relative start), so messages and
// resolved paths stay short. Fails when a `.claimdiff.yaml` on the way is
// not a regular file or cannot be inspected (one line: `PATH: error: ...`).
absl::StatusOr<std::optional<std::string>> FindConfigFile(
    const std::filesystem::path& start);

// Reads and validates the config file at `path`. Every problem is
// reported, one `path:line:col: error: ...` line each, in an
// InvalidArgument status: malformed YAML (one line), a root that is not a
// map, an unknown key (with "did you mean"), a repeated key, a value of
// the wrong type, a bad severity or fail_on, an empty or absolute glob,
// and a `rules`, `against` or `manifest` path that does not exist. A
// missing file is NotFound (`path: error: cannot read file`). Rule ids
// are checked later, by ApplyRuleSettings, once the packs are loaded.
// Unset settings keep their defaults; `rules` stays empty (see
// ResolveConfig).
absl::StatusOr<Config> LoadConfigFile(const std::string& path);

// The config a command runs with: none for `no_config`, the named file for
// `path`, otherwise the one FindConfigFile finds from `start` (or none).
// When the file does not set `rules`, they default, with origin "default",
// to DefaultRulePacks of the config's folder (of `start` without one).
// Errors are those of FindConfigFile and LoadConfigFile.
absl::StatusOr<Config> ResolveConfig(const ConfigChoice& choice);

// Every folder holding a pack.yaml under `dir`/rules, sorted and lexically
// normal ("rules/storm", "../rules/storm"); empty when there is none.
std::vector<std::string> DefaultRulePacks(const std::filesystem::path& dir);

// Overrides the config's settings with the flags that were given, with the
// flag as origin. Paths from flags are relative to the current folder and
// kept as given.
void ApplyCommandLine(const CommandLineSettings& flags, Config* config);

// The resolved values of `entries` (e.g. config.rules.value), in order.
std::vector<std::string> EntryValues(const std::vector<ConfigEntry>& entries);

// Applies enable, disable and severity to a loaded pack, before any
// Extractor is built from it (an Extractor indexes the pack's rules):
// when `enable` is set only its rules stay; `disable`d rules go; each
// severity override replaces its rule's severity. Every rule id that is
// in none of the packs is an error at its config position, with "did you
// mean" when a loaded id is close; so is a setting that leaves no rule.
// On error (InvalidArgument, one line per problem) `pack` is unchanged.
absl::Status ApplyRuleSettings(const Config& config, RulePack* pack);

// Whether `pattern` matches `path`, both '/'-separated and relative.
// Each '/'-separated segment of the pattern is matched against one
// segment of the path by fnmatch(3) (`*`, `?`, `[...]`, `\` escapes; no
// segment matches across a '/'), except that a segment that is exactly
// `**` matches any number of segments, none included. A leading dot is
// matched by wildcards like any other character.
bool MatchesGlob(absl::string_view pattern, absl::string_view path);

// Whether `path` (relative to the current folder, or absolute) matches
// one of the config's ignore globs, taken against the path relative to
// `config.dir` (both made absolute and lexically normal first). A path
// outside that folder is never ignored.
bool IsIgnored(const Config& config, const std::string& path);

// Removes the sources IsIgnored skips. Fails (InvalidArgument, naming the
// ignore setting's position) when that removes every source, since a run
// over nothing would pass vacuously.
absl::Status DropIgnored(const Config& config,
                         std::vector<SourceMeta>* sources);

// Writes the effective configuration, one setting per line, as
// `KEY: VALUE    (ORIGIN)`: first `config:` (the file, or "none", with how
// it was chosen), then rules, enable, disable, severity, fail_on, against,
// manifest and ignore. Lists are joined with ", " as written; an empty
// one is "(none)", and an unset enable is "(all rules)". ORIGIN is
// Origin::ToString() of the setting. docs/config.md shows a sample.
void WriteConfig(const Config& config, std::ostream& out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_CONFIG_H_
