#pragma once
// Alignment across languages: through a machine translation of the base (`--via`) or through what
// survives translation (numbers, names, cognates). Vecalign-style (Thompson & Koehn 2019): every
// bead of up to kMaxBead sentences is scored on the concatenation of its sentences, by the cosine
// of their weighted key vectors, normalised by how similar each side is to everything else, so
// that short generic sentences do not pair with whatever stands next to them.

#include <cstddef>
#include <vector>

#include "align/scorer.hpp"
#include "claimdiff/align.hpp"

namespace claimdiff::detail {

// A bead has at most this many sentences on both sides together (1-4, 2-3, 3-2, 4-1 and below).
constexpr std::size_t kMaxBead = 5;

// Beads covering every sentence of both sides exactly once, in order (no moves). Tables larger
// than `max_cells` are narrowed to a band around a chain of confident pairs. A bead with a single
// sentence on one side that holds both sentences of one of `anchors` (see number_anchors) gains
// twice the cost of a skip: the pair is worth more than leaving both its sentences unpaired,
// whatever their other words.
std::vector<Bead> align_cross_language(const Scorer& scorer, std::size_t max_cells,
                                       const std::vector<PairIds>& anchors = {});

// Pairs of sentences tied by a number (two digits or more, compared by its digits) that each
// document states once, in that one sentence: patience diff's unique anchors, by value, which
// survive translation where words do not. The longest chain of them in order on both sides.
std::vector<PairIds> number_anchors(const Document& a, const Document& b);

// A bead of the token model's refinement has at most kMaxPlainTokenBead sentences (1-5 ... 5-1,
// 2-4 ...), not counting fragments that continue the sentence before them (a sentence the
// segmenter cut inside brackets, see token_model.hpp), and never more than kMaxTokenBead.
constexpr std::size_t kMaxPlainTokenBead = 6;
constexpr std::size_t kMaxTokenBead = 7;

class TokenModel;
// The beads of the cheapest path by `model` (see token_model.hpp) within `width` sentences of
// the path of `beads` (monotone beads covering both of the model's sides, as align_cross_language gives).
std::vector<Bead> refine_with_tokens(TokenModel& model, const std::vector<Bead>& beads, std::size_t width);

// Word translations learnt from a first alignment (hunalign's realign, Moore 2002): words of `a`
// and `b` that keep landing in the same beads, added to a copy of `known` (when given).
Dictionary learn_dictionary(const Document& a, const Document& b, const std::vector<Bead>& beads,
                            const Dictionary* known);

}  // namespace claimdiff::detail
