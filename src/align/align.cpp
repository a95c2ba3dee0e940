#include "claimdiff/align.hpp"

#include <algorithm>
#include <iterator>
#include <cmath>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <dtl/dtl.hpp>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "claimdiff/error.hpp"
#include "claimdiff/text.hpp"
#include "align/bead_path.hpp"
#include "align/cross_language.hpp"
#include "align/reversed_dictionary.hpp"
#include "align/scorer.hpp"
#include "align/structure.hpp"
#include "align/token_model.hpp"
#include "segment/numbers.hpp"
#include "segment/transliterate.hpp"

namespace claimdiff {
namespace {

using detail::Bag;
using detail::Scorer;

struct Range {
  std::size_t a0, a1, b0, b1;  // [a0, a1) of base, [b0, b1) of other
};

using Pair = detail::PairIds;
using detail::longest_increasing;

// Stage 1a: patience diff's anchors, sentences whose key occurs once in each version, widened
// to keys that occur equally often (up to a few times) in both: their k-th occurrences pair up.
// Without that, a text that repeats itself (a document pasted twice, a refrain) has no anchor
// at all and everything falls to the slower stages.
constexpr std::uint32_t kMaxRepeats = 8;

// The word-level pass searches this many sentences either side of the first path: it moves
// bead boundaries the bag-of-words path placed nearly right, and its own beads reach further.
constexpr std::size_t kRefineWidth = 2;

std::vector<Pair> unique_anchors(const Document& a, const Document& b, const Range& r) {
  struct Count { std::uint32_t na = 0, nb = 0; };
  std::unordered_map<std::uint64_t, Count> counts;
  counts.reserve((r.a1 - r.a0) + (r.b1 - r.b0));
  for (std::size_t i = r.a0; i < r.a1; ++i) ++counts[a.sentences[i].key].na;
  for (std::size_t j = r.b0; j < r.b1; ++j) {
    auto it = counts.find(b.sentences[j].key);
    if (it != counts.end()) ++it->second.nb;
  }
  auto anchorable = [](const Count& c) { return c.na == c.nb && c.na <= kMaxRepeats; };
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> seen_a;
  for (std::size_t i = r.a0; i < r.a1; ++i) {
    auto it = counts.find(a.sentences[i].key);
    if (anchorable(it->second)) seen_a[it->first].push_back(i);
  }
  std::unordered_map<std::uint64_t, std::size_t> used;
  std::vector<Pair> pairs;
  for (std::size_t j = r.b0; j < r.b1; ++j) {
    auto it = seen_a.find(b.sentences[j].key);
    if (it == seen_a.end()) continue;
    std::size_t k = used[it->first]++;
    pairs.push_back({it->second[k], j});
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.a < y.a; });
  std::vector<std::size_t> bs;
  for (const Pair& p : pairs) bs.push_back(p.b);
  std::vector<Pair> chain;
  for (std::size_t k : longest_increasing(bs)) chain.push_back(pairs[k]);
  return chain;
}

// Stage 1b: dtl's SES over sentence keys inside a gap between unique anchors. Bounded: dtl's
// O(NP) cost grows with the differences, so large gaps or gaps with nothing in common are skipped.
constexpr std::size_t kMaxDtlGap = 2000;

std::vector<Pair> common_in_gap(const Document& a, const Document& b, const Range& r) {
  std::size_t n = r.a1 - r.a0, m = r.b1 - r.b0;
  if (n == 0 || m == 0 || n + m > kMaxDtlGap) return {};
  std::unordered_set<std::uint64_t> in_a;
  std::vector<std::uint64_t> ka, kb;
  for (std::size_t i = r.a0; i < r.a1; ++i) {
    ka.push_back(a.sentences[i].key);
    in_a.insert(ka.back());
  }
  bool any = false;
  for (std::size_t j = r.b0; j < r.b1; ++j) {
    kb.push_back(b.sentences[j].key);
    any = any || in_a.count(kb.back()) != 0;
  }
  if (!any) return {};
  dtl::Diff<std::uint64_t> diff(ka, kb);
  diff.compose();
  std::vector<Pair> out;
  for (const auto& [elem, info] : diff.getSes().getSequence()) {
    if (info.type != dtl::SES_COMMON) continue;
    out.push_back({r.a0 + static_cast<std::size_t>(info.beforeIdx - 1),
                   r.b0 + static_cast<std::size_t>(info.afterIdx - 1)});
  }
  return out;
}

// Stage 2: the bead path (bead_path.hpp) inside a gap, maximising the summed gain of the beads.
// A bead gains its total token weight times (similarity - threshold - penalty), similarity being
// the weighted Dice coefficient of the union of its sentences (a key counted once): a 2-1 bead
// beats a 1-1 bead plus a skip only when the extra sentence brings words of its own to the match,
// not merely the common words every sentence shares. Skipping a sentence (1-0, 0-1) gains nothing.
// The path is the cheapest with a bead's price its negated gain.
class GapAligner {
 public:
  GapAligner(const Scorer& scorer, const AlignOptions& options) : scorer_(scorer), options_(options) {}

