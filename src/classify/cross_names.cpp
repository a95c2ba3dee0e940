// Names of one word across languages. A name is spelt alike in every language that writes Latin
// letters (after transliteration from Cyrillic: "Ханна", "Hanna") unless it is translated, and
// translations write a translated name with capitals too ("Alemania", "Germany"; "Estados
// Unidos", "United States"). So each name word of the source that no English word spells alike
// needs a capitalised English word that no source word spells alike to render it: more of the
// former than of the latter means a name dropped. And a name WordNet does not know ("Chabert") is
// no translation of anything: written in the English where the source lacks one of its own names,
// it is a name replaced. Capitalised words that open a sentence are left out on both sides, as are
// words of one or two letters ("St.", "U.S." may render anything).
//
// Left out: scripts without capitals (Han, Devanagari), where the source marks no names, and a
// name replaced by one WordNet lists ("Kerry" for "Karzai"), which reads like a translated name.

#include "classify/cross_names.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <iterator>
#include <sstream>

#include "classify/cross_content.hpp"

namespace claimdiff::detail {
namespace {

// A word without the English possessive ("bryant's" -> "bryant").
std::string without_possessive(std::string word) {
  for (const char* possessive : {"'s", "\u2019s"})
    if (word.ends_with(possessive)) word.resize(word.size() - std::char_traits<char>::length(possessive));
  return word;
}

std::vector<std::string> split(const std::string& run) {
  std::vector<std::string> out;
  std::istringstream in(run);
  for (std::string w; in >> w;) out.push_back(without_possessive(w));
  return out;
}

// The names (runs of words) with no word of three letters or more spelt alike in `in`.
std::vector<std::string> unmatched(const std::vector<std::string>& names, const std::vector<std::string>& in, const SpeltAlike& alike) {
  std::vector<std::string> out;
  for (const std::string& n : names) {
    auto words = split(n);
    std::erase_if(words, [](const std::string& w) { return w.size() < 3; });
    auto lone = [&](const std::string& w) { return !alike(w, in); };
    if (!words.empty() && std::all_of(words.begin(), words.end(), lone) && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
  }
  return out;
}

// The distinct words of `names` not spelt alike in `in`, short ones included ("U.K."): each may
// render a name of the other side.
std::vector<std::string> new_words(const std::vector<std::string>& names, const std::vector<std::string>& in, const SpeltAlike& alike) {
  std::vector<std::string> out;
  for (const std::string& n : names) {
    for (const std::string& w : split(n)) {
      if (!w.empty() && !alike(w, in) && std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

}  // namespace

bool misspelt_english(const std::string& w, const LanguageData& english) {
  if (w.size() < 5 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  auto known = [&](const std::string& v) { return is_english_word(v, english); };
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    std::string t = w;
    std::swap(t[i], t[i + 1]);
    if (t != w && known(t)) return true;
  }
  if (w.size() < 8) return false;
  for (std::size_t i = 0; i <= w.size(); ++i) {
    if (i < w.size() && known(w.substr(0, i) + w.substr(i + 1))) return true;
    for (char c = 'a'; c <= 'z'; ++c) {
      if (i < w.size() && c != w[i]) {
        std::string t = w;
        t[i] = c;
        if (known(t)) return true;
      }
      if (known(w.substr(0, i) + c + w.substr(i))) return true;
    }
  }
  return false;
}

namespace {

// Whether a name holds a word no lexicon of English lists and that is no misspelt English word.
bool unknown_english(const std::string& name, const LanguageData& english) {
  const auto words = split(name);
  return english_lexicon_ready() && std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return !is_english_word(w, english) && !misspelt_english(w, english);
  });
}

// How many persons English words refer to by a pronoun of a gender (one for "him" and "his", two
// with "her" too): a translation may put one for a name of the source ("звоните Джеймсу", "call
// him").
std::size_t pronoun_persons(const std::vector<std::string>& words, const LanguageData& english) {
  bool male = false, female = false;
  for (const std::string& w : words) {
    const auto it = english.pronouns.find(w);
    if (it == english.pronouns.end()) continue;
    male = male || it->second == Gender::Male;
    female = female || it->second == Gender::Female;
  }
  return (male ? 1 : 0) + (female ? 1 : 0);
}

}  // namespace

bool written_in_latin(std::string_view word) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  for (int32_t i = 0; i < u.length(); i += U16_LENGTH(u.char32At(i))) {
    const UChar32 c = u.char32At(i);
    UErrorCode status = U_ZERO_ERROR;
    if (u_isalpha(c) && uscript_getScript(c, &status) != USCRIPT_LATIN) return false;
  }
  return true;
}

std::optional<Change> lone_name_change(const NameWords& source, const NameWords& english, const LanguageData& english_lang,
                                       const SpeltAlike& alike, bool english_is_a, const std::function<bool(const std::string&)>& translated) {
  std::vector<std::string> english_words;
  for (const std::string& w : english.words) english_words.push_back(without_possessive(w));
  // A source name is lost when none of its words is found, and each lost name needs a new word of
  // an English name to render it ("Czech Republic" for "České republice": "Czech" is new). An
  // English word renders a source word only if it starts with the same letter too: a name spelt
  // alike keeps its first letter, while a bigram or three are shared by chance ("center",
  // "interv'u").
  const SpeltAlike same_start = [&](const std::string& w, const std::vector<std::string>& in) {
    return std::any_of(in.begin(), in.end(), [&](const std::string& m) { return !m.empty() && m[0] == w[0] && alike(w, {m}); });
  };
  const auto lost = unmatched(source.names, english_words, alike);
  auto gained = new_words(english.names, source.words, same_start);
  // English capitalises words other languages write in lower case ("British", "brytyjskie") or
  // as common nouns ("Monday", "Montag"): one that translates such a word renders no name.
  if (translated && !lost.empty()) std::erase_if(gained, translated);
  for (const std::string& a : new_words(english.acronyms, source.words, same_start))
    if (std::find(gained.begin(), gained.end(), a) == gained.end()) gained.push_back(a);
  std::string before, after;
  if (lost.size() > gained.size() + pronoun_persons(english_words, english_lang)) {
    before = joined(lost);
  } else if (!lost.empty() && source.latin) {
    std::vector<std::string> unknown;
    const auto gained_names = unmatched(english.names, source.words, same_start);
    std::copy_if(gained_names.begin(), gained_names.end(), std::back_inserter(unknown), [&](const std::string& n) { return unknown_english(n, english_lang); });
    if (unknown.empty()) return std::nullopt;
    before = joined(lost);
    after = joined(unknown);
  } else {
    return std::nullopt;
  }
  if (english_is_a) std::swap(before, after);
  return Change{ChangeType::Entity, before, after, Severity::Major};
}

}  // namespace claimdiff::detail
