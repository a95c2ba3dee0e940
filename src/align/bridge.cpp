#include "align/bridge.hpp"

#include "align/token_model.hpp"
#include "common/parallel.hpp"

#include "claimdiff/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <unordered_map>

namespace claimdiff::detail {
namespace {

double dot_bags(const Bag& x, const Bag& y) {
  return sum_shared(x, y, [](float wx, float wy) { return double(wx) * double(wy); });
}

struct BridgeParams {
  double skip = 0.05;           // cost of a 1-0 or 0-1 bead
  double length_weight = 0.1;   // per sentence, times |log length ratio|
  double many_penalty = 0.01;   // per sentence beyond 1-1
};

// Characters added to every bead side's length before its log is taken, so that short fragments
// are not judged on a few characters.
constexpr double kLengthSmoothing = 20;

struct Move {
  std::uint8_t k, l;
};

// 1-0, 0-1 and every k-l bead with k + l <= max_total.
std::vector<Move> make_moves(std::size_t max_total) {
  std::vector<Move> moves{{1, 0}, {0, 1}};
  for (std::uint8_t k = 1; k < max_total; ++k)
    for (std::uint8_t l = 1; k + l <= max_total; ++l) moves.push_back({k, l});
  return moves;
}

// The cheapest monotone path of beads from (0, 0) to (n, m) through the band [lo[row], hi[row]]
// of the table, where `cost(a0, k, b0, l)` prices the bead a[a0, a0+k) x b[b0, b0+l) (one side
// may be empty). Exact: every cell of the band is visited once, with every move.
template <typename Cost>
std::vector<Bead> cheapest_path(std::size_t n, std::size_t m, const std::vector<std::size_t>& lo,
                                const std::vector<std::size_t>& hi, const std::vector<Move>& moves, const Cost& cost) {
  std::vector<std::size_t> offset(n + 2, 0);
  for (std::size_t row = 0; row <= n; ++row) offset[row + 1] = offset[row] + (hi[row] - lo[row] + 1);
  auto index = [&](std::size_t row, std::size_t col) { return offset[row] + (col - lo[row]); };
  auto inside = [&](std::size_t row, std::size_t col) { return col >= lo[row] && col <= hi[row]; };
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::vector<double> score(offset[n + 1], kInf);
  std::vector<std::uint8_t> back(offset[n + 1], 0);
  score[index(0, 0)] = 0;
  for (std::size_t row = 0; row <= n; ++row) {
    for (std::size_t col = lo[row]; col <= hi[row]; ++col) {
      if (row == 0 && col == 0) continue;
      double best = kInf;
      std::uint8_t arg = 0;
      for (std::uint8_t mi = 0; mi < moves.size(); ++mi) {
        const Move& mv = moves[mi];
        if (row < mv.k || col < mv.l || !inside(row - mv.k, col - mv.l)) continue;
        double from = score[index(row - mv.k, col - mv.l)];
        if (from == kInf) continue;
        double c = from + cost(row - mv.k, mv.k, col - mv.l, mv.l);
        if (c < best) {
          best = c;
          arg = mi;
        }
      }
      score[index(row, col)] = best;
      back[index(row, col)] = arg;
    }
  }
  std::vector<Bead> beads;
  if (score[index(n, m)] == kInf) return beads;  // a band that does not connect the corners
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

class BridgeAligner {
 public:
  BridgeAligner(const Scorer& scorer, std::size_t max_cells)
      : s_(scorer), n_(scorer.size_a()), m_(scorer.size_b()), max_cells_(max_cells), moves_(make_moves(kMaxBead)) {}

  std::vector<Bead> run() {
    std::vector<Bead> out;
    if (n_ > 0 && m_ > 0) {
      build_band();
      fill_dots();
      fill_norms();
      out = cheapest_path(n_, m_, lo_, hi_, moves_, [this](std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) {
        return k == 0 || l == 0 ? p_.skip : cost(a0, k, b0, l);
      });
    }
    if (out.empty()) {  // an empty side (or, never expected, a band that does not connect)
      for (std::size_t i = 0; i < n_; ++i) out.push_back(one_sided(true, i));
      for (std::size_t j = 0; j < m_; ++j) out.push_back(one_sided(false, j));
    }
    return out;
  }

 private:
  static Bead one_sided(bool base_side, std::size_t id) {
    Bead bead;
    (base_side ? bead.base : bead.other).push_back(static_cast<std::uint32_t>(id));
    return bead;
  }

  // The whole table when it is small enough, else a band around a chain of confident pairs (or
  // around the diagonal when there is none).
  void build_band() {
    lo_.assign(n_ + 1, 0);
    hi_.assign(n_ + 1, m_);
    if ((n_ + 1) * (m_ + 1) <= max_cells_) return;
    std::vector<PairIds> skeleton = s_.candidate_chain(0, n_, 0, m_, 0.5);
    std::size_t width = std::clamp<std::size_t>(max_cells_ / (2 * (n_ + 1)), 16, 512);
    std::vector<std::pair<double, double>> pts{{0, 0}};
    for (const PairIds& p : skeleton) pts.push_back({double(p.a) + 0.5, double(p.b) + 0.5});
    pts.push_back({double(n_), double(m_)});
    band_around(pts, width, n_, m_, lo_, hi_);
  }

  // Dot products of base sentence i with the other sentences its band rows can reach, through
  // an inverted index of the other side (cost: the pairs that share a key, not all pairs).
  void fill_dots() {
    struct Posting {
      std::uint32_t b;
      float w;
    };
    std::unordered_map<std::uint64_t, std::vector<Posting>> postings;
    for (std::size_t j = 0; j < m_; ++j) {
      const Bag& bag = s_.bag_b(j);
      for (std::size_t t = 0; t < bag.keys.size(); ++t)
        postings[bag.keys[t]].push_back({static_cast<std::uint32_t>(j), bag.weights[t]});
    }
    dlo_.resize(n_);
    dhi_.resize(n_);
    doff_.assign(n_ + 1, 0);
    for (std::size_t i = 0; i < n_; ++i) {
      dlo_[i] = lo_[i + 1] > kMaxBead ? lo_[i + 1] - kMaxBead : 0;
      dhi_[i] = std::min(m_, hi_[i + 1] + kMaxBead);
      doff_[i + 1] = doff_[i] + (dhi_[i] - dlo_[i]);
    }
    dots_.assign(doff_[n_], 0.0f);
    for (std::size_t i = 0; i < n_; ++i) {
      const Bag& bag = s_.bag_a(i);
      float* row = dots_.data() + doff_[i];
      for (std::size_t t = 0; t < bag.keys.size(); ++t) {
        auto it = postings.find(bag.keys[t]);
        if (it == postings.end()) continue;
        const auto& list = it->second;
        auto p = std::lower_bound(list.begin(), list.end(), dlo_[i],
                                  [](const Posting& x, std::size_t b) { return x.b < b; });
        for (; p != list.end() && p->b < dhi_[i]; ++p) row[p->b - dlo_[i]] += bag.weights[t] * p->w;
      }
    }
  }

  double dot(std::size_t i, std::size_t j) const {
    if (j >= dlo_[i] && j < dhi_[i]) return dots_[doff_[i] + (j - dlo_[i])];
    return dot_bags(s_.bag_a(i), s_.bag_b(j));
  }

  // Squared norms of each sentence and dot products with its next few neighbours on the same
  // side, so that the norm of any concatenation is a sum; and the mean cosine of each sentence
  // with the other side (over its band), the normaliser.
  void fill_norms() {
    auto side = [](std::size_t count, auto bag, std::vector<double>& self) {
      self.assign(count * kMaxBead, 0);
      for (std::size_t i = 0; i < count; ++i)
        for (std::size_t d = 0; d < kMaxBead && i + d < count; ++d) self[i * kMaxBead + d] = dot_bags(bag(i), bag(i + d));
    };
    side(n_, [this](std::size_t i) -> const Bag& { return s_.bag_a(i); }, self_a_);
    side(m_, [this](std::size_t j) -> const Bag& { return s_.bag_b(j); }, self_b_);
    mean_a_.assign(n_, 0);
    mean_b_.assign(m_, 0);
    std::vector<double> count_b(m_, 0);
    for (std::size_t i = 0; i < n_; ++i) {
      double norm_i = std::sqrt(self_a_[i * kMaxBead]);
      double sum = 0;
      for (std::size_t j = dlo_[i]; j < dhi_[i]; ++j) {
        double d = dots_[doff_[i] + (j - dlo_[i])];
        double norm_j = std::sqrt(self_b_[j * kMaxBead]);
        if (norm_j > 0) sum += d / norm_j;
        if (norm_i > 0) mean_b_[j] += d / norm_i;
        count_b[j] += 1;
      }
      mean_a_[i] = dhi_[i] > dlo_[i] ? sum / double(dhi_[i] - dlo_[i]) : 0;
    }
    for (std::size_t j = 0; j < m_; ++j) mean_b_[j] = count_b[j] > 0 ? mean_b_[j] / count_b[j] : 0;
    len_a_ = len_b_ = 0;
    for (std::size_t i = 0; i < n_; ++i) len_a_ += s_.length_a(i);
    for (std::size_t j = 0; j < m_; ++j) len_b_ += s_.length_b(j);
    ratio_ = len_a_ > 0 ? len_b_ / len_a_ : 1;
    auto blocks = [](std::size_t count, const std::vector<double>& self, const std::vector<double>& mean,
                     auto length, double scale, std::vector<Block>& out) {
      out.assign(count * kMaxBead, Block{});
      for (std::size_t i = 0; i < count; ++i) {
        double sum_mean = 0, len = 0;
        for (std::size_t k = 1; k < kMaxBead && i + k <= count; ++k) {
          sum_mean += mean[i + k - 1];
          len += length(i + k - 1);
          Block& b = out[i * kMaxBead + k];
          b.norm = std::sqrt(block_norm2(self, i, k));
          b.mean = b.norm > 0 ? sum_mean / b.norm : 0;
          b.length = len * scale;
          b.log_length = std::log(b.length + kLengthSmoothing);
        }
      }
    };
    blocks(n_, self_a_, mean_a_, [this](std::size_t i) { return s_.length_a(i); }, ratio_, blocks_a_);
    blocks(m_, self_b_, mean_b_, [this](std::size_t j) { return s_.length_b(j); }, 1.0, blocks_b_);
  }

  static double block_norm2(const std::vector<double>& self, std::size_t first, std::size_t count) {
    double sum = 0;
    for (std::size_t t = 0; t < count; ++t) {
      sum += self[(first + t) * kMaxBead];
      for (std::size_t u = t + 1; u < count; ++u) sum += 2 * self[(first + t) * kMaxBead + (u - t)];
    }
    return sum;
  }

  // Cost of the bead of base sentences [a0, a0+k) and other sentences [b0, b0+l): about 1 for
  // unrelated text, near 0 for a faithful translation.
  double cost(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) const {
    const Block& x = blocks_a_[a0 * kMaxBead + k];
    const Block& y = blocks_b_[b0 * kMaxBead + l];
    double cross = 0, row[kMaxBead] = {}, col[kMaxBead] = {};
    for (std::size_t t = 0; t < k; ++t)
      for (std::size_t u = 0; u < l; ++u) {
        double d = dot(a0 + t, b0 + u);
        cross += d;
        row[t] += d;
        col[u] += d;
      }
    double cos = x.norm > 0 && y.norm > 0 ? cross / (x.norm * y.norm) : 0;
    double norm = std::max(0.05, 1 - (x.mean + y.mean) / 2);
    // Bertalign's objective (Liu & Zhu 2022): the path maximises the summed similarity of its
    // beads, so two faithful 1-1 beads beat their 2-2 union unless the union is clearly better.
    double c = (1 - cos) / norm - 1;
    // Gale & Church (1993): translations keep length in proportion; each sentence of the bead
    // pays for the deviation, so that merging does not hide it.
    c += p_.length_weight * std::abs(x.log_length - y.log_length) * double(k + l) / 2;
    // Beads other than 1-1 are rarer (Gale & Church's priors): a small cost per extra sentence
    // breaks ties when the text gives no evidence either way.
    c += p_.many_penalty * double(k + l - 2);
    if (k + l > 2) c += unearned(a0, k, b0, l, row, col);
    return c;
  }

  // Each sentence of a multi-sentence bead earns its place: one whose own cosine with the other
  // side of the bead is at or below its chance level (its mean cosine with the other side) pays
  // the skip cost, as it would alone, unless the bead's lengths fit worse without it by more than
  // that. Otherwise a dropped sentence and an added unrelated one glue onto faithful neighbours
  // whenever the union's similarity barely suffers.
  double unearned(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l, const double* row,
                  const double* col) const {
    const Block& x = blocks_a_[a0 * kMaxBead + k];
    const Block& y = blocks_b_[b0 * kMaxBead + l];
    auto length_cost = [this](double log_x, double log_y, std::size_t count) {
      return p_.length_weight * std::abs(log_x - log_y) * double(count) / 2;
    };
    const double full = length_cost(x.log_length, y.log_length, k + l);
    // The log length of a side without its sentence t: a shorter block when t is at an edge.
    auto without = [](const std::vector<Block>& blocks, std::size_t first, std::size_t count, std::size_t t,
                      double dropped) {
      if (t == 0) return blocks[(first + 1) * kMaxBead + count - 1].log_length;
      if (t + 1 == count) return blocks[first * kMaxBead + count - 1].log_length;
      return std::log(blocks[first * kMaxBead + count].length - dropped + kLengthSmoothing);
    };
    double extra = 0;
    auto charge = [&](double log_x, double log_y) {
      if (length_cost(log_x, log_y, k + l - 1) - full <= p_.skip) extra += p_.skip;
    };
    // Sentence t's cosine with the other side, row[t] / (|t| |y|), against its chance level,
    // mean_a_[t] / |t| (mean_a_ sums dot / |other|): the norm of t cancels.
    bool idle_a[kMaxBead] = {}, idle_b[kMaxBead] = {};
    std::size_t idle_count_a = 0, idle_count_b = 0;
    if (k > 1)
      for (std::size_t t = 0; t < k; ++t)
        if (row[t] <= mean_a_[a0 + t] * y.norm) {
          idle_a[t] = true;
          ++idle_count_a;
          charge(without(blocks_a_, a0, k, t, s_.length_a(a0 + t) * ratio_), y.log_length);
        }
    if (l > 1)
      for (std::size_t u = 0; u < l; ++u)
        if (col[u] <= mean_b_[b0 + u] * x.norm) {
          idle_b[u] = true;
          ++idle_count_b;
          charge(x.log_length, without(blocks_b_, b0, l, u, s_.length_b(b0 + u)));
        }
    // Sentences without evidence on both sides can balance each other's length (a dropped
    // sentence and an added one glued around a faithful pair): judged together, each pays the
    // skip cost when the bead without all of them fits as well.
    if (idle_count_a > 0 && idle_count_b > 0 && idle_count_a < k && idle_count_b < l) {
      double kept_a = 0, kept_b = 0;
      for (std::size_t t = 0; t < k; ++t)
        if (!idle_a[t]) kept_a += s_.length_a(a0 + t) * ratio_;
      for (std::size_t u = 0; u < l; ++u)
        if (!idle_b[u]) kept_b += s_.length_b(b0 + u);
      const std::size_t idle = idle_count_a + idle_count_b;
      const double sub = length_cost(std::log(kept_a + kLengthSmoothing), std::log(kept_b + kLengthSmoothing), k + l - idle);
      if (sub - full <= p_.skip * double(idle)) extra = std::max(extra, p_.skip * double(idle));
    }
    return extra;
  }

  const Scorer& s_;
  std::size_t n_, m_, max_cells_;
  std::vector<Move> moves_;
  std::vector<std::size_t> lo_, hi_;
  std::vector<std::size_t> dlo_, dhi_, doff_;
  std::vector<float> dots_;
  std::vector<double> self_a_, self_b_, mean_a_, mean_b_;
  double len_a_ = 0, len_b_ = 0, ratio_ = 1;
  // A run of 1 to kMaxBead-1 sentences starting at a given one: the norm of its summed vector,
  // its mean cosine with the other side, and the log of its length (scaled to the other side).
  struct Block {
    double norm = 0, mean = 0, length = 0, log_length = 0;
  };
  std::vector<Block> blocks_a_, blocks_b_;
  BridgeParams p_;
};

}  // namespace

std::vector<Bead> align_bridge(const Scorer& scorer, std::size_t max_cells) {
  return BridgeAligner(scorer, max_cells).run();
}

std::vector<Bead> refine_with_tokens(TokenModel& model, const std::vector<Bead>& beads, std::size_t width) {
  const std::size_t n = model.size_a(), m = model.size_b();
  if (n == 0 || m == 0) return beads;
  // The band: every cell within `width` sentences (both ways) of a corner of the first path, so
  // that a run of unpaired sentences on one side widens it as much as a diagonal stretch.
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
  // Sentence i can meet the sentences of b that the cells of rows i+1 .. i+k reach, k at most
  // kMaxTokenBead - 1 back in either direction.
  std::vector<std::size_t> pair_lo(n), pair_hi(n);
  for (std::size_t i = 0; i < n; ++i) {
    pair_lo[i] = lo[i + 1] > kMaxTokenBead ? lo[i + 1] - kMaxTokenBead : 0;
    pair_hi[i] = std::min(m, hi[std::min(n, i + kMaxTokenBead)] + kMaxTokenBead);
  }
  model.prepare(pair_lo, pair_hi);
  // Bead costs do not depend on the search, so they are worked out first, rows split between
  // threads, and the search reads them from a table.
  const std::vector<Move> moves = make_moves(kMaxTokenBead);
  std::vector<std::size_t> offset(n + 2, 0);
  for (std::size_t r = 0; r <= n; ++r) offset[r + 1] = offset[r] + (hi[r] - lo[r] + 1);
  std::vector<float> costs(offset[n + 1] * moves.size(), std::numeric_limits<float>::infinity());
  auto fill_rows = [&](std::size_t from, std::size_t to, std::size_t) {
    TokenModel::Scratch scratch;
    for (std::size_t r = from; r < to; ++r)
      for (std::size_t c = lo[r]; c <= hi[r]; ++c)
        for (std::size_t mi = 0; mi < moves.size(); ++mi) {
          const Move& mv = moves[mi];
          if (mv.k == 0 || mv.l == 0 || r < mv.k || c < mv.l) continue;
          if (c - mv.l < lo[r - mv.k] || c - mv.l > hi[r - mv.k]) continue;
          costs[(offset[r] + (c - lo[r])) * moves.size() + mi] =
              static_cast<float>(model.cost(r - mv.k, mv.k, c - mv.l, mv.l, scratch));
        }
  };
  constexpr std::size_t kRowsPerThread = 2000;
  parallel_runs(n + 1, kRowsPerThread, fill_rows);
  std::uint8_t shape_of[kMaxTokenBead + 1][kMaxTokenBead + 1] = {};
  for (std::size_t mi = 0; mi < moves.size(); ++mi) shape_of[moves[mi].k][moves[mi].l] = static_cast<std::uint8_t>(mi);
  std::vector<Bead> refined = cheapest_path(n, m, lo, hi, moves, [&](std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) {
    if (k == 0 || l == 0) return k == 0 ? model.skip_cost(false, b0) : model.skip_cost(true, a0);
    const std::size_t r = a0 + k, c = b0 + l;
    return double(costs[(offset[r] + (c - lo[r])) * moves.size() + shape_of[k][l]]);
  });
  return refined.empty() ? beads : refined;
}

}  // namespace claimdiff::detail

namespace claimdiff::detail {

Dictionary learn_dictionary(const Document& a, const Document& b, const std::vector<Bead>& beads,
                            const Dictionary* known) {
  Dictionary out;
  if (known != nullptr) out = *known;
  std::unordered_map<std::string, std::uint32_t> ids_a, ids_b;
  std::vector<std::string> words_a, words_b;
  std::vector<std::vector<std::uint32_t>> bead_a, bead_b;
  auto collect = [](const Document& doc, const std::vector<std::uint32_t>& sentences,
                    std::unordered_map<std::string, std::uint32_t>& ids, std::vector<std::string>& words) {
    std::vector<std::uint32_t> set;
    for (std::uint32_t s : sentences) {
      for (const Token& t : doc.sentences[s].tokens) {
        if (t.kind != TokenKind::Word || t.end - t.start < 3) continue;
        std::string key = comparison_key(doc.token_text(t));
        auto [it, fresh] = ids.try_emplace(key, static_cast<std::uint32_t>(words.size()));
        if (fresh) words.push_back(key);
        set.push_back(it->second);
      }
    }
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    return set;
  };
  for (const Bead& bead : beads) {
    if (bead.base.empty() || bead.other.empty()) continue;
    bead_a.push_back(collect(a, bead.base, ids_a, words_a));
    bead_b.push_back(collect(b, bead.other, ids_b, words_b));
  }
  std::vector<std::uint32_t> freq_a(words_a.size()), freq_b(words_b.size());
  for (const auto& s : bead_a) for (auto w : s) ++freq_a[w];
  for (const auto& s : bead_b) for (auto w : s) ++freq_b[w];
  // Words in more than a tenth of the beads (function words) say nothing about translation;
  // a pair seen once may be chance; Dice 0.3 keeps a word's one or two steady partners.
  constexpr double kMaxShare = 0.1, kMinDice = 0.3;
  constexpr std::uint32_t kMinCount = 2;
  auto common_word = [&](std::uint32_t f) { return f < kMinCount || double(f) > kMaxShare * double(bead_a.size()); };
  std::unordered_map<std::uint64_t, std::uint32_t> pairs;
  for (std::size_t k = 0; k < bead_a.size(); ++k)
    for (auto wa : bead_a[k]) {
      if (common_word(freq_a[wa])) continue;
      for (auto wb : bead_b[k]) {
        if (common_word(freq_b[wb])) continue;
        ++pairs[(std::uint64_t(wa) << 32) | wb];
      }
    }
  std::size_t added = 0;
  for (const auto& [key, count] : pairs) {
    if (count < kMinCount) continue;
    std::uint32_t wa = static_cast<std::uint32_t>(key >> 32), wb = static_cast<std::uint32_t>(key & 0xffffffffu);
    double dice = 2.0 * count / double(freq_a[wa] + freq_b[wb]);
    if (dice < kMinDice || words_a[wa] == words_b[wb]) continue;
    out.entries[words_a[wa]].push_back(words_b[wb]);
    ++added;
  }
  if (added == 0 && known == nullptr) out.entries.clear();
  return out;
}

}  // namespace claimdiff::detail
