#pragma once
// align: pair the sentences of two documents into beads.
//
// Stage 1, exact anchors: sentences unique and equal in both versions (patience diff: longest
// increasing subsequence), then dtl's SES over sentence hashes inside the gaps between anchors.
// Stage 2, inside each remaining gap: a dynamic programme over 1-0, 0-1, 1-1, 1-2 and 2-1
// beads scored by lexical similarity; large gaps are narrowed to a band around candidate pairs
// found through an inverted index of rare tokens, never a full table over the whole document.
// Stage 3, moves: removed and added sentences paired globally when similar enough.
// Stage 4 (monolingual), structure: a gap left unpaired between paired neighbours is paired in
// order when both sides have as many sentences, else split by Gale & Church's programme (length,
// bead shape, shared character 4-grams), with its reworded 1-1 neighbours when a sentence left
// alone is the rest of their 2-1 bead. A pair made in order needs its sentences to share more with
// each other than with their surroundings, or lengths that fit and numbers that agree; a bead the
// programme makes needs each of its sentences to share more with the rest of the bead than with
// its surroundings and more than two unrelated sentences of the document do (length alone is no
// evidence there: the programme chose the bead for its length).
//
// Across languages (`cross_language`, or a `via` translation) stages 1 and 2 give way to one
// dynamic programme over beads of up to five sentences (1-4 ... 4-1), each scored on the
// concatenation of its sentences (Vecalign, Thompson & Koehn 2019; Bertalign's summed-similarity
// objective), run twice: the second pass also counts word translations learnt from the first.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "claimdiff/document.hpp"
#include "claimdiff/resources.hpp"

namespace claimdiff {

struct SentenceValues;  // the values each sentence states (read once, see compare())

struct Bead {
  std::vector<std::uint32_t> base;   // sentence ids, ascending and contiguous
  std::vector<std::uint32_t> other;
  double similarity = 0;  // 1 for exact anchors, 0 when one side is empty
  bool moved = false;     // paired by the move stage, out of the monotone order
  bool exact = false;     // equal after normalisation (anchor)
  // Paired by position and length between paired neighbours, not by shared words (monolingual,
  // see pair_by_structure): its similarity may be below any threshold and it is still a pair.
  bool structural = false;
};

struct AlignOptions {
  // Beads below this similarity are not worth pairing: their sentences become 1-0 and 0-1.
  double threshold = 0.3;
  // Removed and added sentences are paired as a move at or above this similarity.
  double move_threshold = 0.5;
  // Gaps whose full table would exceed this many cells are aligned inside a band.
  std::size_t max_cells = 250'000;
  // Optional translation of `base` into `other`'s language, one unit per base sentence, used
  // instead of base's own text when scoring similarity.
  const Document* via = nullptr;
  // The two documents are in different languages (align_versions() sets it from theirs). Without
  // `via`, similarity comes from what survives translation (numbers, names, cognates through
  // character 4-grams) and a length prior, not from shared words.
  bool cross_language = false;
  // With cross_language: a bilingual dictionary from base's language to other's; the
  // translations of base's words count as base's words.
  const Dictionary* dictionary = nullptr;
  // With cross_language and no `dictionary`: the installed FreeDict dictionary from base's
  // language into other's (find_dictionary), when there is one, read for base's words only.
  // When there is none, or it gives none of base's words, the one from other's language into
  // base's, read backwards (its one-word translations as headwords, met by stem with
  // base_language's endings), if its compressed data is at most 256 KB: backwards, the database
  // is read whole, and FreeDict's large ones would cost seconds a pair (freedict-jpn-eng, 9 MB).
  // It is optional: one that cannot be read (missing or damaged data, bad index lines) is not used.
  bool installed_dictionary = true;
  // Where installed_dictionary looks for FreeDict databases.
  std::string dictionary_directory = "/usr/share/dictd";
  // With cross_language: each version's language data, so that the values its sentences state
  // in words ("двух", "10 тысяч") count as the numbers the other writes in digits. Null: digits only.
  const LanguageData* base_language = nullptr;
  const LanguageData* other_language = nullptr;
  // With those: each version's sentences' values already read (by sentence index), or null to
  // read them here.
  const SentenceValues* base_values = nullptr;
  const SentenceValues* other_values = nullptr;
  // With via: the path of a thesaurus of other's language (a MyThes file, see read_thesaurus,
  // read for the words via and other use); a synonym of a via word in the other
  // version is weak evidence that the two sentences match. Empty: none.
  std::string thesaurus;
};

// Beads covering every sentence of both documents exactly once: the monotone path in order, with
// moved beads placed where their `other` sentence stands.
std::vector<Bead> align(const Document& base, const Document& other, const AlignOptions& options = {});

}  // namespace claimdiff
