#pragma once
// The words classify reads: a claim's tokens with their lowercase keys and hashes, the tests on
// their first letter, and lowercase phrase lists (negations, modality, attribution) matched over them.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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

// Sets `w` to the word of `text`, as make_word makes it, reusing w's key (a word made in place
// in a vector is not moved there).
inline void set_word(Word& w, std::string_view text, TokenKind kind, bool sentence_initial, std::size_t start) {
  w.text = text;
  w.kind = kind;
  w.sentence_initial = sentence_initial;
  w.start = start;
  // ASCII text (nearly every word of an English text) is lowered and hashed in one pass, as
  // lower() and hash_bytes() would; other text goes through ICU's case folding.
  w.key.resize(text.size());
  std::uint64_t h = hash_bytes({});
  unsigned char any = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = ascii_lower(text[i]);
    any |= static_cast<unsigned char>(c);
    w.key[i] = c;
    h = hash_step(h, static_cast<unsigned char>(c));
  }
  if (any >= 0x80) {
    w.key = lower(text);
    h = hash_bytes(w.key);
  }
  w.hash = h;
}

inline Word make_word(std::string_view text, TokenKind kind, bool sentence_initial, std::size_t start) {
  Word w;
  set_word(w, text, kind, sentence_initial, start);
  return w;
}

// The keys of a word list, as a filter that rules out almost every word without a string look-up.
template <typename Container, typename KeyOf>
KeyFilter filter_of(const Container& list, const KeyOf& key_of) {
  KeyFilter f;
  for (const auto& item : list) f.add(hash_bytes(key_of(item)));
  return f;
}

// Multiword phrase lists (negations, modality, attribution) matched over lowercase words. In a
// phrase, "..." stands for up to kGapWords words (and any punctuation) in between ("ne ... que"),
// never across one of `gap_stops` ("ce n'est un secret pour personne que": "personne" ends the
// negation the gap would take for "ne ... que"), and an entry ending in an apostrophe is an
// elided word glued to the next one ("n'" in "n’aurait"). "*" stands for exactly one word, no
// punctuation: Russian "не * ли" is a yes/no question ("Не повторится ли он?"), while a gap would
// also take "Не знаю, придёт ли он", which does deny.
class PhraseSet {
 public:
  // A clause's length: "on ne peut examiner avec pertinence le besoin d'adapter une loi que".
  static constexpr std::size_t kGapWords = 12;
  static constexpr std::string_view kGap = "...";
  static constexpr std::string_view kAnyWord = "*";

  struct Match {
    std::string phrase;            // the listed phrase, words joined by spaces
    std::vector<std::size_t> at;   // indexes of the matched words (gap words excluded)
  };

