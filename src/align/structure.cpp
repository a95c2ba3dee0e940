#include "align/structure.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <string>

#include "claimdiff/text.hpp"
#include "segment/numbers.hpp"
#include "segment/transliterate.hpp"

namespace claimdiff::detail {
namespace {

// Gale & Church's (1993) variance of the length difference per character, for a document with
// no reworded 1-1 bead to estimate its own from.
constexpr double kGaleChurchVariance = 6.8;

// Gale & Church's (1993) priors of bead shapes in aligned text: 1-1, 1-0 (or 0-1), 2-1 (or 1-2).
constexpr double kPrior11 = 0.89;
constexpr double kPriorSkip = 0.0099;
constexpr double kPrior21 = 0.089 / 2;

// Nats a bead gains per unit of character 4-gram Dice between its sides: a pair sharing a tenth
// of its 4-grams gains about what a length difference of two and a half standard deviations
// costs, so that words decide where they say something and length where they do not.
constexpr double kLexicalNats = 40.0;

// The largest unpaired run (sentences of both sides) that is split by a Gale-Church programme.
constexpr std::size_t kMaxRun = 16;

// Chance 4-gram Dice: pairs of far-apart sentences sampled per document, the fewest that give a
// percentile, and the 90th percentile between unrelated WMT news sentences (the fallback).
constexpr std::size_t kChanceSamples = 2000;
constexpr std::size_t kMinChanceSamples = 20;
constexpr double kChanceDice = 0.114;

// A lengths fit within this many standard deviations of the expected length (two: 95%).
constexpr double kMaxDelta = 2.0;

struct Keys {
  std::vector<std::uint64_t> grams;    // sorted, unique: 4-grams of words, numbers' digit keys
  std::vector<std::uint64_t> numbers;  // sorted, unique digit keys
};

void sort_unique(std::vector<std::uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// One sentence's keys: words through their transliteration key (one script, no accents), so that
// a name spelt with or without diacritics still shares its n-grams.
Keys sentence_keys(const Document& d, const Sentence& s) {
  Keys k;
  for (const Token& t : s.tokens) {
    if (t.kind == TokenKind::Punct) continue;
    std::string_view text = d.token_text(t);
    if (t.kind == TokenKind::Number) {
      if (auto key = digits_key(text)) {
        k.grams.push_back(*key);
        k.numbers.push_back(*key);
      }
      continue;
    }
    std::string w = "^" + transliteration_key(comparison_key(text)) + "$";
    if (w.size() < 5) {
      k.grams.push_back(hash_bytes(w));
      continue;
    }
    for (std::size_t i = 0; i + 4 <= w.size(); ++i) k.grams.push_back(hash_bytes(std::string_view(w).substr(i, 4), 77));
  }
  sort_unique(k.grams);
  sort_unique(k.numbers);
  return k;
}

double dice(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y) {
  if (x.empty() || y.empty()) return 0;
  std::size_t i = 0, j = 0, n = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] < y[j]) ++i;
    else if (y[j] < x[i]) ++j;
    else {
      ++n;
      ++i;
      ++j;
    }
  }
  return 2.0 * double(n) / double(x.size() + y.size());
}

// Keys of each sentence of one document, computed when first asked for.
class KeyCache {
 public:
  explicit KeyCache(const Document& d) : d_(d), keys_(d.sentences.size()) {}
  const Keys& at(std::size_t id) {
    if (!keys_[id]) keys_[id] = sentence_keys(d_, d_.sentences[id]);
    return *keys_[id];
  }
  Keys joined(std::span<const std::uint32_t> ids) {
    Keys k;
    for (auto id : ids) {
      const Keys& one = at(id);
      k.grams.insert(k.grams.end(), one.grams.begin(), one.grams.end());
      k.numbers.insert(k.numbers.end(), one.numbers.begin(), one.numbers.end());
    }
    sort_unique(k.grams);
    sort_unique(k.numbers);
    return k;
  }
  std::size_t size() const { return keys_.size(); }

 private:
  const Document& d_;
  std::vector<std::optional<Keys>> keys_;
};

