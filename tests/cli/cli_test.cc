// The command line as users meet it: exit codes, help, and one-line errors
// for every kind of bad input.
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "tests/cli/run_cli.h"
#include "tests/testing/temp_files.h"

namespace claimdiff::testing {
namespace {

namespace fs = std::filesystem;

constexpr char kBridge[] = "--rules rules/examples/vell-bridge";

// A minimal pack whose only rule reads a count of "widgets".
std::string WidgetPack(const std::string& dir) {
  WriteFile(dir + "/pack.yaml", "name: widgets\nimports: [" +
                                    std::string(CLAIMDIFF_SOURCE_DIR) +
                                    "/rules/common]\n");
  WriteFile(dir + "/widgets.yaml", R"(rules:
  - id: widgets.count
    kind: number
    subject: widgets
    severity: warning
    patterns: ['{count_claim}\s+widgets']
    examples:
      - {text: "We sold 12 widgets.", expect: "12"}
  - id: widgets.delivery
    kind: date
    subject: widgets/delivery
    patterns: ['delivered\s+on\s+{date_claim}']
    examples:
      - {text: "It was delivered on March 3, 2020.", expect: "2020-03-03"}
)");
  return dir;
}

int LineCount(const std::string& text) {
  std::vector<std::string> lines =
      absl::StrSplit(text, '\n', absl::SkipEmpty());
  return static_cast<int>(lines.size());
}

TEST(CliTest, HelpWorksOnEveryCommand) {
  for (const char* args :
       {"--help", "check --help", "explain --help", "value --help",
        "rules --help", "rules test --help"}) {
    CliResult r = RunCli(args);
    EXPECT_EQ(r.exit_code, 0) << args;
    EXPECT_TRUE(absl::StrContains(r.out, "Usage")) << args << "\n" << r.out;
  }
}

TEST(CliTest, UnknownOptionIsAUsageError) {
  CliResult r = RunCli("check --frobnicate fixtures/corpus");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(LineCount(r.err), 1) << r.err;
}

TEST(CliTest, ExitCodesFollowFailOn) {
  struct Case {
    std::string fail_on;
    int exit_code;
  };
  // The bundled corpus has conflicts at error and at warning.
  for (const Case& c : std::vector<Case>{
           {"error", 1}, {"warning", 1}, {"info", 1}, {"never", 0}}) {
    CliResult r = RunCli(std::string("check ") + kBridge + " --fail-on " +
                         c.fail_on + " fixtures/corpus");
    EXPECT_EQ(r.exit_code, c.exit_code) << c.fail_on << "\n" << r.err;
  }
}

TEST(CliTest, CleanSourcesExitZero) {
  const std::string dir = MakeTempDir("clean");
  const std::string pack = WidgetPack(dir + "/pack");
  WriteFile(dir + "/a.txt", "We sold 12 widgets.\n");
  WriteFile(dir + "/b.txt", "They sold about 12 widgets.\n");
  CliResult r =
      RunCli("check --rules " + pack + " " + dir + "/a.txt " + dir + "/b.txt");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "no conflicts")) << r.out;
}

TEST(CliTest, WarningOnlyConflictPassesDefaultFailOn) {
  const std::string dir = MakeTempDir("warn");
  const std::string pack = WidgetPack(dir + "/pack");
  WriteFile(dir + "/a.txt", "We sold 12 widgets.\n");
  WriteFile(dir + "/b.txt", "They sold 40 widgets.\n");
  const std::string paths = " " + dir + "/a.txt " + dir + "/b.txt";
  EXPECT_EQ(RunCli("check --rules " + pack + paths).exit_code, 0);
  EXPECT_EQ(
      RunCli("check --rules " + pack + " --fail-on warning" + paths).exit_code,
      1);
}

struct BadInput {
  std::string name;
  std::string args;  // after "check --rules <pack>"
  std::vector<std::string> expect_in_error;
};

class BadInputTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputTest, OneLineErrorNamingTheFileAndExitTwo) {
  const BadInput& c = GetParam();
  const std::string dir = MakeTempDir("bad-" + c.name);
  const std::string pack = WidgetPack(dir + "/pack");
  // Inputs the cases refer to by name.
  fs::create_directories(dir + "/empty-folder");
  WriteFile(dir + "/notext/picture.png", "not text");
  WriteFile(dir + "/bad-manifest/sources.yaml", "sources:\n  - path: [\n");
  WriteFile(dir + "/unknown-key/a.txt", "We sold 12 widgets.\n");
  WriteFile(dir + "/unknown-key/sources.yaml",
            "sources:\n  - path: a.txt\n    publisehd: 2020-01-01\n");
  WriteFile(dir + "/feb30/a.txt", "We sold 12 widgets.\n");
  WriteFile(dir + "/feb30/sources.yaml",
            "sources:\n  - path: a.txt\n    published: 2016-02-30\n");
  WriteFile(dir + "/a.txt", "We sold 12 widgets.\n");
  WriteFile(dir + "/badrule/pack.yaml", "name: bad\n");
  WriteFile(dir + "/badrule/r.yaml", "rules:\n  - id: x\n    kind: [\n");
  WriteFile(dir + "/backref/pack.yaml", "name: backref\n");
  WriteFile(dir + "/backref/r.yaml", R"(rules:
  - id: twice
    kind: number
    subject: twice
    patterns: ['(?P<value>\d+) and (\d+)\1']
)");

