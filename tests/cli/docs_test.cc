// docs/rules.md cannot drift from the code: every YAML snippet in it loads
// as a pack file and its examples pass, and the walk-through runs exactly
// as written, printing what the page shows.
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "gtest/gtest.h"
#include "tests/cli/run_cli.h"
#include "tests/testing/temp_files.h"

namespace claimdiff::testing {
namespace {

namespace fs = std::filesystem;

struct CodeBlock {
  std::string language;  // as written after the fence: "yaml", "sh", "text"
  std::string body;      // dedented by the fence's own indentation
  int line = 0;          // of the opening fence, 1-based
  std::string section;   // the "## " heading it sits under
};

// The fenced code blocks of a Markdown text, in order. A fence may be
// indented (inside a list item); its content loses the same indentation.
std::vector<CodeBlock> CodeBlocks(const std::string& markdown) {
  std::vector<CodeBlock> blocks;
  std::istringstream in(markdown);
  std::string line, section;
  CodeBlock* open = nullptr;
  size_t indent = 0;
  for (int n = 1; std::getline(in, line); ++n) {
    const size_t first = line.find_first_not_of(' ');
    const bool fence =
        first != std::string::npos && line.compare(first, 3, "```") == 0;
    if (open == nullptr) {
      if (absl::StartsWith(line, "## ")) section = line.substr(3);
      if (!fence) continue;
      blocks.push_back(CodeBlock{line.substr(first + 3), "", n, section});
      open = &blocks.back();
      indent = first;
    } else if (fence) {
      open = nullptr;
    } else {
      open->body += (line.size() >= indent ? line.substr(indent) : "") + "\n";
    }
  }
  return blocks;
}

std::string RulesMd() {
  return ReadFile(std::string(CLAIMDIFF_SOURCE_DIR) + "/docs/rules.md");
}

TEST(DocsTest, CodeBlocksAreFoundIndentedOrNot) {
  const std::vector<CodeBlock> blocks = CodeBlocks(
      "## A\n```yaml\nx: 1\n```\n1. step\n\n   ```sh\n   ls\n"
      "     -l\n   ```\n");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].language, "yaml");
  EXPECT_EQ(blocks[0].body, "x: 1\n");
  EXPECT_EQ(blocks[0].section, "A");
  EXPECT_EQ(blocks[1].body, "ls\n  -l\n");
  EXPECT_EQ(blocks[1].line, 7);
}

TEST(DocsTest, EveryYamlSnippetLoadsAndItsExamplesPass) {
  const std::string common =
      std::string(CLAIMDIFF_SOURCE_DIR) + "/rules/common";
  int checked = 0;
  for (const CodeBlock& block : CodeBlocks(RulesMd())) {
    if (block.language != "yaml") continue;
    const std::string where =
        absl::StrCat("docs/rules.md:", block.line, " (", block.section, ")");
    // pack.yaml snippets are for the schema test; this one loads pack
    // files on top of the shared pack, as a story pack would.
    if (absl::StartsWith(block.body, "name:")) continue;
    const std::string dir = MakeTempDir("snippet-" + std::to_string(checked));
    WriteFile(dir + "/pack.yaml",
              "name: snippet\nimports: ['" + common + "']\n");
    WriteFile(dir + "/snippet.yaml", block.body);
    ++checked;
    CliResult validated = RunCli("rules validate --rules '" + dir + "'");
    EXPECT_EQ(validated.exit_code, 0)
        << where << "\n"
        << validated.out << validated.err << block.body;
    if (absl::StrContains(block.body, "rules:")) {
      CliResult tested = RunCli("rules test --rules '" + dir + "'");
      EXPECT_EQ(tested.exit_code, 0) << where << "\n"
                                     << tested.out << tested.err << block.body;
    }
  }
  // The page has a dozen snippets; finding none would pass vacuously.
  EXPECT_GE(checked, 8);
}

