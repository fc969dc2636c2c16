#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_join.h"
#include "checker/report/github_report.h"
#include "checker/report/json_report.h"
#include "checker/report/junit_report.h"
#include "checker/report/line_report.h"
#include "checker/report/rdjsonl_report.h"
#include "checker/report/report.h"
#include "checker/report/sarif_report.h"
#include "checker/report/text_report.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

TEST(ReportFormatsTest, ListsEveryFormatInHelpOrder) {
  EXPECT_EQ(ReportFormats(),
            (std::vector<std::string>{"text", "json", "html", "line",
                                      "github", "rdjsonl", "junit", "sarif"}));
}

TEST(MakeReporterTest, EveryListedFormatIsMade) {
  for (const std::string& format : ReportFormats()) {
    SCOPED_TRACE(format);
    auto reporter = MakeReporter(format, ReportOptions{});
    ASSERT_TRUE(reporter.ok()) << reporter.status();
    ASSERT_NE(*reporter, nullptr);
    std::ostringstream out;
    (*reporter)->Write(CheckResult{}, out);
    // Formats of one line per problem say nothing about a clean run, so
    // an editor or CI log shows no noise; document formats always write
    // their document.
    const bool per_problem =
        format == "line" || format == "github" || format == "rdjsonl";
    EXPECT_EQ(out.str().empty(), per_problem);
  }
}

template <typename R>
bool Makes(const std::string& format) {
  auto reporter = MakeReporter(format, ReportOptions{});
  return reporter.ok() && dynamic_cast<R*>(reporter->get()) != nullptr;
}

TEST(MakeReporterTest, NamesPickTheirClasses) {
  EXPECT_TRUE(Makes<TextReporter>("text"));
  EXPECT_TRUE(Makes<JsonReporter>("json"));
  EXPECT_TRUE(Makes<LineReporter>("line"));
  EXPECT_TRUE(Makes<GithubReporter>("github"));
  EXPECT_TRUE(Makes<RdjsonlReporter>("rdjsonl"));
  EXPECT_TRUE(Makes<JunitReporter>("junit"));
  EXPECT_TRUE(Makes<SarifReporter>("sarif"));
}

TEST(MakeReporterTest, OptionsReachTheReporter) {
  ReportOptions options;
  options.color = true;
  auto reporter = MakeReporter("text", options);
  ASSERT_TRUE(reporter.ok());
  std::ostringstream out;
  (*reporter)->Write(CheckResult{}, out);
  EXPECT_NE(out.str().find('\x1b'), std::string::npos);
}

TEST(MakeReporterTest, UnknownFormatNamesTheKnownOnes) {
  for (const char* format : {"xml", "", "TEXT", "json ", "sarif2"}) {
    SCOPED_TRACE(format);
    auto reporter = MakeReporter(format, ReportOptions{});
    ASSERT_FALSE(reporter.ok());
    EXPECT_EQ(reporter.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(reporter.status().message(),
              "unknown report format \"" + std::string(format) +
                  "\" (expected " + absl::StrJoin(ReportFormats(), ", ") +
                  ")");
  }
}

}  // namespace
}  // namespace claimdiff
