// repeated-word: the same word twice in a row inside one sentence ("the the").
//
// Left alone: numbers and number words ("thousand thousand"); pairs both capitalised, which are
// names ("Bora Bora", "Sirhan Sirhan"; "The the" is still found); repeats across a sentence
// boundary or a blank line; the repeats a language's grammar makes, listed in its
// data/lang/<code>/repeatable.txt ("had had", "that that", "go in in the midst"; German "die die",
// French "nous nous"); a verb repeated after a relative pronoun of relatives.txt, which ends
// the relative clause ("they that sleep sleep", "those who voted voted"); and in English a word
// WordNet lists doubled as one lemma, hyphenated or spaced ("ylang ylang", "so so", "chow chow"):
// a reduplicated compound written open.

#include <array>
#include <memory>
#include <string>
#include <string_view>

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

// Whether WordNet lists lowercase `word` doubled as one lemma: "ylang-ylang", "chow_chow".
bool reduplicated_lemma(const std::string& word) {
  for (const char joint : {'-', '_'}) {
    const std::string lemma = word + joint + word;
    for (const auto& index : wordnet_indexes()) {
      if (index->ok() && sorted_lines_hold(index->text(), lemma, ' ')) return true;
    }
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
