#include "checker/extract/quotes.h"

#include <string>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

// Each case marks the claim's position with '|'.
TEST(InsideQuotationTest, TellsQuotedFiguresFromTheText) {
  struct Case {
    const char* text;
    bool inside;
  } cases[] = {
      {"The bill came to |$48 million.", false},
      {"\xE2\x80\x9CIt cost |$62 million,\xE2\x80\x9D he said.", true},
      {"\xE2\x80\x9CIt cost a lot,\xE2\x80\x9D he said, |$62 million.", false},
      {"He said \"it cost |$62 million\" today.", true},
      {"He said \"a lot\" and the bill is |$62 million.", false},
      {"Abe said: 'Concluding a treaty in |70 years is not easy.'", true},
      {"Putin's aide won't say; the bill is |$62 million.", false},
      {"\xC2\xAB"
       "Ce pont a |93 ans\xC2\xBB, dit-il.",
       true},
      {"The leaders' talks lasted |three hours.", false},
      {"\xE2\x80\x98We need |$2bn\xE2\x80\x99, she said.", true},
      // A quotation left open ends with its paragraph.
      {"\xE2\x80\x9CIt cost a lot.\n\nThe bill was |$62 million.", false},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    const size_t at = text.find('|');
    ASSERT_NE(at, std::string::npos) << c.text;
    text.erase(at, 1);
    EXPECT_EQ(InsideQuotation(text, at), c.inside) << c.text;
  }
}

}  // namespace
}  // namespace claimdiff