  std::string args = c.args;
  for (size_t at; (at = args.find("$DIR")) != std::string::npos;) {
    args.replace(at, 4, dir);
  }
  if (!absl::StartsWith(args, "--rules")) args = "--rules " + pack + " " + args;
  CliResult r = RunCli("check " + args);
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_TRUE(r.out.empty()) << "nothing partial on stdout:\n" << r.out;
  for (const std::string& part : c.expect_in_error) {
    EXPECT_TRUE(absl::StrContains(r.err, part))
        << "missing \"" << part << "\" in:\n"
        << r.err;
  }
  EXPECT_EQ(LineCount(r.err), 1) << r.err;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadInputTest,
    ::testing::Values(
        BadInput{"missing", "$DIR/nope.txt", {"nope.txt", "no such file"}},
        BadInput{"notext", "$DIR/notext", {"notext", "no text sources"}},
        BadInput{"empty_folder", "$DIR/empty-folder", {"no text sources"}},
        BadInput{"manifest",
                 "$DIR/bad-manifest",
                 {"bad-manifest/sources.yaml:3:", "invalid YAML"}},
        BadInput{"manifest_key",
                 "$DIR/unknown-key",
                 {"unknown-key/sources.yaml:3:5", "publisehd"}},
        BadInput{"feb30_manifest",
                 "$DIR/feb30",
                 {"feb30/sources.yaml:3:16", "no such date", "2016-02-30"}},
        BadInput{"feb30_flag",
                 "--published 2016-02-30 $DIR/a.txt",
                 {"--published", "no such date"}},
        BadInput{"badrule",
                 "--rules $DIR/badrule $DIR/a.txt",
                 {"badrule/r.yaml:4:1: error: invalid YAML"}},
        BadInput{
            "backref",
            "--rules $DIR/backref $DIR/a.txt",
            {"backref/r.yaml:5:41: error: rule twice", "RE2 rejects", "\\1"}},
        BadInput{"format", "--format yaml $DIR/a.txt", {"yaml"}},
        BadInput{"no_rules",
                 "--rules $DIR/empty-folder $DIR/a.txt",
                 {"empty-folder: error: no rules"}},
        BadInput{"jobs", "-j -1 $DIR/a.txt", {"--jobs"}}),
    [](const ::testing::TestParamInfo<BadInput>& info) {
      return info.param.name;
    });

TEST(CliTest, InvalidUtf8IsReplacedWithAWarning) {
  const std::string dir = MakeTempDir("utf8");
  const std::string pack = WidgetPack(dir + "/pack");
  WriteFile(dir + "/a.txt", "Caf\xE9 owners\nsold 12 widgets.\n");
  CliResult r =
      RunCli("check --rules " + pack + " --format json " + dir + "/a.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, "a.txt:1:4: warning: invalid UTF-8"))
      << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "\"text\": \"12\"")) << r.out;
}

TEST(CliTest, BinaryFileIsSkippedWithAWarning) {
  const std::string dir = MakeTempDir("binary");
  const std::string pack = WidgetPack(dir + "/pack");
  WriteFile(dir + "/a.txt", "We sold 12 widgets.\n");
  WriteFile(dir + "/b.txt", std::string("\x7F"
                                        "ELF\0\0\0 12 widgets",
                                        16));
  CliResult r = RunCli("check --rules " + pack + " " + dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "b.txt: warning: binary file")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "across 1 source")) << r.out;
}

TEST(CliTest, EmptyFileWarnsAndChecksTheRest) {
  const std::string dir = MakeTempDir("empty");
  const std::string pack = WidgetPack(dir + "/pack");
  WriteFile(dir + "/a.txt", "We sold 12 widgets.\n");
  WriteFile(dir + "/b.txt", "");
  CliResult r = RunCli("check --rules " + pack + " " + dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "b.txt: warning: empty file")) << r.out;
}

TEST(CliTest, ImpossibleDateInTextIsAWarningAtItsPosition) {
  const std::string dir = MakeTempDir("feb30-text");
  const std::string pack = WidgetPack(dir + "/pack");
  WriteFile(dir + "/a.txt", "Note.\nIt was delivered on February 30, 2016.\n");
  CliResult r =
      RunCli("check --rules " + pack + " --format json " + dir + "/a.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.err,
                                "a.txt:2:21: warning: rule "
                                "widgets.delivery"))
      << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, "February 30")) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "\"resolved\": false")) << r.out;
}

