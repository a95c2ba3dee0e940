#pragma once
// Alignment across languages: through a machine translation of the base (`--via`) or through what
// survives translation (numbers, names, cognates). Vecalign-style (Thompson & Koehn 2019): every
// bead of up to kMaxBead sentences is scored on the concatenation of its sentences, by the cosine
// of their weighted key vectors, normalised by how similar each side is to everything else, so
// that short generic sentences do not pair with whatever stands next to them.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "align/scorer.hpp"
#include "claimdiff/align.hpp"

namespace claimdiff::detail {

// A bead has at most this many sentences on both sides together (1-4, 2-3, 3-2, 4-1 and below).
constexpr std::size_t kMaxBead = 5;

// Per sentence of each document: 1 when its names point to another story (foreign_names), and
// how many numbers of two digits or more it writes (digit_numbers).
struct ForeignNames {
  std::vector<std::uint8_t> a, b;
  std::vector<std::uint8_t> numbers_a, numbers_b;
};

// Beads covering every sentence of both sides exactly once, in order (no moves). Tables larger
// than `max_cells` are narrowed to a band around a chain of confident pairs. A bead with a single
// sentence on one side that holds both sentences of one of `anchors` (see number_anchors) gains
// twice the cost of a skip: the pair is worth more than leaving both its sentences unpaired,
// whatever their other words. `foreign` (optional) marks sentences whose names point to another
// story and counts their numbers: evidence against pairing a sentence whose words show nothing.
std::vector<Bead> align_cross_language(const Scorer& scorer, std::size_t max_cells,
                                       const std::vector<PairIds>& anchors = {},
                                       const ForeignNames* foreign = nullptr);

// Pairs of sentences tied by a number (two digits or more, compared by its digits) that each
// document states once, in that one sentence: patience diff's unique anchors, by value, which
// survive translation where words do not. The longest chain of them in order on both sides.
std::vector<PairIds> number_anchors(const Document& a, const Document& b);

// Per sentence of each document: 1 when its names point to another story, a sentence of it that
// the other document cannot hold (an added line from another article, a dropped one). Only
// across scripts: in one script the bags' n-grams already count a name without a counterpart
// against its sentence. A name is a capitalised word that is not its sentence's first word nor an
// acronym (a translation spells "МЧС" out), in a language that does not capitalise every noun
// (`names_a`, `names_b`). It is found when a word of the other document, any case, begins with the
// same sounds (sound_key: its first four, or three for a word of three). A sentence points away
// when it has names and none of them is found.
ForeignNames foreign_names(const Document& a, const Document& b, bool names_a, bool names_b);

// Per sentence: how many numbers of two digits or more (of any script) it writes, at most 255.
std::vector<std::uint8_t> digit_numbers(const Document& doc);

// A word in Latin letters (lower case, as transliteration_key gives it) reduced to how it sounds,
// so that a romanisation and a language's own spelling of one name meet: digraphs to one letter
// ("kh", "zh", "ch", "sh", "ts", "ph"), "x" to "ks", "c", "q" and "h" to "k", "w" to "v", "y"
// and "j" to "i" ("y" or "j" before a vowel dropped), anything but a-z dropped, then its first
// letter and the consonants after it, each run once: vowels are where romanisations and case
// endings differ most ("Mexico" / "Мексику": "mksk"; "Tsirkon" / "Циркон": "krkn"; "Texas" /
// "Техас": "tks").
std::string sound_key(const std::string& latin);

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
// and `b` that keep landing in the same beads, added to `known` (taken by value: a caller done
// with its dictionary moves it in rather than have it copied, entry by entry, per pair).
Dictionary learn_dictionary(const Document& a, const Document& b, const std::vector<Bead>& beads,
                            Dictionary known = {});

}  // namespace claimdiff::detail
