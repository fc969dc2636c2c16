// .claimdiff.yaml through the real binary: `config --print`, and the
// defaults it gives `check`, run from where a user would run them.
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "tests/cli/run_cli.h"
#include "tests/testing/temp_files.h"

namespace claimdiff::testing {
namespace {

namespace fs = std::filesystem;

std::string Source(const std::string& relative) {
  return std::string(CLAIMDIFF_SOURCE_DIR) + "/" + relative;
}

const std::string& Bridge() {
  static const std::string* path =
      new std::string(Source("rules/examples/vell-bridge"));
  return *path;
}

const std::string& Corpus() {
  static const std::string* path = new std::string(Source("fixtures/corpus"));
  return *path;
}

std::vector<std::string> Lines(const std::string& text) {
  return absl::StrSplit(text, '\n', absl::SkipEmpty());
}

// A project folder holding `config` as its .claimdiff.yaml, with an empty
// subfolder a/b to run commands from.
std::string Project(const std::string& name, const std::string& config) {
  const std::string dir = MakeTempDir(name);
  WriteFile(dir + "/.claimdiff.yaml", config);
  fs::create_directories(dir + "/a/b");
  return dir;
}

TEST(ConfigCliTest, HelpWorks) {
  CliResult r = RunCli("config --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(absl::StrContains(r.out, "--print")) << r.out;
}

TEST(ConfigCliTest, PrintShowsEachValueAndWhereItCameFrom) {
  const std::string dir =
      Project("print", absl::StrCat("rules: [", Bridge(),
                                    "]\n"
                                    "fail_on: warning\n"
                                    "severity:\n"
                                    "  bridge.age: info\n"
                                    "against: [refs]\n"
                                    "ignore: ['drafts/**', '*.tmp.md']\n"));
  fs::create_directories(dir + "/refs");

  CliResult top = RunShell("claimdiff config --print", dir);
  EXPECT_EQ(top.exit_code, 0) << top.err;
  EXPECT_EQ(top.out, absl::StrCat("config: .claimdiff.yaml    (found)\n"
                                  "rules: ",
                                  Bridge(),
                                  "    (.claimdiff.yaml:1:8)\n"
                                  "enable: (all rules)    (default)\n"
                                  "disable: (none)    (default)\n"
                                  "severity: bridge.age=info    "
                                  "(.claimdiff.yaml:4:3)\n"
                                  "fail_on: warning    (.claimdiff.yaml:2:10)\n"
                                  "against: refs    (.claimdiff.yaml:5:10)\n"
                                  "manifest: (none)    (default)\n"
                                  "ignore: drafts/**, *.tmp.md    "
                                  "(.claimdiff.yaml:6:9)\n"));

  // From a subfolder the same file is found, spelled from there.
  CliResult sub = RunShell("claimdiff config --print", dir + "/a/b");
  EXPECT_EQ(sub.exit_code, 0) << sub.err;
  EXPECT_EQ(Lines(sub.out)[0], "config: ../../.claimdiff.yaml    (found)");
  EXPECT_EQ(Lines(sub.out)[5],
            "fail_on: warning    (../../.claimdiff.yaml:2:10)");
}

TEST(ConfigCliTest, PrintWithoutAConfig) {
  const std::string dir = Project("print-none", "fail_on: never\n");
  WriteFile(dir + "/rules/storm/pack.yaml", "name: storm\n");
  CliResult r = RunShell("claimdiff config --print --no-config", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "config: none    (--no-config)\n"
            "rules: rules/storm    (default)\n"
            "enable: (all rules)    (default)\n"
            "disable: (none)    (default)\n"
            "severity: (none)    (default)\n"
            "fail_on: error    (default)\n"
            "against: (none)    (default)\n"
            "manifest: (none)    (default)\n"
            "ignore: (none)    (default)\n");
}

TEST(ConfigCliTest, PrintWithANamedConfig) {
  const std::string dir = Project("print-named", "fail_on: never\n");
  WriteFile(dir + "/ci.yaml", "fail_on: info\n");
  CliResult r = RunShell("claimdiff config --print --config ci.yaml", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out)[0], "config: ci.yaml    (--config)");
  EXPECT_EQ(Lines(r.out)[5], "fail_on: info    (ci.yaml:1:10)");
}

TEST(ConfigCliTest, CheckFromASubfolderUsesTheParentsConfig) {
  const std::string dir =
      Project("check-parent",
              absl::StrCat("rules: [", Bridge(), "]\nfail_on: never\n"));
  const std::string check = absl::StrCat("claimdiff check ", Corpus());
  // The corpus has conflicts at error; the config's fail_on says never.
  CliResult with = RunShell(check, dir + "/a/b");
  EXPECT_EQ(with.exit_code, 0) << with.err;
  EXPECT_TRUE(absl::StrContains(with.out, "[bridge.reopening-date]"))
      << with.out;
  // A flag beats the config.
  CliResult flag = RunShell(check + " --fail-on error", dir + "/a/b");
  EXPECT_EQ(flag.exit_code, 1) << flag.err;
}

TEST(ConfigCliTest, SeverityOverrideChangesTheExitCode) {
  // The corpus's conflicts at error come from these two rules.
  const std::string base = absl::StrCat("rules: [", Bridge(), "]\n");
  const std::string dir =
      Project("severity", base +
                              "severity:\n"
                              "  bridge.reopening-date: warning\n"
                              "  bridge.repair-cost: warning\n");
  const std::string check = absl::StrCat("claimdiff check ", Corpus());
  CliResult lowered = RunShell(check, dir);
  EXPECT_EQ(lowered.exit_code, 0) << lowered.err;
  EXPECT_TRUE(absl::StrContains(lowered.out,
                                "conflict (warning) [bridge.reopening-date]"))
      << lowered.out;

  WriteFile(dir + "/.claimdiff.yaml", base);
  EXPECT_EQ(RunShell(check, dir).exit_code, 1);
}

TEST(ConfigCliTest, EnableKeepsOnlyTheNamedRules) {
  const std::string dir = Project(
      "enable", absl::StrCat("rules: [", Bridge(),
                             "]\nenable: [bridge.age]\nfail_on: warning\n"));
  CliResult r =
      RunShell(absl::StrCat("claimdiff check --format line ", Corpus()), dir);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  for (const std::string& line : Lines(r.out)) {
    EXPECT_TRUE(absl::EndsWith(line, "[bridge.age]")) << line;
  }
}

TEST(ConfigCliTest, NoConfigIgnoresIt) {
  // Even a broken config is not read with --no-config.
  const std::string dir = Project(
      "no-config",
      absl::StrCat("rules: [", Bridge(), "]\nfail_on: never\nfail-on: x\n"));
  const std::string check =
      absl::StrCat("claimdiff check --rules ", Bridge(), " ", Corpus());
  EXPECT_EQ(RunShell(check, dir + "/a").exit_code, 2);
  CliResult r = RunShell(check + " --no-config", dir + "/a");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.err, "");
}

TEST(ConfigCliTest, ABadConfigExitsTwoWithOneLinePerProblem) {
  const std::string dir = Project("bad",
                                  "rules: rules/storm\n"  // not a list
                                  "fail-on: warning\n"    // misspelt key
                                  "severity:\n"
                                  "  bridge.age: high\n"  // not a severity
                                  "against: [nowhere]\n"  // missing
                                  "ignore: ['/abs']\n");  // absolute
  for (const std::string& command :
       {std::string("claimdiff config --print"),
        absl::StrCat("claimdiff check ", Corpus())}) {
    CliResult r = RunShell(command, dir + "/a/b");
    EXPECT_EQ(r.exit_code, 2) << command;
    EXPECT_EQ(r.out, "") << command;
    const std::vector<std::string> lines = Lines(r.err);
    ASSERT_EQ(lines.size(), 5u) << command << "\n" << r.err;
    EXPECT_EQ(lines[0],
              "../../.claimdiff.yaml:1:8: error: rules: expected a list of "
              "rule pack folders, not a single value");
    EXPECT_EQ(lines[1],
              "../../.claimdiff.yaml:2:1: error: config: unknown key "
              "\"fail-on\" (did you mean \"fail_on\"?)");
    EXPECT_TRUE(absl::StartsWith(lines[2], "../../.claimdiff.yaml:4:15: "))
        << lines[2];
    EXPECT_TRUE(absl::StartsWith(lines[3], "../../.claimdiff.yaml:5:11: "))
        << lines[3];
    EXPECT_TRUE(absl::StartsWith(lines[4], "../../.claimdiff.yaml:6:10: "))
        << lines[4];
  }
}

TEST(ConfigCliTest, MalformedYamlIsOneLine) {
  const std::string dir = Project("malformed", "rules: [a\nfail_on: {\n");
  CliResult r = RunShell("claimdiff config --print", dir);
  EXPECT_EQ(r.exit_code, 2);
  ASSERT_EQ(Lines(r.err).size(), 1u) << r.err;
  EXPECT_TRUE(absl::StartsWith(r.err, ".claimdiff.yaml:")) << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, ": error: invalid YAML: ")) << r.err;
}

