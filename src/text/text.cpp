#include <algorithm>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "claimdiff/text.hpp"

namespace claimdiff {

bool is_ascii(std::string_view text) {
  // A word is shorter than the vector loop's set-up: a plain loop with an early exit costs less.
  if (text.size() < 16) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  }
  unsigned char any = 0;
  for (unsigned char c : text) any |= c;  // no early exit: the loop vectorises
  return any < 0x80;
}

std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (unsigned char c : bytes) h = hash_step(h, c);
  return h;
}

namespace {

// Typographic quotes, apostrophes and dashes, each with the ASCII character it compares as.
struct Fold {
  std::string_view from;
  char to;
};
constexpr Fold kFolds[] = {
    {"\u2018", '\''}, {"\u2019", '\''}, {"\u201A", '\''}, {"\u201B", '\''}, {"\u2032", '\''},
    {"\u02BC", '\''}, {"\u201C", '"'},  {"\u201D", '"'},  {"\u201E", '"'},  {"\u201F", '"'},
    {"\u00AB", '"'},  {"\u00BB", '"'},  {"\u2033", '"'},  {"\u2039", '\''}, {"\u203A", '\''},
    {"\u2010", '-'},  {"\u2011", '-'},  {"\u2012", '-'},  {"\u2013", '-'},  {"\u2014", '-'},
    {"\u2015", '-'},  {"\u2212", '-'},
};

// Whether a fold can start with this byte: every fold above is U+00AB, U+00BB (C2), U+02BC (CA)
// or in U+2010..U+2212 (E2), so other letters (all of Cyrillic, say) skip the table.
bool fold_lead(unsigned char c) { return c == 0xC2 || c == 0xCA || c == 0xE2; }

void fold_punctuation(std::string& s) {
  if (std::none_of(s.begin(), s.end(), [](char c) { return fold_lead(static_cast<unsigned char>(c)); })) return;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    bool folded = false;
    if (fold_lead(static_cast<unsigned char>(s[i]))) {
      for (const Fold& f : kFolds) {
        if (s.compare(i, f.from.size(), f.from) == 0) {
          out.push_back(f.to);
          i += f.from.size();
          folded = true;
          break;
        }
      }
    }
    if (!folded) out.push_back(s[i++]);
  }
  s = std::move(out);
}

// ASCII text case-folds and NFKC-normalises to its lowercase: sets `out` to that and returns
// true; returns false for any other text.
bool lower_if_ascii(std::string_view text, std::string& out) {
  if (!is_ascii(text)) return false;
  out.assign(text);
  for (char& c : out) c = ascii_lower(c);
  return true;
}

}  // namespace

std::string fold_quotes(std::string_view text) {
  std::string s(text);
  fold_punctuation(s);
  return s;
}

std::string fold_case(std::string_view text) {
  std::string out;
  if (lower_if_ascii(text, out)) return out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

std::string comparison_key(std::string_view text) {
  std::string out;
  if (lower_if_ascii(text, out)) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_SUCCESS(status)) {
    icu::StringByteSink<std::string> sink(&out);
    nfkc_cf->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                           nullptr, status);
  }
  if (U_FAILURE(status)) out.assign(text);
  fold_punctuation(out);
  return out;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> fields;
  while (true) {
    std::size_t at = text.find(separator);
    fields.emplace_back(text.substr(0, at));
    if (at == std::string_view::npos) return fields;
    text.remove_prefix(at + 1);
  }
}

std::string_view trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  std::size_t b = text.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  return text.substr(b, text.find_last_not_of(kSpace) - b + 1);
}

bool starts_upper(std::string_view word) {
  if (word.empty()) return false;
  if (static_cast<unsigned char>(word[0]) < 0x80) return word[0] >= 'A' && word[0] <= 'Z';
  UChar32 c = 0;
  std::size_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, word.size(), c);
  return u_isupper(c) || u_istitle(c);
}

}  // namespace claimdiff
