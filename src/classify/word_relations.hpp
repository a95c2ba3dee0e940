#pragma once
// How two words, or two wordings of one claim, relate: the evidence the `content` and `antonym`
// change types rest on. A word dropped or added with no counterpart carries information; one
// replaced by its typo, its inflection, its synonym or itself moved elsewhere does not.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimdiff/resources.hpp"

namespace claimdiff::detail {

class NameSenses;

// What `read` makes of the WordNet in `dir` (its antonyms, its irregular forms), read on first
// use and kept for the process; empty when the files cannot be read.
const Dictionary& wordnet_once(const std::string& dir, Dictionary (*read)(const std::string&));
// The same, or null without reading when `load` is false and no call has read it yet.
const Dictionary* wordnet_once(const std::string& dir, Dictionary (*read)(const std::string&), bool load);

// One Damerau-Levenshtein edit between two words: two neighbouring letters swapped (three letters
// or more: "adn", "becuase"), or a letter added, dropped or changed (five letters or more:
// "Michagan" for "Michigan"; "pain" and "rain" are two words).
bool typo_of(std::string_view a, std::string_view b);

// Two lowercase words of one stem: a shared beginning of at least five letters covering most of
// the shorter word ("comparison", "compare"; "evidence", "evidencial").
bool same_stem(std::string_view a, std::string_view b);

// The same words scrambled out of order: at least four words, nearly the same bag of words on
// both sides, and most neighbours parted (a swap of two neighbours, or phrases moved whole, is
// not scrambling). `kept_at_least`: pairs of neighbours of `b` known to be neighbours in `a`
// too, when the caller knows some (from a diff); enough of them settle it without counting.
bool scrambled(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, std::size_t kept_at_least = 0);

// The ICU script code (UScriptCode) of a word's first letter; -1 for a word without letters.
int script_of(std::string_view word);

// The script most letters of `words` are written in; -1 when none has a letter.
int main_script(const std::vector<std::string_view>& words);

// Word pairs looked up in lexicons read once per run: synonyms (MyThes) and opposites (WordNet,
// MyThes entries marked antonym). Either may be empty. WordNet's lexicons are read once per
// process and shared, not copied: they outlive every comparison (null: none).
struct Lexicons {
  Dictionary synonyms;  // completed by add_solid_forms
  const Dictionary* antonyms = nullptr;
  const Dictionary* irregular = nullptr;  // WordNet's irregular forms ("found" -> "find"), English only
  bool english_morphology = false;  // look words up by WordNet's lemma candidates
  const NameSenses* name_senses = nullptr;  // WordNet's senses of names, English only; may be null
  // english_lemmas of the words of the changed sentences, worked out once per distinct word
  // (lowercase word -> candidates); other words have theirs worked out on each look-up.
  std::unordered_map<std::string, std::vector<std::string>> lemmas;
};

// A typo by the lexicon's lights: typo_of, or one letter added, dropped or changed that makes a
// word the lexicon does not know ("past" -> "pas", "niche" -> "nich"; "pain" -> "rain" is known).
bool misspelt(const Lexicons& lex, std::string_view a, std::string_view b);

// A misspelling corrected: `a`, a word the lexicon does not know, within one edit in four letters
// of `b`, one it knows, with the same first letter ("dissaperance" -> "disappearance",
// "restructing" -> "restructuring").
bool spelling_fixed(const Lexicons& lex, const std::string& a, const std::string& b);

// Adds to each list of `d` the solid form of every hyphenated word it lists ("ceasefire" beside
// "cease-fire"), unless listed already: a word written with or without its hyphens is then found
// by one search for its solid form, not by a scan of the list for hyphens.
void add_solid_forms(Dictionary& d);

// Whether lowercase `a` and `b` are listed as opposites ("pain" / "pleasure", "former" / "latter").
bool antonyms(const Lexicons& lex, const std::string& a, const std::string& b);

// Whether the lexicon knows lowercase `w` as a word of its language (a thesaurus headword, or one
// of its lemmas is). Unknown when there is no thesaurus.
bool known_word(const Lexicons& lex, const std::string& w);

// Whether lowercase `a` and `b` are listed as synonyms, either way.
bool synonyms(const Lexicons& lex, const std::string& a, const std::string& b);
// Schwartz & Hearst (2003), abbreviation definitions: the letters of `short_form` occur in order
// in the words of `long_form`, its first letter beginning the long form ("PA" / "Pennsylvania").
bool abbreviates(const std::string& short_form, const std::vector<std::string>& long_form);

// What a claim's changed words add or drop. `dropped` and `added` are the lowercase words of the
// deletions and insertions; `kept` the words both versions share. Returns the content words of
// each side with no counterpart on the other: not a function word, a number or a repetition of a
// kept word, and not matched by a word of the other side through typo, stem or synonym.
struct Unmatched {
  std::vector<std::string> dropped, added;
};
// A word's lemmas and the synonyms the thesaurus lists for them, looked up once per word rather
// than once per pair of words compared. `forms` points into `scratch` or into the Lexicons'
// lemma table, never at the caller's word, so an entry outlives the claim it was made for; made
// in place, never copied or moved.
struct WordEntries {
  std::vector<std::string> scratch;
  std::span<const std::string> forms;
  std::vector<std::string> solid;         // each form without its hyphens
  std::vector<std::string_view> listed;   // the synonyms of every form, sorted
};
// The answers of unmatched_content's test of one word against one word of the other side (typo,
// stem, short form, synonym, shared lemma), kept across calls: a text pairs the same words in
// claim after claim. Valid for one Lexicons; one per thread.
struct WordPairs {
  std::unordered_map<std::string, std::uint32_t> ids;
  std::unordered_map<std::uint64_t, bool> answers;  // (id << 32 | id) -> whether they match
  std::vector<std::unique_ptr<WordEntries>> entries;  // by id, looked up on first need
};
Unmatched unmatched_content(const std::vector<std::string>& dropped, const std::vector<std::string>& added,
                            const std::vector<std::string>& kept, const LanguageData& lang, const Lexicons& lex,
                            WordPairs* pairs = nullptr);

// The proper names of one side of a claim: runs of name words (lowercase, a possessive "'s"
// dropped); `acronym` marks a word written in capitals ("LDPR").
struct NameRun {
  std::vector<std::string> words;
  std::vector<bool> acronym;
};

// Name words of one side with no counterpart on the other. A word's counterpart is the same word,
// its typo, its stem, its spelling without dots ("U.S." / "US"), another romanisation of it
// ("Sergey" / "Sergei"), or a run it abbreviates ("LDPR", "Liberal Democratic Party of Russia").
// A partial mention is no change: a run that keeps one of its words loses the others ("Vicente
// Siso" -> "Siso") only when the other side gained no name word of its own.
Unmatched changed_names(const std::vector<NameRun>& a, const std::vector<NameRun>& b);

// Whether two name words are two romanisations of one name: the consonant skeletons that
// changed_names compares agree, and so do the vowels, which the systems write alike
// ("Ahmadinejad" / "Ahmadinezhad", "Dzhugashvili" / "Djugashvili"). Skeletons alike with other
// vowels are other names ("Putin" / "Patton", "Merkel" / "Markle", "Gordon" / "Gardner").
bool romanised_alike(const std::string& a, const std::string& b);

// Whether `adjective` is the adjective romanised from the place name `noun`, with one of
// `endings` (romanised_adjective_endings in conventions.tsv: "Kanayevsky" / "Kanaevka",
// "Gorodishchensky" / "Gorodische"): the noun ends in a vowel, and the adjective's skeleton less
// "sk" or "nsk" is the noun's, or the noun's less the "k" of its suffix -ka.
bool place_adjective(const std::string& adjective, const std::string& noun, const std::vector<std::string>& endings);

// Whether two words are one when `from` after a consonant, never at the start, is written `to`
// (romanised_spelling in conventions.tsv: Russian yo written e, "Oryol" / "Orel").
bool respelt(const std::string& a, const std::string& b, const std::string& from, const std::string& to);

}  // namespace claimdiff::detail
