#pragma once
// Pairing from structure: a sentence dropped and another added in the same place, between two
// paired neighbours, is one sentence reworded unless something says otherwise (Gale & Church
// 1993 and hunalign pair such gaps by position and length alone). Run after the move stage, so a
// sentence that moved is never taken as the rewording of whatever replaced it.

#include <vector>

#include "claimdiff/align.hpp"
#include "claimdiff/document.hpp"

namespace claimdiff::detail {

// Turns runs of one-sided beads that fill a gap between paired neighbours (the document's start
// and end count as paired) into beads: 1-1 in order when both sides have as many sentences and
// each pair has evidence; otherwise the run, first together with its reworded 1-1 neighbours
// (kept unless re-formed with evidence, and never left unpaired), then alone, is split by Gale &
// Church's programme over 1-1, 1-0, 0-1, 2-1 and 1-2 beads (shape priors, length tail, shared
// character 4-grams above chance). Evidence for a pair in order: its two sides share more
// character 4-grams with each other than either shares with any other sentence within
// kStructureWindow of it, or their lengths fit (Gale-Church delta within two standard deviations,
// the variance estimated from the document's own reworded 1-1 beads, the ratio from its paired
// beads) and their numbers agree. Evidence for a bead of the programme: each of its sentences on
// its own shares more 4-grams with the other side than any sentence nearby outside the bead does,
// and more than chance (the 90th percentile Dice of far-apart sentence pairs of the document). A pair
// without evidence leaves its sentences alone. A moved bead inside a run keeps its place and
// takes no part. Beads made carry `structural` and no similarity (the caller scores them).
void pair_by_structure(const Document& a, const Document& b, std::vector<Bead>& beads);

// Gale & Church's (1993) delta: how many standard deviations `lb` characters lie from `ratio`
// times `la`, with `variance` per character.
double gale_church_delta(double la, double lb, double ratio, double variance);

// Gale & Church's (1993) length test with their variance (6.8 per character): a sentence of `la`
// characters and one of `lb` fit when lb is within two standard deviations of `ratio` times la,
// `ratio` being the documents' length ratio.
bool lengths_fit(double la, double lb, double ratio);

// How far (in sentences) the comparison for "shares more with its partner than with anything
// nearby" looks either side.
constexpr std::size_t kStructureWindow = 10;

}  // namespace claimdiff::detail
