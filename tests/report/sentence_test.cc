#include "checker/report/sentence.h"

#include <string>

#include "absl/strings/string_view.h"
#include "checker/report/terminal_text.h"
#include "gtest/gtest.h"
#include "tests/report/fixtures.h"

namespace claimdiff {
namespace {

// True when `text` is well-formed UTF-8, checked independently of the
// code under test.
bool IsValidUtf8(absl::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const size_t length = c < 0x80    ? 1
                          : c >= 0xF0 ? 4
                          : c >= 0xE0 ? 3
                          : c >= 0xC2 ? 2
                                      : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
        return false;
      }
    }
    i += length;
  }
  return true;
}

std::string Marked(const Excerpt& excerpt) {
  return excerpt.text.substr(0, excerpt.mark_begin) + "»" +
         excerpt.text.substr(excerpt.mark_begin,
                             excerpt.mark_end - excerpt.mark_begin) +
         "«" + excerpt.text.substr(excerpt.mark_end);
}

TEST(SentenceExcerptTest, ShortSentenceIsWholeAndMarked) {
  const std::string text =
      "Intro. The peace treaty has been left hanging for more than 50 years "
      "due to the dispute. Outro.";
  const size_t begin = text.find("more than 50 years");
  const Excerpt excerpt = SentenceExcerpt(
      text, begin, begin + std::string("more than 50 years").size());
  EXPECT_EQ(Marked(excerpt),
            "The peace treaty has been left hanging for »more than 50 years« "
            "due to the dispute.");
}

TEST(SentenceExcerptTest, LongSentenceIsElidedAroundTheClaim) {
  const std::string text =
      "Japan and Russia have never signed a formal peace treaty to end the "
      "war, and the long-running territorial dispute over the islands, "
      "which the two sides have discussed at countless summits, has been "
      "left hanging for more than 50 years due to the stubborn positions "
      "of both governments and their domestic audiences at home.";
  const std::string claim = "more than 50 years";
  const size_t begin = text.find(claim);
  const Excerpt excerpt =
      SentenceExcerpt(text, begin, begin + claim.size(), 60);
  EXPECT_LE(CodePointCount(excerpt.text), 60u);
  EXPECT_EQ(excerpt.text.substr(0, 3), "…");
  EXPECT_EQ(excerpt.text.substr(excerpt.text.size() - 3), "…");
  EXPECT_EQ(excerpt.text.substr(excerpt.mark_begin,
                                excerpt.mark_end - excerpt.mark_begin),
            claim);
  // Cuts fall between words: what is left of the sentence appears in it
  // with a space (not a letter) on each side.
  const std::string inner = excerpt.text.substr(3, excerpt.text.size() - 6);
  const size_t at = text.find(inner);
  ASSERT_NE(at, std::string::npos) << inner;
  EXPECT_EQ(text[at - 1], ' ');
  EXPECT_EQ(text[at + inner.size()], ' ');
  // Centred: the claim has context on both sides.
  EXPECT_GT(excerpt.mark_begin, 15u);
  EXPECT_GT(excerpt.text.size() - excerpt.mark_end, 15u);
}

TEST(SentenceExcerptTest, ClaimNearTheStartKeepsTheStart) {
  const std::string text =
      "About 71 years ago the war ended and the islands changed hands, and "
      "since then the two governments have argued about them endlessly.";
  const Excerpt excerpt = SentenceExcerpt(text, 0, 14, 40);
  EXPECT_EQ(Marked(excerpt), "»About 71 years« ago the war ended and…");
}

TEST(SentenceExcerptTest, ClaimNearTheEndKeepsTheEnd) {
  const std::string text =
      "Since the war ended the two governments have argued about the islands "
      "for 71 years.";
  const size_t begin = text.find("71 years");
  const Excerpt excerpt = SentenceExcerpt(text, begin, begin + 8, 40);
  EXPECT_EQ(Marked(excerpt), "…argued about the islands for »71 years«.");
}

TEST(SentenceExcerptTest, ClaimWiderThanTheExcerptShowsItsStart) {
  const std::string text = "It was a claim that goes on and on and on. Next.";
  const Excerpt excerpt = SentenceExcerpt(text, 7, 41, 12);
  EXPECT_EQ(Marked(excerpt), "…»a claim th«…");
  EXPECT_EQ(CodePointCount(excerpt.text), 12u);
}

TEST(SentenceExcerptTest, FoldsWhitespaceAndDefusesControls) {
  const std::string text = "The\tfigure  was\x1b[2J 70 years.";
  const size_t begin = text.find("70 years");
  const Excerpt excerpt = SentenceExcerpt(text, begin, begin + 8);
  EXPECT_EQ(Marked(excerpt), "The figure was\xEF\xBF\xBD[2J »70 years«.");
  EXPECT_EQ(excerpt.text.find('\x1b'), std::string::npos);
}

TEST(SentenceExcerptTest, NeverSplitsUtf8AtAnyWidth) {
  // Every character is multi-byte, and no spaces, so word snapping cannot
  // hide a bad cut.
  std::string text;
  for (int i = 0; i < 30; ++i) text += "日本–é";
  const std::string claim = "ロシア";
  text += claim;
  for (int i = 0; i < 30; ++i) text += "ü’€";
  const size_t begin = text.find(claim);
  for (size_t width = 1; width <= 130; ++width) {
    SCOPED_TRACE(width);
    const Excerpt excerpt =
        SentenceExcerpt(text, begin, begin + claim.size(), width);
    EXPECT_TRUE(IsValidUtf8(excerpt.text));
    EXPECT_LE(CodePointCount(excerpt.text), std::max<size_t>(width, 3));
    EXPECT_LE(excerpt.mark_begin, excerpt.mark_end);
    EXPECT_LE(excerpt.mark_end, excerpt.text.size());
    EXPECT_TRUE(IsCodePointBoundary(excerpt.text, excerpt.mark_begin));
    EXPECT_TRUE(IsCodePointBoundary(excerpt.text, excerpt.mark_end));
    if (width >= 5) {
      EXPECT_EQ(excerpt.text.substr(excerpt.mark_begin,
                                    excerpt.mark_end - excerpt.mark_begin),
                claim);
    }
  }
}

TEST(SentenceExcerptTest, SpanInsideACharacterWidensToIt) {
  const std::string text = "Cost: €5 now.";
  const size_t euro = text.find("€");
  // One byte into "€" to one byte into it again: a bug upstream.
  const Excerpt excerpt = SentenceExcerpt(text, euro + 1, euro + 2);
  EXPECT_TRUE(IsValidUtf8(excerpt.text));
  EXPECT_EQ(Marked(excerpt), "Cost: »€«5 now.");
}

TEST(SentenceExcerptTest, OutOfRangeSpanIsClamped) {
  const std::string text = "Short text.";
  const Excerpt excerpt = SentenceExcerpt(text, 50, 99);
  EXPECT_EQ(excerpt.text, "Short text.");
  EXPECT_EQ(excerpt.mark_begin, excerpt.text.size());
  EXPECT_EQ(excerpt.mark_end, excerpt.text.size());
}

TEST(SentenceExcerptTest, ContextExcerptMarksTheClaimInItsSentence) {
  ClaimContext context;
  context.sentence = "Trade hit $2bn last year.";
  context.claim_begin = context.sentence.find("$2bn");
  context.claim_end = context.claim_begin + 4;
  EXPECT_EQ(Marked(SentenceExcerpt(context)), "Trade hit »$2bn« last year.");
  EXPECT_EQ(Marked(SentenceExcerpt(context, 12)), "…»$2bn«…");
}

}  // namespace
}  // namespace claimdiff
