// The byte form of the parts of a claim that only reports read.
#ifndef CLAIMDIFF_EXTRACT_CLAIM_RECORD_H_
#define CLAIMDIFF_EXTRACT_CLAIM_RECORD_H_

#include <string>

#include "absl/strings/string_view.h"
#include "checker/extract/claim.h"

namespace claimdiff {

// Appends the fields of `claim` that a ClaimKey does not hold: its
// offsets and positions, text, captures, context, and the value's reading,
// reason for being unresolved and members. Not its id, document, rule,
// subject, kind, unit, interval or `resolved`, which the key keeps.
//
// The form is private to one run (it is read back by the same binary from
// a temporary file), so it has no version and no portability promise:
// varints, and strings as a varint length and their bytes.
void EncodeClaimRecord(const Claim& claim, std::string* out);

// Fills the fields EncodeClaimRecord wrote into `claim` from `bytes`, and
// returns false when `bytes` is not one whole record.
bool DecodeClaimRecord(absl::string_view bytes, Claim* claim);

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXTRACT_CLAIM_RECORD_H_
