#include "checker/pipeline/suppression.h"

#include <climits>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

Document Doc(const std::string& text, Format format) {
  Document doc;
  doc.format = format;
  doc.text = text;
  doc.searchable = text;
  return doc;
}

struct Expected {
  int first, last;
  std::vector<std::string> rules;
  int line, column;
};

TEST(FindSuppressionsTest, ReadsEveryDirectiveForm) {
  struct Case {
    const char* name;
    Format format;
    const char* text;
    std::vector<Expected> found;
  } cases[] = {
      {"next line",
       Format::kMarkdown,
       "a\n<!-- claimdiff-disable-next-line r.one r.two -->\nclaim\n",
       {{3, 3, {"r.one", "r.two"}, 2, 1}}},
      {"range closed",
       Format::kMarkdown,
       "<!-- claimdiff-disable -->\nx\ny\n  <!-- claimdiff-enable -->\nz\n",
       {{2, 3, {}, 1, 1}}},
      {"range to the end",
       Format::kMarkdown,
       "x\n  <!--claimdiff-disable r-->\n",
       {{3, INT_MAX, {"r"}, 2, 3}}},
      {"text slashes",
       Format::kText,
       "// claimdiff-disable-next-line r\nclaim\n",
       {{2, 2, {"r"}, 1, 1}}},
      {"slashes are not a Markdown directive",
       Format::kMarkdown,
       "// claimdiff-disable-next-line r\nclaim\n",
       {}},
      {"not alone on its line",
       Format::kMarkdown,
       "Text <!-- claimdiff-disable-next-line --> more\n",
       {}},
      {"a misspelt directive",
       Format::kMarkdown,
       "<!-- claimdiff-disabel r -->\n",
       {}},
  };
  for (const Case& c : cases) {
    const std::vector<Suppression> found =
        FindSuppressions(Doc(c.text, c.format));
    ASSERT_EQ(found.size(), c.found.size()) << c.name;
    for (size_t i = 0; i < found.size(); ++i) {
      EXPECT_EQ(found[i].first_line, c.found[i].first) << c.name;
      EXPECT_EQ(found[i].last_line, c.found[i].last) << c.name;
      EXPECT_EQ(found[i].rules, c.found[i].rules) << c.name;
      EXPECT_EQ(found[i].line, c.found[i].line) << c.name;
      EXPECT_EQ(found[i].column, c.found[i].column) << c.name;
    }
  }
}

TEST(FindSuppressionsTest, HtmlDirectivesAreReadFromTheOriginalFile) {
  // An HTML document's text has its comments blanked; the file has them.
  Document doc = Doc("   \nclaim\n", Format::kHtml);
  doc.original = "<!-- claimdiff-disable-next-line -->\nclaim\n";
  ASSERT_EQ(FindSuppressions(doc).size(), 1u);
}

}  // namespace
}  // namespace claimdiff
