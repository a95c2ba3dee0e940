#pragma once
// A FreeDict dictionary read backwards (see align.cpp's reversed_dictionary): where FreeDict
// translates only from other's language into base's, base's words find the headwords whose
// one-word translations they inflect.

#include <string>
#include <vector>

#include "claimdiff/resources.hpp"

namespace claimdiff::detail {

// The headwords of the dictd database at `path` (its `.index`) that translate into `key` (a
// comparison key of `lang`'s language) or into another inflection of it: the two meet when they
// are equal, or when both are, without one of `lang`'s endings (or as written), the same stem of
// three letters or more. Empty when none does or the database cannot be read.
std::vector<std::string> reversed_translations(const std::string& key, const std::string& path, const LanguageData& lang);

}  // namespace claimdiff::detail