  void run(const Range& r, std::vector<Bead>& out) {
    std::size_t n = r.a1 - r.a0, m = r.b1 - r.b0;
    r_ = r;
    std::vector<Bead> beads;
    if (n > 0 && m > 0 && make_band(n, m)) {
      shared_.assign(band_.cells(), 0);
      fill_shared();
      auto cost = [this](std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) { return -gain(a0, k, b0, l); };
      auto bound = [this](std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) { return -gain_bound(a0, k, b0, l); };
      // Near-ties go to the 1-1 bead, whatever the rounding of the sums along the way.
      beads = detail::cheapest_path(band_, std::span(kMoves, move_count()), cost, bound, {1e-12, 2});
    }
    if (beads.empty()) {
      // An empty side, or nothing in the gap resembles anything: every sentence stands alone.
      for (std::size_t i = r.a0; i < r.a1; ++i) out.push_back(detail::one_sided(true, i));
      for (std::size_t j = r.b0; j < r.b1; ++j) out.push_back(detail::one_sided(false, j));
      return;
    }
    for (const Bead& bead : beads) {
      const std::size_t a0 = bead.base.empty() ? 0 : bead.base[0], b0 = bead.other.empty() ? 0 : bead.other[0];
      if (!bead.base.empty() && !bead.other.empty() && gain(a0, bead.base.size(), b0, bead.other.size()) < 0) {
        // A forced pairing below the threshold (a band corner): both sides unpaired.
        for (std::uint32_t id : bead.base) out.push_back(detail::one_sided(true, r.a0 + id));
        for (std::uint32_t id : bead.other) out.push_back(detail::one_sided(false, r.b0 + id));
        continue;
      }
      Bead shifted;
      for (std::uint32_t id : bead.base) shifted.base.push_back(static_cast<std::uint32_t>(r.a0 + id));
      for (std::uint32_t id : bead.other) shifted.other.push_back(static_cast<std::uint32_t>(r.b0 + id));
      out.push_back(std::move(shifted));
    }
  }

 private:
  static constexpr detail::Move kMoves[] = {{1, 0}, {0, 1}, {1, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}};
  // Revisions rarely split a sentence in three; translations do.
  std::size_t move_count() const {
    return options_.via != nullptr || options_.cross_language ? std::size(kMoves) : 5;
  }
  // Beads beyond 1-1 are rarer, the more so the larger.
  static double penalty(std::size_t k, std::size_t l) { return k + l <= 2 ? 0 : k + l == 3 ? 0.1 : 0.15; }

  // The whole gap when it is small enough, else a band around a skeleton of confident pairs
  // found through rare tokens; false when no pair is found at all.
  bool make_band(std::size_t n, std::size_t m) {
    if ((n + 1) * (m + 1) <= options_.max_cells) {
      band_ = detail::whole_table(n, m);
      return true;
    }
    std::vector<Pair> skeleton = scorer_.candidate_chain(r_.a0, r_.a1, r_.b0, r_.b1, options_.threshold);
    if (skeleton.empty()) return false;
    for (Pair& p : skeleton) p = {p.a - r_.a0, p.b - r_.b0};
    band_ = detail::band_along(skeleton, n, m, options_.max_cells);
    return true;
  }

  // Shared weight of base sentence row-1 and other sentence col-1 of the gap (cached inside the
  // band).
  double shared(std::size_t row, std::size_t col) const {
    if (row == 0 || col == 0) return 0;
    if (band_.inside(row, col)) return shared_[band_.index(row, col)];
    return scorer_.shared(r_.a0 + row - 1, r_.b0 + col - 1);
  }

  // Gain of the bead of the gap's base sentences [a0, a0+k) and other sentences [b0, b0+l).
  double gain(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) const {
    if (k == 0 || l == 0) return 0;
    const std::size_t row = a0 + k, col = b0 + l;
    const std::size_t a = r_.a0 + row - 1, b = r_.b0 + col - 1;  // last sentence of each side
    const double pen = penalty(k, l);
    double sh = 0, total = 0;
    if (k == 1 && l == 1) {
      sh = shared(row, col);
      total = scorer_.total_a(a) + scorer_.total_b(b);
    } else if (k == 2 && l == 1) {
      total = scorer_.total_two_a(a - 1) + scorer_.total_b(b);
      // The pairwise shares bound the union's from above: when even they cannot make the bead
      // pay, skip the exact union (the skips reach the same cell with a gain of zero).
      if (2 * (shared(row, col) + shared(row - 1, col)) < (options_.threshold + pen) * total) return -1;
      sh = scorer_.shared_two_a(a - 1, b);
    } else if (k == 1 && l == 2) {
      total = scorer_.total_a(a) + scorer_.total_two_b(b - 1);
      if (2 * (shared(row, col) + shared(row, col - 1)) < (options_.threshold + pen) * total) return -1;
      sh = scorer_.shared_two_b(a, b - 1);
    } else {
      std::tie(sh, total) = scorer_.union_weights(a + 1 - k, k, b + 1 - l, l);
    }
    double sim = total > 0 ? std::min(1.0, 2 * sh / total) : 0;
    sim = scorer_.adjust(sim, r_.a0 + a0, k, r_.b0 + b0, l);
    return total * (sim - options_.threshold - pen);
  }

