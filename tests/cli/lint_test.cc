// `claimdiff lint` end to end, through the real binary: drafts about the
// bundled corpus's bridge story, checked against its reports.
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "tests/cli/run_cli.h"
#include "tests/testing/temp_files.h"

namespace claimdiff::testing {
namespace {

// The bridge pack against the corpus, one line per finding.
constexpr char kAgainst[] =
    "lint --rules rules/examples/vell-bridge --against fixtures/corpus "
    "--format line ";

int Lines(const std::string& out) {
  int n = 0;
  for (absl::string_view line : absl::StrSplit(out, '\n', absl::SkipEmpty())) {
    if (absl::StrContains(line, ": error: ") ||
        absl::StrContains(line, ": warning: ")) {
      ++n;
    }
  }
  return n;
}

// A draft in its own folder; returns its path.
std::string Draft(const std::string& name, const std::string& file,
                  const std::string& text) {
  const std::string dir = MakeTempDir("lint-" + name);
  return WriteFile(dir + "/" + file, text);
}

TEST(LintTest, ADraftThatRepeatsTheReferencesPasses) {
  const std::string draft =
      Draft("agrees", "draft.md",
            "The Vell bridge reopens on March 8.\n\n"
            "The repair bill came to about $48 million.\n");
  CliResult r =
      RunCli(absl::StrCat(kAgainst, "--published 2024-03-07 '", draft, "'"));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
  // The references' own conflict (the Herald's $62 million) is not the
  // draft's business...
  EXPECT_FALSE(absl::StrContains(r.out, "herald.txt"));
  // ...unless asked for.
  CliResult all = RunCli(absl::StrCat(kAgainst,
                                      "--show-reference-conflicts "
                                      "--published 2024-03-07 '",
                                      draft, "'"));
  EXPECT_EQ(all.exit_code, 1);
  EXPECT_TRUE(absl::StrContains(all.out,
                                "fixtures/corpus/herald.txt:5:42: "
                                "error: "))
      << all.out;
}

TEST(LintTest, AWrongFigureFailsAtItsLineAndColumn) {
  const std::string draft =
      Draft("wrong", "draft.md",
            "# Bridge\n\nThe Vell bridge reopens on March 8.\n\n"
            "Officials said the repair bill came to $62 million.\n");
  CliResult r =
      RunCli(absl::StrCat(kAgainst, "--published 2024-03-07 '", draft, "'"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(Lines(r.out), 1) << r.out;
  // It points at the draft and names the references with their lines.
  EXPECT_TRUE(absl::StartsWith(
      r.out, draft + ":5:40: error: \"$62 million\" (draft.md:5:40) "
                     "disagrees with the references \"about $48 million\" "
                     "(courier.txt:7)"))
      << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"$47.5m\" (gazette.md:10)"));
  EXPECT_TRUE(absl::StrContains(r.out, "[bridge.repair-cost]"));
  // The reference that says $62 million too is not cited against it.
  EXPECT_FALSE(absl::StrContains(r.out, "(herald.txt:5)")) << r.out;
}

TEST(LintTest, ADraftThatContradictsItselfFails) {
  const std::string draft =
      Draft("self", "draft.txt",
            "The repair bill came to $48 million.\n\n"
            "Later in the piece the repair bill came to $65 million.\n");
  // Against a folder with no repair-cost claim, only the draft speaks.
  const std::string refs = MakeTempDir("lint-self-refs");
  WriteFile(refs + "/ref.txt", "The bridge was painted in 2009.\n");
  CliResult r = RunCli(absl::StrCat(
      "lint --rules rules/examples/vell-bridge --format line --against '", refs,
      "' '", draft, "'"));
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_EQ(Lines(r.out), 2) << r.out;
  EXPECT_TRUE(absl::StrContains(
      r.out, "disagrees with the draft's own \"$65 million\" (draft.txt:3)"))
      << r.out;
}

TEST(LintTest, EverySuppressionFormSilencesItsClaim) {
  struct Case {
    const char* name;
    const char* file;
    const char* text;
  } cases[] = {
      {"markdown next line", "d.md",
       "<!-- claimdiff-disable-next-line bridge.repair-cost -->\n"
       "The repair bill came to $62 million.\n"},
      {"markdown next line, every rule", "d.md",
       "<!-- claimdiff-disable-next-line -->\n"
       "The repair bill came to $62 million.\n"},
      {"markdown range", "d.md",
       "<!-- claimdiff-disable bridge.repair-cost -->\n\n"
       "The repair bill came to $62 million.\n\n"
       "<!-- claimdiff-enable -->\n"},
      {"html next line", "d.html",
       "<p>\n<!-- claimdiff-disable-next-line bridge.repair-cost -->\n"
       "The repair bill came to $62 million.</p>\n"},
      {"plain text line comment", "d.txt",
       "// claimdiff-disable-next-line bridge.repair-cost\n"
       "The repair bill came to $62 million.\n"},
  };
  for (const Case& c : cases) {
    const std::string draft = Draft("suppress", c.file, c.text);
    CliResult r = RunCli(absl::StrCat(kAgainst, "'", draft, "'"));
    EXPECT_EQ(r.exit_code, 0) << c.name << "\n" << r.out << r.err;
    EXPECT_EQ(Lines(r.out), 0) << c.name << "\n" << r.out;
  }
}

TEST(LintTest, ASuppressionCoversOnlyItsRuleAndItsLines) {
  // Another rule named, the range closed before the claim: both report.
  const std::string draft =
      Draft("narrow", "d.md",
            "<!-- claimdiff-disable-next-line bridge.workforce -->\n"
            "The repair bill came to $62 million.\n\n"
            "<!-- claimdiff-disable -->\n"
            "<!-- claimdiff-enable -->\n\n"
            "Another line says the repair bill came to $62 million.\n");
  CliResult r = RunCli(absl::StrCat(kAgainst, "'", draft, "'"));
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, draft + ":2:25: error: ")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, draft + ":7:43: error: ")) << r.out;
  // Both suppressions suppressed nothing, and say so.
  EXPECT_TRUE(absl::StrContains(
      r.out, draft + ":1:1: warning: suppression of bridge.workforce "
                     "suppresses nothing"))
      << r.out;
  EXPECT_TRUE(absl::StrContains(
      r.out, draft + ":4:1: warning: suppression suppresses nothing"));
  CliResult quiet = RunCli(
      absl::StrCat(kAgainst, "--no-report-unused-suppressions '", draft, "'"));
  EXPECT_FALSE(absl::StrContains(quiet.out, "suppresses nothing"));
}

