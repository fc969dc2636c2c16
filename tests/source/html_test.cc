#include "checker/source/html.h"

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "checker/source/loader.h"
#include "checker/source/utf8.h"
#include "gtest/gtest.h"
#include "re2/re2.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {
namespace fs = std::filesystem;

using ::claimdiff::testing::ReadFile;
using ::claimdiff::testing::TestDir;
using ::claimdiff::testing::WriteFile;

std::string Fixture(const std::string& name) {
  return std::string(CLAIMDIFF_SOURCE_DIR) + "/fixtures/html/" + name;
}

// The words of `text`, one space apart: what a reader sees, without the
// layout that blanking leaves.
std::string Words(absl::string_view text) {
  std::vector<absl::string_view> words =
      absl::StrSplit(text, absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty());
  return absl::StrJoin(words, " ");
}

// What every reading must keep, whatever the input: the same length, the
// file's line breaks where they were (and, in `text`, no others), and in
// `searchable` nothing but blanks, line breaks and bytes of `text`, so
// offsets and lines stay true.
void ExpectAligned(absl::string_view html, const HtmlPage& page,
                   const std::string& name) {
  ASSERT_EQ(page.text.size(), html.size()) << name;
  ASSERT_EQ(page.searchable.size(), html.size()) << name;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '\n' || html[i] == '\r') {
      EXPECT_EQ(page.text[i], html[i]) << name << " at " << i;
      EXPECT_EQ(page.searchable[i], html[i]) << name << " at " << i;
    } else {
      // `text` has the file's lines exactly; only `searchable` gains
      // paragraph breaks.
      EXPECT_NE(page.text[i], '\n') << name << " at " << i;
    }
    const char s = page.searchable[i];
    if (s != ' ' && s != '\n') {
      EXPECT_EQ(s, page.text[i]) << name << " at " << i;
    }
  }
}

struct TextCase {
  const char* name;
  std::string html;
  std::string words;  // Words(searchable)
};

TEST(ReadHtmlTest, KeepsOnlyVisibleText) {
  const TextCase cases[] = {
      {"tags and attributes", R"(<p class="a 5 tons">Cargo: <b>5</b> tons</p>)",
       "Cargo: 5 tons"},
      {"script", "<p>Cargo 5 tons.</p><script>var x = '9 tons';</script>",
       "Cargo 5 tons."},
      {"style", "<style>p::after{content:'9 tons'}</style><p>5 tons</p>",
       "5 tons"},
      {"head and title",
       "<html><head><title>9 tons</title></head><body>5 tons</body></html>",
       "5 tons"},
      {"nav footer aside",
       "<nav>9 tons</nav><p>5 tons</p><aside>8 tons</aside>"
       "<footer>7 tons</footer>",
       "5 tons"},
      {"noscript and template",
       "<body><noscript>9 tons</noscript><template><p>8 tons</p></template>5 "
       "tons",
       "5 tons"},
      {"hidden attribute", "<div hidden>9 tons</div><div>5 tons</div>",
       "5 tons"},
      {"form controls and media",
       "<button>9 tons</button><select><option>8 tons</select>"
       "<textarea>7 tons</textarea><video>6 tons</video><p>5 tons</p>",
       "5 tons"},
      {"svg chart labels", "<svg><text>9 tons</text></svg><p>5 tons</p>",
       "5 tons"},
      {"comments and doctype", "<!DOCTYPE html><!-- 9 tons --><p>5 tons</p>",
       "5 tons"},
      {"header and figure caption stay",
       "<header><h1>5 tons</h1></header><figure><img alt='9 tons'>"
       "<figcaption>6 tons</figcaption></figure>",
       "5 tons 6 tons"},
      {"stray end tag inside text", "<p>5 </span>tons</p>", "5 tons"},
      {"literal less-than", "<p>a < 5 tons</p>", "a < 5 tons"},
      {"pre keeps its lines", "<pre>5\ntons</pre>", "5 tons"},
      {"empty", "", ""},
  };
  for (const TextCase& c : cases) {
    const HtmlPage page = ReadHtml(c.html);
    EXPECT_EQ(Words(page.searchable), c.words) << c.name;
    EXPECT_EQ(Words(page.text), c.words) << c.name;
    ExpectAligned(c.html, page, c.name);
  }
}

