#include "segment/sentence_breaks.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace claimdiff::detail {
namespace {

// Sentence_Break property values of the ASCII characters (Unicode 15, as in ICU 72).
enum Class : std::uint8_t { kAny, kSp, kLower, kUpper, kNumeric, kATerm, kSTerm, kClose, kSContinue, kBad };

constexpr auto kClass = [] {
  std::array<std::uint8_t, 128> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = kBad;  // control characters: left to ICU
  t['\t'] = t['\v'] = t['\f'] = t[' '] = kSp;
  t['\n'] = t['\r'] = kBad;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kNumeric;
  t['.'] = kATerm;
  t['!'] = t['?'] = kSTerm;
  for (char c : {'"', '\'', '(', ')', '[', ']', '{', '}'}) t[static_cast<unsigned char>(c)] = kClose;
  for (char c : {',', '-', ':'}) t[static_cast<unsigned char>(c)] = kSContinue;
  t[0x7F] = kBad;
  return t;
}();

}  // namespace

bool untailored_sentence_rules(std::string_view language) {
  // ICU 72 tailors sentence breaks for a few languages only (Greek, for one, ends questions
  // with ';'); these have none.
  static constexpr std::array<std::string_view, 8> kRoot = {"", "en", "es", "fr", "de", "it", "pt", "nl"};
  return std::find(kRoot.begin(), kRoot.end(), language) != kRoot.end();
}

bool ascii_sentence_breaks(std::string_view text, std::vector<std::size_t>& ends) {
  const std::size_t n = text.size();
  unsigned char any = 0;
  for (const char c : text) any |= static_cast<unsigned char>(c);
  if (any >= 0x80) return false;
  const auto cls = [&](std::size_t i) { return kClass[static_cast<unsigned char>(text[i])]; };
  for (std::size_t i = 0; i < n; ++i) {
    if (cls(i) == kBad) return false;
  }
  if (n == 0) return true;
  for (std::size_t i = 0; i < n;) {
    const std::uint8_t c = cls(i);
    if (c != kATerm && c != kSTerm) {
      ++i;
      continue;
    }
    // SATerm Close* Sp*: no break inside (SB9, SB10); at k the rules decide.
    std::size_t k = i + 1;
    while (k < n && cls(k) == kClose) ++k;
    while (k < n && cls(k) == kSp) ++k;
    if (k == n) break;  // SB2: the end of the text is the boundary
    const std::uint8_t next = cls(k);
    bool keep = false;
    if (c == kATerm) {
      if (k == i + 1 && next == kNumeric) keep = true;  // SB6: "3.5"
      if (k == i + 1 && next == kUpper && i > 0 && (cls(i - 1) == kUpper || cls(i - 1) == kLower)) keep = true;  // SB7: "U.S"
      if (!keep) {  // SB8: "etc. and", "e.g. (see" -- a lower-case letter before any other letter or terminator
        std::size_t j = k;
        while (j < n && cls(j) != kLower && cls(j) != kUpper && cls(j) != kATerm && cls(j) != kSTerm) ++j;
        keep = j < n && cls(j) == kLower;
      }
    }
    if (next == kSContinue || next == kATerm || next == kSTerm) keep = true;  // SB8a
    if (!keep) ends.push_back(k);  // SB11
    i = k;
  }
  ends.push_back(n);
  return true;
}

}  // namespace claimdiff::detail
