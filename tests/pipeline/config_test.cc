#include "checker/pipeline/config.h"

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {

namespace fs = std::filesystem;
using ::claimdiff::testing::TestDir;
using ::claimdiff::testing::WriteFile;

// Runs the test body in `dir` and returns to where it was, so relative
// spellings can be tested without leaking the change to other tests.
class ScopedCwd {
 public:
  explicit ScopedCwd(const fs::path& dir) : saved_(fs::current_path()) {
    fs::current_path(dir);
  }
  ~ScopedCwd() { fs::current_path(saved_); }

 private:
  fs::path saved_;
};

// The line of WriteConfig's output that starts with `key: `.
std::string PrintedLine(const Config& config, const std::string& key) {
  std::ostringstream out;
  WriteConfig(config, out);
  for (absl::string_view line : absl::StrSplit(out.str(), '\n')) {
    if (absl::StartsWith(line, key + ": ")) return std::string(line);
  }
  return "";
}

// ---------------------------------------------------------------- discovery

TEST(FindConfigFileTest, FoundFromANestedSubfolder) {
  const fs::path dir = TestDir();
  WriteFile(dir / kConfigFileName, "fail_on: never\n");
  fs::create_directories(dir / "a/b/c");
  absl::StatusOr<std::optional<std::string>> found =
      FindConfigFile(dir / "a/b/c");
  ASSERT_TRUE(found.ok()) << found.status();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found, (dir / kConfigFileName).string());
}

TEST(FindConfigFileTest, TheNearestWins) {
  const fs::path dir = TestDir();
  WriteFile(dir / kConfigFileName, "");
  WriteFile(dir / "a" / kConfigFileName, "");
  fs::create_directories(dir / "a/b");
  absl::StatusOr<std::optional<std::string>> found =
      FindConfigFile(dir / "a/b");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ(**found, (dir / "a" / kConfigFileName).string());
}

TEST(FindConfigFileTest, ARelativeStartGivesARelativePath) {
  const fs::path dir = TestDir();
  WriteFile(dir / kConfigFileName, "");
  fs::create_directories(dir / "a/b");
  ScopedCwd cwd(dir / "a/b");
  EXPECT_EQ(**FindConfigFile("."), "../../.claimdiff.yaml");
  ScopedCwd top(dir);
  EXPECT_EQ(**FindConfigFile("."), ".claimdiff.yaml");
}

TEST(FindConfigFileTest, NoneFound) {
  // Nothing above the test's temp folder holds a config.
  const fs::path dir = TestDir();
  fs::create_directories(dir / "x");
  absl::StatusOr<std::optional<std::string>> found = FindConfigFile(dir / "x");
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_FALSE(found->has_value());
}

TEST(FindConfigFileTest, AFolderNamedLikeTheConfigIsAnError) {
  const fs::path dir = TestDir();
  fs::create_directories(dir / kConfigFileName);
  absl::StatusOr<std::optional<std::string>> found = FindConfigFile(dir);
  ASSERT_FALSE(found.ok());
  EXPECT_TRUE(absl::StrContains(found.status().message(), "not a regular file"))
      << found.status();
}

// ---------------------------------------------------------- choosing one

TEST(ResolveConfigTest, DiscoveryOverrideAndNoConfig) {
  const fs::path dir = TestDir();
  WriteFile(dir / kConfigFileName, "fail_on: warning\n");
  WriteFile(dir / "other.yaml", "fail_on: info\n");
  fs::create_directories(dir / "sub");

  absl::StatusOr<Config> found = ResolveConfig({"", false, dir / "sub"});
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(found->file, (dir / kConfigFileName).string());
  EXPECT_EQ(found->chosen_by, "found");
  EXPECT_EQ(found->fail_on.value, "warning");

  absl::StatusOr<Config> named =
      ResolveConfig({(dir / "other.yaml").string(), false, dir / "sub"});
  ASSERT_TRUE(named.ok()) << named.status();
  EXPECT_EQ(named->chosen_by, "--config");
  EXPECT_EQ(named->fail_on.value, "info");

  absl::StatusOr<Config> none = ResolveConfig({"", true, dir / "sub"});
  ASSERT_TRUE(none.ok()) << none.status();
  EXPECT_EQ(none->file, "");
  EXPECT_EQ(none->chosen_by, "--no-config");
  EXPECT_EQ(none->fail_on.value, "error");
  EXPECT_EQ(none->fail_on.origin.ToString(), "default");
}

