#pragma once
// Named persons and the evidence of their gender, as the pronoun-gender rule needs them.
//
// A named person is a run (segment/names.hpp) of two or more capitalised words that are not
// function words, pronouns or number words ("Jen Psaki", "Russian President Vladimir Putin"), or
// one or more after an honorific ("Ms. Psaki", "spokeswoman Psaki"). A person is known by the
// last word of the name, possessive dropped ("Zelensky’s" -> zelensky), so later bare-surname
// mentions ("Psaki said") resolve to the same person.

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <utility>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimdiff/document.hpp"
#include "claimdiff/lint.hpp"
#include "claimdiff/resources.hpp"
#include "common/key_filter.hpp"

namespace claimdiff::detail {

// The word lists the rule reads, keyed by comparison key (case-folded, final period dropped), so a
// data file may write "Ms." or "ms" alike.
struct Vocabulary {
  explicit Vocabulary(const LanguageData& lang);

  // Token look-ups go through Token::key (the hash of the comparison key), with no string built.
  Gender pronoun(const Token& t) const;  // Female or Male, else None
  // A gendered pronoun that stands for the subject of its clause ("she", "herself"; not "her").
  bool subject_pronoun(const Token& t) const;
  bool attribution(const Token& t) const;
  bool any_pronoun(const std::string& key) const { return pronoun_words.count(key) != 0; }
  bool honorific(const std::string& key, Gender* gender = nullptr) const;
  // A title written with a period ("Mr." but not "Lord."), from the abbreviation list.
  bool abbreviated(const std::string& key) const { return abbreviations.count(key) != 0; }
  bool function_word(const std::string& key) const;

  const LanguageData& lang;
  bool english = true;
  std::unordered_map<std::string, Gender> honorifics;
  std::unordered_set<std::uint64_t> honorific_keys;  // hashes of the keys above, to skip most words
  // Hashes (as in Token::key) of every word that cannot start a name: function words, pronouns,
  // honorifics and number words.
  std::unordered_set<std::uint64_t> not_name_keys;
  std::unordered_set<std::string> abbreviations;           // keys without the final period
  std::unordered_set<std::string> pronoun_words;           // every pronoun, gendered or not
  std::unordered_map<std::uint64_t, Gender> pronoun_keys;  // gendered pronouns only
  std::unordered_set<std::uint64_t> subject_keys;
  std::unordered_set<std::uint64_t> attribution_keys;  // single-word entries of lang.attribution
  // Every key of the sets above and of honorific_keys: a word not in it is in none of them.
  KeyFilter listed;
};

// The Vocabulary of `lang`, made once per language and kept in its DerivedData.
const Vocabulary& vocabulary_of(const LanguageData& lang);

struct Mention {
  std::uint32_t sentence = 0;  // index into Document::sentences
  std::uint32_t first = 0;     // token indexes of the name inside that sentence, inclusive
  std::uint32_t last = 0;
  std::string key;   // surname key: comparison key of the last word, possessive dropped
  std::string name;  // for messages: the last two words as written ("Jen Psaki")
  Gender evidence = Gender::None;  // from an honorific or gendered title right before the name
  std::string evidence_text;       // "Ms. Psaki", "spokeswoman Jen Psaki"
  bool quoted = false;             // inside a quotation: a name quoted is not the speaker
};

// Per token of each sentence: inside a quotation (paragraph-level quote state, so the second
// sentence of a quotation is inside too).
using QuoteMap = std::vector<std::vector<bool>>;
QuoteMap quote_map(const Document& doc, const LanguageData& lang);

// Every mention in text order.
std::vector<Mention> find_mentions(const Document& doc, const Vocabulary& vocab,
                                   const QuoteMap& quotes);

struct GenderEvidence {
  int strong_female = 0, strong_male = 0;  // honorifics and gendered titles
  int weak_female = 0, weak_male = 0;      // subject pronouns in sentences naming only this person
  std::string female_text, male_text;      // the first piece of evidence of each kind, as written

  // Female or Male when the evidence is one-sided (strong evidence outranks pronouns), else None.
  Gender resolve() const;
  const std::string& text_for(Gender g) const {
    return g == Gender::Female ? female_text : male_text;
  }
};

// The persons named in a document and its quotations.
struct Persons {
  QuoteMap quotes;
  std::vector<Mention> mentions;  // in text order
};

// The persons of `doc` under `vocab`'s language: from `cache` when given (worked out by the
// first caller, on any thread), else worked out now.
std::shared_ptr<const Persons> persons_of(const Document& doc, const Vocabulary& vocab, LintCache* cache);

// Gender evidence per person key, from the document's own text.
std::unordered_map<std::string, GenderEvidence> learn_genders(const Document& doc,
                                                              const Vocabulary& vocab,
                                                              const std::vector<Mention>& mentions,
                                                              const QuoteMap& quotes);

// The gender of a pronoun token per the language's pronoun list (None for other words).
Gender pronoun_gender(const Token& token, const Vocabulary& vocab);

}  // namespace claimdiff::detail

namespace claimdiff {

// The persons of each (document, language) pair, computed once however many threads ask.
struct LintCache::Impl {
  struct Entry {
    std::once_flag once;
    std::shared_ptr<const detail::Persons> persons;
  };
  std::mutex mutex;
  std::map<std::pair<const Document*, const LanguageData*>, std::shared_ptr<Entry>> persons;
};

namespace detail {

// The lint rules' way into a LintCache, whose contents the public header keeps private.
struct LintCacheAccess {
  using Impl = LintCache::Impl;
  static Impl& impl(LintCache& cache) { return *cache.impl_; }
};

}  // namespace detail

}  // namespace claimdiff
