#pragma once
// The words classify reads: a claim's tokens with their lowercase keys and hashes, the tests on
// their first letter, and lowercase phrase lists (negations, modality, attribution) matched over them.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "claimdiff/document.hpp"
#include "claimdiff/resources.hpp"
#include "claimdiff/text.hpp"
#include "common/key_filter.hpp"

namespace claimdiff::detail {

inline std::string lower(std::string_view s) { return fold_case(s); }

// Languages other than English write "1,5" for one and a half.
inline bool comma_decimal_language(const LanguageData& lang) { return lang.code != "en" && !lang.code.empty(); }

inline bool has_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, s.size(), c);
    if (u_isalpha(c)) return true;
  }
  return false;
}

struct Word {
  std::string_view text;
  std::string key;  // lowercase
  TokenKind kind;
  bool sentence_initial;
  std::size_t start;
  std::uint64_t hash = 0;  // hash_bytes(key), for the word-list filters (see make_word)
};

inline Word make_word(std::string_view text, TokenKind kind, bool sentence_initial, std::size_t start) {
  Word w{text, lower(text), kind, sentence_initial, start};
  w.hash = hash_bytes(w.key);
  return w;
}

// The keys of a word list, as a filter that rules out almost every word without a string look-up.
template <typename Container, typename KeyOf>
KeyFilter filter_of(const Container& list, const KeyOf& key_of) {
  KeyFilter f;
  for (const auto& item : list) f.add(hash_bytes(key_of(item)));
  return f;
}

// Multiword phrase lists (negations, modality, attribution) matched over lowercase words.
class PhraseSet {
 public:
  explicit PhraseSet(const std::vector<std::string>& phrases) {
    for (const auto& p : phrases) {
      std::vector<std::string> words;
      std::string w;
      for (char c : p) {
        if (c == ' ') {
          if (!w.empty()) words.push_back(std::move(w));
          w.clear();
        } else {
          w.push_back(c);
        }
      }
      if (!w.empty()) words.push_back(std::move(w));
      if (words.empty()) continue;
      std::string first = words.front();
      first_words_.add(hash_bytes(first));
      by_first_[first].push_back(std::move(words));
    }
  }

  // Matched phrases (joined by spaces), in order.
  std::vector<std::string> find(std::span<const Word> words) const {
    std::vector<std::string> out;
    const bool contractions = by_first_.count("n't") != 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string& k = words[i].key;
      auto it = first_words_.maybe(words[i].hash) ? by_first_.find(k) : by_first_.end();
      bool matched = false;
      if (it != by_first_.end()) {
        for (const auto& phrase : it->second) {
          if (i + phrase.size() > words.size()) continue;
          bool ok = true;
          for (std::size_t j = 1; j < phrase.size() && ok; ++j) ok = words[i + j].key == phrase[j];
          if (!ok) continue;
          std::string joined;
          for (const auto& p : phrase) joined += (joined.empty() ? "" : " ") + p;
          out.push_back(joined);
          matched = true;
          break;
        }
      }
      // Contracted negation glued to its verb ("didn't", "won’t").
      if (!matched && contractions && k.size() > 3 &&
          (k.ends_with("n't") || k.ends_with("n\u2019t"))) {
        out.push_back("n't");
      }
    }
    return out;
  }

 private:
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> by_first_;
  KeyFilter first_words_;
};

}  // namespace claimdiff::detail