// "Shown by doing it in a test": a claim type for a story no shipped pack
// knows, added in YAML alone, through the documented commands.
TEST(DocsTest, WalkThroughRunsAsWritten) {
  std::vector<CodeBlock> steps;
  for (CodeBlock& block : CodeBlocks(RulesMd())) {
    if (absl::StartsWith(block.section, "Walk-through")) {
      steps.push_back(std::move(block));
    }
  }
  ASSERT_EQ(steps.size(), 5u);
  ASSERT_EQ(steps[0].language, "sh");    // the pack and a skeleton
  ASSERT_EQ(steps[1].language, "yaml");  // the edited rule
  ASSERT_EQ(steps[2].language, "sh");    // the reports
  ASSERT_EQ(steps[3].language, "text");  // explain, and what it prints
  ASSERT_EQ(steps[4].language, "text");  // check, and what it prints

  const std::string dir = MakeTempDir("walkthrough");
  fs::create_directories(dir + "/rules");
  fs::create_directory_symlink(
      std::string(CLAIMDIFF_SOURCE_DIR) + "/rules/common",
      dir + "/rules/common");

  CliResult made = RunShell(steps[0].body, dir);
  ASSERT_EQ(made.exit_code, 0) << made.out << made.err;
  EXPECT_TRUE(absl::StrContains(made.out, "1 passed, 0 failed")) << made.out;

  WriteFile(dir + "/rules/storm/deaths.yaml", steps[1].body);
  CliResult tested = RunShell("claimdiff rules test --rules rules/storm", dir);
  EXPECT_EQ(tested.exit_code, 0) << tested.out << tested.err;
  ASSERT_EQ(RunShell(steps[2].body, dir).exit_code, 0);

  // A text step is "$ COMMAND" followed by exactly what it prints.
  auto run_shown = [&dir](const CodeBlock& step) {
    const size_t eol = step.body.find('\n');
    EXPECT_TRUE(absl::StartsWith(step.body, "$ ")) << step.body;
    CliResult r = RunShell(step.body.substr(2, eol - 2), dir);
    EXPECT_EQ(r.out, step.body.substr(eol + 1))
        << "docs/rules.md:" << step.line;
    return r;
  };
  EXPECT_EQ(run_shown(steps[3]).exit_code, 0);

  // The page's next instruction: add the pattern explain pointed at.
  const std::string rule = ReadFile(dir + "/rules/storm/deaths.yaml");
  const std::string added = absl::StrReplaceAll(
      rule, {{"    patterns:\n",
              "    patterns:\n      - 'left\\s+{count_claim}\\s+dead'\n"}});
  ASSERT_NE(added, rule);
  WriteFile(dir + "/rules/storm/deaths.yaml", added);
  EXPECT_EQ(run_shown(steps[4]).exit_code, 1);  // a conflict at error
}

// docs/lint.md's walk-through, from three sources and a draft to a CI
// command: every sh block runs (and must succeed), and every text block
// that starts with "$ COMMAND" must be exactly what COMMAND prints.
TEST(DocsTest, LintWalkThroughRunsAsWritten) {
  const std::string dir = MakeTempDir("lint-walkthrough");
  fs::create_directories(dir + "/rules");
  for (const char* pack : {"common", "examples"}) {
    fs::create_directory_symlink(
        std::string(CLAIMDIFF_SOURCE_DIR) + "/rules/" + pack,
        dir + "/rules/" + pack);
  }
  const std::string md =
      ReadFile(std::string(CLAIMDIFF_SOURCE_DIR) + "/docs/lint.md");
  int shown = 0;
  int scripts = 0;
  for (const CodeBlock& step : CodeBlocks(md)) {
    if (step.section != "Walk-through") continue;
    const std::string where = absl::StrCat("docs/lint.md:", step.line);
    if (step.language == "sh") {
      CliResult r = RunShell(step.body, dir);
      ASSERT_EQ(r.exit_code, 0) << where << "\n" << r.out << r.err;
      ++scripts;
    } else if (step.language == "text" && absl::StartsWith(step.body, "$ ")) {
      const size_t eol = step.body.find('\n');
      CliResult r = RunShell(step.body.substr(2, eol - 2), dir);
      EXPECT_EQ(r.out, step.body.substr(eol + 1)) << where << "\n" << r.err;
      ++shown;
    }
  }
  // The page has these steps; finding none would pass vacuously.
  EXPECT_EQ(scripts, 5);
  EXPECT_EQ(shown, 3);
  EXPECT_TRUE(fs::exists(dir + "/claimdiff.sarif"));
}

}  // namespace
}  // namespace claimdiff::testing
