// The vocabulary of rules/common, which every story pack imports, for the
// values tests: they read text with the tables users get.
#ifndef CLAIMDIFF_TESTS_VALUES_COMMON_VOCABULARY_H_
#define CLAIMDIFF_TESTS_VALUES_COMMON_VOCABULARY_H_

#include "checker/values/vocabulary.h"

namespace claimdiff {

// Loaded once; a load error fails the calling test and yields an empty
// vocabulary.
const Vocabulary& CommonVocabulary();

}  // namespace claimdiff

#endif  // CLAIMDIFF_TESTS_VALUES_COMMON_VOCABULARY_H_