  // The shared weight of every pair inside the band, from postings of the other side's keys:
  // each base key visits only the sentences that hold it, where comparing the two bags of every
  // cell would walk both whole. Keys are added in ascending order, as Scorer::shared adds them,
  // so the sums are the same to the last bit.
  void fill_shared() {
    struct Post {
      std::uint64_t key;
      std::uint32_t col;
      float weight;
    };
    const std::size_t n = r_.a1 - r_.a0, m = r_.b1 - r_.b0;
    std::vector<Post> posts;
    for (std::size_t col = 1; col <= m; ++col) {
      const Bag& bag = scorer_.bag_b(r_.b0 + col - 1);
      for (std::size_t i = 0; i < bag.keys.size(); ++i) posts.push_back({bag.keys[i], static_cast<std::uint32_t>(col), bag.weights[i]});
    }
    std::sort(posts.begin(), posts.end(), [](const Post& x, const Post& y) { return x.key != y.key ? x.key < y.key : x.col < y.col; });
    for (std::size_t row = 1; row <= n; ++row) {
      const std::size_t lo = std::max<std::size_t>(band_.lo[row], 1), hi = band_.hi[row];
      if (lo > hi) continue;
      double* acc = &shared_[band_.index(row, lo)];
      const Bag& bag = scorer_.bag_a(r_.a0 + row - 1);
      for (std::size_t i = 0; i < bag.keys.size(); ++i) {
        auto p = std::lower_bound(posts.begin(), posts.end(), std::pair{bag.keys[i], lo}, [](const Post& x, const std::pair<std::uint64_t, std::size_t>& y) {
          return x.key != y.first ? x.key < y.first : x.col < y.second;
        });
        for (; p != posts.end() && p->key == bag.keys[i] && p->col <= hi; ++p) acc[p->col - lo] += std::min(bag.weights[i], p->weight);
      }
    }
  }

  // An upper bound of gain() for a 2-1 or 1-2 bead from the pairwise shares (the union shares no
  // more than their sum, and the length prior only lowers a bead of more than two), equal to
  // gain() when gain() itself gives up on the bound; +inf for the other shapes.
  double gain_bound(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) const {
    const std::size_t row = a0 + k, col = b0 + l;
    double pair = 0, total = 0;
    if (k == 2 && l == 1) {
      total = scorer_.total_two_a(r_.a0 + a0) + scorer_.total_b(r_.b0 + b0);
      pair = shared(row, col) + shared(row - 1, col);
    } else if (k == 1 && l == 2) {
      total = scorer_.total_a(r_.a0 + a0) + scorer_.total_two_b(r_.b0 + b0);
      pair = shared(row, col) + shared(row, col - 1);
    } else {
      return std::numeric_limits<double>::infinity();
    }
    const double pen = penalty(k, l);
    if (2 * pair < (options_.threshold + pen) * total) return -1;
    double sim = total > 0 ? std::min(1.0, 2 * pair / total) : 0;
    return total * (sim - options_.threshold - pen);
  }