TEST(ResolveConfigTest, AMissingNamedConfigIsNotFound) {
  absl::StatusOr<Config> config =
      ResolveConfig({(TestDir() / "nope.yaml").string(), false, "."});
  ASSERT_FALSE(config.ok());
  EXPECT_TRUE(absl::IsNotFound(config.status())) << config.status();
  EXPECT_TRUE(absl::EndsWith(config.status().message(),
                             "nope.yaml: error: cannot read file"))
      << config.status();
}

TEST(ResolveConfigTest, RulesDefaultToThePacksBesideTheConfig) {
  const fs::path dir = TestDir();
  WriteFile(dir / kConfigFileName, "");
  WriteFile(dir / "rules/b/pack.yaml", "name: b\n");
  WriteFile(dir / "rules/a/pack.yaml", "name: a\n");
  fs::create_directories(dir / "sub");
  absl::StatusOr<Config> config = ResolveConfig({"", false, dir / "sub"});
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(EntryValues(config->rules.value),
            (std::vector<std::string>{(dir / "rules/a").string(),
                                      (dir / "rules/b").string()}));
  EXPECT_FALSE(config->rules.is_set());
}

// ------------------------------------------------------------- each key

TEST(LoadConfigFileTest, EachKeyPrintsWithItsOrigin) {
  struct Case {
    std::string yaml;
    std::string key;
    std::string line;  // the key's line of WriteConfig, {F} for the file
  };
  const std::vector<Case> cases = {
      {"rules: [packs/a, packs/b]\n", "rules",
       "rules: packs/a, packs/b    ({F}:1:8)"},
      {"enable: [x.a]\n", "enable", "enable: x.a    ({F}:1:9)"},
      {"enable: []\n", "enable", "enable: (none)    ({F}:1:9)"},
      {"", "enable", "enable: (all rules)    (default)"},
      {"disable:\n  - x.a\n  - x.b\n", "disable",
       "disable: x.a, x.b    ({F}:2:3)"},
      {"severity:\n  x.a: info\n  x.b: warning\n", "severity",
       "severity: x.a=info, x.b=warning    ({F}:2:3)"},
      {"# comments only\nfail_on: warning\n", "fail_on",
       "fail_on: warning    ({F}:2:10)"},
      {"fail_on: never\n", "fail_on", "fail_on: never    ({F}:1:10)"},
      {"", "fail_on", "fail_on: error    (default)"},
      {"against: [refs, refs/wire.txt]\n", "against",
       "against: refs, refs/wire.txt    ({F}:1:10)"},
      {"manifest: refs/sources.yaml\n", "manifest",
       "manifest: refs/sources.yaml    ({F}:1:11)"},
      {"ignore: ['drafts/**', '*.tmp.md']\n", "ignore",
       "ignore: drafts/**, *.tmp.md    ({F}:1:9)"},
  };
  const fs::path dir = TestDir();
  fs::create_directories(dir / "packs/a");
  fs::create_directories(dir / "packs/b");
  WriteFile(dir / "refs/wire.txt", "text");
  WriteFile(dir / "refs/sources.yaml", "sources: []\n");
  for (const Case& c : cases) {
    const std::string file = WriteFile(dir / "c.yaml", c.yaml);
    absl::StatusOr<Config> config = LoadConfigFile(file);
    ASSERT_TRUE(config.ok()) << c.yaml << config.status();
    std::string want = c.line;
    if (size_t at = want.find("{F}"); at != std::string::npos) {
      want.replace(at, 3, file);
    }
    EXPECT_EQ(PrintedLine(*config, c.key), want) << c.yaml;
  }
}