TEST(ConfigCliTest, UnknownRuleIdsAreCheckedAgainstThePacks) {
  const std::string dir = Project(
      "unknown-rule", absl::StrCat("rules: [", Bridge(),
                                   "]\nenable: [bridge.reopening-dates]\n"
                                   "severity: {bridge.nope: info}\n"));
  for (const std::string& command :
       {std::string("claimdiff config --print"),
        absl::StrCat("claimdiff check ", Corpus())}) {
    CliResult r = RunShell(command, dir);
    EXPECT_EQ(r.exit_code, 2) << command;
    EXPECT_EQ(r.err,
              ".claimdiff.yaml:2:10: error: enable: no rule "
              "\"bridge.reopening-dates\" in the loaded packs (did you mean "
              "\"bridge.reopening-date\"?)\n"
              ".claimdiff.yaml:3:12: error: severity: no rule \"bridge.nope\" "
              "in the loaded packs\n")
        << command;
  }
}

TEST(ConfigCliTest, ConfigAndNoConfigExcludeEachOther) {
  CliResult r = RunCli("config --print --config x.yaml --no-config");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(Lines(r.err).size(), 1u) << r.err;
}

// A copy of the corpus inside a project, so ignore globs and a manifest
// relative to the config can reach it.
std::string ProjectWithCorpus(const std::string& name,
                              const std::string& config) {
  const std::string dir = Project(name, config);
  fs::copy(Corpus(), dir + "/corpus", fs::copy_options::recursive);
  return dir;
}