// The fixture hides a figure in each place that is not the article: only
// the article's own figure may match.
TEST(ReadHtmlTest, ScriptStyleNavFooterNeverMatch) {
  const std::string html = ReadFile(Fixture("kestrel-courier.html"));
  ASSERT_FALSE(html.empty());
  const HtmlPage page = ReadHtml(html);
  ExpectAligned(html, page, "kestrel-courier.html");
  const RE2 figure(R"((\$\d+\.\d\s+billion))");
  re2::StringPiece input(page.searchable);
  re2::StringPiece match;
  std::vector<std::string> found;
  while (RE2::FindAndConsume(&input, figure, &match)) {
    found.emplace_back(match.data(), match.size());
  }
  ASSERT_EQ(found.size(), 1u) << absl::StrJoin(found, " | ");
  EXPECT_TRUE(absl::StartsWith(found[0], "$2.2")) << found[0];
  // The raw file does hold the decoys.
  for (const char* decoy :
       {"$9.9 billion", "$7.7 billion", "$5.5 billion", "$4.4 billion",
        "$3.3 billion", "$6.6 billion", "$8.8 billion"}) {
    EXPECT_NE(html.find(decoy), std::string::npos) << decoy;
    EXPECT_EQ(page.searchable.find(decoy), std::string::npos) << decoy;
  }
}

// A claim found in the searchable text is at the very byte, line and
// column of the HTML file where the figure is written.
TEST(ReadHtmlTest, ClaimOffsetsPointIntoTheFile) {
  const std::string path = Fixture("kestrel-courier.html");
  const std::string raw = ReadFile(path);
  const size_t written = raw.find("$2.2&nbsp;billion");
  ASSERT_NE(written, std::string::npos);

  SourceMeta meta;
  meta.path = path;
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(meta, &warnings);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(doc->format, Format::kHtml);

  re2::StringPiece match;
  ASSERT_TRUE(
      RE2::PartialMatch(doc->searchable, R"((\$2\.2\s+billion))", &match));
  const size_t offset = match.data() - doc->searchable.data();
  EXPECT_EQ(offset, written);
  EXPECT_EQ(match.size(), std::string("$2.2&nbsp;billion").size());

  // Line and column counted independently in the raw bytes (ASCII here).
  const size_t line_start = raw.rfind('\n', written) + 1;
  const int line = 1 + static_cast<int>(std::count(
                           raw.begin(), raw.begin() + written, '\n'));
  const Position at = doc->PositionOf(offset);
  EXPECT_EQ(at.line, line);
  EXPECT_EQ(at.column, static_cast<int>(written - line_start) + 1);
  // The end of the claim too: past "billion", columns as in the file.
  const Position end = doc->PositionOf(offset + match.size());
  EXPECT_EQ(end.line, line);
  EXPECT_EQ(end.column, at.column + static_cast<int>(match.size()));
}

// Columns count the file's characters, not the decoded ones: "&rsquo;"
// is seven columns in an editor.
TEST(ReadHtmlTest, ColumnsAfterADecodedReferenceMatchTheFile) {
  const std::string html = "<p>It&rsquo;s &euro;5 and 12 tons.</p>\n";
  const std::string path = WriteFile(TestDir() / "a.html", html);
  SourceMeta meta;
  meta.path = path;
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(meta, &warnings);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->original, html);
  EXPECT_NE(doc->text, html);
  const size_t twelve = html.find("12");
  EXPECT_EQ(doc->searchable.substr(twelve, 2), "12");
  EXPECT_EQ(doc->PositionOf(twelve).column, static_cast<int>(twelve) + 1);
}

struct ReferenceCase {
  const char* name;
  std::string body;        // inside <p>...</p>
  std::string searchable;  // of the body, byte for byte
};