  const Scorer& scorer_;
  const AlignOptions& options_;
  Range r_{};
  detail::Band band_;
  std::vector<double> shared_;
};

Bead exact_bead(std::size_t a, std::size_t b) {
  Bead bead;
  bead.base.push_back(static_cast<std::uint32_t>(a));
  bead.other.push_back(static_cast<std::uint32_t>(b));
  bead.similarity = 1;
  bead.exact = true;
  return bead;
}

// Aligns a range: anchors first, then each gap between anchors with the DP.
void align_range(const Document& a, const Document& b, const Range& r, const Scorer& scorer,
                 const AlignOptions& options, bool use_dtl, std::vector<Bead>& out) {
  std::vector<Pair> anchors = use_dtl ? common_in_gap(a, b, r) : unique_anchors(a, b, r);
  GapAligner gaps(scorer, options);
  std::size_t pa = r.a0, pb = r.b0;
  for (const Pair& p : anchors) {
    Range gap{pa, p.a, pb, p.b};
    if (use_dtl) gaps.run(gap, out);
    else align_range(a, b, gap, scorer, options, true, out);
    out.push_back(exact_bead(p.a, p.b));
    pa = p.a + 1;
    pb = p.b + 1;
  }
  Range tail{pa, r.a1, pb, r.b1};
  if (use_dtl) gaps.run(tail, out);
  else align_range(a, b, tail, scorer, options, true, out);
}

// The whole-word keys a translation keeps: names (capitalised, not only as the sentence's first
// word) and the digits of each number.
struct WordAnchors {
  std::vector<std::uint64_t> names;
  std::vector<std::string> latin;      // parallel to names: the name in Latin letters, lower case
  std::vector<bool> first;             // parallel to names: the sentence's first word
  std::vector<UScriptCode> script;     // parallel to names: the script of its first letter
  std::vector<std::string> start;      // parallel to names: romanised_start(latin)
  std::vector<std::vector<std::uint64_t>> grams;  // parallel to names: detail::grams_of(latin)
  std::vector<std::uint64_t> numbers;  // digits_key of each number token
};

bool capitalised(std::string_view text) {
  std::size_t i = 0;
  UChar32 c = 0;
  U8_NEXT(text.data(), i, text.size(), c);
  return c >= 0 && u_isupper(c);
}

// A name in Latin letters as a romanisation begins it: English writes two letters where
// transliteration into ASCII writes one ("kh", "zh", "ch", "sh", "ts" for х, ж, ч, ш, ц, which
// become "h", "z", "c", "s", "c"), and "y" or "j" before a vowel where it writes none (я, ю,
// Degtyarev, Yulia); both reduced alike, the two spellings of a name begin with the same letters.
std::string romanised_start(const std::string& latin) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::string out;
  for (std::size_t i = 0; i < latin.size() && out.size() < 3; ++i) {
    const char c = latin[i], next = i + 1 < latin.size() ? latin[i + 1] : '\0';
    if ((c == 'y' || c == 'j') && vowel(next)) continue;
    if (next == 'h' && (c == 'k' || c == 'z' || c == 'c' || c == 's')) {
      out.push_back(c == 'k' ? 'h' : c);
      ++i;
    } else if (c == 't' && next == 's') {
      out.push_back('c');
      ++i;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

UScriptCode first_letter_script(std::string_view text) {
  std::size_t i = 0;
  UChar32 c = 0;
  U8_NEXT(text.data(), i, text.size(), c);
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode code = c >= 0 ? uscript_getScript(c, &status) : USCRIPT_INVALID_CODE;
  return U_SUCCESS(status) ? code : USCRIPT_INVALID_CODE;
}

WordAnchors word_anchors(const Document& doc, const Sentence& s) {
  WordAnchors out;
  bool first = true;
  for (const Token& t : s.tokens) {
    if (t.kind == TokenKind::Number) {
      if (auto key = detail::digits_key(doc.token_text(t))) out.numbers.push_back(*key);
    } else if (t.kind == TokenKind::Word) {
      if (capitalised(doc.token_text(t))) {
        out.names.push_back(t.key);
        out.latin.push_back(detail::transliteration_key(comparison_key(doc.token_text(t))));
        out.first.push_back(first);
        out.script.push_back(first_letter_script(doc.token_text(t)));
        out.start.push_back(romanised_start(out.latin.back()));
        out.grams.push_back(detail::grams_of(out.latin.back()));
      }
      first = false;
    }
  }
  return out;
}

// Whether two capitalised words are one name spelt two ways: the same in Latin letters, or, in two
// scripts, a romanisation of one another: half their character 4-grams in common, as a case
// ending ("Ваника" / "Vanik") or a romanisation ("Дегтярев" -> "degtarev" / "Degtyarev") leaves
// them, and the same beginning (romanised_start), which a romanisation keeps and two names of
// one script spelt alike often do not ("Хансен" / "Jansen"). In one script, a name spelt alike
// is another name ("Hansen" / "Jansen", "Schmidt" / "Schmitt", "Manchester" / "Winchester").
// Names of three letters or fewer must be equal.
bool same_name(const WordAnchors& x, std::size_t i, const WordAnchors& y, std::size_t j) {
  const std::string &a = x.latin[i], &b = y.latin[j];
  if (a == b) return true;
  if (x.script[i] == y.script[j] || a.size() < 4 || b.size() < 4) return false;
  if (x.start[i] != y.start[j]) return false;
  const std::vector<std::uint64_t> &gx = x.grams[i], &gy = y.grams[j];
  std::size_t common = 0;
  for (auto p = gx.begin(), q = gy.begin(); p != gx.end() && q != gy.end();) {
    if (*p < *q) ++p;
    else if (*q < *p) ++q;
    else ++common, ++p, ++q;
  }
  return 2.0 * double(common) >= detail::kMinDice * double(gx.size() + gy.size());
}

// How many of x's names are names of y, each name on either side counted once: "Путин" and
// "Путина" are two forms of one name, which meet the English "Putin" once. A maximum matching
// (augmenting paths; a sentence names a handful of people and places) between the distinct names
// of each side, a name that is both sentences' first word excepted (capitalised as a first word).
std::size_t names_in_common(const WordAnchors& x, const WordAnchors& y) {
  // Distinct names of each side, a name written anywhere but first counting as not first.
  auto distinct = [](const WordAnchors& w) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < w.names.size(); ++i) {
      auto it = std::find_if(out.begin(), out.end(), [&](std::size_t k) { return w.names[k] == w.names[i]; });
      if (it == out.end()) out.push_back(i);
      else if (w.first[*it] && !w.first[i]) *it = i;
    }
    return out;
  };
  const std::vector<std::size_t> xs = distinct(x), ys = distinct(y);
  std::vector<std::vector<std::size_t>> meets(xs.size());
  for (std::size_t i = 0; i < xs.size(); ++i)
    for (std::size_t j = 0; j < ys.size(); ++j) {
      const std::size_t p = xs[i], q = ys[j];
      if ((x.names[p] == y.names[q] || same_name(x, p, y, q)) && !(x.first[p] && y.first[q]))
        meets[i].push_back(j);
    }
  constexpr std::size_t kFree = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> partner(ys.size(), kFree);
  std::vector<char> visited;
  std::function<bool(std::size_t)> augment = [&](std::size_t i) {
    for (std::size_t j : meets[i]) {
      if (visited[j]) continue;
      visited[j] = 1;
      if (partner[j] == kFree || augment(partner[j])) {
        partner[j] = i;
        return true;
      }
    }
    return false;
  };
  std::size_t matched = 0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    if (meets[i].empty()) continue;
    visited.assign(ys.size(), 0);
    if (augment(i)) ++matched;
  }
  return matched;
}

