#pragma once
// The dynamic programme every alignment pass shares (Gale & Church 1993): the cheapest monotone
// path of beads from (0, 0) to (n, m) of a table whose rows are base sentences and columns other
// sentences, a step of shape k-l being the bead of the k and l sentences it covers. Each pass
// brings its own bead shapes and prices; the table is narrowed to a band so that its cost grows
// with the document's length, not its square.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "align/scorer.hpp"
#include "claimdiff/align.hpp"

namespace claimdiff::detail {

// A bead shape: k base sentences and l other ones (one of them may be 0: a sentence unpaired).
struct Move {
  std::uint8_t k, l;
};

// 1-0, 0-1 and every k-l shape with k + l <= max_total, k ascending then l.
std::vector<Move> make_moves(std::size_t max_total);

// The bead of one sentence alone, of the base side or of the other.
Bead one_sided(bool base_side, std::size_t id);

// The cells [lo[row], hi[row]] of each row 0..n of the table, stored row after row.
struct Band {
  std::vector<std::size_t> lo, hi, offset;  // offset[row]: index of (row, lo[row]); offset[n+1]: cells

  std::size_t rows() const { return lo.size(); }
  std::size_t cells() const { return offset.back(); }
  std::size_t index(std::size_t row, std::size_t col) const { return offset[row] + (col - lo[row]); }
  bool inside(std::size_t row, std::size_t col) const { return col >= lo[row] && col <= hi[row]; }
};

// The band of given bounds (monotone, with both corners inside).
Band make_band(std::vector<std::size_t> lo, std::vector<std::size_t> hi);

// The whole table of rows 0..n and columns 0..m.
Band whole_table(std::size_t n, std::size_t m);

// The band that follows the polyline from (0, 0) through the pairs of `chain` (ids relative to
// the table, each taken at its cell's centre) to (n, m), as wide as `max_cells` allows (16 to 512
// columns either side); with an empty chain, the diagonal.
Band band_along(const std::vector<PairIds>& chain, std::size_t n, std::size_t m, std::size_t max_cells);

// Every cell within `width` sentences (both ways) of a corner of the path of `beads` (monotone,
// covering both sides), so that a run of unpaired sentences widens it as much as a diagonal.
Band band_around_path(const std::vector<Bead>& beads, std::size_t n, std::size_t m, std::size_t width);

// How a cell picks among its moves. A move replaces the best so far when it is cheaper by more
// than `tolerance`; the move of index `preferred` (if any) also wins when within `tolerance` of
// it, so that rounding never decides between a pairing and its equivalent skips.
struct PathRule {
  double tolerance = 0;
  int preferred = -1;
};

// Lower bound of no bead's price: every bead is priced exactly.
struct NoBound {
  double operator()(std::size_t, std::size_t, std::size_t, std::size_t) const {
    return -std::numeric_limits<double>::infinity();
  }
};

// The beads of the cheapest path through `band`, of ids relative to the table, where
// `cost(a0, k, b0, l)` prices the bead a[a0, a0+k) x b[b0, b0+l). `bound`, with the same
// arguments, is a cheap lower bound of `cost`: a bead it shows cannot win is not priced. Empty when
// the band does not connect the corners.
// `quick`, when given, is a lower bound of `bound` (not greater in floating point) that costs
// less: a bead it rules out is not looked at further, which leaves the path as it was.
template <typename Cost, typename Bound = NoBound, typename Quick = NoBound>
std::vector<Bead> cheapest_path(const Band& band, std::span<const Move> moves, const Cost& cost,
                                const Bound& bound = {}, PathRule rule = {}, const Quick& quick = {}) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const std::size_t n = band.rows() - 1, m = band.hi[n];
  // The band's arrays through local pointers: the byte stores into `back` could otherwise alias
  // the vectors and force their reloading in the inner loop.
  const std::size_t *lo = band.lo.data(), *hi = band.hi.data(), *offset = band.offset.data();
  auto index = [&](std::size_t row, std::size_t col) { return offset[row] + (col - lo[row]); };
  std::vector<double> score(band.cells(), kInf);
  std::vector<std::uint8_t> back(band.cells(), 0);
  score[index(0, 0)] = 0;
  for (std::size_t row = 0; row <= n; ++row) {
    for (std::size_t col = lo[row]; col <= hi[row]; ++col) {
      if (row == 0 && col == 0) continue;
      double best = kInf;
      std::uint8_t arg = 0;
      for (std::uint8_t mi = 0; mi < moves.size(); ++mi) {
        const Move& mv = moves[mi];
        if (row < mv.k || col < mv.l) continue;
        const std::size_t a0 = row - mv.k, b0 = col - mv.l;
        if (b0 < lo[a0] || b0 > hi[a0]) continue;
        const double from = score[index(a0, b0)];
        if (from == kInf) continue;
        if constexpr (!std::is_same_v<Quick, NoBound>) {
          if (from + quick(a0, mv.k, b0, mv.l) >= best - rule.tolerance) continue;
        }
        if constexpr (!std::is_same_v<Bound, NoBound>) {
          if (from + bound(a0, mv.k, b0, mv.l) >= best - rule.tolerance) continue;
        }
        const double c = from + cost(a0, mv.k, b0, mv.l);
        if (c < best - rule.tolerance || (mi == rule.preferred && c <= best + rule.tolerance && best < kInf)) {
          best = c;
          arg = mi;
        }
      }
      score[index(row, col)] = best;
      back[index(row, col)] = arg;
    }
  }
  std::vector<Bead> beads;
  if (score[index(n, m)] == kInf) return beads;
  std::size_t row = n, col = m;
  while (row > 0 || col > 0) {
    const Move& mv = moves[back[index(row, col)]];
    Bead bead;
    for (std::size_t k = mv.k; k > 0; --k) bead.base.push_back(static_cast<std::uint32_t>(row - k));
    for (std::size_t l = mv.l; l > 0; --l) bead.other.push_back(static_cast<std::uint32_t>(col - l));
    beads.push_back(std::move(bead));
    row -= mv.k;
    col -= mv.l;
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

}  // namespace claimdiff::detail