TEST(LoadConfigFileTest, PathsResolveAgainstTheConfigFolder) {
  const fs::path dir = TestDir();
  fs::create_directories(dir / "packs/storm");
  WriteFile(dir / "refs/a.txt", "text");
  WriteFile(dir / "refs/sources.yaml", "sources: []\n");
  const std::string file = WriteFile(dir / "project/.claimdiff.yaml", R"(
rules: [../packs/./storm]
against: [../refs/a.txt, ../refs]
manifest: ../refs/sources.yaml
ignore: ['../x']
)");
  absl::StatusOr<Config> config = LoadConfigFile(file);
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->dir, (dir / "project").string());
  ASSERT_EQ(config->rules.value.size(), 1u);
  EXPECT_EQ(config->rules.value[0].written, "../packs/./storm");
  EXPECT_EQ(config->rules.value[0].value, (dir / "packs/storm").string());
  EXPECT_EQ(config->rules.value[0].origin.ToString(), file + ":2:9");
  EXPECT_EQ(EntryValues(config->against.value),
            (std::vector<std::string>{(dir / "refs/a.txt").string(),
                                      (dir / "refs").string()}));
  ASSERT_TRUE(config->manifest.value.has_value());
  EXPECT_EQ(config->manifest.value->value,
            (dir / "refs/sources.yaml").string());
  // Globs are patterns, not paths: kept as written.
  EXPECT_EQ(config->ignore.value[0].value, "../x");
}

TEST(LoadConfigFileTest, AnEmptyFileSetsNothing) {
  absl::StatusOr<Config> config =
      LoadConfigFile(WriteFile(TestDir() / "c.yaml", "# nothing yet\n"));
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_FALSE(config->HasRuleSettings());
  EXPECT_FALSE(config->rules.is_set());
  EXPECT_EQ(config->fail_on.value, "error");
}

// ---------------------------------------------------------------- errors

TEST(LoadConfigFileTest, EveryProblemIsReportedAtItsPosition) {
  struct Case {
    std::string yaml;
    std::vector<std::string> errors;  // each "LINE:COL: error: ..."
  };
  const std::vector<Case> cases = {
      {"fail-on: warning\n",
       {"1:1: error: config: unknown key \"fail-on\" (did you mean "
        "\"fail_on\"?)"}},
      {"sevrity: {}\n",
       {"1:1: error: config: unknown key \"sevrity\" (did you mean "
        "\"severity\"?)"}},
      {"colour: red\n",
       {"1:1: error: config: unknown key \"colour\" (allowed: rules, "
        "enable, disable, severity, fail_on, against, manifest, ignore)"}},
      {"rules: packs\n",
       {"1:8: error: rules: expected a list of rule pack folders, not a "
        "single value"}},
      {"enable: {a: 1}\n",
       {"1:9: error: enable: expected a list of rule ids, not a map"}},
      {"disable: [[a]]\n",
       {"1:11: error: disable: expected a rule id, not a list"}},
      {"severity: [a]\n",
       {"1:11: error: severity: expected a map of rule id to error, warning "
        "or info, not a list"}},
      {"severity:\n  x.a: fatal\n  x.b: eror\n",
       {"2:8: error: severity: \"fatal\" for x.a is not a severity (expected "
        "error, warning, info)",
        "3:8: error: severity: \"eror\" for x.b is not a severity (did you "
        "mean \"error\"?)"}},
      {"fail_on: [error]\n",
       {"1:10: error: fail_on: expected error, warning, info or never, not a "
        "list"}},
      {"fail_on: warnings\n",
       {"1:10: error: fail_on: \"warnings\" is not a threshold (did you mean "
        "\"warning\"?)"}},
      {"against: [missing.txt]\n",
       {"1:11: error: against: no such file or folder: missing.txt"}},
      {"rules: [a-file.txt]\n",
       {"1:9: error: rules: no such folder: a-file.txt"}},
      {"manifest: packs\n", {"1:11: error: manifest: no such file: packs"}},
      {"manifest:\n",
       {"1:1: error: manifest: no value given (leave the key out for the "
        "default)"}},
      {"ignore: ['/abs/*.md', '']\n",
       {"1:10: error: ignore: \"/abs/*.md\" is absolute; globs are relative "
        "to the config file's folder",
        "1:23: error: ignore: expected a glob pattern, not an empty value"}},
      {"fail_on: info\nfail_on: error\n",
       {"2:1: error: config: key \"fail_on\" given twice"}},
      {"- rules\n",
       {"1:1: error: config: expected a map of settings (rules, enable, "
        "disable, severity, fail_on, against, manifest, ignore), not a list"}},
      {"rules: [packs\n", {"2:1: error: invalid YAML: "}},
      {"enabel: [a]\nfail_on: sometimes\nrules: x\n",
       {"1:1: error: config: unknown key \"enabel\" (did you mean "
        "\"enable\"?)",
        "2:10: error: fail_on: \"sometimes\" is not a threshold (expected "
        "error, warning, info, never)",
        "3:8: error: rules: expected a list of rule pack folders, not a "
        "single value"}},
  };
  const fs::path dir = TestDir();
  fs::create_directories(dir / "packs");
  WriteFile(dir / "a-file.txt", "text");
  for (const Case& c : cases) {
    const std::string file = WriteFile(dir / "c.yaml", c.yaml);
    absl::StatusOr<Config> config = LoadConfigFile(file);
    ASSERT_FALSE(config.ok()) << c.yaml;
    EXPECT_TRUE(absl::IsInvalidArgument(config.status())) << config.status();
    const std::vector<std::string> lines =
        absl::StrSplit(config.status().message(), '\n');
    ASSERT_EQ(lines.size(), c.errors.size()) << c.yaml << config.status();
    for (size_t i = 0; i < lines.size(); ++i) {
      EXPECT_TRUE(absl::StartsWith(lines[i], file + ":" + c.errors[i]))
          << c.yaml << "got:  " << lines[i] << "\nwant: " << c.errors[i];
    }
  }
}