// Whether a removed and an added sentence in two languages state the same thing by what a
// translation keeps verbatim: at least two names (matched one to one) or numbers in common, and no number on
// one side that the other does not state (in digits or, through its bag's value keys, in words).
// One shared name alone ("Vonovia") pairs any two sentences about the same company.
bool anchors_agree(const Document& a, const Sentence& sa, const Bag& bag_a, const Document& b,
                   const Sentence& sb, const Bag& bag_b) {
  const WordAnchors x = word_anchors(a, sa), y = word_anchors(b, sb);
  auto states = [](const Bag& bag, std::uint64_t key) {
    return std::binary_search(bag.keys.begin(), bag.keys.end(), key);
  };
  std::unordered_set<std::uint64_t> shared;
  for (std::uint64_t n : x.numbers) {
    if (!states(bag_b, n)) return false;
    shared.insert(n);
  }
  for (std::uint64_t n : y.numbers) {
    if (!states(bag_a, n)) return false;
    shared.insert(n);
  }
  return shared.size() + names_in_common(x, y) >= 2;
}

// Stage 3: removed and added sentences paired globally, best similarity first. Across languages
// a second pass pairs what is left by mutual best cosine; the two measures are not comparable,
// so each pass sorts only its own.
void find_moves(const Document& a, const Document& b, const Scorer& scorer, const AlignOptions& options,
                bool cross_language, std::vector<Bead>& beads) {
  std::vector<std::size_t> removed, added;
  for (const Bead& bead : beads) {
    if (bead.other.empty() && bead.base.size() == 1) removed.push_back(bead.base[0]);
    if (bead.base.empty() && bead.other.size() == 1) added.push_back(bead.other[0]);
  }
  if (removed.empty() || added.empty()) return;
  std::unordered_map<std::size_t, std::size_t> moved_to;  // other id -> base id
  std::unordered_set<std::size_t> taken_a;
  auto take_greedily = [&](std::vector<Scorer::Candidate> pairs) {
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
      return x.similarity != y.similarity ? x.similarity > y.similarity : x.a < y.a;
    });
    for (const auto& p : pairs) {
      if (taken_a.count(p.a) || moved_to.count(p.b)) continue;
      taken_a.insert(p.a);
      moved_to[p.b] = p.a;
    }
  };
  take_greedily(scorer.similar_pairs(removed, added, options.move_threshold));
  if (cross_language) {
    // Across languages a moved sentence shares little with its translation (names, numbers,
    // cognates), but more than either shares with anything else in the other version, its
    // length fits, and it keeps the other's names and numbers.
    std::erase_if(removed, [&](std::size_t i) { return taken_a.count(i) > 0; });
    std::erase_if(added, [&](std::size_t j) { return moved_to.count(j) > 0; });
    double len_a = 0, len_b = 0;
    for (std::size_t i = 0; i < scorer.size_a(); ++i) len_a += scorer.length_a(i);
    for (std::size_t j = 0; j < scorer.size_b(); ++j) len_b += scorer.length_b(j);
    const double ratio = len_a > 0 ? len_b / len_a : 1;
    std::vector<Scorer::Candidate> pairs;
    for (const Scorer::Candidate& c : scorer.mutual_best_pairs(removed, added))
      if (detail::lengths_fit(scorer.length_a(c.a), scorer.length_b(c.b), ratio) &&
          anchors_agree(a, a.sentences[c.a], scorer.bag_a(c.a), b, b.sentences[c.b], scorer.bag_b(c.b)))
        pairs.push_back(c);
    take_greedily(std::move(pairs));
  }
  if (moved_to.empty()) return;
  std::vector<Bead> out;
  out.reserve(beads.size());
  for (Bead& bead : beads) {
    if (bead.other.empty() && bead.base.size() == 1 && taken_a.count(bead.base[0])) continue;
    if (bead.base.empty() && bead.other.size() == 1) {
      auto it = moved_to.find(bead.other[0]);
      if (it != moved_to.end()) {
        bead.base.push_back(static_cast<std::uint32_t>(it->second));
        bead.moved = true;
      }
    }
    out.push_back(std::move(bead));
  }
  beads = std::move(out);
}

