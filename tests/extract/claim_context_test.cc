#include "checker/extract/claim_context.h"

#include <string>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

// A document as the loader leaves it: `searchable` is `text` with the
// given markup pieces blanked in place.
Document MakeDocument(const std::string& text,
                      std::initializer_list<std::string> blank = {},
                      const std::string& original = "") {
  Document doc;
  doc.meta.path = "a.txt";
  doc.text = text;
  doc.searchable = text;
  for (const std::string& piece : blank) {
    const size_t at = doc.searchable.find(piece);
    doc.searchable.replace(at, piece.size(), piece.size(), ' ');
  }
  doc.original = original;
  doc.lines = LineIndex(original.empty() ? text : original);
  return doc;
}

struct ContextCase {
  std::string name;
  Document doc;
  std::string claim;
  std::string sentence;         // expected
  std::string source_sentence;  // expected; empty: same as sentence
  Position sentence_start;
  Position sentence_finish;
  int start_byte_column;
  int finish_byte_column;
};

class CutContextTest : public ::testing::TestWithParam<ContextCase> {};

TEST_P(CutContextTest, CutsTheSentenceAndItsPositions) {
  const ContextCase& c = GetParam();
  const size_t begin = c.doc.searchable.find(c.claim);
  ASSERT_NE(begin, std::string::npos);
  const ClaimContext context = CutContext(c.doc, begin, begin + c.claim.size());
  EXPECT_EQ(context.sentence, c.sentence);
  EXPECT_EQ(context.source_sentence, c.source_sentence);
  EXPECT_EQ(context.sentence.substr(context.claim_begin,
                                    context.claim_end - context.claim_begin),
            c.claim);
  EXPECT_EQ(context.sentence_start.line, c.sentence_start.line);
  EXPECT_EQ(context.sentence_start.column, c.sentence_start.column);
  EXPECT_EQ(context.sentence_finish.line, c.sentence_finish.line);
  EXPECT_EQ(context.sentence_finish.column, c.sentence_finish.column);
  EXPECT_EQ(context.start_byte_column, c.start_byte_column);
  EXPECT_EQ(context.finish_byte_column, c.finish_byte_column);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CutContextTest,
    ::testing::Values(
        ContextCase{"PlainText",
                    MakeDocument("Title\nIt took 3 days. Then more."),
                    "3 days",
                    "It took 3 days.",
                    "",
                    {2, 1},
                    {2, 16},
                    9,
                    15},
        // "’" is one column and three bytes.
        ContextCase{"BytesAndCodePointsDiffer",
                    MakeDocument("Old.\nIt’s 71 years on."),
                    "71 years",
                    "It’s 71 years on.",
                    "",
                    {2, 1},
                    {2, 18},
                    8,
                    16},
        // Markdown: rules and excerpts see the prose, SARIF the source.
        ContextCase{"MarkupBlanked",
                    MakeDocument("Trade hit **$2bn** last year.", {"**", "**"}),
                    "$2bn",
                    "Trade hit   $2bn   last year.",
                    "Trade hit **$2bn** last year.",
                    {1, 1},
                    {1, 30},
                    13,
                    17},
        // HTML: columns are counted in the file as written, where
        // "&rsquo;" is seven columns and the text holds "’" padded.
        ContextCase{"HtmlColumnsCountTheFile",
                    MakeDocument("   It’    s 71 years on.    ", {},
                                 "<p>It&rsquo;s 71 years on.</p>"),
                    "71 years",
                    "It’    s 71 years on.",
                    "",
                    {1, 4},
                    {1, 27},
                    15,
                    23}),
    [](const ::testing::TestParamInfo<ContextCase>& info) {
      return info.param.name;
    });

TEST(CutContextTest, SentenceIsCappedEitherSideOfTheClaim) {
  // One unpunctuated 200 KB line: the context must not take all of it.
  std::string text(100000, 'x');
  for (size_t i = 7; i < text.size(); i += 8) text[i] = ' ';
  const size_t begin = text.size();
  text += "71 years";
  text += std::string(100000, 'y');
  const Document doc = MakeDocument(text);
  const ClaimContext context = CutContext(doc, begin, begin + 8);
  EXPECT_LE(context.sentence.size(), 2 * kMaxContextBytes + 8);
  EXPECT_EQ(context.sentence.substr(context.claim_begin, 8), "71 years");
  EXPECT_EQ(context.start_byte_column, static_cast<int>(begin) + 1);
}

TEST(CutContextTest, CapNeverSplitsACharacter) {
  // "é" is two bytes; whatever the parity of the cut, it lands between
  // characters.
  for (size_t pad : {0, 1}) {
    std::string text(pad, 'a');
    for (int i = 0; i < 3000; ++i) text += "é";
    const size_t begin = text.size();
    text += "3 days";
    for (int i = 0; i < 3000; ++i) text += "é";
    const ClaimContext context =
        CutContext(MakeDocument(text), begin, begin + 6);
    ASSERT_FALSE(context.sentence.empty());
    EXPECT_NE(static_cast<unsigned char>(context.sentence.front()) & 0xC0,
              0x80u);
    EXPECT_EQ(context.sentence.substr(context.claim_begin, 6), "3 days");
    EXPECT_EQ(context.sentence.substr(context.sentence.size() - 2), "é");
  }
}

TEST(ReleaseTextTest, KeepsTheMetadataAndFreesTheText) {
  Document doc = MakeDocument("Some text.\nMore.", {}, "<p>Some text.</p>");
  doc.meta.outlet = "The Herald";
  ReleaseText(&doc);
  EXPECT_TRUE(doc.text.empty());
  EXPECT_TRUE(doc.searchable.empty());
  EXPECT_TRUE(doc.original.empty());
  EXPECT_EQ(doc.lines.line_count(), 0);
  EXPECT_EQ(doc.path(), "a.txt");
  EXPECT_EQ(doc.meta.outlet, "The Herald");
}

}  // namespace
}  // namespace claimdiff