TEST(CliTest, OutputFileIsWrittenWholeAndMatchesStdout) {
  const std::string dir = MakeTempDir("output");
  const std::string report = dir + "/report.json";
  CliResult to_file =
      RunCli(std::string("check ") + kBridge + " --format json -o " + report +
             " fixtures/corpus");
  CliResult to_stdout = RunCli(std::string("check ") + kBridge +
                               " --format json fixtures/corpus");
  EXPECT_EQ(to_file.exit_code, 1);
  EXPECT_TRUE(to_file.out.empty());
  EXPECT_EQ(ReadFile(report), to_stdout.out);
  for (const auto& entry : fs::directory_iterator(dir)) {
    EXPECT_EQ(entry.path().filename(), "report.json")
        << "temporary file left behind";
  }
}

TEST(CliTest, UnwritableOutputIsAnError) {
  CliResult r = RunCli(std::string("check ") + kBridge +
                       " -o /nonexistent-folder/report.txt fixtures/corpus");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(r.err, "/nonexistent-folder/report.txt"))
      << r.err;
}

TEST(CliTest, OutputDoesNotDependOnThreadCount) {
  CliResult one = RunCli(std::string("check ") + kBridge +
                         " --format json -j 1 fixtures/corpus");
  CliResult four = RunCli(std::string("check ") + kBridge +
                          " --format json -j 4 fixtures/corpus");
  EXPECT_EQ(one.out, four.out);
  EXPECT_FALSE(one.out.empty());
}

TEST(CliTest, ExplainReadsStdinWithAPublicationDate) {
  const std::string dir = MakeTempDir("explain");
  const std::string pack = WidgetPack(dir + "/pack");
  CliResult r = RunCli("explain --rules " + pack + " --published 2020-03-02 -",
                       "Bob sold nearly 40 widgets.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "<stdin>:1:10: widgets.count")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"nearly 40\"")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "30")) << r.out;
}

TEST(CliTest, ExplainRuleFilterAndUnknownRule) {
  CliResult r = RunCli(
      "explain --rules rules/examples/vell-bridge --rule bridge.workforce "
      "fixtures/corpus/courier.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "bridge.workforce"));
  EXPECT_FALSE(absl::StrContains(r.out, "bridge.repair-cost"));
  CliResult bad = RunCli(
      "explain --rules rules/examples/vell-bridge --rule no.such.rule "
      "fixtures/corpus/courier.txt");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(bad.err, "no.such.rule"));
}

TEST(CliTest, ValueReadsOneFigure) {
  struct Case {
    std::string args;
    int exit_code;
    std::string out_or_err;
  };
  const std::vector<Case> cases = {
      {"--kind duration 'more than 70 years'", 0,
       "more than 70 years \u2192 70\u201380 years\n"},
      {"--kind money 'around $2.2 billion'", 0, "USD 2.1\u20132.3 billion"},
      {"--kind date --published 2016-12-13 'on Thursday'", 0, "Thu 2016-12-15"},
      {"--kind date --published 2016-12-13 --resolve previous Thursday", 0,
       "Thu 2016-12-08"},
      {"--kind date 'next month'", 0, "unresolved: no publication date"},
      {"--kind date 'February 30, 2016'", 2, "no such date"},
      {"--kind colour red", 2, "--kind: error: unknown kind"},
      {"--kind date --published 2016-13-01 May", 2, "--published: error"},
  };
  for (const Case& c : cases) {
    CliResult r = RunCli("value --rules rules/common " + c.args);
    EXPECT_EQ(r.exit_code, c.exit_code) << c.args << "\n" << r.err;
    const std::string& text = c.exit_code == 0 ? r.out : r.err;
    EXPECT_TRUE(absl::StrContains(text, c.out_or_err)) << c.args << "\n"
                                                       << text;
  }
  CliResult json = RunCli(
      "value --rules rules/common --format json --kind percent 'nearly 40 "
      "per cent'");
  EXPECT_EQ(json.exit_code, 0);
  EXPECT_TRUE(absl::StrContains(json.out, "\"low\": 30")) << json.out;
  EXPECT_TRUE(absl::StrContains(json.out, "\"unit\": \"%\"")) << json.out;
}

TEST(CliTest, RulesTestPassesOnEveryShippedPack) {
  for (const char* pack :
       {"rules/examples/kuril", "rules/examples/vell-bridge"}) {
    CliResult r = RunCli(std::string("rules test --rules ") + pack);
    EXPECT_EQ(r.exit_code, 0) << pack << "\n" << r.out << r.err;
    EXPECT_TRUE(absl::StrContains(r.out, " 0 failed")) << r.out;
  }
}

