#include "checker/compare/describe.h"

#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimdiff {
namespace {

std::vector<Document> Documents(size_t n) {
  std::vector<Document> documents(n);
  for (size_t i = 0; i < n; ++i) {
    documents[i].meta.path = "news/" + std::to_string(i) + ".txt";
  }
  return documents;
}

std::vector<size_t> FirstN(size_t n) {
  std::vector<size_t> sources;
  for (size_t i = 0; i < n; ++i) sources.push_back(i);
  return sources;
}

struct ListCase {
  size_t sources;
  std::string want;
};

TEST(SourceListTest, NamesAHandfulAndCountsTheRest) {
  const std::vector<Document> documents = Documents(1000);
  const ListCase cases[] = {
      {1, "0.txt"},
      {2, "0.txt, 1.txt"},
      {6, "0.txt, 1.txt, 2.txt, 3.txt, 4.txt, 5.txt"},
      {7, "0.txt, 1.txt, 2.txt, 3.txt, 4.txt and 2 more"},
      {1000, "0.txt, 1.txt, 2.txt, 3.txt, 4.txt and 995 more"},
  };
  for (const ListCase& c : cases) {
    EXPECT_EQ(SourceList(FirstN(c.sources), documents), c.want) << c.sources;
    const std::vector<size_t> list = FirstN(c.sources);
    const std::set<size_t> set(list.begin(), list.end());
    EXPECT_EQ(SourceList(set, documents), c.want) << c.sources;
  }
}

TEST(DescribeTest, CountsClaimsAndSourcesOfALargeGroup) {
  const std::vector<Document> documents = Documents(10);
  std::vector<Claim> claims(20);
  std::vector<const Claim*> group;
  for (size_t i = 0; i < claims.size(); ++i) {
    claims[i].document = i / 2;
    claims[i].text = "claim";
    group.push_back(&claims[i]);
  }
  EXPECT_EQ(Describe(group, documents),
            "20 claims from 10 sources (0.txt, 1.txt, 2.txt, 3.txt, 4.txt "
            "and 5 more)");
  EXPECT_EQ(Describe({&claims[3]}, documents), "\"claim\" (1.txt)");
}

}  // namespace
}  // namespace claimdiff
