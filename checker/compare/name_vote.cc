#include "checker/compare/name_vote.h"

#include "absl/strings/str_cat.h"
#include "checker/compare/describe.h"

namespace claimdiff {

const Value* NameForms::Intern(const Value& value) {
  // Each string prefixed by its length, so no name, whatever it
  // contains, makes two lists key alike.
  std::string key;
  for (const NamedMember& m : value.members) {
    absl::StrAppend(&key, m.written.size(), ":", m.written,
                    m.canonical.size(), ":", m.canonical,
                    m.recognised ? "+" : "-");
  }
  const auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  Value stored;
  stored.kind = value.kind;
  stored.unit = value.unit;
  stored.members = value.members;
  values_.push_back(std::move(stored));
  index_.emplace(std::move(key), &values_.back());
  return &values_.back();
}

std::vector<NameVote> VotesOf(const std::vector<const Claim*>& claims,
                              NameForms* forms) {
  std::vector<NameVote> votes;
  votes.reserve(claims.size());
  for (const Claim* c : claims) {
    votes.push_back({c->id, c->document, c->rule, forms->Intern(c->value)});
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
