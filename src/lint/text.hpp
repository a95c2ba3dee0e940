#pragma once
// Small UTF-8 helpers for the character-level rules (punctuation, quotes). Character classes come
// from ICU's properties, so a quote after "é" or before "—" is judged like one after "e" or "-".

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimdiff::detail {

// The code point starting at byte `i` of `s`; `next` receives the offset after it. Ill-formed
// bytes decode to U+FFFD (load only hands us valid UTF-8).
inline UChar32 decode_at(std::string_view s, std::size_t i, std::size_t* next = nullptr) {
  if (i >= s.size()) {
    if (next != nullptr) *next = s.size();
    return -1;
  }
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  std::int32_t pos = static_cast<std::int32_t>(i);
  UChar32 c = 0;
  U8_NEXT_OR_FFFD(p, pos, static_cast<std::int32_t>(s.size()), c);
  if (next != nullptr) *next = static_cast<std::size_t>(pos);
  return c;
}

// The code point ending just before byte `i`; `start` receives its first byte. -1 at the start.
inline UChar32 decode_before(std::string_view s, std::size_t i, std::size_t* start = nullptr) {
  if (i == 0 || i > s.size()) {
    if (start != nullptr) *start = 0;
    return -1;
  }
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  std::int32_t pos = static_cast<std::int32_t>(i);
  UChar32 c = 0;
  U8_PREV_OR_FFFD(p, 0, pos, c);
  if (start != nullptr) *start = static_cast<std::size_t>(pos);
  return c;
}

inline bool is_space(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }
inline bool is_alnum(UChar32 c) {
  return c >= 0 && (u_isalnum(c) != 0 || u_hasBinaryProperty(c, UCHAR_ALPHABETIC));
}
inline std::string utf8(UChar32 c) {
  std::string out;
  char buf[4];
  std::int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<std::uint8_t*>(buf), n, 4, c, error);
  if (!error) out.assign(buf, static_cast<std::size_t>(n));
  return out;
}

}  // namespace claimdiff::detail
