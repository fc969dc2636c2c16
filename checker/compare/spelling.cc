#include "checker/compare/spelling.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "checker/common/unicode_fold.h"
#include "checker/compare/describe.h"

namespace claimdiff {
namespace {

const NamedMember* NameOf(const NameVote& vote) {
  return vote.value->members.empty() ? nullptr : &vote.value->members.front();
}

// One entity of a subject, as the two passes over its votes learn it.
struct Entity {
  const NamedMember* first = nullptr;  // its earliest claim's name
  // Each spelling's distinct sources, and the spellings in order of first
  // use (for the tie rule).
  std::map<std::string, std::set<size_t>> sources;
  std::vector<std::string> spellings;
  std::string house;
  ClaimIds claims, outliers;
  VoteTally agreeing, differing;
  Severity severity = Severity::kInfo;
};

// The spelling most distinct sources use; the earliest used on a tie.
std::string MostUsedSpelling(const Entity& entity) {
  const std::string* best = &entity.spellings.front();
  for (const std::string& w : entity.spellings) {
    if (entity.sources.at(w).size() > entity.sources.at(*best).size()) {
      best = &w;
    }
  }
  return *best;
}

}  // namespace

void CompareSpellings(const std::string& subject, const NameVotes& group,
                      const ClaimLookup& lookup,
                      const std::vector<Document>& documents,
                      std::vector<Finding>* out) {
  // One subject may hold several entities ("people"); each has its own
  // house spelling. Ordered by first appearance for stable output. Claims
  // that write the same names share a value, so each distinct value is
  // folded once, not each claim.
  std::vector<Entity> entities;
  absl::flat_hash_map<std::string, size_t> entity_of_key;
  absl::flat_hash_map<const Value*, size_t> entity_of_value;
  group([&](const NameVote& c) {
    const NamedMember* name = NameOf(c);
    if (name == nullptr) return;
    auto [it, added] = entity_of_value.try_emplace(c.value, 0);
    if (added) {
      const auto [e, new_entity] =
          entity_of_key.try_emplace(FoldName(name->canonical), entities.size());
      if (new_entity) {
        entities.emplace_back();
        entities.back().first = name;
      }
      it->second = e->second;
    }
    Entity& entity = entities[it->second];
    auto [spelling, first_use] = entity.sources.try_emplace(name->written);
    if (first_use) entity.spellings.push_back(name->written);
    spelling->second.insert(c.document);
  });
  for (Entity& entity : entities) {
    entity.house = entity.first->recognised ? entity.first->canonical
                                            : MostUsedSpelling(entity);
  }
  group([&](const NameVote& c) {
    const NamedMember* name = NameOf(c);
    if (name == nullptr) return;
    Entity& entity = entities[entity_of_value.at(c.value)];
    entity.claims.push_back(c.id);
    if (name->written == entity.house) {
      entity.agreeing.Add(c);
      return;
    }
    entity.differing.Add(c);
    entity.outliers.push_back(c.id);
    entity.severity = std::max(entity.severity, c.rule->severity);
  });

  for (Entity& entity : entities) {
    if (entity.differing.count() == 0) continue;
    Finding f;
    f.kind = FindingKind::kSpelling;
    f.subject = subject;
    f.unit = std::string(kUnitName);
    f.rule = entity.differing.first().rule->id;
    f.severity = entity.severity;
    const std::set<size_t>& house_sources = entity.agreeing.sources();
    f.has_consensus = true;
    f.consensus_sources = static_cast<int>(house_sources.size());
    f.consensus_reading = entity.house;
    f.consensus_members = {entity.house};
    const std::string whose = entity.first->recognised
                                  ? "the house spelling"
                                  : "the most used spelling";
    f.message = absl::StrCat(
        entity.differing.Describe(lookup, documents),
        entity.differing.count() == 1 ? " differs from " : " differ from ",
        whose, " \"", entity.house, "\"",
        house_sources.empty()
            ? ""
            : absl::StrCat(", used by ", SourceList(house_sources, documents)));
    const Claim first_outlier = lookup(entity.differing.first().id);
    std::optional<Claim> first_agreeing;
    if (entity.agreeing.count() > 0) {
      first_agreeing = lookup(entity.agreeing.first().id);
    }
    f.rule_message =
        RuleMessage(f, first_outlier,
                    first_agreeing ? &*first_agreeing : nullptr, documents);
    f.claims = std::move(entity.claims);
    f.outliers = std::move(entity.outliers);
    out->push_back(std::move(f));
  }
}

void CompareSpellings(const std::string& subject,
                      const std::vector<const Claim*>& group,
                      const std::vector<Document>& documents,
                      std::vector<Finding>* out) {
  const std::vector<NameVote> votes = VotesOf(group);
  CompareSpellings(subject, VotesIn(votes), LookupIn(group), documents, out);
}

}  // namespace claimdiff
