// `claimdiff rules export-patterns`: the rule patterns in ripgrep's syntax,
// which bench/corpus.sh gives ripgrep so both tools search for the same
// things. The translation is checked on its own (RipgrepPattern, from the
// pipeline library this binary links), and then through ripgrep itself:
// every shipped pack loads in `rg`, and rg finds the lines claimdiff finds
// claims on. The ripgrep tests are skipped when rg is not installed
// (scripts/install-deps.sh --test installs it).
#include "checker/pipeline/export_patterns.h"

#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/cli/run_cli.h"
#include "tests/testing/temp_files.h"

namespace claimdiff::testing {
namespace {

namespace fs = std::filesystem;

constexpr char kNever[] = "(?-u:\\b\\B)";

std::string Rg(absl::string_view re2) {
  absl::StatusOr<std::string> rust = RipgrepPattern(re2);
  EXPECT_TRUE(rust.ok()) << re2 << ": " << rust.status();
  return rust.ok() ? *rust : "";
}

TEST(RipgrepPatternTest, CapturesBecomeNonCapturing) {
  EXPECT_EQ(Rg("(?P<value>a)(b)(?:c)(?i:d)"), "(?:a)(?:b)(?:c)(?i:d)");
}

TEST(RipgrepPatternTest, PerlClassesAndBoundariesStayAscii) {
  EXPECT_EQ(Rg("\\d\\D\\s\\S\\w\\W"),
            "[0-9][^0-9][\\t\\n\\f\\r ][^\\t\\n\\f\\r ][0-9A-Za-z_]"
            "[^0-9A-Za-z_]");
  EXPECT_EQ(Rg("\\bx\\B"), "(?-u:\\b)x(?-u:\\B)");
  EXPECT_EQ(Rg("[\\d,.]"), "[0-9,.]");
  EXPECT_EQ(Rg("[\\D_]"), "[[^0-9]_]");
}

TEST(RipgrepPatternTest, Re2OnlySyntaxIsRewritten) {
  EXPECT_EQ(Rg("\\Qa.b(c)\\E+"), "a\\.b\\(c\\)+");
  EXPECT_EQ(Rg("\\Qa\\\\E"), "a\\\\");  // literal up to the first \E
  EXPECT_EQ(Rg("\\C"), "(?s-u:.)");
  EXPECT_EQ(Rg("\\101\\0"), "A\\x{0}");
  EXPECT_EQ(Rg("\\p{^Greek}\\P{^Greek}\\pN\\p{Lu}"),
            "\\P{Greek}\\p{Greek}\\p{N}\\p{Lu}");
  EXPECT_EQ(Rg("\\/\\'\\_\\.\\{"), "/'_\\.\\{");
  EXPECT_EQ(Rg("x{,3}a{2}b{2,}c{2,5}?d{"), "x\\{,3\\}a{2}b{2,}c{2,5}?d\\{");
  EXPECT_EQ(Rg("a]"), "a\\]");
}

TEST(RipgrepPatternTest, ClassesAreWrittenForRust) {
  // '[' is a literal in an RE2 class, and "&&", "--", "~~" are not set
  // operations.
  EXPECT_EQ(Rg("[[a&&b~~c]"), "[\\[a\\&\\&b\\~\\~c]");
  EXPECT_EQ(Rg("[]a-]"), "[\\]a\\-]");
  EXPECT_EQ(Rg("[^-a-z]"), "[^\\-a-z]");
  EXPECT_EQ(Rg("[\\p{L}\\p{M}'’-]"), "[\\p{L}\\p{M}'’\\-]");
  EXPECT_EQ(Rg("[é-ü[:alpha:][:^digit:]]"), "[é-ü[:alpha:][:^digit:]]");
  EXPECT_EQ(Rg("[\\x41-\\x{5A}\\t]"), "[A-Z\\t]");
}

TEST(RipgrepPatternTest, NewlinesNeverMatchWithinALine) {
  EXPECT_EQ(Rg("a\\nb"), absl::StrCat("a", kNever, "b"));
  EXPECT_EQ(Rg("a\\x0Ab\\012"), absl::StrCat("a", kNever, "b", kNever));
  EXPECT_EQ(Rg("[\\n]"), kNever);
  // A class with other members keeps its newline; ripgrep drops it.
  EXPECT_EQ(Rg("[ \\t\\n]"), "[ \\t\\n]");
  EXPECT_EQ(Rg("[^\\n]"), "[^\\n]");
  EXPECT_FALSE(absl::StrContains(Rg("a\nb"), "\n"));
}

TEST(RipgrepPatternTest, BadSyntaxIsAnError) {
  EXPECT_FALSE(RipgrepPattern("[abc").ok());
  EXPECT_FALSE(RipgrepPattern("\\1").ok());
  EXPECT_FALSE(RipgrepPattern("\\e").ok());
  EXPECT_FALSE(RipgrepPattern("a\\").ok());
}

TEST(ExportPatternsTest, OneLinePerRulePatternWithoutCaptures) {
  CliResult r =
      RunCli("rules export-patterns --rules rules/examples/vell-bridge");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines =
      absl::StrSplit(r.out, '\n', absl::SkipEmpty());
  // The pack's rules have 15 patterns between them (rules list counts
  // rules; the YAML counts patterns).
  EXPECT_EQ(lines.size(), 15u) << r.out;
  EXPECT_FALSE(absl::StrContains(r.out, "(?P<"));
  EXPECT_TRUE(absl::EndsWith(r.out, "\n"));
}

TEST(ExportPatternsTest, BadPackIsAnError) {
  CliResult r = RunCli("rules export-patterns --rules fixtures/no-such-pack");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty()) << r.out;
}

bool HaveRipgrep() {
  return RunShell("command -v rg", CLAIMDIFF_SOURCE_DIR).exit_code == 0;
}

#define SKIP_WITHOUT_RIPGREP()                                          \
  if (!HaveRipgrep()) {                                                 \
    GTEST_SKIP() << "rg not found: run scripts/install-deps.sh --test"; \
  }

// (path, line) of every line `rg -H -n --no-heading` printed.
std::set<std::pair<std::string, int>> RgLines(const std::string& out) {
  std::set<std::pair<std::string, int>> lines;
  for (absl::string_view row : absl::StrSplit(out, '\n', absl::SkipEmpty())) {
    std::vector<absl::string_view> parts =
        absl::StrSplit(row, absl::MaxSplits(':', 2));
    int line = 0;
    if (parts.size() == 3 && absl::SimpleAtoi(parts[1], &line)) {
      lines.emplace(std::string(parts[0]), line);
    }
  }
  return lines;
}

// (source, line) of every claim in a JSON report.
std::set<std::pair<std::string, int>> ClaimLines(const std::string& json) {
  std::set<std::pair<std::string, int>> lines;
  const nlohmann::json report =
      nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(report.is_discarded()) << json;
  if (report.is_discarded()) return lines;
  for (const nlohmann::json& claim : report["claims"]) {
    lines.emplace(claim["source"].get<std::string>(), claim["line"].get<int>());
  }
  return lines;
}

TEST(ExportPatternsTest, RipgrepAcceptsEveryShippedPack) {
  SKIP_WITHOUT_RIPGREP();
  const std::string dir = TestDir().string();
  int packs = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(
           fs::path(CLAIMDIFF_SOURCE_DIR) / "rules" / "examples")) {
    if (!fs::exists(entry.path() / "pack.yaml")) continue;
    ++packs;
    const std::string name = entry.path().filename().string();
    // rg exits 0 or 1 (lines found or not), and 2 on a pattern it rejects.
    CliResult r =
        RunShell(absl::StrCat("claimdiff rules export-patterns --rules '",
                              entry.path().string(), "' > '", dir, "/", name,
                              ".txt'\nstatus=0\nrg -c -f '", dir, "/", name,
                              ".txt' fixtures/corpus || status=$?\n",
                              "test $status -lt 2\n"),
                 CLAIMDIFF_SOURCE_DIR);
    EXPECT_EQ(r.exit_code, 0) << name << "\n" << r.err;
  }
  EXPECT_GE(packs, 2);
}

