#include "checker/source/loader.h"

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

SourceMeta Meta(const std::string& path) {
  SourceMeta meta;
  meta.path = path;
  return meta;
}

TEST(LoadDocumentTest, LoadsPlainTextUnchanged) {
  const fs::path dir = TestDir();
  const std::string text = "Line one, 71 years.\nIt\xE2\x80\x99s 5.\n";
  SourceMeta meta = Meta(WriteFile(dir / "a.txt", text));
  meta.outlet = "Daily";
  meta.published = absl::CivilDay(2016, 12, 13);
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(meta, &warnings);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(doc->text, text);
  EXPECT_EQ(doc->searchable, text);
  EXPECT_EQ(doc->format, Format::kText);
  EXPECT_EQ(doc->path(), meta.path);
  EXPECT_EQ(doc->meta.outlet, "Daily");
  EXPECT_EQ(doc->meta.published, meta.published);
  // The line index is built: '5' on line 2 is column 6 (’ is one column).
  const Position p = doc->PositionOf(text.find('5'));
  EXPECT_EQ(p.line, 2);
  EXPECT_EQ(p.column, 6);
}

TEST(LoadDocumentTest, MissingFileIsNotFoundOneLine) {
  const std::string path = (TestDir() / "gone.txt").string();
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(Meta(path), &warnings);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kNotFound);
  EXPECT_TRUE(absl::StartsWith(doc.status().message(), path + ": error: "))
      << doc.status();
  EXPECT_EQ(doc.status().message().find('\n'), absl::string_view::npos);
}

// A folder is not a readable source file: it must not load as an empty
// document.
TEST(LoadDocumentTest, FolderIsAnErrorNotAnEmptyDocument) {
  const fs::path dir = TestDir() / "folder.txt";
  fs::create_directories(dir);
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(Meta(dir.string()), &warnings);
  EXPECT_FALSE(doc.ok());
  if (!doc.ok()) {
    EXPECT_TRUE(
        absl::StartsWith(doc.status().message(), dir.string() + ": error: "))
        << doc.status();
  }
}

TEST(LoadDocumentTest, BinaryFileIsSkippedWithWarning) {
  const std::string path =
      WriteFile(TestDir() / "image.txt", std::string("GIF89a\0\0\x01", 9));
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(Meta(path), &warnings);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kFailedPrecondition);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].severity, Severity::kWarning);
  EXPECT_EQ(warnings[0].file, path);
  EXPECT_NE(warnings[0].message.find("binary"), std::string::npos);
}

struct InvalidUtf8Case {
  const char* name;
  std::string bytes;
  std::string repaired;
  int line;
  int column;
};

TEST(LoadDocumentTest, InvalidUtf8IsReplacedWithWarningAtFirstBadByte) {
  const InvalidUtf8Case cases[] = {
      {"latin-1 on line 2", "line one\ncaf\xE9 2\n",
       "line one\ncaf\xEF\xBF\xBD 2\n", 2, 4},
      {"after multibyte", "ab\n\xE2\x80\x99x\xFF\xFF",
       "ab\n\xE2\x80\x99x\xEF\xBF\xBD\xEF\xBF\xBD", 2, 3},
      {"first byte", "\xFFok", "\xEF\xBF\xBDok", 1, 1},
  };
  const fs::path dir = TestDir();
  for (const InvalidUtf8Case& c : cases) {
    const std::string path =
        WriteFile(dir / (std::string(c.name) + ".txt"), c.bytes);
    std::vector<Diagnostic> warnings;
    absl::StatusOr<Document> doc = LoadDocument(Meta(path), &warnings);
    ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status();
    EXPECT_EQ(doc->text, c.repaired) << c.name;
    EXPECT_EQ(doc->searchable, c.repaired) << c.name;
    ASSERT_EQ(warnings.size(), 1u) << c.name;
    EXPECT_EQ(warnings[0].severity, Severity::kWarning);
    EXPECT_EQ(warnings[0].file, path);
    EXPECT_EQ(warnings[0].line, c.line) << c.name;
    EXPECT_EQ(warnings[0].column, c.column) << c.name;
    EXPECT_NE(warnings[0].message.find("UTF-8"), std::string::npos);
    // Line numbers of the repaired text still match the file.
    EXPECT_EQ(doc->lines.line_count(), LineIndex(c.bytes).line_count());
  }
}

TEST(LoadDocumentTest, EmptyFileLoadsWithWarning) {
  const std::string path = WriteFile(TestDir() / "empty.txt", "");
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(Meta(path), &warnings);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_TRUE(doc->text.empty());
  EXPECT_TRUE(doc->searchable.empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].severity, Severity::kWarning);
  EXPECT_EQ(warnings[0].file, path);
  EXPECT_NE(warnings[0].message.find("empty"), std::string::npos);
}

