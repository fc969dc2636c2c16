#include "checker/pipeline/explain.h"

#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/common/iso_date.h"
#include "checker/pipeline/check.h"
#include "checker/source/loader.h"
#include "gtest/gtest.h"

namespace claimdiff {
namespace {

TEST(WriteExplainTest, ShowsEveryClaimItsReadingAndUnresolvedOnes) {
  absl::StatusOr<RulePack> pack = LoadRulePack(
      {absl::StrCat(CLAIMDIFF_SOURCE_DIR, "/rules/examples/vell-bridge")});
  ASSERT_TRUE(pack.ok()) << pack.status();
  absl::StatusOr<std::unique_ptr<Extractor>> ex = Extractor::Create(*pack);
  ASSERT_TRUE(ex.ok());

  std::vector<Diagnostic> warnings;
  std::vector<Document> docs;
  SourceMeta dated{"dated.txt", *ParseIsoDay("2024-03-04"), "", {}};
  SourceMeta undated{"undated.txt", std::nullopt, "", {}};
  docs.push_back(*DocumentFromBytes(
      dated, "The bridge will reopen on Friday.\n", &warnings));
  docs.push_back(*DocumentFromBytes(
      undated, "The bridge will reopen on Friday.\n", &warnings));
  const CheckResult result =
      CheckDocuments(*pack, **ex, std::move(docs), std::move(warnings));

  std::ostringstream out;
  WriteExplain(result, out);
  const std::string text = out.str();
  EXPECT_EQ(text,
            "dated.txt:1:27: bridge.reopening-date  subject "
            "vell-bridge/reopening\n"
            "  \"Friday\"  (date, unit date)\n"
            "  Friday \xE2\x86\x92 Fri 2024-03-08\n"
            "undated.txt:1:27: bridge.reopening-date  subject "
            "vell-bridge/reopening\n"
            "  \"Friday\"  (date)\n"
            "  unresolved: no publication date to resolve \"Friday\"\n"
            "2 claims in 2 sources (1 unresolved)\n");
}

}  // namespace
}  // namespace claimdiff
