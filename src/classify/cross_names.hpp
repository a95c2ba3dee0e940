#pragma once
// Names of one word across languages: a name the source writes that the English lacks, and a name
// the English writes that the source lacks (classify/cross_names.cpp).

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/classify.hpp"
#include "claimdiff/resources.hpp"

namespace claimdiff::detail {

// The words of one side of a claim, for the check: `names`, the names it writes, each a run of
// adjacent name words (Latin letters, lowercase, separated by spaces); `words`, all its words in
// Latin letters, lowercase; `latin`, whether its names are written in Latin letters (not
// transliterated from another script, whose romanisations vary: "Райан", "rajan", "Ryan").
struct NameWords {
  std::vector<std::string> names;
  std::vector<std::string> words;
  bool latin = true;
  std::vector<std::string> acronyms;  // English only: acronyms, which may render a name ("UK")
  std::vector<std::vector<std::string>> written;  // the words of each of `names`, as written
};

// Whether a lowercase word is one slip of the keyboard from an English word: two letters swapped
// ("Pennyslvania", "Eurpoean"), or in a long word a letter dropped, added or replaced
// ("Indipendence"). Shorter names are often one letter from a word ("Duda", "dude"), so that is
// not tried below eight letters. Only lowercase ASCII words are tried.
bool misspelt_english(const std::string& w, const LanguageData& english);

// Whether every letter of a word is Latin ("Müller", "Łódź"; not "Ханна").
bool written_in_latin(std::string_view word);

// Whether a word is spelt alike by some word of a list (the caller's spelling comparison).
using SpeltAlike = std::function<bool(const std::string& word, const std::vector<std::string>& in)>;

// An entity change (major) when the English side lacks a name of the source that nothing in it
// can render, or, against a source in Latin letters, writes a name WordNet does not know in place
// of one of the source's; nothing otherwise. `english_is_a`: which side English is, to keep before/after in the comparison's order.
// `translated`: whether an English word translates a word of the source outside its names (the
// source's dictionary says so: "belgijska", "Belgian"; "Montag", "Monday"), so that it renders no
// name.
std::optional<Change> lone_name_change(const NameWords& source, const NameWords& english, const LanguageData& english_lang,
                                       const SpeltAlike& alike, bool english_is_a,
                                       const std::function<bool(const std::string&)>& translated = {});

}  // namespace claimdiff::detail