TEST(CliTest, RulesTestFailsOnAWrongExampleAndOnAMissingOne) {
  const std::string dir = MakeTempDir("rules-test");
  WriteFile(dir + "/pack.yaml", "name: t\nimports: [" +
                                    std::string(CLAIMDIFF_SOURCE_DIR) +
                                    "/rules/common]\n");
  WriteFile(dir + "/r.yaml", R"(rules:
  - id: wrong
    kind: number
    subject: s
    patterns: ['{count_claim}\s+cats']
    examples:
      - {text: "There are 7 cats.", expect: "8"}
  - id: bare
    kind: number
    subject: t
    patterns: ['{count_claim}\s+dogs']
)");
  CliResult r = RunCli("rules test --rules " + dir);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "r.yaml:7:9: error: rule wrong"))
      << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "rule bare: has no examples")) << r.out;
}

TEST(CliTest, RulesValidateListsEveryProblemWithItsPosition) {
  CliResult ok = RunCli("rules validate");
  EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;
  EXPECT_TRUE(absl::StrContains(ok.out, "no problems")) << ok.out;

  const std::string dir = MakeTempDir("rules-validate");
  WriteFile(dir + "/r.yaml", R"(rules:
  - id: x
    kind: amount
    subject: s
    patern: y
    patterns: ['(?P<value>a)\1']
)");
  CliResult r = RunCli("rules validate --rules " + dir);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_TRUE(
      absl::StrContains(r.out, "r.yaml:3:11: error: rule x: unknown kind"))
      << r.out;
  EXPECT_TRUE(
      absl::StrContains(r.out, "r.yaml:5:5: error: rule x: unknown key"))
      << r.out;
  // RE2's complaint points at the backreference inside the pattern.
  EXPECT_TRUE(absl::StrContains(r.out, "r.yaml:6:29: error: rule x: RE2"))
      << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "3 problems")) << r.out;
}

TEST(CliTest, RulesTestRunsAnnotatedTestDocuments) {
  CliResult r = RunCli("rules test --rules rules/examples/vell-bridge");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(
      absl::StrContains(r.out, "rule                     TP    FP    FN"))
      << r.out;
  EXPECT_TRUE(
      absl::StrContains(r.out, "bridge.repair-cost        1     0     0"))
      << r.out;
  EXPECT_TRUE(
      absl::StrContains(r.out, "1 test documents, 4 annotations, 0 misses"))
      << r.out;
}

// The shown path from nothing: a new rule of each kind passes `rules test`
// as written and `check` finds its example in an article.
TEST(CliTest, RulesNewWritesASkeletonThatPassesForEveryKind) {
  for (const char* kind : {"number", "money", "percent", "duration", "date",
                           "measure", "name", "set"}) {
    const std::string dir = MakeTempDir(std::string("rules-new-") + kind);
    WriteFile(dir + "/pack.yaml", "name: t\nimports: [" +
                                      std::string(CLAIMDIFF_SOURCE_DIR) +
                                      "/rules/common]\n");
    CliResult made = RunCli(std::string("rules new story.fact --kind ") + kind +
                            " -o " + dir + "/r.yaml");
    ASSERT_EQ(made.exit_code, 0) << kind << ": " << made.err;
    CliResult tested = RunCli("rules test --rules " + dir);
    EXPECT_EQ(tested.exit_code, 0) << kind << ": " << tested.out;
    EXPECT_TRUE(absl::StrContains(tested.out, "1 passed, 0 failed"))
        << kind << ": " << tested.out;
    // The example sentence in an article dated like the example.
    const std::string yaml = ReadFile(dir + "/r.yaml");
    const size_t at = yaml.find("- text: \"") + 9;
    const std::string sentence = yaml.substr(at, yaml.find('"', at) - at);
    WriteFile(dir + "/article.txt", sentence + "\n");
    CliResult checked = RunCli(
        "check --format json --published 2025-03-03 "
        "--rules " +
        dir + " " + dir + "/article.txt");
    EXPECT_EQ(checked.exit_code, 0) << kind << ": " << checked.err;
    EXPECT_TRUE(absl::StrContains(checked.out, "\"rule\": \"story.fact\""))
        << kind << ": " << checked.out;
    // -o never replaces a file.
    CliResult again = RunCli(std::string("rules new story.fact --kind ") +
                             kind + " -o " + dir + "/r.yaml");
    EXPECT_EQ(again.exit_code, 2);
    EXPECT_TRUE(absl::StrContains(again.err, "r.yaml: error: file exists"))
        << again.err;
  }
  CliResult bad = RunCli("rules new x --kind amount");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(bad.err, "unknown kind \"amount\""));
}

}  // namespace
}  // namespace claimdiff::testing