TEST(ReadHtmlTest, CharacterReferencesAreDecodedInPlace) {
  const ReferenceCase cases[] = {
      {"no-break space is a space", "$2.2&nbsp;billion", "$2.2      billion"},
      {"numeric space", "5&#160;tons", "5      tons"},
      {"thin space", "5&thinsp;000", "5        000"},
      {"ampersand between words", "A &amp; B", "A &     B"},
      {"euro sign against its figure", "&euro;5",
       "   \xE2\x82\xAC"
       "5"},
      {"decimal euro", "&#8364;5",
       "    \xE2\x82\xAC"
       "5"},
      {"hex euro", "&#x20AC;5",
       "     \xE2\x82\xAC"
       "5"},
      {"letter ending a word", "caf&eacute; 5", "caf\xC3\xA9       5"},
      {"escaped tag is text", "&lt;b&gt;", "   <b>   "},
      {"legacy reference keeps what follows", "&copy2024",
       "   \xC2\xA9"
       "2024"},
      {"unknown name stays as written", "&bogus; 5", "&bogus; 5"},
      {"bare ampersand", "R&D 5", "R&D 5"},
      {"two code points in five bytes keep the first", "&nGt; x",
       "\xE2\x89\xAB   x"},
      {"emoji", "&#x1F600;!", "     \xF0\x9F\x98\x80!"},
      {"many leading zeros", "&#" + std::string(50, '0') + "65;b",
       std::string(54, ' ') + "Ab"},
      {"long run of letters after a legacy name",
       "&copy" + std::string(50, 'a'), "   \xC2\xA9" + std::string(50, 'a')},
  };
  for (const ReferenceCase& c : cases) {
    const std::string html = "<p>" + c.body + "</p>";
    const HtmlPage page = ReadHtml(html);
    ExpectAligned(html, page, c.name);
    EXPECT_EQ(page.searchable.substr(3, c.body.size()), c.searchable) << c.name;
    // `text` holds the same decoding, so captures read as matched.
    EXPECT_EQ(page.text.substr(3, c.body.size()), c.searchable) << c.name;
  }
}

// Outside visible text, references are markup like any other byte.
TEST(ReadHtmlTest, ReferencesInAttributesAndScriptsAreLeftAlone) {
  const std::string html =
      "<a title=\"&euro;9\">x</a><script>a = '&amp;';</script>";
  const HtmlPage page = ReadHtml(html);
  EXPECT_EQ(Words(page.text), "x");
  EXPECT_EQ(Words(page.searchable), "x");
}

// Whether a blank line (a line of blanks only) lies between `a` and `b`
// of `text`: the extractor's paragraph boundary.
bool BlankLineBetween(absl::string_view text, absl::string_view a,
                      absl::string_view b) {
  const size_t from = text.find(a);
  const size_t to = text.find(b, from);
  if (from == absl::string_view::npos || to == absl::string_view::npos) {
    return false;
  }
  const std::vector<absl::string_view> lines =
      absl::StrSplit(text.substr(from, to - from), '\n');
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    if (absl::StripAsciiWhitespace(lines[i]).empty()) return true;
  }
  return false;
}

TEST(ReadHtmlTest, BlockBoundariesSplitParagraphs) {
  const struct {
    const char* name;
    std::string html;
    bool split;
  } cases[] = {
      {"paragraphs on one line", "<p>cost $2.2</p><p>billion</p>", true},
      {"paragraphs on two lines", "<p>cost $2.2</p>\n<p>billion</p>", true},
      {"div", "<div>cost $2.2</div><div>billion</div>", true},
      {"list items", "<ul><li>cost $2.2<li>billion</ul>", true},
      {"table cells", "<table><tr><td>cost $2.2<td>billion</table>", true},
      {"heading", "<h2>cost $2.2</h2>billion", true},
      {"line break", "cost $2.2<br>billion", true},
      {"blockquote", "cost $2.2<blockquote>billion</blockquote>", true},
      {"bold inside a paragraph", "<p>cost <b>$2.2</b> billion</p>", false},
      {"link inside a paragraph", "<p>cost <a href=x>$2.2</a> billion</p>",
       false},
      {"span around the space", "<p>cost $2.2<span>&nbsp;</span>billion</p>",
       false},
      {"line wrapped inside a paragraph", "<p>cost $2.2\nbillion</p>", false},
  };
  for (const auto& c : cases) {
    const HtmlPage page = ReadHtml(c.html);
    ExpectAligned(c.html, page, c.name);
    EXPECT_EQ(BlankLineBetween(page.searchable, "$2.2", "billion"), c.split)
        << c.name << ":\n"
        << page.searchable;
    EXPECT_EQ(Words(page.searchable), "cost $2.2 billion") << c.name;
  }
}

