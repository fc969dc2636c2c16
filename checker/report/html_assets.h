// The HTML report's inline stylesheet and script, kept apart from the code
// that writes the page so each can be read (and reviewed) on its own.
#ifndef CLAIMDIFF_REPORT_HTML_ASSETS_H_
#define CLAIMDIFF_REPORT_HTML_ASSETS_H_

#include "absl/strings/string_view.h"

namespace claimdiff {

// CSS for the page: system fonts only, light and dark schemes, print
// friendly. No url() references.
absl::string_view HtmlReportCss();

// The filter script: marks <html> with class "js" (which reveals the
// filter bar), then hides the cards that do not match the severity
// checkboxes, the rule and source selects and the search box, and keeps
// the "N of M findings shown" count current. It reads only the page.
absl::string_view HtmlReportScript();

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_HTML_ASSETS_H_