  explicit PhraseSet(const std::vector<std::string>& phrases, const std::vector<std::string>& gap_stops = {})
      : gap_stops_(gap_stops.begin(), gap_stops.end()) {
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
      if (words.empty() || words.front() == kGap || words.front() == kAnyWord) continue;
      if (words.front().size() > 1 && words.front().back() == '\'') {
        elided_first_.push_back(std::move(words));
        continue;
      }
      std::string first = words.front();
      first_words_.add(hash_bytes(first));
      by_first_[first].push_back(std::move(words));
    }
    contractions_ = by_first_.count("n't") != 0;
    // The longest listed phrase wins ("told reporters" over "told"), as a reader takes it.
    for (auto& [first, phrases] : by_first_) {
      std::stable_sort(phrases.begin(), phrases.end(), [](const auto& x, const auto& y) { return x.size() > y.size(); });
    }
  }

  // Matched phrases, in order of their first word; at most one per starting word.
  std::vector<Match> matches(std::span<const Word> words) const {
    std::vector<Match> out;
    std::vector<std::size_t> at;  // the words of the phrase being tried
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string& k = words[i].key;
      auto it = first_words_.maybe(words[i].hash) ? by_first_.find(k) : by_first_.end();
      // A word written with a typographic apostrophe ("wouldn’t") is the listed one ("wouldn't").
      if (it == by_first_.end() && k.find("\u2019") != std::string::npos) it = by_first_.find(straight_apostrophes(k));
      bool matched = false;
      auto try_phrase = [&](const std::vector<std::string>& phrase) {
        at.assign(1, i);
        if (!match_rest(words, phrase, 1, i + matched_length(words, i, phrase.front()), at)) return false;
        std::string joined;
        for (const auto& p : phrase) joined += (joined.empty() ? "" : " ") + p;
        out.push_back({std::move(joined), at});
        return true;
      };
      if (it != by_first_.end()) matched = std::any_of(it->second.begin(), it->second.end(), try_phrase);
      // Every form of an elided word begins with its stem ("qu" of "qu'"): other words are passed over.
      for (std::size_t e = 0; !matched && e < elided_first_.size(); ++e) {
        const std::string_view listed = elided_first_[e].front();
        matched = k.starts_with(listed.substr(0, listed.size() - 1)) && matched_length(words, i, elided_first_[e].front()) != 0 &&
                  try_phrase(elided_first_[e]);
      }
      // Contracted negation glued to its verb ("didn't", "won’t").
      if (!matched && contractions_ && k.size() > 3 &&
          (k.ends_with("n't") || k.ends_with("n\u2019t"))) {
        out.push_back({"n't", {i}});
      }
    }
    return out;
  }

  // Matched phrases (joined by spaces), in order.
  std::vector<std::string> find(std::span<const Word> words) const {
    std::vector<std::string> out;
    for (auto& m : matches(words)) out.push_back(std::move(m.phrase));
    return out;
  }

 private:
  static std::string straight_apostrophes(std::string k) {
    for (std::size_t at; (at = k.find("\u2019")) != std::string::npos;) k.replace(at, std::string_view("\u2019").size(), "'");
    return k;
  }
  // Whether phrase[p..] matches words from index i on, a gap taking the fewest words it can.
  bool match_rest(std::span<const Word> words, const std::vector<std::string>& phrase, std::size_t p, std::size_t i,
                  std::vector<std::size_t>& at) const {
    if (p == phrase.size()) return true;
    if (phrase[p] == kGap) {
      // Punctuation in the gap is free: "ne peut, à cet égard, que" holds four words.
      for (std::size_t j = i, gap = 0; j <= words.size() && gap <= kGapWords; ++j) {
        if (match_rest(words, phrase, p + 1, j, at)) return true;
        if (j < words.size() && gap_stops_.count(words[j].key) != 0) return false;
        if (j < words.size() && words[j].kind != TokenKind::Punct) ++gap;
      }
      return false;
    }
    if (phrase[p] == kAnyWord) return i < words.size() && words[i].kind != TokenKind::Punct && match_rest(words, phrase, p + 1, i + 1, at);
    const std::size_t length = i < words.size() ? matched_length(words, i, phrase[p]) : 0;
    if (length == 0) return false;
    at.push_back(i);
    if (match_rest(words, phrase, p + 1, i + length, at)) return true;
    at.pop_back();
    return false;
  }

  // How many of the words from i on make the listed word: 1, or 2 for an elided word the
  // tokenizer split from its apostrophe because an opening quotation mark follows it
  // ("qu'« une »"); 0 if none. An apostrophe followed by a word is no elision of the listed word
  // ("rock ’n’ roll" holds no "n'").
  static std::size_t matched_length(std::span<const Word> words, std::size_t i, const std::string& listed) {
    if (same_word(words[i].key, listed)) return 1;
    auto opening_mark = [](std::string_view k) {
      return k == "\u00AB" || k == "\u201C" || k == "\u201E" || k == "\"" || k == "\u2039";
    };
    const bool apart = listed.size() > 1 && listed.back() == '\'' && i + 2 < words.size() &&
                       words[i].key == std::string_view(listed).substr(0, listed.size() - 1) &&
                       (words[i + 1].key == "'" || words[i + 1].key == "\u2019") && opening_mark(words[i + 2].key);
    return apart ? 2 : 0;
  }

  // A listed word ending in an apostrophe is elided: written with either apostrophe and glued to
  // the next word or not ("qu'", "qu’une").
  static bool same_word(std::string_view key, std::string_view listed) {
    if (key == listed) return true;
    if (listed.back() != '\'') return false;
    const std::string_view stem = listed.substr(0, listed.size() - 1);
    constexpr std::string_view kTypographic = "\u2019";
    if (key.size() == stem.size() + kTypographic.size() && key.starts_with(stem) && key.ends_with(kTypographic)) return true;
    return elided_form(key, stem);
  }

  // "n'aurait" and "n’aurait" are elided forms of the listed "n'".
  static bool elided_form(std::string_view key, std::string_view stem) {
    if (!key.starts_with(stem)) return false;
    const std::string_view rest = std::string_view(key).substr(stem.size());
    return (rest.starts_with("'") && rest.size() > 1) || (rest.starts_with("\u2019") && rest.size() > 3);
  }

  std::unordered_map<std::string, std::vector<std::vector<std::string>>> by_first_;
  std::vector<std::vector<std::string>> elided_first_;  // phrases opening with an elided word ("n'")
  KeyFilter first_words_;
  bool contractions_ = false;  // "n't" is listed: a negation glued to its verb counts too
  std::unordered_set<std::string> gap_stops_;
};

