// A rule's `message`, with named placeholders filled per finding:
//   {value}         the outlying claim as written ("$62 million")
//   {reading}       how it was read ("$62 million → USD 62 million")
//   {source}        the source it came from
//   {other.value}   a claim that agrees with the consensus, as written
//   {other.source}  that claim's source
//   {consensus}     the reading most sources share ("USD 47.5–48 million")
//   {NAME}          the outlying claim's capture NAME (any capture a
//                   pattern of the rule defines)
// "{{" and "}}" stand for literal braces.
#ifndef CLAIMDIFF_RULEPACK_MESSAGE_TEMPLATE_H_
#define CLAIMDIFF_RULEPACK_MESSAGE_TEMPLATE_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace claimdiff {

// The placeholders every message may use, as listed above.
const std::vector<absl::string_view>& StandardPlaceholders();

// Checks that every placeholder of `message` is a standard one or one of
// `captures`. InvalidArgument naming the first unknown placeholder (with
// the ones allowed), or an unclosed "{".
absl::Status CheckMessage(absl::string_view message,
                          const std::vector<std::string>& captures);

// Fills `message`: each placeholder becomes `lookup(name)`, or stays as
// written when lookup has nothing for it (an "other" when every claim is
// an outlier, a capture the matching pattern did not define).
std::string FillMessage(
    absl::string_view message,
    const std::function<std::optional<std::string>(absl::string_view)>& lookup);

}  // namespace claimdiff

#endif  // CLAIMDIFF_RULEPACK_MESSAGE_TEMPLATE_H_
