// Escaping for the HTML report: every text that comes from a source, a
// rule or a file name passes through here before it reaches the page.
#ifndef CLAIMDIFF_REPORT_HTML_ESCAPE_H_
#define CLAIMDIFF_REPORT_HTML_ESCAPE_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimdiff {

// `text` safe as HTML element content and as a double- or single-quoted
// attribute value: & < > " ' are written as character references, and
// control characters other than tab and newline (which no page needs and
// which could hide text) become U+FFFD. Assumes valid UTF-8, as every text
// claimdiff reads is.
std::string HtmlEscape(absl::string_view text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_HTML_ESCAPE_H_
