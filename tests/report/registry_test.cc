#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_join.h"
#include "checker/report/json_report.h"
#include "checker/report/report.h"
#include "checker/report/text_report.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

TEST(ReportFormatsTest, ListsTextFirstThenJsonAndHtml) {
  const std::vector<std::string> formats = ReportFormats();
  ASSERT_GE(formats.size(), 3u);
  EXPECT_EQ(formats[0], "text");  // the default comes first in --help
  EXPECT_EQ(formats[1], "json");
  EXPECT_EQ(formats[2], "html");
}

TEST(MakeReporterTest, EveryListedFormatIsMade) {
  for (const std::string& format : ReportFormats()) {
    SCOPED_TRACE(format);
    auto reporter = MakeReporter(format, ReportOptions{});
    ASSERT_TRUE(reporter.ok()) << reporter.status();
    ASSERT_NE(*reporter, nullptr);
    std::ostringstream out;
    (*reporter)->Write(CheckResult{}, out);
    EXPECT_FALSE(out.str().empty());
  }
}

TEST(MakeReporterTest, NamesPickTheirClasses) {
  auto text = MakeReporter("text", ReportOptions{});
  ASSERT_TRUE(text.ok());
  EXPECT_NE(dynamic_cast<TextReporter*>(text->get()), nullptr);
  auto json = MakeReporter("json", ReportOptions{});
  ASSERT_TRUE(json.ok());
  EXPECT_NE(dynamic_cast<JsonReporter*>(json->get()), nullptr);
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
  for (const char* format : {"xml", "", "TEXT", "json "}) {
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