TEST(ConfigCliTest, IgnoredSourcesAreSkipped) {
  const std::string dir = ProjectWithCorpus(
      "ignore",
      absl::StrCat("rules: [", Bridge(), "]\nignore: ['**/herald.txt']\n"));
  fs::remove(dir + "/corpus/sources.yaml");  // read the folder's files
  CliResult r =
      RunShell("claimdiff check --format json ../../corpus", dir + "/a/b");
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "../../corpus/wire.txt")) << r.out;
  EXPECT_FALSE(absl::StrContains(r.out, "herald.txt")) << r.out;

  WriteFile(dir + "/.claimdiff.yaml",
            absl::StrCat("rules: [", Bridge(), "]\nignore: ['corpus/*']\n"));
  CliResult all = RunShell("claimdiff check ../../corpus", dir + "/a/b");
  EXPECT_EQ(all.exit_code, 2);
  EXPECT_EQ(all.err,
            "../../.claimdiff.yaml:2:9: error: ignore: every source matches an "
            "ignore pattern\n");
}

TEST(ConfigCliTest, TheManifestIsRelativeToTheConfig) {
  const std::string dir = ProjectWithCorpus(
      "manifest",
      absl::StrCat("rules: [", Bridge(), "]\nmanifest: corpus/sources.yaml\n"));
  // No paths: the manifest is the list of sources, as with --manifest.
  CliResult r = RunShell("claimdiff check --format line", dir + "/a/b");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "../../corpus/herald.txt:3:41: error:"))
      << r.out;
}

}  // namespace
}  // namespace claimdiff::testing
