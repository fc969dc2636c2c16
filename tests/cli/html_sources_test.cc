// HTML and Markdown sources through the whole command: claims point into
// the file as written, and each source says where its date came from.
#include <algorithm>
#include <map>
#include <string>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/cli/run_cli.h"
#include "tests/testing/temp_files.h"

namespace claimdiff::testing {
namespace {

constexpr char kFixtures[] = "fixtures/html";

// A pack with one money rule over the shared definitions.
std::string TramPack(const std::string& dir) {
  WriteFile(dir + "/pack.yaml", "name: trams\nimports: [" +
                                    std::string(CLAIMDIFF_SOURCE_DIR) +
                                    "/rules/common]\n");
  WriteFile(dir + "/trams.yaml", R"(rules:
  - id: trams.cost
    kind: money
    subject: kestrel-trams/cost
    patterns: ['cost\s+{money_claim}']
    examples:
      - {text: "It will cost $2.2 billion.", expect: "USD 2.2 billion"}
)");
  return dir;
}

nlohmann::json Check(const std::string& args) {
  const std::string pack = TramPack(MakeTempDir("html-pack"));
  CliResult r = RunCli("check --rules " + pack +
                       " --format json --fail-on never " + args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out, nullptr, /*allow_exceptions=*/false);
}

// 1-based line and column of byte `offset` in `text` (ASCII before it).
std::pair<int, int> LineColumn(const std::string& text, size_t offset) {
  const int line = 1 + static_cast<int>(std::count(
                           text.begin(), text.begin() + offset, '\n'));
  const size_t line_start = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;
  return {line, static_cast<int>(offset - line_start) + 1};
}

TEST(HtmlSourcesTest, ClaimsPointIntoTheFileAsWritten) {
  const nlohmann::json report = Check(kFixtures);
  ASSERT_FALSE(report.is_discarded());
  // The figure of each source as its file spells it. The decoys in the
  // Courier's script, styles, menu, sidebar and footer, and the Weekly's
  // code block, are not claims.
  const std::map<std::string, std::string> written = {
      {"fixtures/html/kestrel-courier.html", "$2.2&nbsp;billion"},
      {"fixtures/html/harbour-post.html", "$2.4&#160;billion"},
      {"fixtures/html/bay-weekly.md", "$2.2 billion"},
  };
  ASSERT_EQ(report["claims"].size(), written.size()) << report.dump(2);
  for (const auto& claim : report["claims"]) {
    const std::string source = claim["source"];
    ASSERT_EQ(written.count(source), 1u) << source;
    const std::string file =
        ReadFile(std::string(CLAIMDIFF_SOURCE_DIR) + "/" + source);
    const std::string& figure = written.at(source);
    const size_t at = file.find(figure);
    ASSERT_NE(at, std::string::npos) << source;
    const auto [line, column] = LineColumn(file, at);
    const auto [end_line, end_column] = LineColumn(file, at + figure.size());
    EXPECT_EQ(claim["line"], line) << source;
    EXPECT_EQ(claim["column"], column) << source;
    EXPECT_EQ(claim["end_line"], end_line) << source;
    EXPECT_EQ(claim["end_column"], end_column) << source;
    EXPECT_EQ(claim["value"]["resolved"], true) << source;
    EXPECT_EQ(claim["value"]["unit"], "USD") << source;
  }
  // The one outlier is the Post's $2.4 billion.
  ASSERT_EQ(report["findings"].size(), 1u);
  const auto& finding = report["findings"][0];
  ASSERT_EQ(finding["outliers"].size(), 1u);
  EXPECT_EQ(report["claims"][finding["outliers"][0].get<int>()]["source"],
            "fixtures/html/harbour-post.html");
  EXPECT_TRUE(report["warnings"].empty()) << report["warnings"].dump(2);
}

struct DateCase {
  std::string name;
  std::string args;  // after the fixed options
  std::string path;  // of the source to look at
  std::string published;
  std::string published_from;
  // Run over copies of the fixtures beside a manifest that dates the
  // Courier and lists the Post undated; `path` is then a file name there.
  bool manifest = false;
};

class HtmlSourceDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(HtmlSourceDateTest, SaysWhereTheDateCameFrom) {
  const DateCase& c = GetParam();
  std::string args = c.args;
  std::string path = c.path;
  if (c.manifest) {
    const std::string dir = MakeTempDir("html-manifest");
    for (const char* name : {"kestrel-courier.html", "harbour-post.html"}) {
      WriteFile(dir + "/" + name, ReadFile(std::string(CLAIMDIFF_SOURCE_DIR) +
                                           "/" + kFixtures + "/" + name));
    }
    WriteFile(dir + "/sources.yaml",
              "sources:\n"
              "  - path: kestrel-courier.html\n"
              "    published: 2024-05-01\n"
              "  - path: harbour-post.html\n");
    args = dir + " " + args;
    path = dir + "/" + path;
  }
  const nlohmann::json report = Check(args);
  ASSERT_FALSE(report.is_discarded());
  const nlohmann::json* source = nullptr;
  for (const auto& s : report["sources"]) {
    if (s["path"] == path) source = &s;
  }
  ASSERT_NE(source, nullptr) << path << " not in " << report["sources"].dump();
  EXPECT_EQ((*source)["published"], c.published) << c.name;
  EXPECT_EQ((*source)["published_from"], c.published_from) << c.name;
  EXPECT_EQ((*source)["format"],
            path.find(".md") != std::string::npos ? "markdown" : "html");
}

INSTANTIATE_TEST_SUITE_P(
    Sources, HtmlSourceDateTest,
    ::testing::Values(
        DateCase{"meta", kFixtures, "fixtures/html/kestrel-courier.html",
                 "2024-05-06", "html meta article:published_time"},
        DateCase{"json_ld", kFixtures, "fixtures/html/harbour-post.html",
                 "2024-05-07", "json-ld datePublished"},
        DateCase{"front_matter", kFixtures, "fixtures/html/bay-weekly.md",
                 "2024-05-08", "front matter"},
        // --published beats what the page says...
        DateCase{
            "command_line", std::string("--published 2024-01-31 ") + kFixtures,
            "fixtures/html/kestrel-courier.html", "2024-01-31", "command line"},
        DateCase{"command_line_md",
                 std::string("--published 2024-01-31 ") + kFixtures,
                 "fixtures/html/bay-weekly.md", "2024-01-31", "command line"},
        // ...and the manifest beats both.
        DateCase{"manifest", "--published 2024-01-31", "kestrel-courier.html",
                 "2024-05-01", "manifest", true},
        // A source the manifest leaves undated takes --published, or else
        // its own date.
        DateCase{"manifest_undated_command_line", "--published 2024-01-31",
                 "harbour-post.html", "2024-01-31", "command line", true},
        DateCase{"manifest_undated", "", "harbour-post.html", "2024-05-07",
                 "json-ld datePublished", true}),
    [](const ::testing::TestParamInfo<DateCase>& info) {
      return info.param.name;
    });

}  // namespace
}  // namespace claimdiff::testing
