#include "checker/compare/finding.h"

namespace claimdiff {

absl::string_view FindingKindName(FindingKind kind) {
  return kind == FindingKind::kIncomparable ? "incomparable" : "conflict";
}

}  // namespace claimdiff
