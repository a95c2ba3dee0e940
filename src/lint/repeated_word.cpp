// repeated-word: the same word twice in a row inside one sentence ("the the").
//
// Left alone: numbers and number words ("thousand thousand"); pairs both capitalised, which are
// names ("Bora Bora", "Sirhan Sirhan"; "The the" is still found); repeats across a sentence
// boundary or a blank line; the repeats a language's grammar makes, listed in its
// data/lang/<code>/repeatable.txt ("had had", "that that", "go in in the midst"; German "die die",
// French "nous nous"); a verb repeated after a relative pronoun of relatives.txt, which ends
// the relative clause ("they that sleep sleep", "those who voted voted"); and in English a word
// WordNet lists doubled as one lemma, hyphenated or spaced ("ylang ylang", "so so", "chow chow"):
// a reduplicated compound written open, unless the single word is in ordinary use and the doubled
// one is not ("now now", "put put": a slip).

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/resources.hpp"
#include "claimdiff/text.hpp"
#include "lint/rules.hpp"
#include "lint/text.hpp"
#include "resources/mapped_file.hpp"
#include "resources/sorted_lines.hpp"

namespace claimdiff::detail {
namespace {

bool blank_line_between(std::string_view text, std::size_t from, std::size_t to) {
  const std::size_t nl = text.substr(from, to - from).find('\n');
  return nl != std::string_view::npos &&
         text.substr(from, to - from).find('\n', nl + 1) != std::string_view::npos;
}

bool only_space(std::string_view gap) {
  if (gap.empty()) return false;
  for (std::size_t i = 0; i < gap.size();) {
    std::size_t next = i;
    if (!is_space(decode_at(gap, i, &next))) return false;
    i = next;
  }
  return true;
}

// WordNet's lemma indexes, mapped on first use and kept for the process (the files do not change
// while it runs); a look-up is a binary search of each. Not ok() when WordNet is not installed.
const std::array<std::unique_ptr<MappedFile>, 4>& wordnet_indexes() {
  static const auto indexes = [] {
    std::array<std::unique_ptr<MappedFile>, 4> out;
    const std::string dir = find_wordnet();
    std::size_t i = 0;
    for (const char* pos : {"noun", "verb", "adj", "adv"}) out[i++] = std::make_unique<MappedFile>(dir + "/index." + pos);
    return out;
  }();
  return indexes;
}

// How many of a WordNet index line's senses the sense-tagged corpus attests ("now r 7 0 7 5 ...":
// 5), the sum over the four indexes of `lemma`'s lines; -1 when no index lists it.
int tagged_senses(const std::string& lemma) {
  int total = -1;
  for (const auto& index : wordnet_indexes()) {
    if (!index->ok()) continue;
    const auto line = sorted_line(index->text(), lemma, ' ');
    if (!line) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol x p_cnt] sense_cnt tagsense_cnt offset...
    std::vector<std::string_view> f;
    for (std::size_t i = 0; i < line->size();) {
      const std::size_t space = std::min(line->find(' ', i), line->size());
      if (space > i) f.push_back(line->substr(i, space - i));
      i = space + 1;
    }
    const std::size_t pointers = f.size() > 3 ? std::strtoul(std::string(f[3]).c_str(), nullptr, 10) : 0;
    const std::size_t at = 4 + pointers + 1;
    total = std::max(total, 0) + (at < f.size() ? std::atoi(std::string(f[at]).c_str()) : 0);
  }
  return total;
}

// Whether lowercase `word` written twice is the compound WordNet lists doubled ("ylang-ylang",
// "so-so", "chow_chow") rather than a slip: the doubled lemma is attested in use by itself, or the
// single word is not (no sense of "ylang", "chow" is attested). A word in ordinary use whose
// doubled lemma is not attested ("now now", "put put") is a slip.
bool reduplicated_lemma(const std::string& word) {
  for (const char joint : {'-', '_'}) {
    const int doubled = tagged_senses(word + joint + word);
    if (doubled < 0) continue;
    return doubled > 0 || tagged_senses(word) <= 0;
  }
  return false;
}

}  // namespace

void lint_repeated_words(const Document& doc, std::size_t version, const LanguageData& lang,
                         std::vector<Finding>& out) {
  for (const Sentence& s : doc.sentences) {
    for (std::size_t i = 1; i < s.tokens.size(); ++i) {
      const Token& a = s.tokens[i - 1];
      const Token& b = s.tokens[i];
      if (a.kind != TokenKind::Word || b.kind != TokenKind::Word || a.key != b.key) continue;
      const std::string_view gap = doc.slice(a.end, b.start);
      if (!only_space(gap) || blank_line_between(doc.text, a.end, b.start)) continue;

      const std::string_view first = doc.token_text(a);
      const std::string_view second = doc.token_text(b);
      const std::string word = comparison_key(first);
      if (lang.numbers.count(word) != 0) continue;
      if (starts_upper(first) && starts_upper(second)) continue;
      if (lang.repeatable.count(word) != 0) continue;
      if (i >= 2 && s.tokens[i - 2].kind == TokenKind::Word &&
          lang.relatives.count(comparison_key(doc.token_text(s.tokens[i - 2]))) != 0) {
        continue;
      }
      if ((lang.code.empty() ? doc.language : lang.code) == "en" && reduplicated_lemma(word)) continue;
      if (!full(out)) out.push_back(make_finding(
          doc, version, "repeated-word", kMinor, a.start, b.end, std::string(first),
          "The word \xE2\x80\x9C" + std::string(second) + "\xE2\x80\x9D is repeated."));
    }
  }
}

}  // namespace claimdiff::detail