// A sanity check that both tools look for the same things: ripgrep, with
// the exported patterns, matches at least as many lines of the bundled
// corpus as hold claims, and in the plain-text sources every one of them
// (in Markdown and HTML, markup between the words hides some from rg).
TEST(ExportPatternsTest, RipgrepFindsTheLinesClaimdiffFindsClaimsOn) {
  SKIP_WITHOUT_RIPGREP();
  const std::string patterns = TestDir().string() + "/patterns.txt";
  CliResult rg =
      RunShell(absl::StrCat("claimdiff rules export-patterns --rules "
                            "rules/examples/vell-bridge > '",
                            patterns, "'\nrg -H -n --no-heading -f '", patterns,
                            "' fixtures/corpus\n"),
               CLAIMDIFF_SOURCE_DIR);
  ASSERT_EQ(rg.exit_code, 0) << rg.err;
  CliResult check = RunCli(
      "check --rules rules/examples/vell-bridge --format json "
      "--fail-on never fixtures/corpus");
  ASSERT_EQ(check.exit_code, 0) << check.err;

  const std::set<std::pair<std::string, int>> rg_lines = RgLines(rg.out);
  const std::set<std::pair<std::string, int>> claim_lines =
      ClaimLines(check.out);
  ASSERT_GT(claim_lines.size(), 20u);
  EXPECT_GE(rg_lines.size(), claim_lines.size());
  for (const auto& line : claim_lines) {
    if (!absl::EndsWith(line.first, ".txt")) continue;
    EXPECT_TRUE(rg_lines.count(line) > 0)
        << "rg misses the claim at " << line.first << ":" << line.second;
  }
}

