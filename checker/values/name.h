// Kind `name`: one name as a source spells it, and the entity it names.
#ifndef CLAIMDIFF_VALUES_NAME_H_
#define CLAIMDIFF_VALUES_NAME_H_

#include "absl/strings/string_view.h"
#include "checker/values/alias_table.h"
#include "checker/values/value.h"

namespace claimdiff {

// Resolves one written name through `aliases` (restricted to `group`
// unless it is empty) to a NamedMember. Surrounding whitespace and
// punctuation are not part of a name.
NamedMember ResolveName(absl::string_view written, const AliasTable& aliases,
                        absl::string_view group);

// Reads a name claim: a Value of kind name whose single member records the
// spelling and its house spelling. A name no alias knows still reads, as
// its own house spelling, so spellings can be compared across sources.
// Its reading says how the spelling relates to the house one:
// "Sergey Lavrov → a variant of Sergei Lavrov".
Value ReadName(absl::string_view text, const AliasTable& aliases,
               absl::string_view group);

}  // namespace claimdiff

#endif  // CLAIMDIFF_VALUES_NAME_H_
