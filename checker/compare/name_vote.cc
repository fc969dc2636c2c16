#include "checker/compare/name_vote.h"

#include "checker/compare/describe.h"

namespace claimdiff {

std::vector<NameVote> VotesOf(const std::vector<const Claim*>& claims) {
  std::vector<NameVote> votes;
  votes.reserve(claims.size());
  for (const Claim* c : claims) {
    votes.push_back({c->id, c->document, c->rule, &c->value});
  }
  return votes;
}

ClaimLookup LookupIn(const std::vector<const Claim*>& claims) {
  return [claims](int id) {
    for (const Claim* c : claims) {
      if (c->id == id) return *c;
    }
    return Claim{};
  };
}

std::vector<size_t> SourcesOfVotes(const std::vector<NameVote>& votes) {
  std::vector<size_t> documents;
  documents.reserve(votes.size());
  for (const NameVote& v : votes) documents.push_back(v.document);
  return DistinctSources(std::move(documents));
}

std::string DescribeVotes(const std::vector<NameVote>& votes,
                          const ClaimLookup& lookup,
                          const std::vector<Document>& documents) {
  return DescribeGroup(votes.size(), SourcesOfVotes(votes),
                       votes.size() == 1 ? lookup(votes.front().id).text : "",
                       documents);
}

}  // namespace claimdiff