// Patterns whose RE2 meaning ripgrep would read differently as written:
// on a text of one sentence per paragraph, rg matches exactly the lines
// claimdiff finds claims on, and none of the decoys.
TEST(ExportPatternsTest, RewrittenSyntaxMatchesTheSameLines) {
  SKIP_WITHOUT_RIPGREP();
  const fs::path dir = TestDir();
  WriteFile(dir / "pack" / "pack.yaml", "name: syntax\n");
  WriteFile(dir / "pack" / "rules.yaml", R"(rules:
  - id: t.quote
    kind: number
    subject: t/quote
    patterns: ['(?P<value>\d+)\s\Qwidgets (new)\E']
  - id: t.brace
    kind: number
    subject: t/brace
    patterns: ['x{,3}\s(?P<value>\d+)']
  - id: t.class
    kind: number
    subject: t/class
    patterns: ['[a&&b~-]+=(?P<value>\d+)']
  - id: t.escapes
    kind: number
    subject: t/escapes
    patterns: ['\/\101\x42(?P<value>\d+)\/']
  - id: t.greek
    kind: number
    subject: t/greek
    patterns: ['\p{^Greek}\p{Greek}+ (?P<value>\d+)']
  - id: t.boundary
    kind: number
    subject: t/boundary
    patterns: ['\bcafe (?P<value>\d+)']
  - id: t.digits
    kind: number
    subject: t/digits
    patterns: ['item\s(?P<value>\d+)\b']
)");
  WriteFile(dir / "doc.txt",
            "We sold 12 widgets (new) today.\n\n"  // 1: t.quote
            "We sold 12 widgets new today.\n\n"    // 3: decoy
            "Crate x{,3} 4 arrived.\n\n"           // 5: t.brace
            "Crate xxx 4 arrived.\n\n"             // 7: decoy
            "Code a&b~-=5 set.\n\n"                // 9: t.class
            "The path /AB6/ is new.\n\n"           // 11: t.escapes
            "Say xα 7 aloud.\n\n"                  // 13: t.greek
            "Say 7 αβ aloud.\n\n"                  // 15: decoy
            "The écafe 8 opened.\n\n"              // 17: t.boundary
            "The xcafe 8 opened.\n\n"              // 19: decoy
            "Take item \xd9\xa3 now.\n\n"          // 21: decoy (٣)
            "Take item 9 now.\n");                 // 23: t.digits
  const std::string patterns = (dir / "patterns.txt").string();
  CliResult rg = RunShell(
      absl::StrCat("claimdiff rules export-patterns --rules pack > '", patterns,
                   "'\nrg -H -n --no-heading -f '", patterns, "' doc.txt\n"),
      dir.string());
  ASSERT_EQ(rg.exit_code, 0) << rg.err;
  CliResult check = RunShell(
      "claimdiff check --rules pack --format json --fail-on never doc.txt",
      dir.string());
  ASSERT_EQ(check.exit_code, 0) << check.err;

  std::set<int> rg_lines, claim_lines;
  for (const auto& [path, line] : RgLines(rg.out)) rg_lines.insert(line);
  for (const auto& [path, line] : ClaimLines(check.out)) {
    claim_lines.insert(line);
  }
  EXPECT_EQ(claim_lines, (std::set<int>{1, 5, 9, 11, 13, 17, 23}));
  EXPECT_EQ(rg_lines, claim_lines) << rg.out;
}

}  // namespace
}  // namespace claimdiff::testing