TEST(LoadDocumentTest, MarkdownIsMaskedOnlyInSearchable) {
  const fs::path dir = TestDir();
  const std::string text = "# Talks\n\nTrade is **$20bn** [now](http://x).\n";
  for (const char* name : {"a.md", "a.markdown", "A.MD"}) {
    const std::string path = WriteFile(dir / name, text);
    std::vector<Diagnostic> warnings;
    absl::StatusOr<Document> doc = LoadDocument(Meta(path), &warnings);
    ASSERT_TRUE(doc.ok()) << doc.status();
    EXPECT_EQ(doc->format, Format::kMarkdown) << name;
    EXPECT_EQ(doc->text, text) << name;
    EXPECT_EQ(doc->searchable, "  Talks\n\nTrade is   $20bn    now" +
                                   std::string(11, ' ') + ".\n")
        << name;
  }
  // The same text in a .txt file is prose as it stands.
  const std::string path = WriteFile(dir / "a.txt", text);
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(Meta(path), &warnings);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->format, Format::kText);
  EXPECT_EQ(doc->searchable, text);
}

TEST(LoadDocumentTest, ExcludeIsAppliedToSearchable) {
  const fs::path dir = TestDir();
  const std::string text = "Body 71 years.\nComments (2)\nme: 50 years\n";
  SourceMeta meta = Meta(WriteFile(dir / "a.txt", text));
  meta.exclude = {R"((?s)Comments \(\d+\).*)"};
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(meta, &warnings);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text, text);
  EXPECT_EQ(doc->searchable, "Body 71 years.\n" + std::string(12, ' ') + "\n" +
                                 std::string(12, ' ') + "\n");
}

TEST(LoadDocumentTest, InvalidExcludeIsAnErrorNamingTheFile) {
  const fs::path dir = TestDir();
  SourceMeta meta = Meta(WriteFile(dir / "a.txt", "text"));
  meta.exclude = {"(unclosed"};
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(meta, &warnings);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StartsWith(doc.status().message(), meta.path + ": error: "))
      << doc.status();
  EXPECT_NE(doc.status().message().find("(unclosed"), absl::string_view::npos);
}

TEST(DocumentFromBytesTest, AppliesTheSameRepairAndMasking) {
  SourceMeta meta = Meta("<stdin>.md");
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc =
      DocumentFromBytes(meta, "**caf\xE9**\nx", &warnings);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text, "**caf\xEF\xBF\xBD**\nx");
  EXPECT_EQ(doc->searchable, "  caf\xEF\xBF\xBD  \nx");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].file, "<stdin>.md");
  EXPECT_EQ(warnings[0].line, 1);
  EXPECT_EQ(warnings[0].column, 6);
  EXPECT_EQ(doc->searchable.size(), doc->text.size());
}

TEST(FormatForPathTest, PicksFormatByExtension) {
  const struct {
    const char* path;
    Format format;
  } cases[] = {
      {"a.md", Format::kMarkdown},     {"a.markdown", Format::kMarkdown},
      {"dir/A.MD", Format::kMarkdown}, {"a.txt", Format::kText},
      {"a.text", Format::kText},       {"md", Format::kText},
      {"a.md.txt", Format::kText},     {"", Format::kText},
      {"a.html", Format::kHtml},       {"dir/A.HTM", Format::kHtml},
      {"a.html.txt", Format::kText},   {"a.xhtml", Format::kText},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FormatForPath(c.path), c.format) << c.path;
  }
  EXPECT_EQ(FormatName(Format::kMarkdown), "markdown");
  EXPECT_EQ(FormatName(Format::kText), "text");
  EXPECT_EQ(FormatName(Format::kHtml), "html");
}

std::string Fixture(const std::string& name) {
  return std::string(CLAIMDIFF_SOURCE_DIR) + "/fixtures/html/" + name;
}

// An undated source takes the date it states itself, and says from where.
TEST(LoadDocumentTest, UndatedSourcesTakeTheirOwnDate) {
  const struct {
    const char* fixture;
    absl::CivilDay day;
    DateSource from;
  } cases[] = {
      {"kestrel-courier.html", absl::CivilDay(2024, 5, 6),
       DateSource::kHtmlMeta},
      {"harbour-post.html", absl::CivilDay(2024, 5, 7), DateSource::kJsonLd},
      {"bay-weekly.md", absl::CivilDay(2024, 5, 8), DateSource::kFrontMatter},
  };
  for (const auto& c : cases) {
    std::vector<Diagnostic> warnings;
    absl::StatusOr<Document> doc =
        LoadDocument(Meta(Fixture(c.fixture)), &warnings);
    ASSERT_TRUE(doc.ok()) << c.fixture << ": " << doc.status();
    EXPECT_TRUE(warnings.empty())
        << c.fixture << ": " << warnings[0].ToString();
    ASSERT_TRUE(doc->meta.published.has_value()) << c.fixture;
    EXPECT_EQ(*doc->meta.published, c.day) << c.fixture;
    EXPECT_EQ(doc->meta.published_from, c.from) << c.fixture;
  }
}