// ------------------------------------------------------------ rule settings

Rule MakeRule(std::string id, Severity severity) {
  Rule rule;
  rule.id = std::move(id);
  rule.severity = severity;
  return rule;
}

RulePack ThreeRules() {
  RulePack pack;
  pack.rules.push_back(MakeRule("storm.deaths", Severity::kError));
  pack.rules.push_back(MakeRule("storm.damage", Severity::kError));
  pack.rules.push_back(MakeRule("storm.date", Severity::kWarning));
  return pack;
}

std::vector<std::string> Ids(const RulePack& pack) {
  std::vector<std::string> ids;
  for (const Rule& r : pack.rules) ids.push_back(r.id);
  return ids;
}

absl::StatusOr<Config> ConfigFrom(const std::string& yaml) {
  return LoadConfigFile(WriteFile(TestDir() / "c.yaml", yaml));
}

TEST(ApplyRuleSettingsTest, EnableDisableAndSeverity) {
  struct Case {
    std::string yaml;
    std::vector<std::string> ids;
    std::vector<Severity> severities;
  };
  const std::vector<Case> cases = {
      {"",
       {"storm.deaths", "storm.damage", "storm.date"},
       {Severity::kError, Severity::kError, Severity::kWarning}},
      {"enable: [storm.date, storm.deaths]\n",
       {"storm.deaths", "storm.date"},
       {Severity::kError, Severity::kWarning}},
      {"disable: [storm.damage]\n",
       {"storm.deaths", "storm.date"},
       {Severity::kError, Severity::kWarning}},
      {"enable: [storm.date, storm.deaths]\ndisable: [storm.deaths]\n",
       {"storm.date"},
       {Severity::kWarning}},
      {"severity: {storm.deaths: info, storm.date: error}\n",
       {"storm.deaths", "storm.damage", "storm.date"},
       {Severity::kInfo, Severity::kError, Severity::kError}},
  };
  for (const Case& c : cases) {
    absl::StatusOr<Config> config = ConfigFrom(c.yaml);
    ASSERT_TRUE(config.ok()) << config.status();
    RulePack pack = ThreeRules();
    ASSERT_TRUE(ApplyRuleSettings(*config, &pack).ok()) << c.yaml;
    EXPECT_EQ(Ids(pack), c.ids) << c.yaml;
    std::vector<Severity> severities;
    for (const Rule& r : pack.rules) severities.push_back(r.severity);
    EXPECT_EQ(severities, c.severities) << c.yaml;
  }
}

