#include "align/structure.hpp"

#include <algorithm>
#include <cmath>
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
    double la = 0, lb = 0;
    for (const Sentence& s : a.sentences) la += length(s);
    for (const Sentence& s : b.sentences) lb += length(s);
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
    if (sim > nearby) return true;
    return delta(as, bs) <= kMaxDelta && ka.numbers == kb.numbers;
  }

 private:
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
  double ratio_ = 1, variance_ = kGaleChurchVariance;
};

bool paired(const Bead& bead) { return !bead.base.empty() && !bead.other.empty() && !bead.moved; }

bool contiguous(const std::vector<std::uint32_t>& ids) {
  return !ids.empty() && std::size_t(ids.back() - ids.front()) + 1 == ids.size();
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
    std::vector<std::uint32_t> as, bs;
    bool moved_inside = false;
    for (; j < beads.size() && !paired(beads[j]); ++j) {
      moved_inside = moved_inside || beads[j].moved;
      as.insert(as.end(), beads[j].base.begin(), beads[j].base.end());
      bs.insert(bs.end(), beads[j].other.begin(), beads[j].other.end());
    }
    std::vector<Bead> made;
    if (!moved_inside && contiguous(as) && contiguous(bs)) {
      if (as.size() == bs.size()) {
        for (std::size_t t = 0; t < as.size(); ++t) {
          Bead bead;
          bead.base = {as[t]};
          bead.other = {bs[t]};
          made.push_back(std::move(bead));
        }
      } else if (as.size() + bs.size() == 3) {
        Bead bead;
        bead.base = as;
        bead.other = bs;
        made.push_back(std::move(bead));
      }
    }
    bool ok = !made.empty();
    for (std::size_t t = 0; ok && t < made.size(); ++t) ok = pairer.evidence(made[t].base, made[t].other);
    if (ok) {
      for (Bead& bead : made) {
        bead.structural = true;
        out.push_back(std::move(bead));
      }
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