// What the user says beats what the page says, even when the page's own
// date would not read: the user's date makes it irrelevant.
TEST(LoadDocumentTest, UserDatesWinOverTheDocumentsOwn) {
  const fs::path dir = TestDir();
  const std::string html = WriteFile(
      dir / "a.html",
      "<meta property=\"article:published_time\" content=\"2024-05-06\">");
  const std::string bad_html =
      WriteFile(dir / "b.html",
                "<meta property=\"article:published_time\" content=\"soon\">");
  const std::string md =
      WriteFile(dir / "a.md", "---\ndate: 2024-05-08\n---\n");
  const std::string bad_md = WriteFile(dir / "b.md", "---\ndate: [\n---\n");
  for (const DateSource from :
       {DateSource::kManifest, DateSource::kCommandLine}) {
    for (const std::string& path : {html, bad_html, md, bad_md}) {
      SourceMeta meta = Meta(path);
      meta.published = absl::CivilDay(2020, 1, 2);
      meta.published_from = from;
      std::vector<Diagnostic> warnings;
      absl::StatusOr<Document> doc = LoadDocument(meta, &warnings);
      ASSERT_TRUE(doc.ok()) << path << ": " << doc.status();
      EXPECT_TRUE(warnings.empty()) << path;
      EXPECT_EQ(doc->meta.published, absl::CivilDay(2020, 1, 2)) << path;
      EXPECT_EQ(doc->meta.published_from, from) << path;
    }
  }
}

TEST(LoadDocumentTest, UnreadableOwnDateIsAWarningAtItsPosition) {
  const fs::path dir = TestDir();
  const struct {
    const char* name;
    std::string text;
    int line, column;
    const char* message;
  } cases[] = {
      {"a.html",
       "<html>\n<meta property=\"article:published_time\" content=\"soon\">", 2,
       50, "html meta article:published_time: not a date"},
      {"b.html",
       "<p>x</p>\n<script type=\"application/ld+json\">\n"
       "  {\"datePublished\": \"May 2024\"}</script>",
       3, 3, "json-ld datePublished: not a date"},
      {"c.md", "---\ntitle: x\ndate: tomorrow\n---\nBody.\n", 3, 7,
       "front matter: date: not a date"},
      {"d.md", "---\ntitle: [x\n---\nBody.\n", 0, 0,
       "front matter: invalid YAML"},
  };
  for (const auto& c : cases) {
    std::vector<Diagnostic> warnings;
    absl::StatusOr<Document> doc =
        LoadDocument(Meta(WriteFile(dir / c.name, c.text)), &warnings);
    ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status();
    EXPECT_FALSE(doc->meta.published.has_value()) << c.name;
    EXPECT_EQ(doc->meta.published_from, DateSource::kNone) << c.name;
    ASSERT_EQ(warnings.size(), 1u) << c.name;
    EXPECT_EQ(warnings[0].severity, Severity::kWarning);
    EXPECT_EQ(warnings[0].file, (dir / c.name).string());
    if (c.line > 0) {
      EXPECT_EQ(warnings[0].line, c.line) << c.name;
      EXPECT_EQ(warnings[0].column, c.column) << c.name;
    } else {
      // Somewhere in the front matter, which is lines 1 to 3.
      EXPECT_GE(warnings[0].line, 1) << c.name;
      EXPECT_LE(warnings[0].line, 3) << c.name;
    }
    EXPECT_TRUE(absl::StartsWith(warnings[0].message, c.message))
        << c.name << ": " << warnings[0].message;
  }
}

// A page whose first stated date does not read falls back to the next.
TEST(LoadDocumentTest, NextOwnDateIsTriedAfterAnUnreadableOne) {
  const std::string path =
      WriteFile(TestDir() / "a.html",
                "<meta property=\"article:published_time\" content=\"soon\">\n"
                "<p><time datetime=\"2024-05-02T09:00\">Thursday</time></p>");
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc = LoadDocument(Meta(path), &warnings);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->meta.published, absl::CivilDay(2024, 5, 2));
  EXPECT_EQ(doc->meta.published_from, DateSource::kHtmlTime);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].line, 1);
}

// Front matter and fenced code are not prose, in the bundled fixture too.
TEST(LoadDocumentTest, MarkdownFrontMatterAndCodeAreNotScanned) {
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc =
      LoadDocument(Meta(Fixture("bay-weekly.md")), &warnings);
  ASSERT_TRUE(doc.ok()) << doc.status();
  for (const char* hidden :
       {"title: Trams", "2024-05-08", "$1.1 billion", "```"}) {
    EXPECT_NE(doc->text.find(hidden), std::string::npos) << hidden;
    EXPECT_EQ(doc->searchable.find(hidden), std::string::npos) << hidden;
  }
  EXPECT_NE(doc->searchable.find("$2.2 billion"), std::string::npos);
}

}  // namespace
}  // namespace claimdiff
