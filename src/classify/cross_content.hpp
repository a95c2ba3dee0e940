#pragma once
// Content checks across languages that need no word diff: a word of the source left untranslated
// in English text, and English words scrambled out of grammatical order.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/classify.hpp"
#include "claimdiff/document.hpp"
#include "claimdiff/resources.hpp"

namespace claimdiff::detail {

// Whether a lowercase English word names someone who can speak, as a noun in its first sense by
// WordNet: a person ("senator", "officials") or a body of people ("ministry", "police"; not
// "data"). False without WordNet.
bool english_someone(const std::string& key);
// Whether a lowercase word is English: a function word of `english`, a WordNet lemma or a form of
// one, or a headword of an installed FreeDict dictionary from English.
bool is_english_word(const std::string& key, const LanguageData& english);
// Whether a lowercase English word is a common word: a noun WordNet also writes in lower case, or
// a word of another part of speech only ("fleet", "northern"; not "vinson", "oliver").
bool common_english_word(const std::string& key);
// Whether WordNet writes a lowercase English word as a name too ("perry", "white", "key").
bool english_name_word(const std::string& key);
// Whether English capitalises a lowercase word by its spelling rules rather than as a name a
// translation keeps by its sound: WordNet lists it as an adjective ("russian", "white") or as a
// noun whose first sense is no place or person ("january", "sunday"). False without WordNet.
bool english_capital_not_name(const std::string& key);
// Whether WordNet lists a lowercase English word as a noun one of whose senses is a place
// ("israel", "zealand"): such names have exonyms of their own in other languages ("भारत",
// "India"). False without WordNet.
bool english_place(const std::string& key);
// Whether the installed FreeDict dictionary from `language` into English lists a word, as written
// or as an inflection of a headword (up to three final letters dropped); false without one.
bool source_dictionary_lists(std::string_view word, const std::string& language);
// Whether the installed FreeDict dictionary from `language` into English lists a word as written,
// as an inflection (source_dictionary_lists) or with another ending ("Afryce", "afryka"); true
// without such a dictionary, which cannot tell.
bool source_dictionary_knows(std::string_view word, const std::string& language);
// Whether WordNet was found (without it, is_english_word knows function words and FreeDict only).
bool english_lexicon_ready();

// Appends to `changes` the content changes of one bead across languages: sentences `a_ids` of `a`
// (language `la`) against sentences `b_ids` of `b` (language `lb`). Checks only an English side;
// adds nothing when neither side is English.
void append_content_changes(std::vector<Change>& changes, const Document& a, const std::vector<std::uint32_t>& a_ids,
                            const Document& b, const std::vector<std::uint32_t>& b_ids, const LanguageData& la,
                            const LanguageData& lb);

// Whether a name of English text (lowercase words separated by spaces: "swedish championship",
// "south africa's") says what it names in English words, so a translation renders it word by word
// rather than copying it: a relational adjective (a WordNet pertainym: "czech") or one of
// `english.place_adjectives` before a common noun, another adjective before a common noun when
// WordNet lists the whole as neither place nor person ("black death"), any adjective before such a
// name ("former prime minister"), or a place WordNet lists whole after an adjective of
// `english.place_adjectives`. False without WordNet.
bool descriptive_english_name(const std::string& name, const LanguageData& english);

// Whether a name of English text (as for descriptive_english_name) is made of words WordNet writes
// only as common words, never as a name ("world heritage sites", "golden dawn"). False without
// WordNet.
bool common_words_name(const std::string& name);

// Whether the words of a source sentence (`source_words`, as written, in `source_lang`) other than
// its function words render a word of such a name: hold it, or a translation of it by an
// installed FreeDict dictionary either way ("Morgenröte" for "dawn"). False when no dictionary
// between the two languages is installed.
bool renders_a_word_of(const std::string& name, const std::vector<std::string>& source_words, const LanguageData& source_lang);

// The English words (and their lemmas, sorted) by which the installed FreeDict dictionary from
// `language` into English translates `source_words` (as written), each looked up as an inflection
// of a headword ("Afryce": "afryka": "africa"). Empty without such a dictionary.
std::vector<std::string> dictionary_translations(const std::vector<std::string>& source_words, const std::string& language);
// Whether the installed FreeDict dictionary from `language` into English translates a word (as
// written, read as in dictionary_translations) by an English word WordNet writes only as a name
// ("Spanien": "Spain"; "Moscú": "Moscow"; not "Ville": "city"). False without such a dictionary.
bool dictionary_name(const std::string& word, const std::string& language);
// Whether a word of an English name (lowercase words separated by spaces), or its lemma, is one of
// `translations` (from dictionary_translations): "Afryce Zachodniej" renders "West Africa".
bool renders_name(const std::string& name, const std::vector<std::string>& translations);

// Whether a dictionary from `language` into English is installed (dictionary_translations can tell).
bool source_dictionary_ready(const std::string& language);
// Whether a word of the English `name` (lowercase words), or its lemma, or an adjective derived
// from it by a short suffix ("western", "West"), is one of `translations`.
bool renders_translation(const std::string& name, const std::vector<std::string>& translations);
// Which of the English `names` render a source name: the dictionary from the source language into
// English must translate EVERY content word of `source_words` (as written; the language's
// function words aside) by a word of one of them ("Deklaracji Niepodległości": "Declaration",
// "Independence"; "Afryce Zachodniej": "West Africa"). Nothing when one word is left
// untranslated ("Morze Czarne" against "Black Lives Matter": "sea" is in neither), or without a
// content word. The indices into `names`, each once.
std::optional<std::vector<std::size_t>> rendering_names(const std::vector<std::string>& source_words, const std::vector<std::string>& names,
                                                        const LanguageData& source_lang);

// Whether a lowercase English word negates by a prefix of `english.negative_prefixes` put before
// an adjective ("incorrect", "non-serious", "unknown"): a translation may render a negator so.
// False without WordNet.
bool negated_by_prefix(const std::string& word, const LanguageData& english);

}  // namespace claimdiff::detail