class StructurePairer {
 public:
  StructurePairer(const Document& a, const Document& b, const std::vector<Bead>& beads)
      : a_(a), b_(b), keys_a_(a), keys_b_(b) {
    // The length ratio of what is paired already: the sentences left alone are the ones in
    // question, and an inserted paragraph would skew a short document's whole ratio.
    double la = 0, lb = 0;
    for (const Bead& bead : beads) {
      if (bead.base.empty() || bead.other.empty() || bead.moved) continue;
      for (auto i : bead.base) la += length(a.sentences[i]);
      for (auto j : bead.other) lb += length(b.sentences[j]);
    }
    if (la <= 0 || lb <= 0) {
      la = lb = 0;
      for (const Sentence& s : a.sentences) la += length(s);
      for (const Sentence& s : b.sentences) lb += length(s);
    }
    ratio_ = la > 0 && lb > 0 ? lb / la : 1;
    // Variance of the length difference per character of base, from the reworded 1-1 beads
    // (exact ones differ by nothing and would say the lengths never vary).
    double num = 0, den = 0;
    for (const Bead& bead : beads) {
      if (bead.base.size() != 1 || bead.other.size() != 1 || bead.exact || bead.moved) continue;
      double x = length(a.sentences[bead.base[0]]), y = length(b.sentences[bead.other[0]]);
      num += (y - ratio_ * x) * (y - ratio_ * x);
      den += x;
    }
    // At least one character of variance per character: lengths are whole characters.
    variance_ = den > 0 ? std::max(num / den, 1.0) : kGaleChurchVariance;
  }

  // Whether base sentences `as` and other sentences `bs` may be paired without lexical support.
  bool evidence(std::span<const std::uint32_t> as, std::span<const std::uint32_t> bs) {
    Keys ka = keys_a_.joined(as), kb = keys_b_.joined(bs);
    if (closest(ka, kb, as, bs)) return true;
    return delta(as, bs) <= kMaxDelta && ka.numbers == kb.numbers;
  }

  // Evidence for a bead the programme made (1-1, 2-1 or 1-2): the programme chose it among many
  // pairings for its fitting lengths, so length is no evidence. Each part on its own must share
  // more with the rest of the bead than with any other sentence nearby, and more than two
  // unrelated sentences of this document share (chance_).
  bool evidence_each(std::span<const std::uint32_t> as, std::span<const std::uint32_t> bs) {
    Keys ka = keys_a_.joined(as), kb = keys_b_.joined(bs);
    // A part against the rest of the bead, compared with the sentences nearby outside the bead
    // (its sibling is the bead's own).
    auto part_ok = [&](const Keys& x, const Keys& y) { return dice(x.grams, y.grams) > chance() && closest(x, y, as, bs); };
    if (as.size() > 1) {
      for (std::uint32_t id : as)
        if (!part_ok(keys_a_.at(id), kb)) return false;
    } else if (bs.size() > 1) {
      for (std::uint32_t id : bs)
        if (!part_ok(ka, keys_b_.at(id))) return false;
    } else {
      return part_ok(ka, kb);
    }
    return true;
  }

  // Gale & Church's cost of a bead of `as` against `bs` (either may be empty): minus the log of
  // the prior of its shape and of the probability of a length difference as large, less its
  // character 4-gram Dice coefficient in nats (shared words are evidence too).
  double cost(std::span<const std::uint32_t> as, std::span<const std::uint32_t> bs) {
    const double prior = as.empty() || bs.empty() ? kPriorSkip : as.size() == 1 && bs.size() == 1 ? kPrior11 : kPrior21;
    if (as.empty() || bs.empty()) return -std::log(prior);
    const double d = delta(as, bs);
    const double tail = std::max(std::erfc(d / std::sqrt(2.0)), 1e-12);  // two-sided: 2 (1 - Phi(d))
    const double sim = dice(keys_a_.joined(as).grams, keys_b_.joined(bs).grams);
    return -std::log(prior) - std::log(tail) - kLexicalNats * std::max(0.0, sim - chance());
  }

