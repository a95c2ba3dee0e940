#include "resources/thesaurus_headwords.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>

#include "claimdiff/text.hpp"
#include "resources/sorted_lines.hpp"

namespace claimdiff::detail {
namespace {

// Whether a letter is its own comparison key whatever stands before it: NFKC case folding leaves
// it alone and it never combines with the letter before (an accent would). A word of such letters
// is normalised letter by letter, so it is its own key.
bool letter_is_own_key(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || !nfkc_cf->hasBoundaryBefore(c)) return false;
  std::string letter;
  icu::UnicodeString(c).toUTF8String(letter);
  return comparison_key(letter) == letter;
}

// Whether every byte of `text` is ASCII and none a capital, eight bytes at a time: four headwords
// in five are, and for them this is the one test of the pass over the index.
bool lowercase_ascii(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  auto plain = [&](std::size_t at) {
    std::uint64_t x = 0;
    std::memcpy(&x, text.data() + at, 8);
    // Bytes below 0x80 add without a carry into the next: the high bit of the first sum says
    // "at least 'A'", of the second "above 'Z'".
    return (x & kHigh) == 0 && ((x + kOnes * (0x80 - 'A')) & ~(x + kOnes * (0x80 - 'Z' - 1)) & kHigh) == 0;
  };
  if (text.size() >= 8) {
    for (std::size_t at = 0; at + 8 < text.size(); at += 8) {
      if (!plain(at)) return false;
    }
    return plain(text.size() - 8);  // the last eight bytes, overlapping the ones before
  }
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0 && !(c >= 'A' && c <= 'Z'); });
}

// Whether a word is its own comparison key, told without ICU for all but the first word with a
// given letter: no space at either end, no capital, and letters beyond ASCII below U+0800 (Latin,
// Greek, Cyrillic) remembered one by one. false means "maybe not": the caller computes the key.
class OwnKey {
 public:
  bool operator()(std::string_view word) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (!word.empty() && (space(word.front()) || space(word.back()))) return false;
    if (lowercase_ascii(word)) return true;
    for (std::size_t i = 0; i < word.size();) {
      const auto byte = static_cast<unsigned char>(word[i]);
      if (byte < 0x80) {
        if (byte >= 'A' && byte <= 'Z') return false;
        ++i;
        continue;
      }
      UChar32 c = 0;
      U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, word.size(), c);
      if (c < 0 || c >= static_cast<UChar32>(known_.size())) return false;
      signed char& k = known_[static_cast<std::size_t>(c)];
      if (k == 0) k = letter_is_own_key(c) ? 1 : -1;
      if (k < 0) return false;
    }
    return true;
  }

 private:
  std::array<signed char, 0x800> known_{};  // per code point: 0 not yet seen, 1 its own key, -1 not
};

// The line of `text` starting at `at`, without its line break, and `at` moved past it.
std::string_view take_line(std::string_view text, std::size_t& at) {
  const std::size_t end = std::min(text.find('\n', at), text.size());
  std::string_view line = text.substr(at, end - at);
  at = end + 1;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// The index MyThes installs beside a thesaurus: th_de_DE_v2.dat -> th_de_DE_v2.idx.
std::string index_path(const std::string& dat_path) {
  return dat_path.ends_with(".dat") ? dat_path.substr(0, dat_path.size() - 4) + ".idx" : std::string();
}

}  // namespace

ThesaurusHeadwords::ThesaurusHeadwords(const std::string& dat_path) : index_(index_path(dat_path)) {
  const MappedFile data(dat_path);
  const std::string_view all = index_.text();
  std::size_t at = 0, data_at = 0;
  const std::string_view encoding = trim(take_line(all, at));
  if (!index_.ok() || !data.ok() || (encoding != "UTF-8" && encoding != "utf-8") ||
      trim(take_line(data.text(), data_at)) != encoding || at >= all.size()) {
    return;
  }
  take_line(all, at);  // the number of entries
  lines_ = all.substr(std::min(at, all.size()));
  OwnKey own_key;
  std::string_view previous;
  for (std::size_t next = 0; next < lines_.size();) {
    const std::size_t end = std::min(lines_.find('\n', next), lines_.size());
    const std::string_view line = lines_.substr(next, end - next);
    next = end + 1;
    const std::size_t bar = line.find('|');  // MyThes reads the word up to the first bar
    if (bar == std::string_view::npos) return;
    const std::string_view word = line.substr(0, bar);
    if (word < previous) return;
    previous = word;
    if (own_key(word)) continue;
    std::string key = comparison_key(trim(word));
    if (key == word) continue;
    changed_words_.emplace(word);
    if (!key.empty()) changed_keys_.insert(std::move(key));
  }
  ok_ = true;
}

bool ThesaurusHeadwords::has(const std::string& key) const {
  if (key.empty()) return false;
  if (changed_keys_.count(key) != 0) return true;
  return sorted_lines_hold(lines_, key, '|') && changed_words_.count(key) == 0;
}

const ThesaurusHeadwords* thesaurus_headwords(const std::string& dat_path) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<ThesaurusHeadwords>> loaded;
  const std::lock_guard<std::mutex> lock(mutex);
  auto [it, fresh] = loaded.emplace(dat_path, nullptr);
  if (fresh) {
    auto h = std::make_unique<ThesaurusHeadwords>(dat_path);
    if (h->ok()) it->second = std::move(h);
  }
  return it->second.get();
}

}  // namespace claimdiff::detail
