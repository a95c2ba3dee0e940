#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

#include "claimdiff/segment.hpp"

namespace claimdiff {

std::string detect_language(std::string_view text) {
  // CLD2 reads at most what it needs; a few hundred kilobytes decide any news story.
  constexpr std::size_t kSample = 256 * 1024;
  std::string_view sample = text.substr(0, kSample);
  while (!sample.empty() && sample.size() < text.size() && (static_cast<unsigned char>(text[sample.size()]) & 0xC0) == 0x80) {
    sample.remove_suffix(1);  // never cut a character in two
  }
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(sample.data(), static_cast<int>(sample.size()), true, &reliable);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE) return {};
  return CLD2::LanguageCode(lang);
}

}  // namespace claimdiff