 private:
  // The character 4-gram Dice two unrelated sentences of these documents reach by chance: the
  // 90th percentile over pairs of sentences far apart (a base sentence against an other sentence
  // at least kStructureWindow from its place, sampled evenly, at most kChanceSamples). Too few
  // such pairs in a short document: kChanceDice, measured the same way on WMT news.
  // The chance level, sampled on first use: documents whose gaps never reach the programme
  // (most revisions) do not pay for the sample.
  double chance() {
    if (!chance_ready_) chance_ = chance_dice(), chance_ready_ = true;
    return chance_;
  }
  double chance_dice() {
    const std::size_t n = a_.sentences.size(), m = b_.sentences.size();
    std::vector<double> sims;
    if (n > 0 && m > 0) {
      const std::size_t step = std::max<std::size_t>(1, n * m / kChanceSamples);
      for (std::size_t t = 0; t < n * m && sims.size() < kChanceSamples; t += step) {
        const std::size_t i = t / m, j = (t % m + (t / m) * 7) % m;
        const double place = double(i) * double(m) / double(n);
        if (std::abs(place - double(j)) <= double(kStructureWindow)) continue;
        sims.push_back(dice(keys_a_.at(i).grams, keys_b_.at(j).grams));
      }
    }
    if (sims.size() < kMinChanceSamples) return kChanceDice;
    auto p90 = sims.begin() + static_cast<std::ptrdiff_t>(sims.size() * 9 / 10);
    std::nth_element(sims.begin(), p90, sims.end());
    return *p90;
  }

  // Whether `ka` (of base sentences as) and `kb` (of other sentences bs) share more character
  // 4-grams with each other than either shares with any other sentence within kStructureWindow.
  bool closest(const Keys& ka, const Keys& kb, std::span<const std::uint32_t> as, std::span<const std::uint32_t> bs) {
    double sim = dice(ka.grams, kb.grams);
    double nearby = 0;
    for (std::size_t j = window_lo(bs.front()); j < window_hi(bs.back(), b_); ++j) {
      if (j >= bs.front() && j <= bs.back()) continue;
      nearby = std::max(nearby, dice(ka.grams, keys_b_.at(j).grams));
    }
    for (std::size_t i = window_lo(as.front()); i < window_hi(as.back(), a_); ++i) {
      if (i >= as.front() && i <= as.back()) continue;
      nearby = std::max(nearby, dice(keys_a_.at(i).grams, kb.grams));
    }
    return sim > nearby;
  }

  static double length(const Sentence& s) { return double(s.end - s.start); }
  static std::size_t window_lo(std::size_t id) { return id > kStructureWindow ? id - kStructureWindow : 0; }
  static std::size_t window_hi(std::size_t id, const Document& d) {
    return std::min(d.sentences.size(), id + kStructureWindow + 1);
  }

  // Gale & Church's delta: the length difference in standard deviations.
  double delta(std::span<const std::uint32_t> as, std::span<const std::uint32_t> bs) const {
    double la = 0, lb = 0;
    for (auto i : as) la += length(a_.sentences[i]);
    for (auto j : bs) lb += length(b_.sentences[j]);
    return gale_church_delta(la, lb, ratio_, variance_);
  }

  const Document& a_;
  const Document& b_;
  KeyCache keys_a_, keys_b_;
  double ratio_ = 1, variance_ = kGaleChurchVariance, chance_ = kChanceDice;
  bool chance_ready_ = false;
};

bool paired(const Bead& bead) { return !bead.base.empty() && !bead.other.empty() && !bead.moved; }

bool contiguous(const std::vector<std::uint32_t>& ids) {
  return !ids.empty() && std::size_t(ids.back() - ids.front()) + 1 == ids.size();
}