// The installed FreeDict dictionary from base's language into other's, read for the words base
// uses; empty when none is installed in `directory` or it cannot be read (the installed dictionary
// is optional, so damaged data leaves the alignment as it is without one). Translations are the one evidence that pairs two faithful
// sentences sharing no name, number or cognate ("Kritiker warnen vor den Schulden der Stadt" /
// "Les critiques mettent en garde contre la dette de la ville").
Dictionary installed_dictionary(const Document& base, const Document& other, const std::string& directory) {
  const std::string path = find_dictionary(base.language, other.language, {directory});
  if (path.empty()) return {};
  std::unordered_set<std::string_view> seen;
  std::vector<std::string> words;
  for (const Sentence& s : base.sentences)
    for (const Token& t : s.tokens)
      if (t.kind == TokenKind::Word && seen.insert(base.token_text(t)).second) words.emplace_back(base.token_text(t));
  try {
    return read_dictionary(path, words);
  } catch (const Error&) {
    return {};
  }
}

std::size_t letters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The forms a word is looked up by: itself, then without each of its language's inflectional
// endings that leaves three letters or more, the longest stem first (Russian "школы" -> "школ";
// "президентом" -> "президент", "президент"; "военного" -> "военн", "военно", ...). Every ending,
// not only the longest: "школа" loses "ла" as readily as "а", and only "школ" meets "школы".
std::vector<std::string> forms_of(const std::string& key, const LanguageData& lang) {
  std::vector<std::string> out{key};
  for (auto e = lang.endings.rbegin(); e != lang.endings.rend(); ++e)  // shortest ending first
    if (key.ends_with(*e) && letters(key) >= letters(*e) + 3) out.push_back(key.substr(0, key.size() - e->size()));
  return out;
}

// Where FreeDict translates only the other way (English into Russian, but not back), the installed
// dictionary from other's language into base's, read backwards: each one-word translation becomes a
// headword translated by the headwords it translates. Its headwords are dictionary forms, so base's
// words find them by stem: a form of the word (forms_of) that is a form of the headword (base's
// language's endings; without endings, only as written). The
// database read whole is one that FreeDict has in one direction only, a small one.
using StemIndex = std::unordered_map<std::string, std::vector<std::string>>;

// The headwords a word of the text translates, by the first of its forms (forms_of) that is a form
// of one of their translations; null when none is.
const std::vector<std::string>* reversed_lookup(const StemIndex& by_stem, const std::string& key, const LanguageData& lang) {
  for (const std::string& form : forms_of(key, lang)) {
    auto it = by_stem.find(form);
    if (it != by_stem.end()) return &it->second;
  }
  return nullptr;
}

// What identifies a file's contents, as read_dictionary's registry of open files has it (its
// size and modification time; none for a missing file): a database rewritten or replaced at the
// same path is indexed afresh.
struct FileState {
  std::uintmax_t size = 0;
  std::filesystem::file_time_type modified{};
  bool exists = false;
  bool operator==(const FileState&) const = default;
};

FileState file_state(const std::string& path) {
  std::error_code ec;
  FileState out;
  out.size = std::filesystem::file_size(path, ec);
  if (ec) return {};
  out.modified = std::filesystem::last_write_time(path, ec);
  if (ec) return {};
  out.exists = true;
  return out;
}

