#include "checker/pipeline/check.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/common/iso_date.h"
#include "checker/source/loader.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_files.h"

namespace claimdiff {
namespace {

using ::claimdiff::testing::ScopedTmpdir;
using ::claimdiff::testing::TestDir;
using ::claimdiff::testing::WriteFile;

class RunCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto dir = TestDir();
    WriteFile(dir / "pack/pack.yaml",
              absl::StrCat("name: t\nimports: [", CLAIMDIFF_SOURCE_DIR,
                           "/rules/common]\n"));
    WriteFile(dir / "pack/r.yaml", R"(rules:
  - id: cats
    kind: number
    subject: cats
    patterns: ['{count_claim}\s+cats']
)");
    absl::StatusOr<RulePack> pack = LoadRulePack({(dir / "pack").string()});
    ASSERT_TRUE(pack.ok()) << pack.status();
    pack_ = std::make_unique<RulePack>(std::move(*pack));
    absl::StatusOr<std::unique_ptr<Extractor>> ex = Extractor::Create(*pack_);
    ASSERT_TRUE(ex.ok());
    extractor_ = std::move(*ex);
    // Sources a, c and e agree on 12 cats; d says 40; b is binary.
    const std::vector<std::pair<std::string, std::string>> files = {
        {"a.txt", "We counted 12 cats."},
        {"b.txt", std::string("12 cats\0\0", 9)},
        {"c.txt", "There were 12 cats.\n\nAgain: 12 cats."},
        {"d.txt", "Some say 40 cats."},
        {"e.txt", "Roughly 12 cats."},
    };
    for (const auto& [name, text] : files) {
      SourceMeta meta;
      meta.path = WriteFile(dir / name, text);
      sources_.push_back(meta);
    }
  }

  std::unique_ptr<RulePack> pack_;
  std::unique_ptr<Extractor> extractor_;
  std::vector<SourceMeta> sources_;
};

TEST_F(RunCheckTest, SkipsBinarySourcesAndRenumbersTheRest) {
  absl::StatusOr<CheckResult> r =
      RunCheck(*pack_, *extractor_, sources_, CheckOptions{1});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->documents.size(), 4u);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_NE(r->warnings[0].message.find("binary"), std::string::npos);
  for (size_t i = 0; i < r->claims.size(); ++i) {
    EXPECT_EQ(r->claims.Get(i).id, static_cast<int>(i));
    EXPECT_LT(r->claims.Get(i).document, r->documents.size());
  }
  ASSERT_EQ(r->findings.size(), 1u);
  const Finding& f = r->findings[0];
  ASSERT_EQ(f.outliers.size(), 1u);
  EXPECT_EQ(r->documents[r->claims.Get(f.outliers.front()).document].path(),
            sources_[3].path);
  EXPECT_EQ(f.consensus_sources, 3);  // a, c (twice, counted once) and e
}

TEST_F(RunCheckTest, ResultDoesNotDependOnThreads) {
  absl::StatusOr<CheckResult> one =
      RunCheck(*pack_, *extractor_, sources_, CheckOptions{1});
  absl::StatusOr<CheckResult> four =
      RunCheck(*pack_, *extractor_, sources_, CheckOptions{4});
  ASSERT_TRUE(one.ok() && four.ok());
  ASSERT_EQ(one->claims.size(), four->claims.size());
  for (size_t i = 0; i < one->claims.size(); ++i) {
    EXPECT_EQ(one->claims.Get(i).document, four->claims.Get(i).document);
    EXPECT_EQ(one->claims.Get(i).begin, four->claims.Get(i).begin);
  }
  EXPECT_EQ(one->findings.size(), four->findings.size());
}

TEST_F(RunCheckTest, MissingSourceFailsTheRun) {
  sources_.push_back(SourceMeta{"no/such/file.txt", {}, "", {}});
  absl::StatusOr<CheckResult> r =
      RunCheck(*pack_, *extractor_, sources_, CheckOptions{2});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("no/such/file.txt"), std::string::npos);
}

