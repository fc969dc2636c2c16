// `claimdiff rules new`: a commented rule of one kind to start from.
#ifndef CLAIMDIFF_PIPELINE_RULE_SKELETON_H_
#define CLAIMDIFF_PIPELINE_RULE_SKELETON_H_

#include <string>

#include "absl/strings/string_view.h"
#include "checker/values/value.h"

namespace claimdiff {

// A rules file holding one rule `id` of `kind`, with a pattern built on the
// kind's `_claim` fragment from rules/common and one example that `rules
// test` passes as written, every field commented. `subject` defaults to
// the id.
std::string RuleSkeleton(absl::string_view id, Kind kind,
                         absl::string_view subject);

}  // namespace claimdiff

#endif  // CLAIMDIFF_PIPELINE_RULE_SKELETON_H_
