#include "checker/compare/finding.h"

namespace claimdiff {

absl::string_view FindingKindName(FindingKind kind) {
  switch (kind) {
    case FindingKind::kConflict:
      return "conflict";
    case FindingKind::kIncomparable:
      return "incomparable";
    case FindingKind::kSpelling:
      return "spelling";
  }
  return "conflict";
}

}  // namespace claimdiff