TEST(LintTest, ABaselineSurvivesEditsAboveTheFinding) {
  const std::string dir = MakeTempDir("lint-baseline");
  const std::string draft =
      WriteFile(dir + "/draft.md", "The repair bill came to $62 million.\n");
  const std::string baseline = dir + "/baseline.json";
  CliResult wrote = RunCli(absl::StrCat(kAgainst, "--write-baseline '",
                                        baseline, "' '", draft, "'"));
  EXPECT_EQ(wrote.exit_code, 0) << wrote.err;
  EXPECT_TRUE(
      absl::StrContains(ReadFile(baseline), "\"rule\":\"bridge.repair-cost\""));
  // Two paragraphs added above: the accepted finding stays accepted...
  WriteFile(draft,
            "A new opening paragraph.\n\nAnd another.\n\n"
            "The repair bill came to $62 million.\n");
  CliResult same = RunCli(
      absl::StrCat(kAgainst, "--baseline '", baseline, "' '", draft, "'"));
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  EXPECT_EQ(Lines(same.out), 0) << same.out;
  // ...while a new wrong figure is reported.
  WriteFile(draft,
            "A new opening paragraph.\n\nAbout 3,000 workers were on "
            "site.\n\nThe repair bill came to $62 million.\n");
  CliResult added = RunCli(
      absl::StrCat(kAgainst, "--baseline '", baseline, "' '", draft, "'"));
  EXPECT_EQ(added.exit_code, 1);
  EXPECT_EQ(Lines(added.out), 1) << added.out;
  EXPECT_TRUE(absl::StrContains(added.out, "[bridge.workforce]"));
}

