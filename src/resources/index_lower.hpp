#pragma once
// Lower case as dictd and WordNet write their index headwords: ICU's root-locale lower case, no
// case folding ("ß" stays "ß", where folding gives "ss").

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace claimdiff::detail {

inline std::string index_lower(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

}  // namespace claimdiff::detail
