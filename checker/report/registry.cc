// The format table behind MakeReporter: adding a format is one line here
// plus its own <format>_report.h/.cc.
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "checker/report/html_report.h"
#include "checker/report/github_report.h"
#include "checker/report/json_report.h"
#include "checker/report/junit_report.h"
#include "checker/report/line_report.h"
#include "checker/report/rdjsonl_report.h"
#include "checker/report/report.h"
#include "checker/report/sarif_report.h"
#include "checker/report/text_report.h"

namespace claimdiff {
namespace {

struct ReportFormat {
  absl::string_view name;
  std::unique_ptr<Reporter> (*make)(const ReportOptions& options);
};

template <typename R>
std::unique_ptr<Reporter> Make(const ReportOptions& options) {
  return std::make_unique<R>(options);
}

// In the order --help lists them.
constexpr ReportFormat kFormats[] = {
    {"text", &Make<TextReporter>},        // people
    {"json", &Make<JsonReporter>},        // scripts
    {"html", &Make<HtmlReporter>},        // reviewers, in a browser
    {"line", &Make<LineReporter>},        // editors (path:line:col:)
    {"github", &Make<GithubReporter>},    // GitHub Actions annotations
    {"rdjsonl", &Make<RdjsonlReporter>},  // reviewdog
    {"junit", &Make<JunitReporter>},      // CI test reports
    {"sarif", &Make<SarifReporter>},      // code scanning
};

}  // namespace

absl::StatusOr<std::unique_ptr<Reporter>> MakeReporter(
    absl::string_view format, const ReportOptions& options) {
  // The installed Abseil's string_view is its own type, not an alias.
  const absl::string_view name(format.data(), format.size());
  for (const ReportFormat& known : kFormats) {
    if (known.name == name) return known.make(options);
  }
  return absl::InvalidArgumentError(
      absl::StrCat("unknown report format \"", name, "\" (expected ",
                   absl::StrJoin(ReportFormats(), ", "), ")"));
}

std::vector<std::string> ReportFormats() {
  std::vector<std::string> names;
  for (const ReportFormat& known : kFormats) names.emplace_back(known.name);
  return names;
}

}  // namespace claimdiff