struct DateCase {
  const char* name;
  std::string html;
  DateSource from;  // of the first date that reads; kNone: none does
  absl::CivilDay day;
};

TEST(ReadHtmlTest, StatedDatesInOrderOfTrust) {
  const std::string json_ld_graph = R"(<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebPage", "datePublished": "2020-01-01"},
      {"@type": ["NewsArticle"], "datePublished": "2024-05-07T10:00:00Z"}]}
    </script>)";
  const DateCase cases[] = {
      {"meta property",
       R"(<meta property="article:published_time" content="2024-05-06T07:45:00+01:00">)",
       DateSource::kHtmlMeta, absl::CivilDay(2024, 5, 6)},
      {"meta name",
       R"(<meta name="article:published_time" content="2024-05-06">)",
       DateSource::kHtmlMeta, absl::CivilDay(2024, 5, 6)},
      {"meta itemprop",
       R"(<meta itemprop="datePublished" content="2024-05-03">)",
       DateSource::kHtmlMetaItemprop, absl::CivilDay(2024, 5, 3)},
      {"time", R"(<p>Posted <time datetime="2024-05-02">Thursday</time></p>)",
       DateSource::kHtmlTime, absl::CivilDay(2024, 5, 2)},
      {"time in the article beats an earlier one",
       R"(<header><time datetime="2024-01-01">today</time></header>
          <article><time datetime="2024-05-02 08:00">May 2</time></article>)",
       DateSource::kHtmlTime, absl::CivilDay(2024, 5, 2)},
      {"time in a sidebar is another story's",
       R"(<aside><time datetime="2023-01-01">old</time></aside>
          <p><time datetime="2024-05-02">May 2</time></p>)",
       DateSource::kHtmlTime, absl::CivilDay(2024, 5, 2)},
      {"json-ld graph prefers the article", json_ld_graph, DateSource::kJsonLd,
       absl::CivilDay(2024, 5, 7)},
      {"json-ld list",
       R"(<script type="application/ld+json">[{"@type": "BreadcrumbList"},
          {"@type": "BlogPosting", "datePublished": "2024-04-30"}]</script>)",
       DateSource::kJsonLd, absl::CivilDay(2024, 4, 30)},
      {"json-ld without an article type",
       R"(<script type="application/ld+json">{"@type": "WebPage",
          "datePublished": "2024-04-29"}</script>)",
       DateSource::kJsonLd, absl::CivilDay(2024, 4, 29)},
      {"meta beats time and json-ld",
       R"(<meta property="article:published_time" content="2024-05-06">)" +
           json_ld_graph + R"(<time datetime="2024-05-02">x</time>)",
       DateSource::kHtmlMeta, absl::CivilDay(2024, 5, 6)},
      {"time beats json-ld",
       json_ld_graph + R"(<time datetime="2024-05-02">x</time>)",
       DateSource::kHtmlTime, absl::CivilDay(2024, 5, 2)},
      {"unreadable meta falls through to json-ld",
       R"(<meta property="article:published_time" content="last Tuesday">)" +
           json_ld_graph,
       DateSource::kJsonLd, absl::CivilDay(2024, 5, 7)},
      {"no date", "<p>Undated.</p>", DateSource::kNone, absl::CivilDay()},
      {"time without datetime", "<time>May 2</time>", DateSource::kNone,
       absl::CivilDay()},
  };
  for (const DateCase& c : cases) {
    const HtmlPage page = ReadHtml(c.html);
    const StatedDate* first = nullptr;
    for (const StatedDate& d : page.dates) {
      if (d.day.ok()) {
        first = &d;
        break;
      }
    }
    if (c.from == DateSource::kNone) {
      EXPECT_EQ(first, nullptr) << c.name;
      continue;
    }
    ASSERT_NE(first, nullptr) << c.name;
    EXPECT_EQ(first->from, c.from) << c.name;
    EXPECT_EQ(*first->day, c.day) << c.name;
  }
}

