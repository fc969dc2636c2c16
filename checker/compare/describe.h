// The wording findings share: source names, claim groups and a rule's own
// message filled for one claim.
#ifndef CLAIMDIFF_COMPARE_DESCRIBE_H_
#define CLAIMDIFF_COMPARE_DESCRIBE_H_

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/compare/finding.h"
#include "checker/extract/claim.h"
#include "checker/source/document.h"

namespace claimdiff {

// A source's short name for messages ("000.txt"); reports print full paths
// per claim.
std::string SourceName(const Document& doc);

// A source list names every source up to kMaxNamedSources; a longer one
// names the first kNamedBeforeMore and counts the rest ("a.txt, b.txt,
// c.txt, d.txt, e.txt and 1525 more").
inline constexpr size_t kMaxNamedSources = 6;
inline constexpr size_t kNamedBeforeMore = 5;

// The short names of `sources`, comma-separated, in index order, cut as
// kMaxNamedSources says.
std::string SourceList(const std::set<size_t>& sources,
                       const std::vector<Document>& documents);
// As above, for `sources` already in index order without repeats (as
// SourcesOf returns them).
std::string SourceList(const std::vector<size_t>& sources,
                       const std::vector<Document>& documents);

// The documents `group` comes from, in index order, each once.
std::vector<size_t> SourcesOf(const std::vector<const Claim*>& group);

// `documents` (one per claim) sorted, each once.
std::vector<size_t> DistinctSources(std::vector<size_t> documents);

// "1 claim", "3 claims".
std::string Count(size_t n, absl::string_view singular,
                  absl::string_view plural);

// A group of claims: `"more than 50 years" (000.txt)` for one, `2 claims
// from 1 source (000.txt)` for several.
std::string Describe(const std::vector<const Claim*>& group,
                     const std::vector<Document>& documents);

// Describe from a group's parts, for callers that hold claim keys rather
// than claims: `count` claims from `sources` (as DistinctSources gives
// them), quoting `only_text`, the claim's text, when `count` is 1.
std::string DescribeGroup(size_t count, const std::vector<size_t>& sources,
                          absl::string_view only_text,
                          const std::vector<Document>& documents);

// The rule's `message` for `finding`, filled from `outlier` and, for
// {other.*}, from `other` (a claim that agrees; may be null). Empty when
// the rule has no message.
std::string RuleMessage(const Finding& finding, const Claim& outlier,
                        const Claim* other,
                        const std::vector<Document>& documents);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_DESCRIBE_H_