TEST(LintTest, ReadsTheDraftFromStdin) {
  CliResult r =
      RunCli(absl::StrCat(kAgainst, "--stdin-filename story/draft.md -"),
             "# Draft\n\nThe repair bill came to $62 million.\n");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(absl::StartsWith(r.out, "story/draft.md:3:25: error: ")) << r.out;
  CliResult unnamed = RunCli(absl::StrCat(kAgainst, "-"),
                             "The repair bill came to $62 million.\n");
  EXPECT_TRUE(absl::StartsWith(unnamed.out, "<stdin>:1:25: error: "))
      << unnamed.out;
}

TEST(LintTest, ExitCodesFollowFailOn) {
  // The engineer's name misspelt: a warning.
  const std::string draft =
      Draft("warn", "draft.md", "Chief engineer Agnes Moreau spoke.\n");
  EXPECT_EQ(RunCli(absl::StrCat(kAgainst, "'", draft, "'")).exit_code, 0);
  EXPECT_EQ(RunCli(absl::StrCat(kAgainst, "--fail-on warning '", draft, "'"))
                .exit_code,
            1);
  const std::string wrong =
      Draft("err", "draft.md", "The repair bill came to $62 million.\n");
  EXPECT_EQ(
      RunCli(absl::StrCat(kAgainst, "--fail-on never '", wrong, "'")).exit_code,
      0);
  // Bad input: exit 2 with one line naming the problem.
  CliResult no_refs = RunCli(
      absl::StrCat("lint --rules rules/examples/vell-bridge '", wrong, "'"));
  EXPECT_EQ(no_refs.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(no_refs.err, "--against")) << no_refs.err;
  CliResult missing = RunCli(absl::StrCat(kAgainst, "no/such/draft.md"));
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(missing.err, "no/such/draft.md"))
      << missing.err;
  CliResult bad_baseline = RunCli(absl::StrCat(
      kAgainst, "--baseline fixtures/corpus/courier.txt '", wrong, "'"));
  EXPECT_EQ(bad_baseline.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(bad_baseline.err,
                                "fixtures/corpus/courier.txt:1:1: error: "))
      << bad_baseline.err;
}

TEST(LintTest, FindsItsConfigFromASubfolder) {
  const std::string project = MakeTempDir("lint-config");
  const std::string root = CLAIMDIFF_SOURCE_DIR;
  WriteFile(project + "/.claimdiff.yaml", "rules: ['" + root +
                                              "/rules/examples/vell-bridge']\n"
                                              "against: ['" +
                                              root +
                                              "/fixtures/corpus']\n"
                                              "fail_on: warning\n"
                                              "ignore: ['drafts/old/**']\n");
  WriteFile(project + "/drafts/story.md",
            "Chief engineer Agnes Moreau spoke.\n");
  WriteFile(project + "/drafts/old/story.md",
            "The repair bill came to $62 million.\n");
  // From the drafts folder: the config's references, packs and fail_on
  // (a spelling warning fails), and its ignore glob skips drafts/old.
  CliResult r = RunShell("claimdiff lint --format line .", project + "/drafts");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "story.md:1:16: warning: ")) << r.out;
  EXPECT_FALSE(absl::StrContains(r.out, "$62 million")) << r.out;
  // --fail-on beats the config, and --no-config forgets it.
  EXPECT_EQ(RunShell("claimdiff lint --fail-on error --format line .",
                     project + "/drafts")
                .exit_code,
            0);
  CliResult bare = RunShell("claimdiff lint --no-config --format line .",
                            project + "/drafts");
  EXPECT_EQ(bare.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(bare.err, "no reference sources")) << bare.err;
}

}  // namespace
}  // namespace claimdiff::testing
