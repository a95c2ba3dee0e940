#pragma once
// A word-level model of a bead, for refining an alignment across languages: through a
// machine translation of the base (a via translation, `--via`), where both sides are in the same language and a word's
// partner is itself or a spelling of it, or through a bilingual dictionary (given, or learnt
// from a first alignment), whose translations are partners too.
//
// Bags of words (the first pass) judge a bead by how much its two sides share, and cannot tell
// two faithful 1-1 pairs from a 2-2 bead whose second clause crossed the sentence boundary: the
// shared words are the same. Here every word of each side asks where, in the other side of the
// bead, its translation is (IBM Model 1 with fast_align's diagonal prior; Brown et al. 1993, Dyer
// et al. 2013). A word whose partner sits across a bead boundary is unexplained, so crossings
// pull sentences together; a word whose partner is at the same relative place in a merged bead
// is explained as well as in the split one, so merging costs little, and a small price per
// sentence beyond 1-1 keeps faithful pairs apart.
//
// Two more kinds of evidence: a thesaurus of the other version's language (synonyms are weak
// partners: the via's "déclin" for the translator's "descente"), and sentences cut inside
// brackets ("... (Himalayan Club:" then "Sherpa-Liste Nr. 57) ..."), which join the sentence
// they continue freely and make a bead boundary between them costly.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "claimdiff/align.hpp"
#include "claimdiff/document.hpp"
#include "claimdiff/resources.hpp"

namespace claimdiff::detail {

// Character 4-gram Dice at or above which two words are two spellings of one (a case ending, an
// accent, a romanisation: "Дегтярев" -> "degtarev" / "Degtyarev").
inline constexpr double kMinDice = 0.5;

// The distinct character 4-grams of a word with boundary marks ("^deg", ..., "rev$"), hashed and
// sorted; none for words under three characters, which only match exactly.
std::vector<std::uint64_t> grams_of(const std::string& key);

class TokenModel {
 public:
  // `a` is the via translation (or the base) and `b` the other version. With `dictionary` (from a's
  // language to b's), its pairs also count as translations; with `synonyms` (a thesaurus of b's
  // language, with a via translation), its pairs count as weak partners.
  TokenModel(const Document& a, const Document& b, const Dictionary* dictionary = nullptr,
             const Dictionary* synonyms = nullptr);

  // Marks the sentences of a that continue the one before in `original` too (the text a via
  // translates, line for line: its punctuation says where its splitter cut, whatever the
  // translation made of it).
  void add_cuts_of_a(const Document& original);

  // The sentences the path being refined left unpaired: only a bead holding one of them can be
  // priced as two unrelated sentences (see cost()). A sentence that path paired keeps the word
  // cost alone, since the evidence that paired it (a dictionary's translations in the bags) may
  // be evidence this model does not see.
  void note_unpaired(const std::vector<Bead>& beads);

  // Word matches of the pairs (i, j) with j in [lo[i], hi[i]) (one entry per sentence of a).
  void prepare(const std::vector<std::size_t>& lo, const std::vector<std::size_t>& hi);

  // Working memory of cost(): one per thread.
  struct Scratch {
    std::vector<double> explained_a, explained_b;
    std::vector<std::uint32_t> touched_a, touched_b;
  };

  // Cost of the bead of a[a0, a0+k) and b[b0, b0+l) (both non-empty, k + l at most
  // kMaxTokenBead): the negated log-likelihood ratio of its words against chance, plus a length
  // and a bead-size prior. Pairs outside the prepared ranges count as sharing no word.
  double cost(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l, Scratch& scratch) const;
  // Cost of leaving sentence `index` of a (or of b) unpaired.
  double skip_cost(bool side_a, std::size_t index) const;

  std::size_t size_a() const { return words_a_.size(); }
  std::size_t size_b() const { return words_b_.size(); }

 private:
  struct Match {
    std::uint16_t p, q;  // token positions in the sentence of a and of b (the first 65,536 words)
    float sim;
  };
  std::size_t pair_index(std::size_t i, std::size_t j) const { return row_[i] + (j - lo_[i]); }

  std::vector<std::vector<std::uint32_t>> words_a_, words_b_;  // vocabulary ids, in text order
  std::vector<std::uint32_t> numbers_a_, numbers_b_;           // per sentence: numbers among them
  std::vector<float> chance_a_, chance_b_;                      // per vocabulary id
  std::vector<std::uint8_t> stray_a_, stray_b_;  // per sentence: punctuation alone
  std::vector<std::uint8_t> continues_a_, continues_b_;  // per sentence: continues the one before
  std::vector<std::uint8_t> number_;                     // per vocabulary id: a number
  // For each vocabulary id seen in a: the ids seen in b that translate it, with a strength.
  std::vector<std::vector<std::pair<std::uint32_t, float>>> partners_;
  double ratio_ = 1;  // tokens of b per token of a
  std::vector<double> chars_a_, chars_b_;  // bytes per sentence (as the bags measure length), for the length test
  double char_ratio_ = 1;                  // bytes of b per byte of a
  std::vector<std::uint8_t> unpaired_a_, unpaired_b_;  // per sentence: the refined path left it unpaired
  std::vector<std::size_t> lo_, hi_, row_;
  std::vector<std::size_t> first_;  // per prepared pair: offset into matches_ (one past the end too)
  std::vector<Match> matches_;
};

}  // namespace claimdiff::detail
