#include "checker/report/html_escape.h"

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

TEST(HtmlEscapeTest, EscapesMarkupQuotesAndControlCharacters) {
  struct Case {
    const char* text;
    const char* escaped;
  } cases[] = {
      {"plain $2.2 billion", "plain $2.2 billion"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"<img src=x onerror=\"alert('x')\">",
       "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;"},
      {"a & b", "a &amp; b"},
      {"&amp; stays text", "&amp;amp; stays text"},
      {"bell\x07 and esc\x1b[31m", "bell\xEF\xBF\xBD and esc\xEF\xBF\xBD[31m"},
      {"tab\tand\nnewline", "tab\tand\nnewline"},
      {"Shinz\xC5\x8D", "Shinz\xC5\x8D"},
  };
  for (const Case& c : cases) EXPECT_EQ(HtmlEscape(c.text), c.escaped);
}

}  // namespace
}  // namespace claimdiff