// A run of sentences of both sides between paired neighbours, split by Gale & Church's programme
// (StructurePairer::cost) into 1-1, 2-1, 1-2 beads and sentences left alone; each pair it makes
// needs evidence, else its sentences stay alone. `keep`: beads the run was extended with, which
// stay as they were when the programme gives them back unchanged. Empty when the run is too large.
std::vector<Bead> split_run(StructurePairer& pairer, const std::vector<std::uint32_t>& as,
                            const std::vector<std::uint32_t>& bs, const std::vector<const Bead*>& keep, bool& any_new) {
  const std::size_t n = as.size(), m = bs.size();
  any_new = false;
  if (n + m > kMaxRun) return {};
  constexpr double kInf = std::numeric_limits<double>::infinity();
  struct Cell {
    double cost = kInf;
    std::uint8_t k = 0, l = 0;
  };
  std::vector<Cell> table((n + 1) * (m + 1));
  auto at = [&](std::size_t i, std::size_t j) -> Cell& { return table[i * (m + 1) + j]; };
  at(0, 0).cost = 0;
  static constexpr std::uint8_t kMoves[][2] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
  for (std::size_t i = 0; i <= n; ++i)
    for (std::size_t j = 0; j <= m; ++j)
      for (const auto& mv : kMoves) {
        if (mv[0] > i || mv[1] > j || at(i - mv[0], j - mv[1]).cost == kInf) continue;
        const double c = at(i - mv[0], j - mv[1]).cost +
                         pairer.cost(std::span(as).subspan(i - mv[0], mv[0]), std::span(bs).subspan(j - mv[1], mv[1]));
        if (c < at(i, j).cost) at(i, j) = {c, mv[0], mv[1]};
      }
  std::vector<Bead> path;
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const Cell& c = at(i, j);
    Bead bead;
    bead.base.assign(as.begin() + static_cast<std::ptrdiff_t>(i - c.k), as.begin() + static_cast<std::ptrdiff_t>(i));
    bead.other.assign(bs.begin() + static_cast<std::ptrdiff_t>(j - c.l), bs.begin() + static_cast<std::ptrdiff_t>(j));
    path.push_back(std::move(bead));
    i -= c.k;
    j -= c.l;
  }
  std::reverse(path.begin(), path.end());
  std::vector<Bead> out;
  for (Bead& bead : path) {
    if (bead.base.empty() || bead.other.empty()) {
      // A neighbour's sentence left alone: the programme undid a pair the words made.
      const std::uint32_t id = bead.base.empty() ? bead.other[0] : bead.base[0];
      if (std::any_of(keep.begin(), keep.end(), [&](const Bead* k) {
            return bead.base.empty() ? k->other[0] == id : k->base[0] == id;
          }))
        return {};
      out.push_back(std::move(bead));
      continue;
    }
    auto same = std::find_if(keep.begin(), keep.end(), [&](const Bead* k) { return k->base == bead.base && k->other == bead.other; });
    if (same != keep.end()) {
      out.push_back(**same);
      continue;
    }
    const bool ok = pairer.evidence_each(bead.base, bead.other);
    if (!ok) {
      // A bead the run was extended with and that the programme reshaped without evidence: the
      // run is left as it was.
      if (!keep.empty()) return {};
      for (std::uint32_t id : bead.base) out.push_back(Bead{{id}, {}});
      for (std::uint32_t id : bead.other) out.push_back(Bead{{}, {id}});
      continue;
    }
    bead.structural = true;
    any_new = true;
    out.push_back(std::move(bead));
  }
  return out;
}

// A paired neighbour that a run of sentences of one side only may be re-formed with: a
// reworded 1-1 bead (an exact or moved one is settled), as a 2-1 bead that took only one of
// its two sentences leaves the other alone beside it.
bool reformable(const Bead& bead) {
  return bead.base.size() == 1 && bead.other.size() == 1 && !bead.exact && !bead.moved;
}

}  // namespace

