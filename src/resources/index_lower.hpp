#pragma once
// Lower case as dictd and WordNet write their index headwords: ICU's root-locale lower case, no
// case folding ("ß" stays "ß", where folding gives "ss").

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace claimdiff::detail {

inline std::string index_lower(std::string_view text) {
  // ASCII, as most headwords and index lines are, lowers letter by letter (ICU's root lower case
  // maps A-Z and nothing else below 0x80); an index search lowers a line at every step.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

}  // namespace claimdiff::detail