// An unreadable date is reported where the page states it.
TEST(ReadHtmlTest, UnreadableDatesCarryTheirPosition) {
  const std::string bad_meta =
      R"(<meta property="article:published_time" content="May 6th">)";
  const std::string bad_json =
      "<script type=\"application/ld+json\">\n"
      "{\"datePublished\": }</script>";
  const std::string wrong_type =
      R"(<script type="application/ld+json">{"datePublished": 20240506})"
      "</script>";
  const struct {
    const char* name;
    std::string html;
    size_t offset;
    const char* message;
  } cases[] = {
      {"meta content", bad_meta, bad_meta.find("May 6th"), "not a date"},
      {"json-ld syntax", bad_json, bad_json.find('}'), "not valid JSON"},
      {"json-ld value", wrong_type, wrong_type.find('{'), "not a date"},
  };
  for (const auto& c : cases) {
    const HtmlPage page = ReadHtml(c.html);
    ASSERT_EQ(page.dates.size(), 1u) << c.name;
    EXPECT_FALSE(page.dates[0].day.ok()) << c.name;
    EXPECT_EQ(page.dates[0].offset, c.offset) << c.name;
    EXPECT_TRUE(
        absl::StrContains(page.dates[0].day.status().message(), c.message))
        << c.name << ": " << page.dates[0].day.status();
  }
}

TEST(ReadHtmlTest, MalformedHtmlNeverCrashes) {
  std::vector<std::string> inputs = {
      "<",
      "<<<>>>",
      "&",
      "&#",
      "&#x;",
      "&#99999999999999999999;",
      "</p></p></div>",
      "<p",
      "<!--",
      "<script>",
      "<script type=\"application/ld+json\">",
      "<table><td>5 tons<tr>",
      "<svg><p>5 tons</svg>",
      "<template>5",
      "<p>a<b>b<p>c</b>d</p>",
      "<select><p>5 tons",
      "<frameset><p>5 tons",
      "<plaintext><p>5 tons</p>",
      "\xEF\xBF\xBD<p>\xEF\xBF\xBD</p>",
      "<time datetime></time><meta property=\"article:published_time\">",
      "<p>\r\n5\rtons\r\n</p>",
  };
  // Deeply nested unclosed tags: gumbo is slow on them, not fatal.
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div><b>";
  inputs.push_back(deep + "5 tons");
  // Random bytes drawn from markup's alphabet, repaired to UTF-8 as the
  // loader would.
  std::mt19937 random(20240506);
  const std::string alphabet = "<>/&#;=\"' \n\rpdivbscriptx0123456789aé";
  for (int n = 0; n < 300; ++n) {
    std::string s;
    const int length = static_cast<int>(random() % 200);
    for (int i = 0; i < length; ++i) s += alphabet[random() % alphabet.size()];
    inputs.push_back(RepairUtf8(s).text);
  }
  for (const std::string& html : inputs) {
    const HtmlPage page = ReadHtml(html);
    ExpectAligned(html, page, html.substr(0, 60));
  }
}

TEST(ReadHtmlTest, BinaryAndInvalidUtf8BehaveAsForTextFiles) {
  const fs::path dir = TestDir();
  SourceMeta meta;
  meta.path = WriteFile(dir / "image.html", std::string("<p>\0\0x</p>", 10));
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(meta, &warnings);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kFailedPrecondition);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_TRUE(absl::StrContains(warnings[0].message, "binary"));

  meta.path = WriteFile(dir / "latin1.html", "<p>\ncaf\xE9 5 tons</p>");
  warnings.clear();
  doc = LoadDocument(meta, &warnings);
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].line, 2);
  EXPECT_EQ(warnings[0].column, 4);
  EXPECT_TRUE(absl::StrContains(warnings[0].message, "UTF-8"));
  EXPECT_EQ(doc->original, "<p>\ncaf\xEF\xBF\xBD 5 tons</p>");
  EXPECT_EQ(doc->text, "   \ncaf\xEF\xBF\xBD 5 tons    ");
  EXPECT_EQ(doc->searchable.size(), doc->text.size());
  EXPECT_EQ(Words(doc->searchable), "caf\xEF\xBF\xBD 5 tons");
}

}  // namespace
}  // namespace claimdiff
