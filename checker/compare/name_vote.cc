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

NameVotes VotesIn(const std::vector<NameVote>& votes) {
  return [&votes](const std::function<void(const NameVote&)>& visit) {
    for (const NameVote& v : votes) visit(v);
  };
}

void VoteTally::Add(const NameVote& vote) {
  if (count_++ == 0) first_ = vote;
  sources_.insert(vote.document);
}

std::string VoteTally::Describe(const ClaimLookup& lookup,
                                const std::vector<Document>& documents) const {
  return DescribeGroup(count_,
                       std::vector<size_t>(sources_.begin(), sources_.end()),
                       count_ == 1 ? lookup(first_.id).text : "", documents);
}

}  // namespace claimdiff