// Negations counted in a claim: every listed negator, except the words a listed non-negation
// covers ("not only", "не менее" = at least, "ne ... que" = only). Across languages the lexical
// negators ("refuse to", "without") are left out: a translation renders them with or without a
// negator as it pleases, while a grammatical negator ("not", "nicht", "не") it keeps.
class NegationCounter {
 public:
  enum class Scope { WithinLanguage, AcrossLanguages };

  NegationCounter(const LanguageData& lang, Scope scope)
      : negators_(scope == Scope::AcrossLanguages ? without(lang.negations, lang.lexical_negations) : lang.negations),
        not_negations_(lang.not_negations, lang.negation_ends) {}

  // The negators of `words`, as matched phrases with the indexes of their words.
  std::vector<PhraseSet::Match> matches(std::span<const Word> words) const {
    std::vector<bool> covered(words.size(), false);
    for (const auto& m : not_negations_.matches(words)) {
      for (std::size_t i : m.at) covered[i] = true;
    }
    std::vector<PhraseSet::Match> out;
    for (auto& m : negators_.matches(words)) {
      if (!covered[m.at.front()]) out.push_back(std::move(m));
    }
    return out;
  }

  // The negators of `words`, as matched phrases.
  std::vector<std::string> find(std::span<const Word> words) const {
    std::vector<std::string> out;
    for (auto& m : matches(words)) out.push_back(std::move(m.phrase));
    return out;
  }

 private:
  static std::vector<std::string> without(const std::vector<std::string>& all, const std::vector<std::string>& drop) {
    std::vector<std::string> out;
    for (const auto& w : all) {
      if (std::find(drop.begin(), drop.end(), w) == drop.end()) out.push_back(w);
    }
    return out;
  }

  PhraseSet negators_, not_negations_;
};

// The PhraseSet of one of `lang`'s phrase lists, under `name`, built once per language.
inline const PhraseSet& phrase_set(const LanguageData& lang, const std::string& name,
                                   const std::vector<std::string>& phrases) {
  return lang.derived.get<PhraseSet>("classify.phrases." + name, [&] { return PhraseSet(phrases); });
}

// The NegationCounter of `lang` for `scope`, built once per language (LanguageData::derived):
// its phrase sets cost more to build than a sentence costs to count.
inline const NegationCounter& negation_counter(const LanguageData& lang, NegationCounter::Scope scope) {
  const bool across = scope == NegationCounter::Scope::AcrossLanguages;
  return lang.derived.get<NegationCounter>(across ? "classify.negations.across" : "classify.negations.within",
                                           [&] { return NegationCounter(lang, scope); });
}

}  // namespace claimdiff::detail