// The backwards dictionary's headwords by each form of their translations, built once per process
// for each file, while its files are unchanged, and each language's endings (a batch aligns many
// pairs of the same two languages), or null when the file cannot be read.
std::shared_ptr<const StemIndex> reversed_stems(const std::string& path, const LanguageData& lang) {
  struct Built {
    std::vector<FileState> files;
    std::shared_ptr<const StemIndex> index;
  };
  static std::mutex mutex;
  static std::map<std::string, Built> built;  // by path and the endings indexed with
  std::string key = path;
  for (const std::string& e : lang.endings) key += '\n' + e;
  const std::string stem = path.ends_with(".index") ? path.substr(0, path.size() - 6) : path;
  std::vector<FileState> now = {file_state(path), file_state(stem + ".dict.dz"), file_state(stem + ".dict")};
  const std::lock_guard<std::mutex> lock(mutex);
  auto [it, fresh] = built.try_emplace(key);
  if (!fresh && it->second.files == now) return it->second.index;
  it->second = {std::move(now), nullptr};
  Dictionary forward;
  try {
    forward = read_dictionary(path);
  } catch (const Error&) {
    return nullptr;
  }
  auto by_stem = std::make_shared<StemIndex>();
  for (const auto& [headword, translations] : forward.entries)
    for (const std::string& t : translations)
      if (t.find(' ') == std::string::npos)
        for (const std::string& form : forms_of(comparison_key(t), lang)) {
          std::vector<std::string>& list = (*by_stem)[form];
          if (std::find(list.begin(), list.end(), headword) == list.end()) list.push_back(headword);
        }
  it->second.index = by_stem;
  return by_stem;
}

// A dictionary read backwards is read whole (a dictd index is sorted by headword, not by
// translation), which costs about 0.5 ms per KB of its compressed data (freedict-eng-rus, 26 KB:
// 14M instructions). Only one of at most this size is read, so that the cost stays within that
// of a document's entries from a large one read forwards (freedict-jpn-eng is 9 MB: 3.6 s whole).
// The fallback runs when base's language has no forward dictionary into other's, and also when
// the forward one gives none of base's words (or cannot be read).
constexpr std::uintmax_t kMaxReversedBytes = 256 * 1024;

// The size of a dictd database's data beside its `.index`, or 0 when there is none.
std::uintmax_t dictd_data_size(const std::string& index) {
  const std::string stem = index.ends_with(".index") ? index.substr(0, index.size() - 6) : index;
  std::error_code ec;
  for (const char* ext : {".dict.dz", ".dict"}) {
    const std::uintmax_t size = std::filesystem::file_size(stem + ext, ec);
    if (!ec) return size;
  }
  return 0;
}

Dictionary reversed_dictionary(const Document& base, const Document& other, const LanguageData* lang,
                               const std::string& directory) {
  const std::string path = find_dictionary(other.language, base.language, {directory});
  if (path.empty() || dictd_data_size(path) > kMaxReversedBytes) return {};
  static const LanguageData kNoEndings;
  const std::shared_ptr<const StemIndex> index = reversed_stems(path, lang != nullptr ? *lang : kNoEndings);
  if (index == nullptr) return {};
  const LanguageData& endings = lang != nullptr ? *lang : kNoEndings;
  const StemIndex& by_stem = *index;
  Dictionary out;
  for (const Sentence& s : base.sentences)
    for (const Token& t : s.tokens) {
      if (t.kind != TokenKind::Word) continue;
      std::string key = comparison_key(base.token_text(t));
      if (out.entries.count(key) != 0) continue;
      if (const auto* headwords = reversed_lookup(by_stem, key, endings)) out.entries.emplace(std::move(key), *headwords);
    }
  return out;
}

}  // namespace

std::vector<std::string> detail::reversed_translations(const std::string& key, const std::string& path,
                                                       const LanguageData& lang) {
  const std::shared_ptr<const StemIndex> index = reversed_stems(path, lang);
  if (index == nullptr) return {};
  const auto* headwords = reversed_lookup(*index, key, lang);
  return headwords != nullptr ? *headwords : std::vector<std::string>{};
}