TEST(ApplyRuleSettingsTest, UnknownRuleIdsAreErrorsAtTheirPosition) {
  absl::StatusOr<Config> config = ConfigFrom(
      "enable: [storm.deaths, storm.deahts]\n"
      "disable: [flood.level]\n"
      "severity:\n"
      "  storm.dmage: info\n");
  ASSERT_TRUE(config.ok()) << config.status();
  RulePack pack = ThreeRules();
  const absl::Status status = ApplyRuleSettings(*config, &pack);
  ASSERT_FALSE(status.ok());
  const std::string& file = config->file;
  EXPECT_EQ(status.message(),
            absl::StrCat(file,
                         ":1:24: error: enable: no rule \"storm.deahts\" in "
                         "the loaded packs (did you mean \"storm.deaths\"?)\n",
                         file,
                         ":2:11: error: disable: no rule \"flood.level\" in "
                         "the loaded packs\n",
                         file,
                         ":4:3: error: severity: no rule \"storm.dmage\" in "
                         "the loaded packs (did you mean \"storm.damage\"?)"));
  EXPECT_EQ(Ids(pack).size(), 3u) << "the pack is unchanged on error";
}

TEST(ApplyRuleSettingsTest, LeavingNoRuleIsAnError) {
  absl::StatusOr<Config> config = ConfigFrom("enable: []\n");
  ASSERT_TRUE(config.ok()) << config.status();
  RulePack pack = ThreeRules();
  const absl::Status status = ApplyRuleSettings(*config, &pack);
  EXPECT_EQ(
      status.message(),
      config->file + ":1:9: error: enable/disable: no rule is left to run");
  EXPECT_EQ(pack.rules.size(), 3u);
}

TEST(ApplyCommandLineTest, GivenFlagsOverrideTheConfig) {
  const fs::path dir = TestDir();
  fs::create_directories(dir / "packs");
  absl::StatusOr<Config> config = LoadConfigFile(WriteFile(
      dir / "c.yaml", "rules: [packs]\nfail_on: never\nignore: ['*.md']\n"));
  ASSERT_TRUE(config.ok()) << config.status();

  ApplyCommandLine(CommandLineSettings{}, &*config);
  EXPECT_EQ(config->fail_on.value, "never");

  CommandLineSettings flags;
  flags.rules = {"other"};
  flags.fail_on = "warning";
  flags.manifest = "m.yaml";
  flags.against = {"refs"};
  ApplyCommandLine(flags, &*config);
  EXPECT_EQ(PrintedLine(*config, "rules"), "rules: other    (--rules)");
  EXPECT_EQ(PrintedLine(*config, "fail_on"), "fail_on: warning    (--fail-on)");
  EXPECT_EQ(PrintedLine(*config, "manifest"),
            "manifest: m.yaml    (--manifest)");
  EXPECT_EQ(PrintedLine(*config, "against"), "against: refs    (--against)");
  EXPECT_EQ(config->ignore.value.size(), 1u) << "no flag for ignore";
}

TEST(WriteConfigTest, TheWholeDefaultConfig) {
  Config config;
  config.rules.value.push_back({"rules/storm", "rules/storm", Origin()});
  std::ostringstream out;
  WriteConfig(config, out);
  EXPECT_EQ(out.str(),
            "config: none    (none found)\n"
            "rules: rules/storm    (default)\n"
            "enable: (all rules)    (default)\n"
            "disable: (none)    (default)\n"
            "severity: (none)    (default)\n"
            "fail_on: error    (default)\n"
            "against: (none)    (default)\n"
            "manifest: (none)    (default)\n"
            "ignore: (none)    (default)\n");
}

// ----------------------------------------------------------------- globs

