#include "checker/rulepack/rulepack.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "re2/re2.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {
namespace fs = std::filesystem;

const std::string kCommon = CLAIMDIFF_SOURCE_DIR "/rules/common";
const std::string kKuril = CLAIMDIFF_SOURCE_DIR "/rules/examples/kuril";
const std::string kVell = CLAIMDIFF_SOURCE_DIR "/rules/examples/vell-bridge";

using ::claimdiff::testing::TestDir;
using ::claimdiff::testing::WriteFile;

std::vector<std::string> Lines(const absl::Status& status) {
  return absl::StrSplit(status.message(), '\n');
}

// Whether some line of `lines` starts with `prefix` and contains `part`.
bool HasLine(const std::vector<std::string>& lines, const std::string& prefix,
             const std::string& part) {
  for (const std::string& l : lines) {
    if (absl::StartsWith(l, prefix) && l.find(part) != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string Where(const std::string& path, int line, int column) {
  return path + ":" + std::to_string(line) + ":" + std::to_string(column) +
         ": error: ";
}

// A valid rule; the cases below change one line of it.
//   line 2: the rule map starts at column 5
//   line 6: the pattern scalar starts at column 9
const char kGoodRule[] =
    "rules:\n"
    "  - id: t.a\n"
    "    kind: number\n"
    "    subject: things/count\n"
    "    patterns:\n"
    "      - '(?P<value>\\d+) things'\n";

TEST(LoadRulePackTest, LoadsASmallPack) {
  const fs::path dir = TestDir();
  const std::string file =
      WriteFile(dir / "rules.yaml",
                "definitions:\n"
                "  num: '\\d+'\n"
                "qualifiers:\n"
                "  about: [about, roughly]\n"
                "rules:\n"
                "  - id: t.count\n"
                "    description: Things counted.\n"
                "    kind: money\n"
                "    subject: trade/{from}\n"
                "    severity: warning\n"
                "    tolerance: 5%\n"
                "    message: Sources differ.\n"
                "    patterns:\n"
                "      - '(?P<from>\\w+) sells (?P<value>{num})'\n"
                "      - '(?P<value>{num}) from (?P<from>\\w+)'\n"
                "    examples:\n"
                "      - text: Russia sells 5\n"
                "        expect: '5'\n"
                "        published: 2016-12-13\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  ASSERT_EQ(pack->rules.size(), 1u);
  const Rule& rule = pack->rules[0];
  EXPECT_EQ(rule.id, "t.count");
  EXPECT_EQ(rule.description, "Things counted.");
  EXPECT_EQ(rule.kind, Kind::kMoney);
  EXPECT_EQ(rule.subject, "trade/{from}");
  EXPECT_EQ(rule.severity, Severity::kWarning);
  EXPECT_EQ(rule.message, "Sources differ.");
  EXPECT_DOUBLE_EQ(rule.options.tolerance, 0.05);
  EXPECT_TRUE(rule.options.tolerance_relative);
  ASSERT_EQ(rule.patterns.size(), 2u);
  ASSERT_EQ(rule.regexes.size(), 2u);
  EXPECT_EQ(rule.patterns[0], R"((?P<from>\w+) sells (?P<value>(?:\d+)))");
  EXPECT_TRUE(rule.regexes[1]->ok());
  EXPECT_EQ(rule.file, file);
  EXPECT_EQ(rule.line, 6);
  EXPECT_EQ(rule.column, 5);
  EXPECT_EQ(rule.pack, dir.filename().string());
  ASSERT_EQ(rule.examples.size(), 1u);
  EXPECT_EQ(rule.examples[0].text, "Russia sells 5");
  EXPECT_EQ(rule.examples[0].expect, "5");
  EXPECT_EQ(rule.examples[0].published, absl::CivilDay(2016, 12, 13));
  EXPECT_EQ(rule.examples[0].line, 17);
  EXPECT_EQ(pack->Find("t.count"), &rule);
  EXPECT_EQ(pack->Find("t.other"), nullptr);
  EXPECT_EQ(pack->files, std::vector<std::string>{file});
  EXPECT_EQ(pack->definitions.at("num"), R"(\d+)");
}

struct RuleErrorCase {
  const char* name;
  std::string yaml;
  int line;
  int column;
  std::string text;  // after "rule t.a: "
};

// Each problem is one `file:line:col: error: rule ID: ...` line, pointing
// at the node at fault.
TEST(LoadRulePackTest, ReportsEachRuleProblemAtItsNode) {
  auto with = [](const std::string& from, const std::string& to) {
    std::string yaml = kGoodRule;
    const size_t at = yaml.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    yaml.replace(at, from.size(), to);
    return yaml;
  };
  const std::string patterns_line = "    patterns:\n";
  const std::string pattern = "'(?P<value>\\d+) things'";
  const RuleErrorCase cases[] = {
      {"unknown key", with(patterns_line, "    patern: x\n" + patterns_line), 5,
       5, "unknown key \"patern\""},
      {"missing subject", with("    subject: things/count\n", ""), 2, 5,
       "missing required key \"subject\""},
      {"missing patterns",
       with(patterns_line + "      - " + pattern + "\n", ""), 2, 5,
       "missing required key \"patterns\""},
      {"bad kind", with("kind: number", "kind: nmber"), 3, 11,
       "unknown kind \"nmber\""},
      {"bad severity",
       with(patterns_line, "    severity: fatal\n" + patterns_line), 5, 15,
       "unknown severity \"fatal\""},
      {"bad tolerance",
       with(patterns_line, "    tolerance: lots\n" + patterns_line), 5, 16,
       "tolerance \"lots\""},
      {"bad bounds",
       with(patterns_line, "    bounds: sideways\n" + patterns_line), 5, 13,
       "bounds \"sideways\""},
      {"anchor on a number rule",
       with(patterns_line, "    anchor: published\n" + patterns_line), 5, 13,
       "anchor applies to duration rules only"},
      // RE2 errors point at the offending part inside the pattern.
      {"backreference", with(pattern, R"('(?P<value>a)\1')"), 6, 22,
       "RE2 rejects the pattern: invalid escape sequence: \\1"},
      {"unbalanced paren", with(pattern, "'(?P<value>a'"), 6, 10,
       "RE2 rejects the pattern: missing ): (?P<value>a"},
      {"undefined fragment", with(pattern, "'(?P<value>{nmber})'"), 6, 9,
       "undefined fragment {nmber}"},
      {"capture never used", with(pattern, R"('(?P<value>\d+) (?P<who>\w+)')"),
       6, 9, "capture \"who\" is never used"},
      {"subject capture missing",
       with("subject: things/count", "subject: trade/{from}"), 6, 9,
       "subject uses {from} but this pattern has no capture"},
      {"no value capture", with(pattern, R"('\d+ things')"), 6, 9,
       "pattern has no (?P<value>...) capture"},
      {"unknown message placeholder",
       with(patterns_line,
            "    message: '{sorce} says {value}'\n" + patterns_line),
       5, 14, "message: unknown placeholder {sorce}"},
      {"aliases on a number rule",
       with(patterns_line, "    aliases: people\n" + patterns_line), 5, 14,
       "aliases applies to name and set rules only"},
      {"empty patterns",
       with(patterns_line + "      - " + pattern + "\n", "    patterns: []\n"),
       5, 15, "\"patterns\" must be a non-empty list"},
  };
  const fs::path root = TestDir();
  for (const RuleErrorCase& c : cases) {
    const fs::path dir = root / c.name;
    const std::string file = WriteFile(dir / "rules.yaml", c.yaml);
    absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
    ASSERT_FALSE(pack.ok()) << c.name;
    EXPECT_EQ(pack.status().code(), absl::StatusCode::kInvalidArgument);
    const std::vector<std::string> lines = Lines(pack.status());
    EXPECT_EQ(lines.size(), 1u) << c.name << ":\n" << pack.status().message();
    EXPECT_TRUE(
        HasLine(lines, Where(file, c.line, c.column) + "rule t.a: ", c.text))
        << c.name << ":\n"
        << pack.status().message();
  }
}

TEST(LoadRulePackTest, UnknownTopLevelKeyIsReported) {
  const fs::path dir = TestDir();
  const std::string file =
      WriteFile(dir / "rules.yaml", std::string(kGoodRule) + "rulez: []\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_FALSE(pack.ok());
  EXPECT_TRUE(
      HasLine(Lines(pack.status()), Where(file, 7, 1), "unknown key \"rulez\""))
      << pack.status().message();
}

TEST(LoadRulePackTest, DuplicateIdsAcrossFiles) {
  const fs::path dir = TestDir();
  const std::string a = WriteFile(dir / "a.yaml", kGoodRule);
  const std::string b = WriteFile(dir / "b.yaml", kGoodRule);
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_FALSE(pack.ok());
  const std::vector<std::string> lines = Lines(pack.status());
  EXPECT_EQ(lines.size(), 1u) << pack.status().message();
  EXPECT_TRUE(HasLine(lines, Where(b, 2, 5) + "rule t.a: ",
                      "duplicate id (first defined at " + a + ":2)"))
      << pack.status().message();
}

TEST(LoadRulePackTest, DuplicateIdsAcrossPacks) {
  const fs::path root = TestDir();
  const fs::path one = root / "one";
  const fs::path two = root / "two";
  WriteFile(one / "rules.yaml", kGoodRule);
  const std::string b = WriteFile(two / "rules.yaml", kGoodRule);
  absl::StatusOr<RulePack> pack = LoadRulePack({one.string(), two.string()});
  ASSERT_FALSE(pack.ok());
  EXPECT_TRUE(HasLine(Lines(pack.status()),
                      Where(b, 2, 5) + "rule t.a: ", "duplicate id"))
      << pack.status().message();
}

// A malformed file is one `file:line:col: error: ...` line like any other
// problem: it starts with the file, not with a bare severity.
TEST(LoadRulePackTest, MalformedYamlIsReportedWithPosition) {
  const fs::path dir = TestDir();
  const std::string file =
      WriteFile(dir / "rules.yaml", "rules:\n  - id: a: b\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_FALSE(pack.ok());
  const std::vector<std::string> lines = Lines(pack.status());
  ASSERT_EQ(lines.size(), 1u) << pack.status().message();
  EXPECT_TRUE(absl::StartsWith(lines[0], Where(file, 2, 10) + "invalid YAML"))
      << lines[0];
}

TEST(LoadRulePackTest, MalformedPackYamlIsReportedWithPosition) {
  const fs::path dir = TestDir();
  const std::string file =
      WriteFile(dir / "pack.yaml", "name: x\nimports: [a\n");
  WriteFile(dir / "rules.yaml", kGoodRule);
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_FALSE(pack.ok());
  const std::vector<std::string> lines = Lines(pack.status());
  ASSERT_EQ(lines.size(), 1u) << pack.status().message();
  EXPECT_TRUE(absl::StartsWith(lines[0], file + ":")) << lines[0];
  EXPECT_NE(lines[0].find(": error: invalid YAML"), std::string::npos)
      << lines[0];
}

TEST(LoadRulePackTest, MissingPackFolder) {
  const fs::path dir = TestDir();
  const std::string missing = (dir / "nope").string();
  absl::StatusOr<RulePack> pack = LoadRulePack({missing});
  ASSERT_FALSE(pack.ok());
  EXPECT_EQ(pack.status().code(), absl::StatusCode::kInvalidArgument);
  const std::vector<std::string> lines = Lines(pack.status());
  EXPECT_TRUE(
      HasLine(lines, missing + ": error: ", "rule pack folder not found"))
      << pack.status().message();
}

// A missing import is the fault of the `imports` entry in pack.yaml, which
// has a position like any other node.
TEST(LoadRulePackTest, MissingImportPointsAtTheImportEntry) {
  const fs::path dir = TestDir();
  const std::string pack_file =
      WriteFile(dir / "pack.yaml", "name: x\nimports: [../nowhere]\n");
  WriteFile(dir / "rules.yaml", kGoodRule);
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_FALSE(pack.ok());
  EXPECT_TRUE(HasLine(Lines(pack.status()), Where(pack_file, 2, 11),
                      "rule pack folder not found"))
      << pack.status().message();
}

TEST(LoadRulePackTest, ReportsAllErrorsOfAllFilesTogether) {
  const fs::path dir = TestDir();
  const std::string a = WriteFile(dir / "a.yaml",
                                  "rules:\n"
                                  "  - id: t.a\n"
                                  "    kind: nmber\n"
                                  "    subject: s\n"
                                  "    patterns: ['(?P<value>\\d+)']\n"
                                  "  - id: t.a2\n"
                                  "    kind: number\n"
                                  "    subject: s\n"
                                  "    patterns: ['(?P<value>{nope})']\n");
  const std::string b = WriteFile(dir / "b.yaml",
                                  "rules:\n"
                                  "  - id: t.b\n"
                                  "    kind: number\n"
                                  "    subject: s\n"
                                  "    colour: red\n"
                                  "    patterns: ['(?P<value>\\d+)']\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_FALSE(pack.ok());
  const std::vector<std::string> lines = Lines(pack.status());
  EXPECT_EQ(lines.size(), 3u) << pack.status().message();
  EXPECT_TRUE(HasLine(lines, Where(a, 3, 11) + "rule t.a: ", "unknown kind"));
  EXPECT_TRUE(HasLine(
      lines, Where(a, 9, 16) + "rule t.a2: ", "undefined fragment {nope}"));
  EXPECT_TRUE(HasLine(lines, Where(b, 5, 5) + "rule t.b: ", "unknown key"));
}

TEST(LoadRulePackTest, FragmentsMayBeDefinedInAnyFileOfThePack) {
  const fs::path dir = TestDir();
  // z-defs.yaml loads after a-rules.yaml; patterns are compiled at the end.
  WriteFile(dir / "a-rules.yaml",
            "rules:\n"
            "  - id: t.a\n"
            "    kind: number\n"
            "    subject: s\n"
            "    patterns: ['(?P<value>{num}) things']\n");
  WriteFile(dir / "z-defs.yaml", "definitions:\n  num: '\\d+'\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  EXPECT_EQ(pack->rules[0].patterns[0], R"((?P<value>(?:\d+)) things)");
}

TEST(LoadRulePackTest, ImportsLoadFirstAndOnce) {
  const fs::path root = TestDir();
  const fs::path shared = root / "shared";
  const fs::path one = root / "one";
  const fs::path two = root / "two";
  WriteFile(shared / "defs.yaml", "definitions:\n  num: '\\d+'\n");
  WriteFile(shared / "rules.yaml",
            "rules:\n"
            "  - id: shared.a\n"
            "    kind: number\n"
            "    subject: s\n"
            "    patterns: ['(?P<value>{num}) shared']\n");
  for (const fs::path& p : {one, two}) {
    WriteFile(p / "pack.yaml",
              "name: " + p.filename().string() + "\nimports: [../shared]\n");
    WriteFile(p / "rules.yaml",
              "rules:\n"
              "  - id: " +
                  p.filename().string() +
                  ".a\n"
                  "    kind: number\n"
                  "    subject: s\n"
                  "    patterns: ['(?P<value>{num}) items']\n");
  }
  absl::StatusOr<RulePack> pack = LoadRulePack({one.string(), two.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  ASSERT_EQ(pack->rules.size(), 3u);
  EXPECT_EQ(pack->rules[0].id, "shared.a");
  EXPECT_EQ(pack->rules[1].id, "one.a");
  EXPECT_EQ(pack->rules[2].id, "two.a");
  EXPECT_EQ(pack->rules[1].pack, "one");
}

// A vocabulary-only pack loads (`claimdiff value` uses one); the commands
// that extract claims reject it (see tests/cli, BadInput no_rules).
TEST(LoadRulePackTest, PackWithoutRulesLoadsItsVocabulary) {
  const fs::path dir = TestDir();
  WriteFile(dir / "defs.yaml", "definitions:\n  num: '\\d+'\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  EXPECT_TRUE(pack->rules.empty());
  ASSERT_TRUE(pack->definitions.contains("num"));
  EXPECT_EQ(pack->definitions.at("num"), "\\d+");
}

TEST(LoadRulePackTest, QualifierFragmentIsBuiltFromTheTable) {
  const fs::path dir = TestDir();
  WriteFile(dir / "rules.yaml",
            "qualifiers:\n"
            "  about: [about, roughly]\n"
            "  more_than: [more than, over]\n"
            "rules:\n"
            "  - id: t.a\n"
            "    kind: number\n"
            "    subject: s\n"
            "    patterns: ['(?:(?P<qualifier>{qualifier})\\s+)?"
            "(?P<value>\\d+) things']\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  ASSERT_TRUE(pack->definitions.contains("qualifier"));
  RE2 q("(" + pack->definitions.at("qualifier") + ")");
  ASSERT_TRUE(q.ok()) << q.error();
  const struct {
    const char* text;
    bool full;
  } cases[] = {
      {"about", true},       {"Roughly", true},    {"more than", true},
      {"MORE   THAN", true}, {"more\nthan", true}, {"over", true},
      {"nearly", false},     {"more", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(RE2::FullMatch(c.text, q), c.full) << c.text;
  }
  std::string m;
  EXPECT_FALSE(RE2::PartialMatch("Moreover", q, &m)) << m;
  const Rule& rule = pack->rules[0];
  std::string qualifier, value;
  ASSERT_TRUE(RE2::PartialMatch("more than 5 things", *rule.regexes[0],
                                &qualifier, &value));
  EXPECT_EQ(qualifier, "more than");
  EXPECT_EQ(value, "5");
  EXPECT_EQ(pack->vocabulary.qualifiers.Lookup("more than"),
            QualifierReading::kMoreThan);
}

TEST(LoadRulePackTest, ExplicitQualifierDefinitionWins) {
  const fs::path dir = TestDir();
  WriteFile(dir / "rules.yaml",
            "qualifiers:\n"
            "  about: [about]\n"
            "definitions:\n"
            "  qualifier: 'circa'\n"
            "rules:\n"
            "  - id: t.a\n"
            "    kind: number\n"
            "    subject: s\n"
            "    patterns: ['(?P<qualifier>{qualifier}) (?P<value>\\d+)']\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  EXPECT_EQ(pack->definitions.at("qualifier"), "circa");
}

// With no qualifier phrases, {qualifier} is a fragment that matches
// nothing, so a pattern using it still loads and its optional qualifier
// simply never takes part.
TEST(LoadRulePackTest, QualifierFragmentWithEmptyTableStillCompiles) {
  const fs::path dir = TestDir();
  WriteFile(dir / "rules.yaml",
            "rules:\n"
            "  - id: t.a\n"
            "    kind: number\n"
            "    subject: s\n"
            "    patterns: ['(?:(?P<qualifier>{qualifier})\\s+)?"
            "(?P<value>\\d+) things']\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  std::string qualifier, value;
  EXPECT_TRUE(RE2::PartialMatch("about 5 things", *pack->rules[0].regexes[0],
                                &qualifier, &value));
  EXPECT_EQ(qualifier, "");
  EXPECT_EQ(value, "5");
}

// Word boundaries keep "over" out of "Moreover", but a phrase that starts
// or ends with punctuation ("c." for circa, "~") must still match where
// copy writes it: "c. 50 things", "~50 things".
TEST(LoadRulePackTest, QualifierPhrasesWithPunctuationStillMatch) {
  const fs::path dir = TestDir();
  WriteFile(dir / "rules.yaml",
            "qualifiers:\n"
            "  about: ['c.', '~']\n"
            "rules:\n"
            "  - id: t.a\n"
            "    kind: number\n"
            "    subject: s\n"
            "    patterns: ['(?:(?P<qualifier>{qualifier})\\s*)?"
            "(?P<value>\\d+) things']\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  const RE2& re = *pack->rules[0].regexes[0];
  const struct {
    const char* text;
    const char* qualifier;
  } cases[] = {
      {"c. 50 things", "c."},
      {"~50 things", "~"},
      {"about ~50 things", "~"},
  };
  for (const auto& c : cases) {
    std::string qualifier, value;
    ASSERT_TRUE(RE2::PartialMatch(c.text, re, &qualifier, &value)) << c.text;
    EXPECT_EQ(qualifier, c.qualifier) << c.text;
    EXPECT_EQ(value, "50") << c.text;
  }
}

TEST(LoadRulePackTest, ExampleMissingBothKeysReportsBoth) {
  const fs::path dir = TestDir();
  const std::string file =
      WriteFile(dir / "rules.yaml", std::string(kGoodRule) +
                                        "    examples:\n"
                                        "      - published: 2016-12-13\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_FALSE(pack.ok());
  const std::vector<std::string> lines = Lines(pack.status());
  EXPECT_TRUE(HasLine(
      lines, Where(file, 8, 9) + "rule t.a: ", "missing required key \"text\""))
      << pack.status().message();
  EXPECT_TRUE(HasLine(lines, Where(file, 8, 9) + "rule t.a: ",
                      "missing required key \"expect\""))
      << pack.status().message();
}

TEST(LoadRulePackTest, BadQualifierReadingIsReported) {
  const fs::path dir = TestDir();
  const std::string file =
      WriteFile(dir / "rules.yaml", std::string(kGoodRule) +
                                        "qualifiers:\n"
                                        "  roughly: [about]\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_FALSE(pack.ok());
  EXPECT_TRUE(HasLine(Lines(pack.status()), Where(file, 8, 3),
                      "unknown qualifier reading \"roughly\""))
      << pack.status().message();
}

TEST(ShippedPacksTest, KurilWithCommonLoadsWithoutError) {
  for (const std::vector<std::string>& dirs :
       {std::vector<std::string>{kKuril},
        std::vector<std::string>{kCommon, kKuril},
        std::vector<std::string>{kKuril, kVell}}) {
    absl::StatusOr<RulePack> pack = LoadRulePack(dirs);
    ASSERT_TRUE(pack.ok()) << pack.status();
    EXPECT_FALSE(pack->rules.empty());
    for (const Rule& rule : pack->rules) {
      EXPECT_EQ(rule.patterns.size(), rule.regexes.size()) << rule.id;
      for (const auto& re : rule.regexes) EXPECT_TRUE(re->ok()) << rule.id;
    }
  }
}

TEST(ShippedPacksTest, KurilRulesCarryTheirOptions) {
  absl::StatusOr<RulePack> pack = LoadRulePack({kKuril});
  ASSERT_TRUE(pack.ok()) << pack.status();
  const Rule* length = pack->Find("kuril.dispute-length");
  ASSERT_NE(length, nullptr);
  EXPECT_EQ(length->kind, Kind::kDuration);
  EXPECT_TRUE(length->options.anchor_published);
  EXPECT_DOUBLE_EQ(length->options.tolerance, 1);
  EXPECT_FALSE(length->options.tolerance_relative);
  EXPECT_EQ(length->subject, "kuril/dispute-start");
  EXPECT_TRUE(absl::EndsWith(length->file, "dispute.yaml")) << length->file;
  EXPECT_EQ(length->line, 7);  // after the schema line and the comment
  EXPECT_EQ(length->column, 5);
  EXPECT_EQ(length->pack, "kuril");
  EXPECT_EQ(length->examples.size(), 5u);
  const Rule* trade = pack->Find("kuril.trade-turnover");
  ASSERT_NE(trade, nullptr);
  EXPECT_EQ(trade->kind, Kind::kMoney);
  EXPECT_DOUBLE_EQ(trade->options.tolerance, 0.05);
  EXPECT_TRUE(trade->options.tolerance_relative);
  // The imported common pack's files load before the story's own.
  auto index_of = [&](const std::string& suffix) {
    for (size_t i = 0; i < pack->files.size(); ++i) {
      if (absl::EndsWith(pack->files[i], suffix)) return static_cast<int>(i);
    }
    return -1;
  };
  const int definitions = index_of("common/definitions.yaml");
  const int dispute = index_of("kuril/dispute.yaml");
  ASSERT_GE(definitions, 0);
  ASSERT_GE(dispute, 0);
  EXPECT_LT(definitions, dispute);
}

TEST(ShippedPacksTest, QualifierFragmentComesFromQualifiersYaml) {
  absl::StatusOr<RulePack> pack = LoadRulePack({kKuril});
  ASSERT_TRUE(pack.ok()) << pack.status();
  ASSERT_TRUE(pack->definitions.contains("qualifier"));
  RE2 q("(" + pack->definitions.at("qualifier") + ")");
  ASSERT_TRUE(q.ok()) << q.error();
  // Every phrase of rules/common/qualifiers.yaml, as written there.
  const char* phrases[] = {
      "exactly",      "precisely",    "just",       "about",
      "around",       "some",         "roughly",    "approximately",
      "an estimated", "estimated",    "circa",      "or so",
      "nearly",       "almost",       "close to",   "just shy of",
      "more than",    "over",         "above",      "in excess of",
      "upwards of",   "north of",     "at least",   "no fewer than",
      "no less than", "a minimum of", "or more",    "less than",
      "under",        "below",        "fewer than", "just under",
      "short of",     "at most",      "up to",      "no more than",
      "a maximum of", "or less",      "or fewer",   "as many as",
  };
  for (const char* phrase : phrases) {
    EXPECT_TRUE(RE2::FullMatch(phrase, q)) << phrase;
    EXPECT_TRUE(pack->vocabulary.qualifiers.Lookup(phrase).has_value())
        << phrase;
  }
  // Longest phrase first: "just under 50" is "just under", not "just".
  std::string m;
  ASSERT_TRUE(RE2::PartialMatch("just under 50", q, &m));
  EXPECT_EQ(m, "just under");
  ASSERT_TRUE(RE2::PartialMatch("In Excess  Of 9", q, &m));
  EXPECT_EQ(m, "In Excess  Of");
  EXPECT_FALSE(RE2::PartialMatch("Moreover", q, &m)) << m;
  EXPECT_EQ(pack->vocabulary.qualifiers.Lookup("just under"),
            QualifierReading::kLessThan);
  EXPECT_EQ(pack->vocabulary.qualifiers.Lookup("over"),
            QualifierReading::kMoreThan);
}

TEST(LoadRulePackTest, BadVagueCountsAndDateOrderAreReported) {
  const fs::path dir = TestDir();
  WriteFile(dir / "pack.yaml", "name: t\ndate_order: ymd\n");
  WriteFile(dir / "v.yaml",
            "vague_counts:\n"
            "  dozens: [120, 24]\n"
            "  few: lots\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_FALSE(pack.ok());
  const std::string message(pack.status().message());
  EXPECT_NE(message.find("pack.yaml:2:13: error: pack: date_order \"ymd\""),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("v.yaml:2:11: error: vague count \"dozens\""),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("v.yaml:3:8: error: vague count \"few\""),
            std::string::npos)
      << message;
}

TEST(LoadRulePackTest, ExchangeRatesLoadAndBadRowsAreReported) {
  const fs::path dir = TestDir();
  WriteFile(dir / "ok.yaml",
            "exchange_rates:\n"
            "  base: USD\n"
            "  rates:\n"
            "    2024-01-01: {EUR: 1.1, GBP: 1.27}\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  EXPECT_EQ(pack->vocabulary.exchange_rates.base(), "USD");
  ASSERT_TRUE(
      pack->vocabulary.exchange_rates.RateFor("GBP", std::nullopt).has_value());
  EXPECT_DOUBLE_EQ(
      pack->vocabulary.exchange_rates.RateFor("GBP", std::nullopt)->rate, 1.27);

  WriteFile(dir / "bad.yaml",
            "exchange_rates:\n"
            "  base: USD\n"
            "  rates:\n"
            "    2024-02-30: {EUR: 1.1}\n"
            "    2024-03-01: {EUR: -2}\n");
  pack = LoadRulePack({dir.string()});
  ASSERT_FALSE(pack.ok());
  const std::string message(pack.status().message());
  EXPECT_NE(message.find("bad.yaml:4:5: error: exchange_rates: no such date"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("bad.yaml:5:23: error: exchange_rates: rate for EUR"),
            std::string::npos)
      << message;
}

TEST(ShippedPacksTest, CommonAloneIsVocabularyOnly) {
  absl::StatusOr<RulePack> pack = LoadRulePack({kCommon});
  ASSERT_TRUE(pack.ok()) << pack.status();
  EXPECT_TRUE(pack->rules.empty());
  const Vocabulary& vocabulary = pack->vocabulary;
  EXPECT_EQ(vocabulary.qualifiers.Lookup("more than"),
            QualifierReading::kMoreThan);
  EXPECT_TRUE(pack->definitions.contains("money_claim"));
  // Every table the values stage needs ships in YAML.
  const std::optional<VagueCount> dozens =
      vocabulary.vague_counts.Lookup("dozens");
  ASSERT_TRUE(dozens.has_value());
  EXPECT_EQ(dozens->low, 24);
  EXPECT_EQ(dozens->high, 120);
  EXPECT_FALSE(vocabulary.currencies.empty());
  ASSERT_NE(vocabulary.units.FindUnit("ft"), nullptr);
  EXPECT_DOUBLE_EQ(vocabulary.units.FindUnit("ft")->factor, 0.3048);
  EXPECT_FALSE(vocabulary.rate_periods.empty());
  EXPECT_NE(vocabulary.calendar.FindSeason("summer"), nullptr);
  EXPECT_FALSE(vocabulary.calendar.holidays().empty());
  EXPECT_TRUE(vocabulary.exchange_rates.empty());
}

// A pack file with aliases and one rule of kind `kind` on them.
std::string AliasPack(const std::string& kind, const std::string& extra) {
  return "aliases:\n"
         "  people:\n"
         "    Sergei Lavrov: [Sergey Lavrov]\n"
         "    Shinzo Abe:\n"
         "rules:\n"
         "  - id: t.names\n"
         "    kind: " +
         kind +
         "\n"
         "    subject: spelling/{value}\n" +
         extra +
         "    patterns:\n"
         "      - '(?P<value>{people})'\n";
}

TEST(LoadRulePackTest, AliasGroupsBecomeAccentInsensitiveFragments) {
  const fs::path dir = TestDir();
  WriteFile(dir / "names.yaml", AliasPack("name", "    aliases: people\n"));
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  const Rule& rule = pack->rules[0];
  // Names and sets default to warning: spelling is style, not fact.
  EXPECT_EQ(rule.severity, Severity::kWarning);
  EXPECT_EQ(rule.options.aliases, "people");
  const RE2& re = *rule.regexes[0];
  std::string value;
  for (const char* text :
       {"Sergey Lavrov", "SERGEI LAVROV", "Shinz\xC5\x8D Abe", "shinzo abe"}) {
    EXPECT_TRUE(RE2::PartialMatch(text, re, &value)) << text;
    EXPECT_EQ(value, text);
  }
  EXPECT_FALSE(RE2::PartialMatch("Shinzo Abel", re)) << "word boundary";
  EXPECT_FALSE(RE2::PartialMatch("Lavrov", re));
}

TEST(LoadRulePackTest, AliasProblemsAreReportedAtTheirNodes) {
  struct Case {
    std::string name;
    std::string yaml;
    int line;
    int column;
    std::string text;
  } cases[] = {
      {"unknown group", AliasPack("name", "    aliases: peple\n"), 9, 14,
       "no alias group \"peple\"; did you mean \"people\"?"},
      {"tolerance on a name", AliasPack("name", "    tolerance: 1\n"), 9, 16,
       "tolerance does not apply to name rules"},
      {"variant naming two entities",
       "aliases:\n  people:\n    A B: [C D]\n    E F: [c d]\n", 4, 5,
       "already names \"A B\""},
      {"group that is not an identifier",
       "aliases:\n  the people:\n    A B: []\n", 2, 3,
       "group \"the people\" must be a name"},
      {"variants not a list", "aliases:\n  people:\n    A B: C D\n", 3, 10,
       "aliases: A B: expected a list"},
  };
  const fs::path root = TestDir();
  for (const Case& c : cases) {
    const fs::path dir = root / c.name;
    const std::string file = WriteFile(dir / "names.yaml", c.yaml);
    absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
    ASSERT_FALSE(pack.ok()) << c.name;
    EXPECT_TRUE(
        HasLine(Lines(pack.status()), Where(file, c.line, c.column), c.text))
        << c.name << ":\n"
        << pack.status().message();
  }
}

TEST(LoadRulePackTest, UnicodeClassesAreNotFragments) {
  const fs::path dir = TestDir();
  WriteFile(dir / "rules.yaml",
            "rules:\n"
            "  - id: t.list\n"
            "    kind: set\n"
            "    subject: list\n"
            "    patterns:\n"
            "      - 'of (?P<value>\\p{Lu}\\pL+(?:, \\p{Lu}\\pL+)+)'\n");
  absl::StatusOr<RulePack> pack = LoadRulePack({dir.string()});
  ASSERT_TRUE(pack.ok()) << pack.status();
  EXPECT_TRUE(RE2::PartialMatch("of Oslo, Bergen", *pack->rules[0].regexes[0]));
}

}  // namespace
}  // namespace claimdiff
