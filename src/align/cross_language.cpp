#include "align/cross_language.hpp"

#include "align/bead_path.hpp"
#include "align/structure.hpp"
#include "align/token_model.hpp"
#include "classify/cross_content.hpp"
#include "common/key_filter.hpp"
#include "common/parallel.hpp"
#include "segment/numbers.hpp"
#include "segment/transliterate.hpp"

#include "claimdiff/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace claimdiff::detail {
namespace {

double dot_bags(const Bag& x, const Bag& y) {
  return sum_shared(x, y, [](float wx, float wy) { return double(wx) * double(wy); });
}

// The first element of [first, last) for which `before` is false (`before` true on a prefix), by
// galloping from `first` (Bentley & Yao 1976): steps of 1, 2, 4, ... then a binary search of the
// last step, so that a walk along sorted keys pays the log of each key's distance from the last
// one found, not of the whole range.
template <typename It, typename Before>
It gallop(It first, It last, const Before& before) {
  if (first == last || !before(*first)) return first;
  std::ptrdiff_t step = 1;
  while (step < last - first && before(first[step])) {
    first += step;
    step *= 2;
  }
  return std::partition_point(first + 1, first + std::min(step, last - first), before);
}

struct CrossLanguageParams {
  double skip = 0.05;           // cost of a 1-0 or 0-1 bead
  double length_weight = 0.1;   // per sentence, times |log length ratio|
  double many_penalty = 0.01;   // per sentence beyond 1-1
};

// Characters added to every bead side's length before its log is taken, so that short fragments
// are not judged on a few characters.
constexpr double kLengthSmoothing = 20;

class CrossLanguageAligner {
 public:
  CrossLanguageAligner(const Scorer& scorer, std::size_t max_cells, const std::vector<PairIds>& anchors,
                       const ForeignNames* foreign)
      : s_(scorer), n_(scorer.size_a()), m_(scorer.size_b()), max_cells_(max_cells), moves_(make_moves(kMaxBead)) {
    anchor_of_a_.assign(n_, kNoAnchor);
    for (const PairIds& p : anchors)
      if (p.a < n_ && p.b < m_) anchor_of_a_[p.a] = p.b;
    anchored_before_.assign(n_ + 1, 0);
    for (std::size_t i = 0; i < n_; ++i) anchored_before_[i + 1] = anchored_before_[i] + (anchor_of_a_[i] != kNoAnchor ? 1 : 0);
    foreign_a_.assign(n_, 0);
    foreign_b_.assign(m_, 0);
    numbers_a_.assign(n_, 0);
    numbers_b_.assign(m_, 0);
    if (foreign != nullptr && foreign->a.size() == n_ && foreign->b.size() == m_) {
      foreign_a_ = foreign->a;
      foreign_b_ = foreign->b;
    }
    if (foreign != nullptr && foreign->numbers_a.size() == n_ && foreign->numbers_b.size() == m_) {
      numbers_a_ = foreign->numbers_a;
      numbers_b_ = foreign->numbers_b;
    }
  }

  std::vector<Bead> run() {
    std::vector<Bead> out;
    if (n_ > 0 && m_ > 0) {
      // The whole table when it is small enough, else a band around a chain of confident pairs
      // (or around the diagonal when there is none).
      band_ = (n_ + 1) * (m_ + 1) <= max_cells_ ? whole_table(n_, m_)
                                                 : band_along(s_.candidate_chain(0, n_, 0, m_, 0.5), n_, m_, max_cells_);
      fill_dots();
      fill_norms();
      out = cheapest_path(
          band_, moves_,
          [this](std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) {
            return k == 0 || l == 0 ? p_.skip : cost(a0, k, b0, l);
          },
          [this](std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) {
            return k == 0 || l == 0 ? p_.skip : lower_bound(a0, k, b0, l);
          },
          PathRule{},
          [this](std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) {
            return k == 0 || l == 0 ? p_.skip : quick_bound(a0, k, b0, l);
          });
    }
    if (out.empty()) {  // an empty side (or, never expected, a band that does not connect)
      for (std::size_t i = 0; i < n_; ++i) out.push_back(one_sided(true, i));
      for (std::size_t j = 0; j < m_; ++j) out.push_back(one_sided(false, j));
    }
    return out;
  }

