#include "checker/extract/claim_record.h"

#include <string>

#include "gtest/gtest.h"
#include "tests/extract/claim_test_util.h"

namespace claimdiff {
namespace {

using ::claimdiff::testing::ExpectSameClaim;
using ::claimdiff::testing::NumberedClaim;

// Decoding what was encoded gives back every field the record holds; the
// fields a key holds are copied here as ClaimStore copies them.
TEST(ClaimRecordTest, RoundTripsEveryRecordField) {
  for (int n : {0, 1, 2, 3, 77, 1000000}) {
    SCOPED_TRACE(n);
    const Claim original = NumberedClaim(n, nullptr, n == 77 ? 70000 : 0);
    std::string bytes;
    EncodeClaimRecord(original, &bytes);
    Claim back;
    back.id = original.id;
    back.document = original.document;
    back.subject = original.subject;
    back.value.kind = original.value.kind;
    back.value.unit = original.value.unit;
    back.value.interval = original.value.interval;
    back.value.resolved = original.value.resolved;
    ASSERT_TRUE(DecodeClaimRecord(bytes, &back));
    ExpectSameClaim(back, original);
  }
}

TEST(ClaimRecordTest, AnEmptyClaimIsAShortRecord) {
  std::string bytes;
  EncodeClaimRecord(Claim{}, &bytes);
  EXPECT_LT(bytes.size(), 32u);
  Claim back;
  EXPECT_TRUE(DecodeClaimRecord(bytes, &back));
}

// A cut or padded record is refused, never read as a different claim.
TEST(ClaimRecordTest, RefusesBytesThatAreNotOneWholeRecord) {
  std::string bytes;
  EncodeClaimRecord(NumberedClaim(5, nullptr), &bytes);
  for (size_t cut : {size_t{0}, size_t{1}, bytes.size() / 2,
                     bytes.size() - 1}) {
    Claim back;
    EXPECT_FALSE(DecodeClaimRecord(bytes.substr(0, cut), &back)) << cut;
  }
  Claim back;
  EXPECT_FALSE(DecodeClaimRecord(bytes + "x", &back));
}

}  // namespace
}  // namespace claimdiff
