#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

#include "claimdiff/load.hpp"

namespace claimdiff {

std::string detect_language(std::string_view text) {
  // 32 KB (some 5,000 words) decides the language of any news story; CLD2 costs ~70 instructions
  // a byte, so reading a whole book would cost more than segmenting it.
  constexpr std::size_t kSample = 32 * 1024;
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
