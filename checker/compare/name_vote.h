// What the name and set comparisons read of a claim.
#ifndef CLAIMDIFF_COMPARE_NAME_VOTE_H_
#define CLAIMDIFF_COMPARE_NAME_VOTE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "checker/extract/claim.h"
#include "checker/source/document.h"

namespace claimdiff {

// One name or set claim as its comparison sees it: who says it, under
// which rule, and the names it gives. `value` points to a value shared by
// every claim that writes the same names (ClaimStore::names), so an
// archive's hundreds of thousands of set claims cost a few bytes each
// rather than a whole claim each.
struct NameVote {
  int id = 0;
  size_t document = 0;
  const Rule* rule = nullptr;
  const Value* value = nullptr;  // only its members are read
};

// Reads one claim back whole, for the one or two a message quotes.
using ClaimLookup = std::function<Claim(int id)>;

// The votes of claims held whole, pointing into the claims' own values,
// and a lookup into them: for callers (and tests) that have the claims
// rather than a store. The claims must outlive the votes.
std::vector<NameVote> VotesOf(const std::vector<const Claim*>& claims);
ClaimLookup LookupIn(const std::vector<const Claim*>& claims);

// The documents `votes` come from, sorted, each once.
std::vector<size_t> SourcesOfVotes(const std::vector<NameVote>& votes);

// Describe for votes: the count and sources, quoting the claim's text
// (read through `lookup`) when there is one.
std::string DescribeVotes(const std::vector<NameVote>& votes,
                          const ClaimLookup& lookup,
                          const std::vector<Document>& documents);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_NAME_VOTE_H_
