// Claims with every field set, and a field-by-field comparison, for the
// tests of the claim store and its records.
#ifndef CLAIMDIFF_TESTS_EXTRACT_CLAIM_TEST_UTIL_H_
#define CLAIMDIFF_TESTS_EXTRACT_CLAIM_TEST_UTIL_H_

#include <string>

#include "absl/strings/str_cat.h"
#include "checker/extract/claim.h"
#include "gtest/gtest.h"

namespace claimdiff::testing {

// A claim whose fields all differ with `n`, so a record read back from
// the wrong place cannot pass for the right one. `sentence_bytes` pads
// the sentence, to make records longer than a read block.
inline Claim NumberedClaim(int n, const Rule* rule,
                           size_t sentence_bytes = 0) {
  Claim c;
  c.id = n;
  c.document = static_cast<size_t>(n % 7);
  c.rule = rule;
  c.subject = absl::StrCat("subject ", n % 3);
  c.begin = 10 * n + 1;
  c.end = 10 * n + 5;
  c.match_begin = 10 * n;
  c.match_end = 10 * n + 9;
  c.start = Position{n + 1, 2 * n + 1};
  c.finish = Position{n + 1, 2 * n + 5};
  c.text = absl::StrCat("claim ", n, " \xE2\x80\x94 \xC3\xA9");
  c.value.kind = n % 2 == 0 ? Kind::kMoney : Kind::kSet;
  c.value.unit = n % 2 == 0 ? "USD" : "set";
  c.value.interval = Interval{n * 1.5, n * 2.5, n % 3 == 0, n % 5 == 0};
  c.value.reading = absl::StrCat("reading ", n);
  c.value.resolved = n % 4 != 3;
  c.value.unresolved = c.value.resolved ? "" : "no publication date";
  if (c.value.kind == Kind::kSet) {
    c.value.members = {{"Iturup", "Iturup", true},
                       {absl::StrCat("Isle ", n), "", false}};
  }
  c.captures = {{"value", c.text}, {"place", absl::StrCat("place ", n)}};
  c.context.sentence = absl::StrCat("Before ", c.text, " after.",
                                    std::string(sentence_bytes, 's'));
  c.context.claim_begin = 7;
  c.context.claim_end = 7 + c.text.size();
  c.context.source_sentence = n % 2 == 0 ? "" : "**Before** it";
  c.context.sentence_start = Position{n + 1, 1};
  c.context.sentence_finish = Position{n + 2, 3};
  c.context.start_byte_column = 2 * n + 1;
  c.context.finish_byte_column = 2 * n + 9;
  return c;
}

// Every field of `actual` equals `expected`'s, each named on failure.
inline void ExpectSameClaim(const Claim& actual, const Claim& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.document, expected.document);
  EXPECT_EQ(actual.rule, expected.rule);
  EXPECT_EQ(actual.subject, expected.subject);
  EXPECT_EQ(actual.begin, expected.begin);
  EXPECT_EQ(actual.end, expected.end);
  EXPECT_EQ(actual.match_begin, expected.match_begin);
  EXPECT_EQ(actual.match_end, expected.match_end);
  EXPECT_EQ(actual.start.line, expected.start.line);
  EXPECT_EQ(actual.start.column, expected.start.column);
  EXPECT_EQ(actual.finish.line, expected.finish.line);
  EXPECT_EQ(actual.finish.column, expected.finish.column);
  EXPECT_EQ(actual.text, expected.text);
  EXPECT_EQ(actual.value.kind, expected.value.kind);
  EXPECT_EQ(actual.value.unit, expected.value.unit);
  EXPECT_TRUE(actual.value.interval == expected.value.interval);
  EXPECT_EQ(actual.value.reading, expected.value.reading);
  EXPECT_EQ(actual.value.resolved, expected.value.resolved);
  EXPECT_EQ(actual.value.unresolved, expected.value.unresolved);
  ASSERT_EQ(actual.value.members.size(), expected.value.members.size());
  for (size_t i = 0; i < actual.value.members.size(); ++i) {
    EXPECT_EQ(actual.value.members[i].written,
              expected.value.members[i].written);
    EXPECT_EQ(actual.value.members[i].canonical,
              expected.value.members[i].canonical);
    EXPECT_EQ(actual.value.members[i].recognised,
              expected.value.members[i].recognised);
  }
  EXPECT_EQ(actual.captures, expected.captures);
  EXPECT_EQ(actual.context.sentence, expected.context.sentence);
  EXPECT_EQ(actual.context.claim_begin, expected.context.claim_begin);
  EXPECT_EQ(actual.context.claim_end, expected.context.claim_end);
  EXPECT_EQ(actual.context.source_sentence, expected.context.source_sentence);
  EXPECT_EQ(actual.context.sentence_start.line,
            expected.context.sentence_start.line);
  EXPECT_EQ(actual.context.sentence_finish.column,
            expected.context.sentence_finish.column);
  EXPECT_EQ(actual.context.start_byte_column,
            expected.context.start_byte_column);
  EXPECT_EQ(actual.context.finish_byte_column,
            expected.context.finish_byte_column);
}

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_EXTRACT_CLAIM_TEST_UTIL_H_