void pair_by_structure(const Document& a, const Document& b, std::vector<Bead>& beads) {
  StructurePairer pairer(a, b, beads);
  std::vector<Bead> out;
  out.reserve(beads.size());
  std::size_t i = 0;
  while (i < beads.size()) {
    if (paired(beads[i])) {
      out.push_back(std::move(beads[i++]));
      continue;
    }
    // A run of beads that are not paired in order; it lies between paired neighbours (or a
    // document edge) by construction.
    std::size_t j = i;
    // A sentence that moved here from elsewhere is no part of the gap: it is never taken for
    // the rewording of what replaced it, nor does it stop the gap's own sentences pairing.
    std::vector<std::uint32_t> as, bs;
    std::vector<std::size_t> movers;
    for (; j < beads.size() && !paired(beads[j]); ++j) {
      if (beads[j].moved) {
        movers.push_back(j);
        continue;
      }
      as.insert(as.end(), beads[j].base.begin(), beads[j].base.end());
      bs.insert(bs.end(), beads[j].other.begin(), beads[j].other.end());
    }
    std::vector<Bead> made;
    bool fresh = false;
    if (contiguous(as) && contiguous(bs) && as.size() == bs.size()) {
      for (std::size_t t = 0; t < as.size(); ++t) {
        Bead bead;
        bead.base = {as[t]};
        bead.other = {bs[t]};
        made.push_back(std::move(bead));
      }
      bool ok = true;
      // With a mover inside, the run is no longer a gap in order on both sides (what replaced
      // the mover may be anything), so length is no evidence there either.
      for (std::size_t t = 0; ok && t < made.size(); ++t)
        ok = movers.empty() ? pairer.evidence(made[t].base, made[t].other) : pairer.evidence_each(made[t].base, made[t].other);
      if (ok) {
        for (Bead& bead : made) bead.structural = true;
        fresh = true;
      } else {
        made.clear();
      }
    }
    if (made.empty() && !(as.empty() && bs.empty()) && (as.empty() || contiguous(as)) && (bs.empty() || contiguous(bs))) {
      // First with the reworded 1-1 neighbours: a sentence left alone may be the rest of a
      // neighbour's 2-1 bead (a line that merged two). Then, when both sides have sentences,
      // the run alone.
      const Bead* before = !out.empty() && reformable(out.back()) ? &out.back() : nullptr;
      const Bead* after = j < beads.size() && reformable(beads[j]) ? &beads[j] : nullptr;
      std::vector<std::uint32_t> xs, ys;
      std::vector<const Bead*> keep;
      if (before) {
        xs.insert(xs.end(), before->base.begin(), before->base.end());
        ys.insert(ys.end(), before->other.begin(), before->other.end());
        keep.push_back(before);
      }
      xs.insert(xs.end(), as.begin(), as.end());
      ys.insert(ys.end(), bs.begin(), bs.end());
      if (after) {
        xs.insert(xs.end(), after->base.begin(), after->base.end());
        ys.insert(ys.end(), after->other.begin(), after->other.end());
        keep.push_back(after);
      }
      if (!keep.empty() && contiguous(xs) && contiguous(ys)) {
        made = split_run(pairer, xs, ys, keep, fresh);
        if (!fresh || made.empty()) {
          made.clear();
        } else {
          if (before) out.pop_back();
          if (after) ++j;
        }
      }
      if (made.empty() && !as.empty() && !bs.empty()) {
        made = split_run(pairer, as, bs, {}, fresh);
        if (!fresh) made.clear();
      }
    }
    if (!made.empty()) {
      // The moved beads keep their place in the other version's order.
      std::size_t next = 0;
      for (Bead& bead : made) {
        for (; next < movers.size() && !bead.other.empty() && beads[movers[next]].other[0] < bead.other[0]; ++next)
          out.push_back(std::move(beads[movers[next]]));
        out.push_back(std::move(bead));
      }
      for (; next < movers.size(); ++next) out.push_back(std::move(beads[movers[next]]));
    } else {
      for (std::size_t t = i; t < j; ++t) out.push_back(std::move(beads[t]));
    }
    i = j;
  }
  beads = std::move(out);
}

double gale_church_delta(double la, double lb, double ratio, double variance) {
  return std::abs(lb - ratio * la) / std::sqrt(std::max(la, 1.0) * variance);
}

bool lengths_fit(double la, double lb, double ratio) {
  return gale_church_delta(la, lb, ratio, kGaleChurchVariance) <= kMaxDelta;
}

}  // namespace claimdiff::detail
