#pragma once
// Lexical similarity between sentences of two documents, for the aligner.
//
// Each sentence is a bag of word and number keys weighted by inverse document frequency over both
// versions; similarity is the weighted Dice coefficient of two bags (or of the union of a few
// adjacent sentences). Candidate pairs come from an inverted index of each sentence's rarest keys,
// so nothing compares every sentence with every other.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "claimdiff/document.hpp"
#include "claimdiff/resources.hpp"
#include "segment/values.hpp"

namespace claimdiff::detail {

struct Bag {
  std::vector<std::uint64_t> keys;  // sorted, unique
  std::vector<float> weights;       // parallel to keys
  double total = 0;
};

// Sum of combine(weight in x, weight in y) over the keys two bags share (a merge of their sorted
// keys).
template <typename Combine>
double sum_shared(const Bag& x, const Bag& y, const Combine& combine) {
  double sum = 0;
  std::size_t i = 0, j = 0;
  // The side with the smaller key steps (both on a match) without a branch on which: two
  // sentences share few keys, so that branch would be a coin toss at every step.
  const std::uint64_t *xk = x.keys.data(), *yk = y.keys.data();
  const std::size_t nx = x.keys.size(), ny = y.keys.size();
  while (i < nx && j < ny) {
    const std::uint64_t a = xk[i], b = yk[j];
    if (a == b) sum += combine(x.weights[i], y.weights[j]);
    i += a <= b;
    j += b <= a;
  }
  return sum;
}

// Indices of a longest strictly increasing subsequence of `values` (patience sorting).
std::vector<std::size_t> longest_increasing(const std::vector<std::size_t>& values);

struct PairIds {
  std::size_t a, b;
};

class Scorer {
 public:
  // With `ngrams`, bags also hold character 4-grams of each word, so that inflections, OCR noise
  // and cognates still match (used across languages and with a via translation, where words rarely agree
  // exactly); with `length_prior`, beads whose sides differ much in length lose similarity.
  // With `dictionary`, the translations of a's words join a's bags. With `ngrams` and a side's
  // language data, the values it states (number words, scales, dates) join its bags as numbers.
  // `values_a` and `values_b`, when given, are the values of each side's sentences already read.
  Scorer(const Document& a, const Document& b, bool ngrams = false, bool length_prior = false,
         const Dictionary* dictionary = nullptr, const LanguageData* lang_a = nullptr,
         const LanguageData* lang_b = nullptr, const SentenceValues* values_a = nullptr,
         const SentenceValues* values_b = nullptr);
  // The pair `first` scores, scored again with `dictionary`'s translations of a's words in place
  // of its own: each sentence's other keys are taken from `first`, not worked out again (across
  // languages a pair is scored twice, the second time with the translations the first revealed).
  Scorer(const Scorer& first, const Dictionary* dictionary);

  double shared(std::size_t a, std::size_t b) const;
  // Shared weight of the union of base sentences a and a+1 with other sentence b (a key counts
  // once however many of the sentences hold it), and the mirror case.
  double shared_two_a(std::size_t a, std::size_t b) const;
  double shared_two_b(std::size_t a, std::size_t b) const;
  // Total weight of the union of two adjacent sentences.
  double total_two_a(std::size_t a) const { return a_[a].total + a_[a + 1].total - self_a_[a]; }
  double total_two_b(std::size_t b) const { return b_[b].total + b_[b + 1].total - self_b_[b]; }
  double total_a(std::size_t a) const { return a_[a].total; }
  double total_b(std::size_t b) const { return b_[b].total; }
  std::size_t size_a() const { return a_.size(); }
  std::size_t size_b() const { return b_.size(); }
  const Bag& bag_a(std::size_t a) const { return a_[a]; }
  const Bag& bag_b(std::size_t b) const { return b_[b]; }
  // Characters of a sentence, for length priors.
  double length_a(std::size_t a) const { return len_a_[a]; }
  double length_b(std::size_t b) const { return len_b_[b]; }
  // Hook for priors on a bead of `k` base sentences from `a` and `l` others from `b`.
  double adjust(double sim, std::size_t a, std::size_t k, std::size_t b, std::size_t l) const;
  // Shared and total weight of the unions of a[a0, a0+k) and b[b0, b0+l).
  std::pair<double, double> union_weights(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) const;
  // Exact weighted Dice of the unions of the given sentences.
  double similarity(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) const;

  struct Candidate {
    std::size_t a, b;
    double similarity;
  };
  // Pairs (a in `as`, b in `bs`) sharing a rare key, with similarity >= `min_similarity`.
  std::vector<Candidate> similar_pairs(const std::vector<std::size_t>& as,
                                       const std::vector<std::size_t>& bs, double min_similarity) const;
  // Pairs (a in `as`, b in `bs`) that share more with each other than either shares with any
  // other sentence of the other document: the cosine of their weighted keys, counting only keys
  // rare on the other side (the bound similar_pairs' index uses), is positive and above a's cosine
  // with every other sentence of b and b's with every other sentence of a. `similarity` is
  // that cosine. Cost: the postings of those keys, never all pairs.
  std::vector<Candidate> mutual_best_pairs(const std::vector<std::size_t>& as, const std::vector<std::size_t>& bs) const;
  // A monotone chain of confident pairs inside [a0, a1) x [b0, b1), for banding a large gap.
  std::vector<PairIds> candidate_chain(std::size_t a0, std::size_t a1, std::size_t b0,
                                              std::size_t b1, double min_similarity) const;

 private:
  std::vector<std::uint64_t> rarest(const Bag& bag, std::size_t count) const;
  // Weighs every key by its inverse document frequency and sums each bag's weight.
  void weigh();

  std::vector<Bag> a_, b_;
  // With n-grams: a's document, and each of its sentences' keys before translations join them
  // (unsorted), for a second scoring (b's bags hold no translations).
  const Document* doc_a_ = nullptr;
  std::vector<std::vector<std::uint64_t>> plain_a_;
  std::vector<double> self_a_, self_b_;  // weight shared by each sentence and the next
  std::vector<double> len_a_, len_b_;    // characters per sentence, for the length prior
  bool length_prior_ = false;
};

}  // namespace claimdiff::detail
