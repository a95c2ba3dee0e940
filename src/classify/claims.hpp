#pragma once
// The pieces of classify() shared by its files: the facts every chunk of a comparison shares, the
// severity and kind of a claim, and the two classifiers (same language, across languages).

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimdiff/classify.hpp"
#include "classify/word_relations.hpp"

namespace claimdiff::detail {

// Document-wide facts some blocks need, worked out once the first time one does and shared by
// the classifiers of every chunk of a comparison (chunks run on several threads).
struct QuoteState {
  int depth = 0;
  bool open = false;
};

// Where each pair of bytes that begins with an ASCII capital occurs in a text, grouped by the
// pair: a name is looked for at the few places its first two letters occur rather than through
// the whole text. One entry per capital letter (4 bytes each), built in two passes.
class CapitalPairs {
 public:
  explicit CapitalPairs(std::string_view text);
  // Whether `needle` occurs in the text, as text.find(needle) would say.
  bool contains(std::string_view needle) const;

 private:
  std::string_view text_;
  std::vector<std::uint32_t> first_;  // per pair, where its offsets begin in at_ (26 * 256 + 1)
  std::vector<std::uint32_t> at_;     // byte offsets, grouped by pair, ascending in each group
};

struct SharedFacts {
  std::once_flag names_once, quotes_a_once, quotes_b_once, pairs_a_once, pairs_b_once;
  // Lower-case words written capitalised somewhere other than at a sentence start.
  std::unordered_set<std::string> names;
  // The capitalised words of each document: what each names.
  std::unordered_set<std::string> named_a, named_b;
  // Per document, the capitalised words written next to each capitalised word ("jamie" and
  // "britney" beside "spears"), and the words written both alone and inside such a run in one
  // sentence ("Paris Hilton opened a hotel in Paris"): what tells a name shared by two.
  std::unordered_map<std::string, std::unordered_set<std::string>> beside_a, beside_b;
  std::unordered_set<std::string> alone_a, alone_b;
  // Quote state at the start of each sentence of each document.
  std::vector<QuoteState> quotes_a, quotes_b;
  // The capital pairs of each document, for the names looked for in all of it.
  std::optional<CapitalPairs> pairs_a, pairs_b;
};

// The highest severity among `changes` (None when there are none).
Severity claim_severity(const std::vector<Change>& changes);

// Whether --ignore folds a change of this type into equality.
bool ignorable(const Change& change, const ClassifyOptions& options);

// The kind of a claim that pairs sentences on both sides: moved, split (1-2), merged (2-1),
// else equal or reworded as its changes say.
ClaimKind claim_kind(const Bead& bead, bool has_changes);

// The claims of beads [from, to) of a same-language comparison, in order.
std::vector<Claim> classify_range(const Document& base, const Document& other, const std::vector<Bead>& beads,
                                  std::size_t from, std::size_t to, const LanguageData& lang,
                                  const ClassifyOptions& options, SharedFacts& shared, const Lexicons& lex);

// The synonyms and opposites of the compared language: given in the options, else the installed
// MyThes thesaurus (only the words of the two documents and their lemmas) and, for English,
// WordNet's antonyms.
Lexicons lexicons_for(const Document& a, const Document& b, const std::vector<Bead>& beads, const LanguageData& lang,
                      const ClassifyOptions& options);

// The claims of a comparison across languages, where no word diff is possible.
// `base_values` and `other_values` (either may be null) are the values of each side's sentences.
std::vector<Claim> classify_across(const Document& base, const Document& other, const std::vector<Bead>& beads,
                                   const LanguageData& base_lang, const LanguageData& other_lang,
                                   const SentenceValues* base_values, const SentenceValues* other_values);

}  // namespace claimdiff::detail