 private:
  // A run of 1 to kMaxBead-1 sentences starting at a given one: the norm of its summed vector,
  // its mean cosine with the other side, and the log of its length (scaled to the other side).
  struct Block {
    double norm = 0, mean = 0, length = 0, log_length = 0;
  };

  // Dot products of base sentence i with the other sentences its band rows can reach, through
  // an inverted index of the other side (cost: the pairs that share a key, not all pairs): one
  // array sorted by key, then by sentence, walked along each base bag's sorted keys.
  void fill_dots() {
    struct Posting {
      std::uint64_t key;
      std::uint32_t b;
      float w;
    };
    // Only keys the base side has are ever looked up: most n-grams of a translation are not
    // shared, and a filter of the base keys keeps them out of the array and its sort.
    KeyFilter base_keys;
    for (std::size_t i = 0; i < n_; ++i)
      for (std::uint64_t key : s_.bag_a(i).keys) base_keys.add(key);
    std::vector<Posting> postings;
    for (std::size_t j = 0; j < m_; ++j) {
      const Bag& bag = s_.bag_b(j);
      for (std::size_t t = 0; t < bag.keys.size(); ++t)
        if (base_keys.maybe(bag.keys[t])) postings.push_back({bag.keys[t], static_cast<std::uint32_t>(j), bag.weights[t]});
    }
    std::sort(postings.begin(), postings.end(), [](const Posting& x, const Posting& y) {
      return x.key != y.key ? x.key < y.key : x.b < y.b;
    });
    dlo_.resize(n_);
    dhi_.resize(n_);
    doff_.assign(n_ + 1, 0);
    for (std::size_t i = 0; i < n_; ++i) {
      dlo_[i] = band_.lo[i + 1] > kMaxBead ? band_.lo[i + 1] - kMaxBead : 0;
      dhi_[i] = std::min(m_, band_.hi[i + 1] + kMaxBead);
      doff_[i + 1] = doff_[i] + (dhi_[i] - dlo_[i]);
    }
    dots_.assign(doff_[n_], 0.0f);
    for (std::size_t i = 0; i < n_; ++i) {
      const Bag& bag = s_.bag_a(i);
      float* row = dots_.data() + doff_[i];
      auto from = postings.begin();
      for (std::size_t t = 0; t < bag.keys.size() && from != postings.end(); ++t) {
        const std::uint64_t key = bag.keys[t];
        from = gallop(from, postings.end(), [key](const Posting& x) { return x.key < key; });
        if (from == postings.end() || from->key != key) continue;
        auto p = gallop(from, postings.end(), [key, lo = dlo_[i]](const Posting& x) { return x.key == key && x.b < lo; });
        for (; p != postings.end() && p->key == key && p->b < dhi_[i]; ++p) row[p->b - dlo_[i]] += bag.weights[t] * p->w;
      }
    }
    // Running sums of each row (one more entry than the row), for quick_bound.
    sums_.assign(doff_[n_] + n_, 0.0);
    for (std::size_t i = 0; i < n_; ++i) {
      const float* row = dots_.data() + doff_[i];
      double* sum = sums_.data() + doff_[i] + i;
      for (std::size_t u = 0; u < dhi_[i] - dlo_[i]; ++u) sum[u + 1] = sum[u] + row[u];
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
    // A bag's dot product with itself is the sum of its squared weights, added in the order the
    // merge of its keys with themselves would add them.
    auto side = [](std::size_t count, auto bag, std::vector<double>& self) {
      self.assign(count * kMaxBead, 0);
      for (std::size_t i = 0; i < count; ++i) {
        double squares = 0;
        for (float w : bag(i).weights) squares += double(w) * double(w);
        self[i * kMaxBead] = squares;
        for (std::size_t d = 1; d < kMaxBead && i + d < count; ++d) self[i * kMaxBead + d] = dot_bags(bag(i), bag(i + d));
      }
    };
    side(n_, [this](std::size_t i) -> const Bag& { return s_.bag_a(i); }, self_a_);
    side(m_, [this](std::size_t j) -> const Bag& { return s_.bag_b(j); }, self_b_);
    mean_a_.assign(n_, 0);
    mean_b_.assign(m_, 0);
    std::vector<double> count_b(m_, 0), norm_b(m_);
    for (std::size_t j = 0; j < m_; ++j) norm_b[j] = std::sqrt(self_b_[j * kMaxBead]);
    for (std::size_t i = 0; i < n_; ++i) {
      double norm_i = std::sqrt(self_a_[i * kMaxBead]);
      double sum = 0;
      for (std::size_t j = dlo_[i]; j < dhi_[i]; ++j) {
        double d = dots_[doff_[i] + (j - dlo_[i])];
        double norm_j = norm_b[j];
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

  // The bead the DP priced last: its price before the charge for unearned sentences (a lower
  // bound of its cost), and each sentence's dot products with the other side.
  struct Priced {
    std::size_t a0 = 0, k = 0, b0 = 0, l = 0;
    double price = 0, cross = 0, row[kMaxBead] = {}, col[kMaxBead] = {};
  };

  // The price of the bead of base sentences [a0, a0+k) and other sentences [b0, b0+l) before the
  // charge for unearned sentences, kept in `last_` for cost(): about 1 for unrelated text, near 0
  // for a faithful translation.
  double lower_bound(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) const {
    Priced& p = last_;
    p.a0 = a0, p.k = k, p.b0 = b0, p.l = l, p.cross = 0;
    std::fill_n(p.col, l, 0.0);  // only the first k rows and l columns are read
    for (std::size_t t = 0; t < k; ++t) {
      const std::size_t i = a0 + t;
      double row = 0;
      if (b0 >= dlo_[i] && b0 + l <= dhi_[i]) {  // inside the table of dot products: read it in place
        const float* dots = dots_.data() + doff_[i] + (b0 - dlo_[i]);
        for (std::size_t u = 0; u < l; ++u) {
          const double d = dots[u];
          p.cross += d;
          row += d;
          p.col[u] += d;
        }
      } else {
        for (std::size_t u = 0; u < l; ++u) {
          const double d = dot(i, b0 + u);
          p.cross += d;
          row += d;
          p.col[u] += d;
        }
      }
      p.row[t] = row;
    }
    p.price = price_of(p.cross, a0, k, b0, l);
    return p.price;
  }

  // A bead's price from the sum of its sentences' dot products (lower_bound, quick_bound).
  double price_of(double cross, std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) const {
    const Block& x = blocks_a_[a0 * kMaxBead + k];
    const Block& y = blocks_b_[b0 * kMaxBead + l];
    double c = words_cost(cross, x.norm, x.mean, y.norm, y.mean);
    // A number anchor's pair is credited in a bead where one side is a single sentence (1-1, a
    // split, a merge): the anchored sentence's translation is in the bead, however its words
    // score. Where both sides hold several sentences the same sentences could pair one by one;
    // a number that crossed a sentence boundary is then a moved fact for the diff to report,
    // which crediting the union would hide.
    if ((k == 1 || l == 1) && anchored_before_[a0 + k] != anchored_before_[a0])
      for (std::size_t t = 0; t < k; ++t) {
        const std::size_t partner = anchor_of_a_[a0 + t];
        if (partner >= b0 && partner < b0 + l) c -= 2 * p_.skip;
      }
    // Gale & Church (1993): translations keep length in proportion; each sentence of the bead
    // pays for the deviation, so that merging does not hide it.
    c += p_.length_weight * std::abs(x.log_length - y.log_length) * double(k + l) / 2;
    // Beads other than 1-1 are rarer (Gale & Church's priors): a small cost per extra sentence
    // breaks ties when the text gives no evidence either way.
    c += p_.many_penalty * double(k + l - 2);
    return c;
  }

  // A lower bound of lower_bound() from the rows' running sums: k steps instead of k x l. The
  // dot products are never negative, so the block's sum raised by a margin far above the
  // rounding of either summation is at least the one lower_bound() adds up; words_cost falls as
  // that sum grows, and the same steps follow, each keeping the order of its operands in
  // floating point. Minus infinity (no bound) where a row's dot products are not all in the table.
  double quick_bound(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) const {
    double cross = 0, scale = 0;
    for (std::size_t t = 0; t < k; ++t) {
      const std::size_t i = a0 + t;
      if (b0 < dlo_[i] || b0 + l > dhi_[i]) return -std::numeric_limits<double>::infinity();
      const double* sum = sums_.data() + doff_[i] + i;
      cross += sum[b0 + l - dlo_[i]] - sum[b0 - dlo_[i]];
      scale += sum[dhi_[i] - dlo_[i]];
    }
    cross += 1e-9 * scale;
    return price_of(cross, a0, k, b0, l);
  }

  // Cost of the bead: its price and the charge for unearned sentences. The DP asks for the
  // lower bound first and the cost only of a bead that can still win, so the charge is worked
  // out for few beads.
  double cost(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) const {
    if (last_.a0 != a0 || last_.k != k || last_.b0 != b0 || last_.l != l) lower_bound(a0, k, b0, l);
    double out = k + l > 2 ? last_.price + unearned(a0, k, b0, l, last_.row, last_.col) : last_.price;
    // A 1-1 bead whose sentences share no more than chance (the cosine at or below their mean
    // cosine with the other side) rests on position and length alone; evidence against it
    // (where each side has other sentences to measure chance by):
    const bool idle_pair = k == 1 && l == 1 && n_ > 1 && m_ > 1 && last_.row[0] <= mean_a_[a0] * blocks_b_[b0 * kMaxBead + 1].norm;
    if (idle_pair) {
      // a sentence whose names point to another story, so that of two neighbours of fitting length
      // the one that may belong to the story is paired;
      if (foreign_a_[a0] || foreign_b_[b0]) out += p_.skip;
      // numbers on one side only (translations keep numbers);
      if ((numbers_a_[a0] == 0) != (numbers_b_[b0] == 0)) out += p_.skip;
      // lengths that do not fit (Gale & Church's test): a sentence dropped beside an unrelated one
      // added, whose pairing costs at least what leaving both out costs.
      if (!lengths_fit(s_.length_a(a0), s_.length_b(b0), ratio_)) out = std::max(out, 2 * p_.skip);
    }
    return out;
  }

  // Bertalign's objective (Liu & Zhu 2022): the path maximises the summed similarity of its
  // beads, so two faithful 1-1 beads beat their 2-2 union unless the union is clearly better.
  // The cosine of two blocks is normalised by their mean cosines with the other side (chance).
  static double words_cost(double cross, double norm_x, double mean_x, double norm_y, double mean_y) {
    double cos = norm_x > 0 && norm_y > 0 ? cross / (norm_x * norm_y) : 0;
    double norm = std::max(0.05, 1 - (mean_x + mean_y) / 2);
    return (1 - cos) / norm - 1;
  }

  // The norm and the mean cosine (as Block holds them) of the block of `count` sentences from
  // `first` without its sentence `t`: a shorter block of the table when t is at an edge.
  std::pair<double, double> block_without(const std::vector<Block>& blocks, const std::vector<double>& self,
                                          const std::vector<double>& mean, std::size_t first, std::size_t count,
                                          std::size_t t) const {
    if (t == 0 || t + 1 == count) {
      const Block& b = blocks[(t == 0 ? first + 1 : first) * kMaxBead + count - 1];
      return {b.norm, b.mean};
    }
    double norm2 = 0, sum_mean = 0;
    for (std::size_t p = 0; p < count; ++p) {
      if (p == t) continue;
      sum_mean += mean[first + p];
      norm2 += self[(first + p) * kMaxBead];
      for (std::size_t q = p + 1; q < count; ++q)
        if (q != t) norm2 += 2 * self[(first + p) * kMaxBead + (q - p)];
    }
    const double norm = std::sqrt(std::max(0.0, norm2));
    return {norm, norm > 0 ? sum_mean / norm : 0};
  }

  // Each sentence of a multi-sentence bead earns its place with evidence; one that does not pays
  // the skip cost, as it would alone, unless the bead's lengths fit worse without it by more than
  // that. No evidence is either of: a cosine with the other side at or below chance (its mean
  // cosine with the other side), or a sentence that makes the lengths fit worse while its words
  // lift the bead by less than the skip cost (a few shared n-grams, as any two sentences of a
  // story have, prove nothing). Otherwise a dropped sentence and an added unrelated one glue
  // onto faithful neighbours whenever the union's similarity barely suffers.
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
    double cross = 0;
    for (std::size_t t = 0; t < k; ++t) cross += row[t];
    const double words = words_cost(cross, x.norm, x.mean, y.norm, y.mean);
    bool idle_a[kMaxBead] = {}, idle_b[kMaxBead] = {};
    std::size_t idle_count_a = 0, idle_count_b = 0;
    // Idle: row[t] / (|t| |y|) at or below mean_a_[t] / |t| (the norm of t cancels). Where both
    // sides hold several sentences, an unpaired sentence on each can balance the lengths, so
    // there a sentence whose words lift the bead by less than the skip cost is idle too. The
    // words' gain is worked out only where it decides.
    // A sentence whose names point to another story (foreign_names) and whose words lift the bead
    // by less than the skip cost pays that cost, however well it balances the lengths.
    auto judge = [&](bool& idle, double length_gain, auto words_gain, std::size_t& idle_count, bool foreign) {
      const bool weak_words = !idle && ((k > 1 && l > 1) || length_gain < 0 || foreign) && words_gain() < p_.skip;
      if (k > 1 && l > 1) idle = idle || weak_words;
      if (idle) ++idle_count;
      if (foreign ? idle || weak_words : length_gain <= p_.skip && (idle || (length_gain < 0 && weak_words))) extra += p_.skip;
    };
    if (k > 1)
      for (std::size_t t = 0; t < k; ++t) {
        idle_a[t] = row[t] <= mean_a_[a0 + t] * y.norm;
        judge(idle_a[t],
              length_cost(without(blocks_a_, a0, k, t, s_.length_a(a0 + t) * ratio_), y.log_length, k + l - 1) - full,
              [&] {
                auto [norm, mean] = block_without(blocks_a_, self_a_, mean_a_, a0, k, t);
                return words_cost(cross - row[t], norm, mean, y.norm, y.mean) - words;
              },
              idle_count_a, foreign_a_[a0 + t] != 0);
      }
    if (l > 1)
      for (std::size_t u = 0; u < l; ++u) {
        idle_b[u] = col[u] <= mean_b_[b0 + u] * x.norm;
        judge(idle_b[u],
              length_cost(x.log_length, without(blocks_b_, b0, l, u, s_.length_b(b0 + u)), k + l - 1) - full,
              [&] {
                auto [norm, mean] = block_without(blocks_b_, self_b_, mean_b_, b0, l, u);
                return words_cost(cross - col[u], x.norm, x.mean, norm, mean) - words;
              },
              idle_count_b, foreign_b_[b0 + u] != 0);
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
    // Several sentences on both sides and none with evidence: the bead rests on length alone, and
    // each sentence beyond a 1-1 pair pays the skip cost, as leaving it out would, so that the bead
    // beats pairs and skips only where its lengths fit better (Gale & Church's test decides).
    if (idle_count_a == k && idle_count_b == l) extra = std::max(extra, p_.skip * double(k + l - 2));
    return extra;
  }

  const Scorer& s_;
  std::size_t n_, m_, max_cells_;
  std::vector<Move> moves_;
  Band band_;
  std::vector<std::size_t> dlo_, dhi_, doff_;
  std::vector<float> dots_;
  std::vector<double> sums_;  // per base sentence: running sums of its row of dots_, from 0
  std::vector<double> self_a_, self_b_, mean_a_, mean_b_;
  double len_a_ = 0, len_b_ = 0, ratio_ = 1;
  std::vector<Block> blocks_a_, blocks_b_;
  CrossLanguageParams p_;
  static constexpr std::size_t kNoAnchor = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> anchor_of_a_;  // per base sentence: its number anchor's partner, or kNoAnchor
  std::vector<std::size_t> anchored_before_;  // per base sentence: how many before it have an anchor
  std::vector<std::uint8_t> foreign_a_, foreign_b_;  // per sentence: its names point to another story
  std::vector<std::uint8_t> numbers_a_, numbers_b_;  // per sentence: numbers of two digits or more
  mutable Priced last_;
};

}  // namespace

std::vector<Bead> align_cross_language(const Scorer& scorer, std::size_t max_cells, const std::vector<PairIds>& anchors,
                                       const ForeignNames* foreign) {
  return CrossLanguageAligner(scorer, max_cells, anchors, foreign).run();
}

namespace {

// The script of most of a document's words (of the first thousand), by their first letter.
UScriptCode main_script(const Document& doc) {
  std::unordered_map<int, std::size_t> count;
  std::size_t seen = 0;
  for (const Sentence& s : doc.sentences) {
    for (const Token& t : s.tokens) {
      if (t.kind != TokenKind::Word) continue;
      const std::string_view text = doc.token_text(t);
      std::size_t at = 0;
      UChar32 c = 0;
      U8_NEXT(text.data(), at, text.size(), c);
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = c >= 0 ? uscript_getScript(c, &status) : USCRIPT_INVALID_CODE;
      if (U_SUCCESS(status)) ++count[script];
      if (++seen >= 1000) break;
    }
    if (seen >= 1000) break;
  }
  auto best = std::max_element(count.begin(), count.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
  return best == count.end() ? USCRIPT_INVALID_CODE : static_cast<UScriptCode>(best->first);
}

}  // namespace

std::vector<std::uint8_t> digit_numbers(const Document& doc) {
  std::vector<std::uint8_t> out(doc.sentences.size(), 0);
  for (std::size_t i = 0; i < doc.sentences.size(); ++i)
    for (const Token& t : doc.sentences[i].tokens) {
      if (t.kind != TokenKind::Number || out[i] == 255) continue;
      // Digits of any script ("１８９５").
      const std::string_view text = doc.token_text(t);
      std::size_t at = 0, digits = 0;
      while (at < text.size()) {
        UChar32 c = 0;
        U8_NEXT(text.data(), at, text.size(), c);
        if (c >= 0 && u_isdigit(c)) ++digits;
      }
      if (digits >= 2) ++out[i];
    }
  return out;
}

std::string sound_key(const std::string& latin) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  auto fold = [](char c) {
    return c == 'c' || c == 'q' || c == 'h' ? 'k' : c == 'w' ? 'v' : c == 'y' || c == 'j' ? 'i' : c;
  };
  std::string letters;
  for (char c : latin)
    if (c >= 'a' && c <= 'z') letters.push_back(c);
  std::string out;
  auto put = [&out](char c) {
    if (out.empty() || out.back() != c) out.push_back(c);
  };
  for (std::size_t i = 0; i < letters.size(); ++i) {
    const char c = letters[i], next = i + 1 < letters.size() ? letters[i + 1] : '\0';
    if ((c == 'y' || c == 'j') && vowel(next)) continue;  // "Yulia" / "Юлия" ("ulia")
    if (next == 'h' && (c == 'k' || c == 'z' || c == 'c' || c == 's' || c == 'p')) {
      put(c == 'p' ? 'f' : fold(c));
      ++i;
    } else if (c == 't' && next == 's') {
      put('k');
      ++i;
    } else if (c == 'x') {
      put('k');
      put('s');
    } else {
      put(fold(c));
    }
  }
  // The consonants after the first letter: vowels are where romanisations and case endings differ
  // most ("Вьетнаме" / "Vietnam": "vtnm").
  std::string skeleton;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (i == 0 || (!vowel(out[i]) && skeleton.back() != out[i])) skeleton.push_back(out[i]);
  return skeleton;
}

ForeignNames foreign_names(const Document& a, const Document& b, bool names_a, bool names_b) {
  // An acronym (every letter a capital: "МЧС", "ДТП") is spelt out by a translation, not kept.
  auto acronym = [](std::string_view text) {
    std::size_t at = 0;
    while (at < text.size()) {
      UChar32 c = 0;
      U8_NEXT(text.data(), at, text.size(), c);
      if (c >= 0 && u_isalpha(c) && !u_isupper(c)) return false;
    }
    return true;
  };
  auto key_of = [](const Document& doc, const Token& t) {
    return sound_key(transliteration_key(comparison_key(doc.token_text(t))));
  };
  // The beginnings of every word of a document, as sound keys.
  auto beginnings = [&](const Document& doc) {
    std::unordered_set<std::string> out;
    for (const Sentence& s : doc.sentences)
      for (const Token& t : s.tokens) {
        if (t.kind != TokenKind::Word) continue;
        const std::string key = key_of(doc, t);
        // "3" + the first three sounds, "4" + the first four, "=" + a word of three.
        if (key.size() >= 3) out.insert("3" + key.substr(0, 3));
        if (key.size() >= 4) out.insert("4" + key.substr(0, 4));
        if (key.size() == 3) out.insert("=" + key);
      }
    return out;
  };
  auto flags = [&](const Document& doc, bool names, const std::unordered_set<std::string>& other) {
    std::vector<std::uint8_t> out(doc.sentences.size(), 0);
    if (!names) return out;
    // English capitalises months, weekdays and "Russian" by its spelling rules; a translation
    // renders those by meaning, not by sound.
    const bool english = doc.language == "en";
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      std::size_t found = 0, lost = 0;
      bool first = true;
      for (const Token& t : doc.sentences[i].tokens) {
        if (t.kind != TokenKind::Word) continue;
        const std::string_view text = doc.token_text(t);
        std::size_t at = 0;
        UChar32 c = 0;
        U8_NEXT(text.data(), at, text.size(), c);
        if (!first && c >= 0 && u_isupper(c) && !acronym(text) && !(english && english_capital_not_name(comparison_key(text)))) {
          const std::string key = key_of(doc, t);
          // Found: a word there begins with the same four sounds, or is the first three ("Kapan" /
          // "Капанский").
          const bool known = key.size() == 3 ? other.count("3" + key) != 0
                                             : key.size() > 3 && (other.count("4" + key.substr(0, 4)) != 0 ||
                                                                  other.count("=" + key.substr(0, 3)) != 0);
          if (key.size() >= 3) (known ? found : lost) += 1;
        }
        first = false;
      }
      out[i] = lost > 0 && found == 0 ? 1 : 0;
    }
    return out;
  };
  // In one script a name is kept as written, and the bags' n-grams already count one that has no
  // counterpart against its sentence; across scripts they share next to nothing either way. Han,
  // Kana and Hangul give no sounds a foreign name can be compared by (the pinyin of 岸田 is
  // "an tian", not "Kishida"), so there every name would be "found nowhere": the rule is off.
  auto unsounded = [](UScriptCode script) {
    return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
           script == USCRIPT_HANGUL;
  };
  ForeignNames out;
  const UScriptCode script_a = main_script(a), script_b = main_script(b);
  if (script_a == script_b || unsounded(script_a) || unsounded(script_b)) {
    out.a.assign(a.sentences.size(), 0);
    out.b.assign(b.sentences.size(), 0);
    return out;
  }
  out.a = flags(a, names_a, beginnings(b));
  out.b = flags(b, names_b, beginnings(a));
  return out;
}

std::vector<PairIds> number_anchors(const Document& a, const Document& b) {
  // Per number key: how often the document states it, and in which sentence (the last).
  struct Seen {
    std::uint32_t count = 0;
    std::size_t sentence = 0;
  };
  auto tally = [](const Document& doc) {
    std::unordered_map<std::uint64_t, Seen> seen;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i)
      for (const Token& t : doc.sentences[i].tokens) {
        if (t.kind != TokenKind::Number) continue;
        // A single digit ("3 players", "1 of 2") recurs by chance in any two stories: no anchor.
        const std::string_view text = doc.token_text(t);
        if (std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) < 2) continue;
        if (auto key = digits_key(text)) {
          Seen& s = seen[*key];
          ++s.count;
          s.sentence = i;
        }
      }
    return seen;
  };
  const auto in_a = tally(a), in_b = tally(b);
  std::vector<PairIds> pairs;
  for (const auto& [key, x] : in_a) {
    if (x.count != 1) continue;
    auto it = in_b.find(key);
    if (it != in_b.end() && it->second.count == 1) pairs.push_back({x.sentence, it->second.sentence});
  }
  std::sort(pairs.begin(), pairs.end(), [](const PairIds& x, const PairIds& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
  std::vector<std::size_t> bs;
  for (const PairIds& p : pairs) bs.push_back(p.b);
  std::vector<PairIds> chain;
  for (std::size_t k : longest_increasing(bs)) chain.push_back(pairs[k]);
  return chain;
}

std::vector<Bead> refine_with_tokens(TokenModel& model, const std::vector<Bead>& beads, std::size_t width) {
  const std::size_t n = model.size_a(), m = model.size_b();
  if (n == 0 || m == 0) return beads;
  // Within `width` sentences of the first path, which the bags placed nearly right.
  const Band band = band_around_path(beads, n, m, width);
  const std::vector<std::size_t>& lo = band.lo;
  const std::vector<std::size_t>& hi = band.hi;
  // Sentence i can meet the sentences of b that the cells of rows i+1 .. i+k reach, k at most
  // kMaxTokenBead - 1 back in either direction.
  std::vector<std::size_t> pair_lo(n), pair_hi(n);
  for (std::size_t i = 0; i < n; ++i) {
    pair_lo[i] = lo[i + 1] > kMaxTokenBead ? lo[i + 1] - kMaxTokenBead : 0;
    pair_hi[i] = std::min(m, hi[std::min(n, i + kMaxTokenBead)] + kMaxTokenBead);
  }
  model.note_unpaired(beads);
  model.prepare(pair_lo, pair_hi);
  // Bead costs do not depend on the search, so they are worked out first, rows split between
  // threads, and the search reads them from a table.
  const std::vector<Move> moves = make_moves(kMaxTokenBead);
  std::vector<float> costs(band.cells() * moves.size(), std::numeric_limits<float>::infinity());
  auto fill_rows = [&](std::size_t from, std::size_t to, std::size_t) {
    TokenModel::Scratch scratch;
    for (std::size_t r = from; r < to; ++r)
      for (std::size_t c = lo[r]; c <= hi[r]; ++c)
        for (std::size_t mi = 0; mi < moves.size(); ++mi) {
          const Move& mv = moves[mi];
          if (mv.k == 0 || mv.l == 0 || r < mv.k || c < mv.l) continue;
          if (!band.inside(r - mv.k, c - mv.l)) continue;
          costs[band.index(r, c) * moves.size() + mi] =
              static_cast<float>(model.cost(r - mv.k, mv.k, c - mv.l, mv.l, scratch));
        }
  };
  constexpr std::size_t kRowsPerThread = 2000;
  parallel_runs(n + 1, kRowsPerThread, fill_rows);
  std::uint8_t shape_of[kMaxTokenBead + 1][kMaxTokenBead + 1] = {};
  for (std::size_t mi = 0; mi < moves.size(); ++mi) shape_of[moves[mi].k][moves[mi].l] = static_cast<std::uint8_t>(mi);
  std::vector<Bead> refined = cheapest_path(band, moves, [&](std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) {
    if (k == 0 || l == 0) return k == 0 ? model.skip_cost(false, b0) : model.skip_cost(true, a0);
    const std::size_t r = a0 + k, c = b0 + l;
    return double(costs[band.index(r, c) * moves.size() + shape_of[k][l]]);
  });
  return refined.empty() ? beads : refined;
}

}  // namespace claimdiff::detail

namespace claimdiff::detail {

Dictionary learn_dictionary(const Document& a, const Document& b, const std::vector<Bead>& beads,
                            Dictionary known) {
  Dictionary out = std::move(known);
  // Words by their token key (the hash of their comparison key, as the token model has them):
  // the comparison key itself is worked out once per word.
  std::unordered_map<std::uint64_t, std::uint32_t> ids_a, ids_b;
  std::vector<std::string> words_a, words_b;
  std::vector<std::vector<std::uint32_t>> bead_a, bead_b;
  auto collect = [](const Document& doc, const std::vector<std::uint32_t>& sentences,
                    std::unordered_map<std::uint64_t, std::uint32_t>& ids, std::vector<std::string>& words) {
    std::vector<std::uint32_t> set;
    for (std::uint32_t s : sentences) {
      for (const Token& t : doc.sentences[s].tokens) {
        if (t.kind != TokenKind::Word || t.end - t.start < 3) continue;
        auto [it, fresh] = ids.try_emplace(t.key, static_cast<std::uint32_t>(words.size()));
        if (fresh) words.push_back(comparison_key(doc.token_text(t)));
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
  return out;
}

}  // namespace claimdiff::detail