std::vector<Bead> align(const Document& base, const Document& other, const AlignOptions& options) {
  const Document& scoring_base = options.via != nullptr ? *options.via : base;
  // A via translation stands for base in other's language: its pair is aligned as one across
  // languages (the same DP, then word by word).
  const bool cross_language = options.via != nullptr || options.cross_language;
  const bool across = options.cross_language && options.via == nullptr;
  const Dictionary* dictionary = across ? options.dictionary : nullptr;
  Dictionary installed;
  if (across && dictionary == nullptr && options.installed_dictionary) {
    installed = installed_dictionary(base, other, options.dictionary_directory);
    if (installed.entries.empty())
      installed = reversed_dictionary(base, other, options.base_language, options.dictionary_directory);
    if (!installed.entries.empty()) dictionary = &installed;
  }
  std::optional<Scorer> scorer;
  const LanguageData* lang_a = across ? options.base_language : nullptr;
  const LanguageData* lang_b = across ? options.other_language : nullptr;
  scorer.emplace(scoring_base, other, cross_language, cross_language, dictionary, lang_a, lang_b,
                 across ? options.base_values : nullptr, across ? options.other_values : nullptr);
  AlignOptions effective = options;
  if (cross_language) {
    // Across languages even a faithful pair shares little; a move needs less to be believed.
    effective.move_threshold = std::min(options.move_threshold, 0.2);
  }
  std::vector<Bead> beads;
  Range all{0, base.sentences.size(), 0, other.sentences.size()};
  if (cross_language) {
    // Sentences are never equal across languages, but a number survives translation: a number
    // each side states once, in one sentence, anchors that pair (number_anchors), and the DP
    // credits a bead that holds it. Then a second pass: word by word through the via translation,
    // or again with the word translations the first pass revealed, with the same anchors.
    const std::vector<Pair> anchors = detail::number_anchors(scoring_base, other);
    // Names point to another story only where capitals mark names on both sides.
    auto marks_names = [](const LanguageData* lang) { return lang == nullptr || !lang->nouns_capitalised; };
    detail::ForeignNames foreign =
        across ? detail::foreign_names(scoring_base, other, marks_names(lang_a), marks_names(lang_b)) : detail::ForeignNames{};
    if (across) {
      foreign.numbers_a = detail::digit_numbers(scoring_base);
      foreign.numbers_b = detail::digit_numbers(other);
    }
    const detail::ForeignNames* foreign_ptr = across ? &foreign : nullptr;
    beads = detail::align_cross_language(*scorer, options.max_cells, anchors, foreign_ptr);
    if (options.via != nullptr) {
      // The via translation is in the other version's language: words can be matched one by one, which
      // settles where a clause crossed a sentence boundary (see token_model.hpp). It takes the
      // place of the second pass with learnt translations below.
      Dictionary synonyms;
      if (!options.thesaurus.empty()) {
        std::unordered_set<std::uint64_t> used;
        for (const Document* doc : {&scoring_base, &other})
          for (const Sentence& s : doc->sentences)
            for (const Token& t : s.tokens)
              if (t.kind == TokenKind::Word) used.insert(t.key);
        synonyms = read_thesaurus(options.thesaurus, &used);
      }
      detail::TokenModel model(scoring_base, other, nullptr, &synonyms);
      model.add_cuts_of_a(base);
      beads = detail::refine_with_tokens(model, beads, kRefineWidth);
    } else {
      // The installed dictionary is read per pair and needed no more after this: moved, not copied.
      const bool from_installed = dictionary == &installed;
      Dictionary learned = from_installed ? detail::learn_dictionary(scoring_base, other, beads, std::move(installed))
                           : dictionary != nullptr ? detail::learn_dictionary(scoring_base, other, beads, *dictionary)
                                                   : detail::learn_dictionary(scoring_base, other, beads);
      if (!learned.entries.empty()) {
        scorer = Scorer(*scorer, &learned);
        beads = detail::align_cross_language(*scorer, options.max_cells, anchors, foreign_ptr);
      }
      const Dictionary learned_only =
          from_installed ? detail::learn_dictionary(scoring_base, other, beads) : Dictionary{};
      // Word by word as well, through the translations given and learnt, once there are enough
      // of them to explain more than numbers and names (about one for every four sentences; with
      // fewer, the word model does worse than the bags it refines).
      std::size_t shorter = std::min(base.sentences.size(), other.sentences.size());
      // The installed dictionary lists every sense of every word, function words included: its
      // translations add up to evidence over a bag, but word by word they echo in any sentence,
      // and the word model would glue a dropped sentence onto a neighbour whose translation
      // echoes it. It gets the translations learnt from the alignment the dictionary improved.
      const Dictionary& for_words = from_installed ? learned_only : learned;
      if (for_words.entries.size() * 4 >= shorter && shorter > 0) {
        detail::TokenModel model(scoring_base, other, &for_words);
        beads = detail::refine_with_tokens(model, beads, kRefineWidth);
      }
    }
  } else {
    // Equal head and tail first, as every diff does: text whose sentences all repeat has no
    // unique anchors, and a gap too large for dtl would otherwise lose even its identical runs.
    std::size_t n = all.a1, m = all.b1, head = 0, tail = 0;
    while (head < n && head < m && base.sentences[head].key == other.sentences[head].key) ++head;
    while (tail < n - head && tail < m - head &&
           base.sentences[n - 1 - tail].key == other.sentences[m - 1 - tail].key) {
      ++tail;
    }
    for (std::size_t i = 0; i < head; ++i) beads.push_back(exact_bead(i, i));
    align_range(base, other, {head, n - tail, head, m - tail}, *scorer, effective, false, beads);
    for (std::size_t k = tail; k > 0; --k) beads.push_back(exact_bead(n - k, m - k));
  }
  find_moves(scoring_base, other, *scorer, effective, cross_language, beads);
  // After the moves: a sentence that moved must not be taken for the rewording of its
  // replacement. Across languages the DP already weighs length and position.
  if (!cross_language) detail::pair_by_structure(base, other, beads);
  for (Bead& bead : beads) {
    if (!bead.exact && !bead.base.empty() && !bead.other.empty()) {
      bead.similarity = scorer->similarity(bead.base, bead.other);
    }
  }
  return beads;
}

}  // namespace claimdiff