TEST(MatchesGlobTest, Cases) {
  struct Case {
    std::string pattern;
    std::string path;
    bool matches;
  };
  const std::vector<Case> cases = {
      {"a.md", "a.md", true},
      {"a.md", "b.md", false},
      {"*.md", "draft.md", true},
      {"*.md", "drafts/draft.md", false},  // `*` stays within a folder
      {"*.md", ".hidden.md", true},        // no special leading dot
      {"drafts/*.md", "drafts/a.md", true},
      {"drafts/*.md", "drafts/x/a.md", false},
      {"drafts/?.md", "drafts/a.md", true},
      {"drafts/?.md", "drafts/ab.md", false},
      {"[ab].md", "b.md", true},
      {"[!ab].md", "b.md", false},
      {"\\*.md", "*.md", true},
      {"\\*.md", "a.md", false},
      {"**/*.md", "a.md", true},  // `**` matches no folder too
      {"**/*.md", "x/y/z/a.md", true},
      {"**/*.md", "x/y/z/a.txt", false},
      {"drafts/**", "drafts/a.md", true},
      {"drafts/**", "drafts/x/y/a.md", true},
      {"drafts/**", "notes/a.md", false},
      {"a/**/b/*.md", "a/b/c.md", true},
      {"a/**/b/*.md", "a/x/y/b/c.md", true},
      {"a/**/b/*.md", "a/x/y/c/c.md", false},
      {"**/tmp/**", "x/tmp/y/z.md", true},
      {"**/tmp/**", "x/tmpl/y.md", false},
      {"**", "anything/at/all.md", true},
      {"a**.md", "ab.md", true},  // not a whole segment: like `*`
      {"a**.md", "a/b.md", false},
      {"x/**/**/y", "x/y", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(MatchesGlob(c.pattern, c.path), c.matches)
        << c.pattern << " vs " << c.path;
  }
}

TEST(IsIgnoredTest, MatchesPathsRelativeToTheConfigFolder) {
  const fs::path dir = TestDir();
  absl::StatusOr<Config> config = LoadConfigFile(WriteFile(
      dir / "project/.claimdiff.yaml", "ignore: ['drafts/**', '*.tmp.md']\n"));
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_TRUE(IsIgnored(*config, (dir / "project/drafts/a.md").string()));
  EXPECT_TRUE(IsIgnored(*config, (dir / "project/drafts/x/../b.md").string()));
  EXPECT_TRUE(IsIgnored(*config, (dir / "project/x.tmp.md").string()));
  EXPECT_FALSE(IsIgnored(*config, (dir / "project/sub/x.tmp.md").string()));
  EXPECT_FALSE(IsIgnored(*config, (dir / "project/story.md").string()));
  // Outside the config's folder nothing is ignored.
  EXPECT_FALSE(IsIgnored(*config, (dir / "drafts/a.md").string()));
  {
    // A relative path is taken from the current folder.
    ScopedCwd cwd(dir / "project");
    EXPECT_TRUE(IsIgnored(*config, "drafts/a.md"));
    EXPECT_TRUE(IsIgnored(*config, "./x.tmp.md"));
  }
}

TEST(DropIgnoredTest, RemovesMatchesAndRefusesToLeaveNothing) {
  const fs::path dir = TestDir();
  absl::StatusOr<Config> config = LoadConfigFile(
      WriteFile(dir / ".claimdiff.yaml", "ignore: ['drafts/*']\n"));
  ASSERT_TRUE(config.ok()) << config.status();
  std::vector<SourceMeta> sources(3);
  sources[0].path = (dir / "a.md").string();
  sources[1].path = (dir / "drafts/b.md").string();
  sources[2].path = (dir / "c.md").string();
  ASSERT_TRUE(DropIgnored(*config, &sources).ok());
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[1].path, (dir / "c.md").string());

  std::vector<SourceMeta> drafts(1);
  drafts[0].path = (dir / "drafts/b.md").string();
  const absl::Status status = DropIgnored(*config, &drafts);
  EXPECT_EQ(status.message(),
            config->file +
                ":1:9: error: ignore: every source matches an ignore pattern");
}

}  // namespace
}  // namespace claimdiff
