#include "align/bead_path.hpp"

#include <algorithm>

namespace claimdiff::detail {

std::vector<Move> make_moves(std::size_t max_total) {
  std::vector<Move> moves{{1, 0}, {0, 1}};
  for (std::uint8_t k = 1; k < max_total; ++k)
    for (std::uint8_t l = 1; k + l <= max_total; ++l) moves.push_back({k, l});
  return moves;
}

Bead one_sided(bool base_side, std::size_t id) {
  Bead bead;
  (base_side ? bead.base : bead.other).push_back(static_cast<std::uint32_t>(id));
  return bead;
}

Band make_band(std::vector<std::size_t> lo, std::vector<std::size_t> hi) {
  Band band{std::move(lo), std::move(hi), {}};
  const std::size_t rows = band.lo.size();
  band.offset.assign(rows + 1, 0);
  for (std::size_t row = 0; row < rows; ++row) band.offset[row + 1] = band.offset[row] + (band.hi[row] - band.lo[row] + 1);
  return band;
}

Band whole_table(std::size_t n, std::size_t m) {
  return make_band(std::vector<std::size_t>(n + 1, 0), std::vector<std::size_t>(n + 1, m));
}

namespace {

// The band [lo[row], hi[row]] that follows the polyline through `points` (row, column; from
// (0, 0) to (n, m)) at `width` columns either side, made monotone with both corners inside, so
// that every cell in it is reachable from (0, 0) and reaches (n, m).
Band band_around(const std::vector<std::pair<double, double>>& points, std::size_t width, std::size_t n,
                 std::size_t m) {
  std::vector<std::size_t> lo(n + 1, 0), hi(n + 1, 0);
  std::size_t seg = 0;
  for (std::size_t row = 0; row <= n; ++row) {
    while (seg + 2 < points.size() && points[seg + 1].first < double(row)) ++seg;
    auto [x0, y0] = points[seg];
    auto [x1, y1] = points[seg + 1];
    double centre = x1 > x0 ? y0 + (y1 - y0) * (double(row) - x0) / (x1 - x0) : y1;
    lo[row] = static_cast<std::size_t>(std::max(0.0, centre - double(width)));
    hi[row] = std::min(m, static_cast<std::size_t>(std::max(0.0, centre + double(width))));
  }
  lo[0] = 0;
  hi[n] = m;
  for (std::size_t row = 1; row <= n; ++row) lo[row] = std::max(lo[row], lo[row - 1]);
  for (std::size_t row = n; row-- > 0;) hi[row] = std::min(hi[row], hi[row + 1]);
  for (std::size_t row = 0; row <= n; ++row) {
    if (hi[row] < lo[row]) hi[row] = lo[row];
    if (row > 0 && lo[row] > hi[row - 1] + 1) lo[row] = hi[row - 1] + 1;
  }
  return make_band(std::move(lo), std::move(hi));
}

}  // namespace

Band band_along(const std::vector<PairIds>& chain, std::size_t n, std::size_t m, std::size_t max_cells) {
  const std::size_t width = std::clamp<std::size_t>(max_cells / (2 * (n + 1)), 16, 512);
  std::vector<std::pair<double, double>> points{{0, 0}};
  for (const PairIds& p : chain) points.push_back({double(p.a) + 0.5, double(p.b) + 0.5});
  points.push_back({double(n), double(m)});
  return band_around(points, width, n, m);
}

Band band_around_path(const std::vector<Bead>& beads, std::size_t n, std::size_t m, std::size_t width) {
  std::vector<std::size_t> lo(n + 1, m), hi(n + 1, 0);
  auto cover = [&](std::size_t row, std::size_t col) {
    for (std::size_t r = row > width ? row - width : 0; r <= std::min(n, row + width); ++r) {
      lo[r] = std::min(lo[r], col > width ? col - width : 0);
      hi[r] = std::max(hi[r], std::min(m, col + width));
    }
  };
  cover(0, 0);
  std::size_t row = 0, col = 0;
  for (const Bead& bead : beads) {
    if (!bead.base.empty()) row = std::max<std::size_t>(row, bead.base.back() + 1);
    if (!bead.other.empty()) col = std::max<std::size_t>(col, bead.other.back() + 1);
    cover(std::min(row, n), std::min(col, m));
  }
  cover(n, m);
  // Monotone (only ever widened), so that every cell reaches (n, m) and is reached from (0, 0).
  lo[0] = 0;
  hi[n] = m;
  for (std::size_t r = n; r-- > 0;) lo[r] = std::min(lo[r], lo[r + 1]);
  for (std::size_t r = 1; r <= n; ++r) hi[r] = std::max(hi[r], hi[r - 1]);
  return make_band(std::move(lo), std::move(hi));
}

}  // namespace claimdiff::detail
