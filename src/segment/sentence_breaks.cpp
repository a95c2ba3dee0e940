#include "segment/sentence_breaks.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace claimdiff::detail {
namespace {

// Sentence_Break values (UAX #29) as ICU's own property data gives them; the rules below are
// those of ICU 72's sent.txt. Extend and Format characters (which the rules look through) and
// line or paragraph separators are left to ICU itself.
using Class = std::uint8_t;

bool left_to_icu(Class c) {
  return c == U_SB_EXTEND || c == U_SB_FORMAT || c == U_SB_SEP || c == U_SB_CR || c == U_SB_LF;
}

Class property(UChar32 c) { return static_cast<Class>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)); }

const std::array<Class, 128>& ascii_classes() {
  static const std::array<Class, 128> table = [] {
    std::array<Class, 128> t{};
    for (UChar32 c = 0; c < 128; ++c) t[static_cast<std::size_t>(c)] = property(c);
    return t;
  }();
  return table;
}

struct Unit {
  std::uint32_t offset;  // byte offset of the code point
  Class cls;
};

bool is_term(Class c) { return c == U_SB_ATERM || c == U_SB_STERM; }
bool is_letter(Class c) { return c == U_SB_LOWER || c == U_SB_UPPER || c == U_SB_OLETTER; }

}  // namespace

bool untailored_sentence_rules(std::string_view language) {
  // ICU 72 tailors sentence breaks for a few languages only (Greek, for one, ends questions
  // with ';'); these have none.
  static constexpr std::array<std::string_view, 8> kRoot = {"", "en", "es", "fr", "de", "it", "pt", "nl"};
  return std::find(kRoot.begin(), kRoot.end(), language) != kRoot.end();
}

bool fast_sentence_breaks(std::string_view text, std::vector<std::size_t>& ends) {
  const std::size_t n = text.size();
  if (n == 0) return true;
  if (n > UINT32_MAX) return false;
  const auto& ascii = ascii_classes();
  thread_local std::vector<Unit> units;
  units.clear();
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  for (std::size_t i = 0; i < n;) {
    const std::uint32_t at = static_cast<std::uint32_t>(i);
    Class c = 0;
    if (p[i] < 0x80) {
      c = ascii[p[i]];
      ++i;
    } else {
      auto pos = static_cast<std::int32_t>(i);
      UChar32 cp = 0;
      U8_NEXT(p, pos, static_cast<std::int32_t>(n), cp);
      if (cp < 0) return false;
      c = property(cp);
      i = static_cast<std::size_t>(pos);
    }
    if (left_to_icu(c)) return false;
    units.push_back({at, c});
  }
  const std::size_t m = units.size();
  const auto cls = [&](std::size_t k) { return units[k].cls; };
  for (std::size_t i = 0; i < m;) {
    const Class c = cls(i);
    if (!is_term(c)) {
      ++i;
      continue;
    }
    // SATerm Close* Sp*: no break inside (SB9, SB10); after it the rules decide.
    std::size_t k = i + 1;
    while (k < m && cls(k) == U_SB_CLOSE) ++k;
    while (k < m && cls(k) == U_SB_SP) ++k;
    if (k == m) break;  // SB2: the end of the text is the last boundary
    const Class next = cls(k);
    bool keep = next == U_SB_SCONTINUE || is_term(next);  // SB8a
    if (c == U_SB_ATERM && !keep) {
      const Class before = i > 0 ? cls(i - 1) : Class{U_SB_OTHER};
      if (k == i + 1 && next == U_SB_NUMERIC) keep = true;  // SB6: "3.5"
      if (k == i + 1 && next == U_SB_UPPER && (before == U_SB_UPPER || before == U_SB_LOWER)) keep = true;  // SB7
      if (!keep) {  // SB8: "etc. and", "e.g. (see": lower case before any other letter or terminator
        std::size_t j = k;
        while (j < m && !is_letter(cls(j)) && !is_term(cls(j))) ++j;
        keep = j < m && cls(j) == U_SB_LOWER;
      }
    }
    if (!keep) ends.push_back(units[k].offset);  // SB11
    i = k;
  }
  ends.push_back(n);
  return true;
}

}  // namespace claimdiff::detail
