// What the name and set comparisons read of a claim.
#ifndef CLAIMDIFF_COMPARE_NAME_VOTE_H_
#define CLAIMDIFF_COMPARE_NAME_VOTE_H_

#include <cstddef>
#include <functional>
#include <set>
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

// A group's votes, handed to `visit` one at a time in id order. The
// comparisons go through a group twice, so each call must give the same
// votes: over an archive a name subject holds millions of claims, and its
// votes are read from the store as they are visited rather than held.
using NameVotes =
    std::function<void(const std::function<void(const NameVote&)>& visit)>;

// NameVotes over a vector the caller keeps alive.
NameVotes VotesIn(const std::vector<NameVote>& votes);

// One side of a finding (the claims that agree, or the outliers), tallied
// vote by vote for its message without holding the votes: how many, from
// which sources, and the first.
class VoteTally {
 public:
  void Add(const NameVote& vote);

  size_t count() const { return count_; }
  // The first vote added; meaningful only when count() > 0.
  const NameVote& first() const { return first_; }
  const std::set<size_t>& sources() const { return sources_; }

  // Describe for the tallied votes: the count and sources, quoting the
  // claim's text (read through `lookup`) when there is just one.
  std::string Describe(const ClaimLookup& lookup,
                       const std::vector<Document>& documents) const;

 private:
  size_t count_ = 0;
  NameVote first_;
  std::set<size_t> sources_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_NAME_VOTE_H_
