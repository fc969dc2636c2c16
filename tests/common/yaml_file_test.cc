#include "checker/common/yaml_file.h"

#include <filesystem>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {
namespace fs = std::filesystem;

using ::claimdiff::testing::TestDir;
using ::claimdiff::testing::WriteFile;

TEST(LoadYamlFileTest, ParsesWellFormedFile) {
  const std::string path =
      WriteFile(TestDir() / "ok.yaml", "name: common\nlist: [a, b]\n");
  absl::StatusOr<YAML::Node> root = LoadYamlFile(path);
  ASSERT_TRUE(root.ok()) << root.status();
  EXPECT_EQ((*root)["name"].as<std::string>(), "common");
  EXPECT_EQ((*root)["list"].size(), 2u);
}

TEST(LoadYamlFileTest, MissingFileIsNotFoundNamingThePath) {
  const std::string path = (TestDir() / "absent.yaml").string();
  absl::StatusOr<YAML::Node> root = LoadYamlFile(path);
  ASSERT_FALSE(root.ok());
  EXPECT_EQ(root.status().code(), absl::StatusCode::kNotFound);
  EXPECT_TRUE(absl::StartsWith(root.status().message(), path + ": error: "))
      << root.status();
}

struct MalformedCase {
  const char* name;
  const char* contents;
  int line;  // 1-based position of the problem
  int column;
};

TEST(LoadYamlFileTest, MalformedYamlGivesFileLineColError) {
  const MalformedCase cases[] = {
      // The second ':' on line 1 (column 5) cannot start a map value.
      {"nested colon", "a: b: c\n", 1, 5},
      // A sequence entry where the map expects a key, at line 2 column 1.
      {"sequence in map", "x: 1\n- y\n", 2, 1},
  };
  const fs::path dir = TestDir();
  for (const MalformedCase& c : cases) {
    const std::string path =
        WriteFile(dir / (std::string(c.name) + ".yaml"), c.contents);
    absl::StatusOr<YAML::Node> root = LoadYamlFile(path);
    ASSERT_FALSE(root.ok()) << c.name;
    EXPECT_EQ(root.status().code(), absl::StatusCode::kInvalidArgument);
    const std::string prefix = path + ":" + std::to_string(c.line) + ":" +
                               std::to_string(c.column) + ": error: ";
    EXPECT_TRUE(absl::StartsWith(root.status().message(), prefix))
        << c.name << ": " << root.status().message();
    EXPECT_EQ(root.status().message().find('\n'), absl::string_view::npos);
  }
}

TEST(YamlErrorsTest, CheckKeysReportsEachUnknownKeyAtItsPosition) {
  const YAML::Node node =
      YAML::Load("id: a\npatern: x\nkind: number\nsevrity: error\n");
  YamlErrors errors("rules.yaml");
  errors.CheckKeys(node, {"id", "kind", "pattern"}, "rule a");
  ASSERT_EQ(errors.diagnostics().size(), 2u);
  const Diagnostic& first = errors.diagnostics()[0];
  EXPECT_EQ(first.file, "rules.yaml");
  EXPECT_EQ(first.severity, Severity::kError);
  EXPECT_EQ(first.line, 2);
  EXPECT_EQ(first.column, 1);
  // A likely typo gets a suggestion; anything else the allowed keys.
  EXPECT_EQ(first.message,
            "rule a: unknown key \"patern\" (did you mean \"pattern\"?)");
  EXPECT_EQ(errors.diagnostics()[1].line, 4);
  EXPECT_EQ(errors.diagnostics()[1].message,
            "rule a: unknown key \"sevrity\" (allowed: id, kind, pattern)");
}

TEST(YamlErrorsTest, CheckKeysAcceptsKnownKeysAndIgnoresNonMaps) {
  YamlErrors errors("f.yaml");
  errors.CheckKeys(YAML::Load("id: a\nkind: b\n"), {"id", "kind"}, "rule");
  errors.CheckKeys(YAML::Load("[1, 2]"), {"id"}, "rule");
  errors.CheckKeys(YAML::Load("just text"), {"id"}, "rule");
  EXPECT_TRUE(errors.empty());
}

TEST(YamlErrorsTest, RequireReportsMissingAndNullKeysAtTheMap) {
  const YAML::Node node = YAML::Load("x: 1\n  \nid:\nkind: number\n");
  YamlErrors errors("f.yaml");
  EXPECT_TRUE(errors.Require(node, "kind", "rule"));
  EXPECT_FALSE(errors.Require(node, "id", "rule"));       // null value
  EXPECT_FALSE(errors.Require(node, "subject", "rule"));  // absent
  ASSERT_EQ(errors.diagnostics().size(), 2u);
  EXPECT_EQ(errors.diagnostics()[0].message,
            "rule: missing required key \"id\"");
  EXPECT_EQ(errors.diagnostics()[1].message,
            "rule: missing required key \"subject\"");
  EXPECT_EQ(errors.diagnostics()[1].line, 1);
  EXPECT_EQ(errors.diagnostics()[1].column, 1);
}

TEST(YamlErrorsTest, AddUsesOneBasedPositions) {
  const YAML::Node node = YAML::Load("a:\n  b: [1, 2]\n");
  YamlErrors errors("f.yaml");
  errors.Add(node["a"]["b"], "bad list");
  ASSERT_EQ(errors.diagnostics().size(), 1u);
  EXPECT_EQ(errors.diagnostics()[0].ToString(), "f.yaml:2:6: error: bad list");
}

TEST(ScalarOfTest, ScalarsOnly) {
  const YAML::Node node = YAML::Load("s: text\nl: [1]\nm: {a: 1}\nn: ~\n");
  EXPECT_EQ(ScalarOf(node["s"]), "text");
  EXPECT_EQ(ScalarOf(node["l"]), "");
  EXPECT_EQ(ScalarOf(node["m"]), "");
  EXPECT_EQ(ScalarOf(node["n"]), "");
  EXPECT_EQ(ScalarOf(YAML::Node()), "");
}

}  // namespace
}  // namespace claimdiff