// Sources finish in any order on several threads but merge in input
// order: many sources, in memory or spilled, give the same documents and
// claims at one thread or three, and a run with two missing sources
// names the first in input order, whichever thread met it.
TEST_F(RunCheckTest, ManySourcesMergeInInputOrderOnAnyThreads) {
  const auto dir = TestDir();
  std::vector<SourceMeta> many;
  for (int i = 0; i < 200; ++i) {
    SourceMeta meta;
    // Uneven sizes, so threads finish out of turn.
    meta.path = WriteFile(dir / absl::StrCat("many/", i, ".txt"),
                          absl::StrCat(std::string((i % 7) * 3000, ' '),
                                       i % 5 + 1, " cats, then ", i, " cats."));
    many.push_back(meta);
  }
  for (uint64_t spill : {uint64_t{1} << 40, uint64_t{0}}) {
    SCOPED_TRACE(spill);
    CheckOptions one{1}, three{3};
    one.spill_above_bytes = three.spill_above_bytes = spill;
    absl::StatusOr<CheckResult> a = RunCheck(*pack_, *extractor_, many, one);
    absl::StatusOr<CheckResult> b = RunCheck(*pack_, *extractor_, many, three);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a->documents.size(), 200u);
    ASSERT_EQ(b->documents.size(), 200u);
    for (size_t d = 0; d < 200; ++d) {
      EXPECT_EQ(b->documents[d].path(), many[d].path);
    }
    ASSERT_EQ(a->claims.size(), 400u);
    ASSERT_EQ(b->claims.size(), 400u);
    for (size_t i = 0; i < 400; ++i) {
      const Claim x = a->claims.Get(i), y = b->claims.Get(i);
      EXPECT_EQ(x.document, i / 2);
      EXPECT_EQ(y.document, x.document);
      EXPECT_EQ(y.text, x.text);
    }
    ASSERT_EQ(a->findings.size(), b->findings.size());
    for (size_t f = 0; f < a->findings.size(); ++f) {
      EXPECT_EQ(a->findings[f].claims, b->findings[f].claims);
      EXPECT_EQ(a->findings[f].outliers, b->findings[f].outliers);
    }
  }
  many[150].path = (dir / "many/missing-150.txt").string();
  many[40].path = (dir / "many/missing-40.txt").string();
  for (int jobs : {1, 2, 4}) {
    absl::StatusOr<CheckResult> r =
        RunCheck(*pack_, *extractor_, many, CheckOptions{jobs});
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("missing-40.txt"), std::string::npos)
        << jobs << ": " << r.status();
  }
}

TEST_F(RunCheckTest, CheckDocumentsMatchesRunCheck) {
  std::vector<Document> docs;
  std::vector<Diagnostic> warnings;
  for (const SourceMeta& meta : sources_) {
    absl::StatusOr<Document> doc = LoadDocument(meta, &warnings);
    if (doc.ok()) docs.push_back(std::move(*doc));
  }
  const CheckResult direct =
      CheckDocuments(*pack_, *extractor_, std::move(docs), warnings);
  absl::StatusOr<CheckResult> run =
      RunCheck(*pack_, *extractor_, sources_, CheckOptions{});
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(direct.claims.size(), run->claims.size());
  EXPECT_EQ(direct.findings.size(), run->findings.size());
  EXPECT_EQ(direct.warnings.size(), run->warnings.size());
}

// Records on disk or in memory, one thread or four: the same claims,
// field by field, and the same findings.
TEST_F(RunCheckTest, SpillingClaimsToDiskChangesNothing) {
  CheckOptions memory;
  memory.jobs = 1;
  memory.spill_above_bytes = uint64_t{1} << 40;
  absl::StatusOr<CheckResult> want =
      RunCheck(*pack_, *extractor_, sources_, memory);
  ASSERT_TRUE(want.ok()) << want.status();
  EXPECT_FALSE(want->claims.on_disk());
  ASSERT_GT(want->claims.size(), 3u);
  for (int jobs : {1, 4}) {
    SCOPED_TRACE(jobs);
    CheckOptions disk;
    disk.jobs = jobs;
    disk.spill_above_bytes = 0;
    absl::StatusOr<CheckResult> got =
        RunCheck(*pack_, *extractor_, sources_, disk);
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_TRUE(got->claims.on_disk());
    ASSERT_EQ(got->claims.size(), want->claims.size());
    for (size_t i = 0; i < got->claims.size(); ++i) {
      const Claim a = got->claims.Get(i);
      const Claim b = want->claims.Get(i);
      EXPECT_EQ(a.id, b.id);
      EXPECT_EQ(a.document, b.document);
      EXPECT_EQ(a.begin, b.begin);
      EXPECT_EQ(a.text, b.text);
      EXPECT_EQ(a.subject, b.subject);
      EXPECT_EQ(a.context.sentence, b.context.sentence);
      EXPECT_EQ(a.value.reading, b.value.reading);
    }
    ASSERT_EQ(got->findings.size(), want->findings.size());
    for (size_t i = 0; i < got->findings.size(); ++i) {
      EXPECT_EQ(got->findings[i].message, want->findings[i].message);
      EXPECT_EQ(got->findings[i].claims, want->findings[i].claims);
      EXPECT_EQ(got->findings[i].outliers, want->findings[i].outliers);
    }
    EXPECT_TRUE(got->claims.status().ok());
  }
}

// Whether the run spills from the start (large sources) or part way
// (records past their limit in a run that started in memory), a folder
// that cannot take the file fails the run, naming it.
TEST_F(RunCheckTest, ASpillFolderThatCannotBeWrittenFailsTheRunNamingIt) {
  const ScopedTmpdir tmpdir("/nonexistent-claimdiff-spill");
  CheckOptions from_the_start, part_way;
  from_the_start.spill_above_bytes = 0;
  part_way.spill_records_above_bytes = 1;
  for (const CheckOptions& options : {from_the_start, part_way}) {
    absl::StatusOr<CheckResult> r =
        RunCheck(*pack_, *extractor_, sources_, options);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("/nonexistent-claimdiff-spill"),
              std::string::npos)
        << r.status();
  }
}

}  // namespace
}  // namespace claimdiff
