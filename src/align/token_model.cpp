#include "align/token_model.hpp"

#include "align/cross_language.hpp"
#include "align/scorer.hpp"
#include "align/structure.hpp"

#include "claimdiff/text.hpp"
#include "segment/numbers.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

namespace claimdiff::detail {
namespace {
// The word model's probabilities and costs: a bead scores the log-likelihood its words gain
// from being translations of each other, less the costs of its shape. How the values were
// chosen: bench/README.md, "Settings chosen on the Bleualign set".
constexpr double kLambda = 0.3;          // probability that a word translates one in the bead
constexpr double kLambdaNumber = 0.9;    // the same for a number: numbers survive translation
// The diagonal prior's tension: fast_align's 4 over the bead, and for beads of more than 32
// words, a partner expected within about kSpread words of its place (so that merging two
// faithful sentences does not halve every word's probability).
constexpr double kTension = 4.0;
constexpr double kSpread = 4.0;
constexpr double kChanceFloor = 1e-4;    // a rare word matched is strong evidence, but not infinite
constexpr double kSkip = 5.0;            // cost of leaving a sentence unpaired,
constexpr double kSkipPerWord = 0.25;    // plus this per word: a stray line is cheap to leave out
constexpr double kPerSentence = 2.0;     // cost of each sentence beyond a 1-1 bead,
constexpr double kUnsupportedPerWord = 0.5;  // plus this per word when its words do not support it:
constexpr double kMinEvidence = 4.0;     // less log-likelihood gain than about one rare word matched
constexpr double kLengthWeight = 2.0;    // times the squared log ratio of token counts
constexpr float kSynonym = 0.2f;         // strength of a thesaurus pair (a spelling has 0.5-1)
constexpr double kBreak = 5.0;           // a bead boundary inside a sentence cut in brackets
// How far a bracket opened at the end of one sentence may close: the next sentence, or up to
// this many on, with no bracket between ("(No." / "293, Nov." / "1956, S. 340-343).").
constexpr std::size_t kBracketReach = 3;
// Words past this position in a sentence are not matched (a "sentence" that long is a table or a
// file without punctuation; its other words still count for length).
constexpr std::size_t kMaxPosition = 65536;
// Beads of more than two sentences hold at most this many words, over twice what a real bead
// of several sentences holds, which keeps a file of very long lines from costing the square of
// its line length.
constexpr std::size_t kMaxBeadWords = 600;
// Matches of one word in one sentence of the other side, at most (the occurrences nearest the
// diagonal, of the word itself first, then of its closest spellings).
constexpr std::size_t kMaxRepeats = 4;
// Other spellings of a word that count as partners, at most (the closest).
constexpr std::size_t kMaxSpellings = 4;

// exp(-u) for u in [0, kMaxDecay], in steps of 1/kStepsPerUnit: the diagonal prior is evaluated
// for every word match of every bead the search tries.
constexpr double kMaxDecay = 48;
constexpr std::size_t kStepsPerUnit = 128;
const std::vector<float>& decay_table() {
  static const std::vector<float> table = [] {
    std::vector<float> t(static_cast<std::size_t>(kMaxDecay) * kStepsPerUnit + 1);
    for (std::size_t i = 0; i < t.size(); ++i) t[i] = static_cast<float>(std::exp(-double(i) / kStepsPerUnit));
    return t;
  }();
  return table;
}
inline double decay(const std::vector<float>& table, double u) {
  u = std::abs(u);
  return u >= kMaxDecay ? 0.0 : table[static_cast<std::size_t>(u * kStepsPerUnit + 0.5)];
}
// A comparison key without its accents ("géoïde" -> "geoide"): machine translation leaves names
// and compounds in the source spelling, and OCR drops or swaps diacritics.
std::string without_accents(const std::string& key) {
  bool ascii = std::all_of(key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return key;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return key;
  icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(key), status);
  if (U_FAILURE(status)) return key;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

}  // namespace

std::vector<std::uint64_t> grams_of(const std::string& key) {
  std::vector<std::uint64_t> out;
  std::string w = "^" + key + "$";
  if (w.size() < 5) return out;
  for (std::size_t i = 0; i + 4 <= w.size(); ++i) out.push_back(hash_bytes(std::string_view(w).substr(i, 4)));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// Natural logarithm of a positive finite x, to about 1e-5: the exponent, plus the series of
// 2 atanh((m - 1) / (m + 1)) for the mantissa m in [1, 2). The search takes one per matched
// word of every bead it tries, and the library's log was a third of its time.
inline double fast_log(double x) {
  const std::uint64_t bits = std::bit_cast<std::uint64_t>(x);
  const int exponent = static_cast<int>((bits >> 52) & 0x7ff) - 1023;
  const double m = std::bit_cast<double>((bits & 0xfffffffffffffull) | 0x3ff0000000000000ull);
  const double t = (m - 1) / (m + 1), t2 = t * t;
  const double series = 2 * t * (1 + t2 * (1.0 / 3 + t2 * (1.0 / 5 + t2 * (1.0 / 7 + t2 / 9))));
  return double(exponent) * 0.6931471805599453 + series;
}

// Sum over the positions x_p = (p + 0.5) / n, p < n, of exp(-tension |x_p - y|): the normaliser
// of the diagonal prior, in closed form (two geometric series, as fast_align computes it), where
// `inv_one_minus_r` is 1 / (1 - exp(-tension / n)).
double diagonal_z(const std::vector<float>& table, std::size_t n, double tension, double inv_one_minus_r, double y) {
  double below = std::floor(y * double(n) - 0.5) + 1;
  std::size_t count_below = below <= 0 ? 0 : std::min<std::size_t>(n, static_cast<std::size_t>(below));
  std::size_t count_above = n - count_below;
  double z = 0;
  if (count_below > 0) {
    double nearest = (double(count_below) - 0.5) / double(n);
    z += decay(table, tension * (y - nearest)) * (1 - decay(table, tension * double(count_below) / double(n))) * inv_one_minus_r;
  }
  if (count_above > 0) {
    double nearest = (double(count_below) + 0.5) / double(n);
    z += decay(table, tension * (nearest - y)) * (1 - decay(table, tension * double(count_above) / double(n))) * inv_one_minus_r;
  }
  return z;
}

// True when a sentence does not end as sentences do: with a colon, a comma or a semicolon, with
// no punctuation, or with a full stop after a word of at most four letters, which is how an
// abbreviation or an initial looks ("Nov.", "H.", "Prof.", "fr.").
bool open_end(const Document& doc, const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  if (tokens.empty()) return false;
  const Token& last = tokens.back();
  if (last.kind != TokenKind::Punct) return true;
  const std::string_view text = doc.token_text(last);
  if (text == ":" || text == "," || text == ";") return true;
  if (text != "." || tokens.size() < 2) return false;
  const Token& before = tokens[tokens.size() - 2];
  return before.kind == TokenKind::Word && before.end - before.start <= 4;
}

// Per sentence: 1 when it continues the sentence before it. That one left a bracket open and did
// not end as sentences do, and this one (or one of the next kBracketReach, with no bracket
// between) closes the bracket before opening any: "... Gyalzen (Himalayan Club:" then
// "Sherpa-Liste Nr. 57) und am 11. Mai ...". A splitter cut there at an abbreviation or a colon;
// the text has one sentence. A bracket closed by a sentence that ended normally ("... 1955."
// then ") 13. ...") is a parenthesis of several sentences, not a cut.
std::vector<std::uint8_t> continuations(const Document& doc) {
  const std::size_t n = doc.sentences.size();
  std::vector<int> opens(n, 0), closes(n, 0);
  std::vector<std::uint8_t> closes_first(n, 0), out(n, 0);
  for (std::size_t s = 0; s < n; ++s) {
    for (const Token& t : doc.sentences[s].tokens) {
      if (t.kind != TokenKind::Punct) continue;
      const std::string_view text = doc.token_text(t);
      if (text == "(" || text == "[") {
        ++opens[s];
      } else if (text == ")" || text == "]") {
        if (opens[s] == 0 && closes[s] == 0) closes_first[s] = 1;
        ++closes[s];
      }
    }
  }
  int depth = 0;  // brackets open at the end of sentence s, counted from where its sentence began
  for (std::size_t s = 0; s < n; ++s) {
    depth = std::max(0, (out[s] ? depth : 0) + opens[s] - closes[s]);
    if (depth == 0 || !open_end(doc, doc.sentences[s])) continue;
    for (std::size_t j = 1; j <= kBracketReach && s + j < n; ++j) {
      if (closes_first[s + j]) {
        for (std::size_t x = 1; x <= j; ++x) out[s + x] = 1;
        break;
      }
      if (opens[s + j] + closes[s + j] > 0) break;
    }
  }
  return out;
}

}  // namespace

TokenModel::TokenModel(const Document& a, const Document& b, const Dictionary* dictionary, const Dictionary* synonyms) {
  std::unordered_map<std::uint64_t, std::uint32_t> ids;
  std::vector<std::string> text;  // comparison key per id (empty for numbers)
  std::vector<std::uint32_t> count_a, count_b;
  auto read = [&](const Document& doc, std::vector<std::vector<std::uint32_t>>& words, std::vector<std::uint32_t>& numbers,
                  std::vector<std::uint8_t>& stray, std::vector<std::uint32_t>& counts) {
    words.resize(doc.sentences.size());
    numbers.assign(doc.sentences.size(), 0);
    stray.assign(doc.sentences.size(), 1);
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      for (const Token& t : doc.sentences[s].tokens) {
        if (t.kind == TokenKind::Punct) continue;
        stray[s] = 0;
        std::uint64_t key = t.key;
        if (t.kind == TokenKind::Number) key = digits_key(doc.token_text(t)).value_or(t.key);
        auto [it, fresh] = ids.try_emplace(key, static_cast<std::uint32_t>(text.size()));
        if (fresh) {
          text.push_back(t.kind == TokenKind::Number ? std::string() : comparison_key(doc.token_text(t)));
          number_.push_back(t.kind == TokenKind::Number ? 1 : 0);
        }
        words[s].push_back(it->second);
        if (t.kind == TokenKind::Number) ++numbers[s];
        if (counts.size() < text.size()) counts.resize(text.size());
        ++counts[it->second];
      }
    }
  };
  read(a, words_a_, numbers_a_, stray_a_, count_a);
  read(b, words_b_, numbers_b_, stray_b_, count_b);
  continues_a_ = continuations(a);
  continues_b_ = continuations(b);
  const std::size_t vocabulary = text.size();
  count_a.resize(vocabulary);
  count_b.resize(vocabulary);
  double total_a = 0, total_b = 0;
  for (std::size_t w = 0; w < vocabulary; ++w) {
    total_a += count_a[w];
    total_b += count_b[w];
  }
  if (total_a > 0) ratio_ = total_b / total_a;
  double chars_a = 0, chars_b = 0;
  for (const Sentence& s : a.sentences) chars_a += chars_a_.emplace_back(double(s.end - s.start));
  for (const Sentence& s : b.sentences) chars_b += chars_b_.emplace_back(double(s.end - s.start));
  if (chars_a > 0 && chars_b > 0) char_ratio_ = chars_b / chars_a;
  chance_a_.resize(vocabulary);
  chance_b_.resize(vocabulary);
  for (std::size_t w = 0; w < vocabulary; ++w) {
    chance_a_[w] = static_cast<float>(std::max(kChanceFloor, total_a > 0 ? count_a[w] / total_a : 0));
    chance_b_[w] = static_cast<float>(std::max(kChanceFloor, total_b > 0 ? count_b[w] / total_b : 0));
  }

  // Partners: the same word, and spellings of it that share most character 4-grams (inflection,
  // OCR damage, a name the translation left half-translated), found through a 4-gram index of
  // b's words, so that only words sharing a 4-gram are ever compared.
  partners_.resize(vocabulary);
  // The index is one array of (4-gram, word) sorted by both: a 4-gram's words are a run of it, in
  // the order of their ids.
  std::vector<std::vector<std::uint64_t>> grams(vocabulary);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> index;
  for (std::uint32_t w = 0; w < vocabulary; ++w) {
    if (text[w].empty() || (count_a[w] == 0 && count_b[w] == 0)) continue;
    grams[w] = grams_of(without_accents(text[w]));
    if (count_b[w] > 0)
      for (std::uint64_t g : grams[w]) index.emplace_back(g, w);
  }
  std::sort(index.begin(), index.end());
  std::vector<std::uint32_t> shared(vocabulary, 0), touched;
  for (std::uint32_t w = 0; w < vocabulary; ++w) {
    if (count_a[w] == 0) continue;
    if (count_b[w] > 0) partners_[w].push_back({w, 1.0f});
    for (std::uint64_t g : grams[w]) {
      auto it = std::lower_bound(index.begin(), index.end(), std::pair<std::uint64_t, std::uint32_t>{g, 0});
      for (; it != index.end() && it->first == g; ++it) {
        const std::uint32_t v = it->second;
        if (v != w && shared[v]++ == 0) touched.push_back(v);
      }
    }
    for (std::uint32_t v : touched) {
      double dice = 2.0 * shared[v] / double(grams[w].size() + grams[v].size());
      if (dice >= kMinDice) partners_[w].push_back({v, static_cast<float>(dice)});
      shared[v] = 0;
    }
    touched.clear();
    // The closest spellings only: a family of similar words ("storm1", "storm12", ...) would
    // otherwise match every word with every other.
    auto& list = partners_[w];
    auto fuzzy = list.begin() + (count_b[w] > 0 ? 1 : 0);
    if (list.end() - fuzzy > static_cast<std::ptrdiff_t>(kMaxSpellings)) {
      std::partial_sort(fuzzy, fuzzy + kMaxSpellings, list.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
      list.resize(static_cast<std::size_t>(fuzzy - list.begin()) + kMaxSpellings);
    }
  }
  // Translations (a bilingual dictionary) and synonyms (a thesaurus) of a word of a, among b's
  // words; each word of a phrase ("mettre en place") of three letters or more.
  std::unordered_map<std::string, std::uint32_t> by_text;
  if ((dictionary != nullptr && !dictionary->entries.empty()) || (synonyms != nullptr && !synonyms->entries.empty()))
    for (std::uint32_t w = 0; w < vocabulary; ++w)
      if (!text[w].empty()) by_text.emplace(text[w], w);
  auto link = [&](std::uint32_t from, std::string_view to_text, float strength) {
    auto to = by_text.find(std::string(to_text));
    if (to == by_text.end() || to->second == from || count_a[from] == 0 || count_b[to->second] == 0) return;
    auto& list = partners_[from];
    if (std::none_of(list.begin(), list.end(), [&](const auto& p) { return p.first == to->second; }))
      list.push_back({to->second, strength});
  };
  auto add_pairs = [&](const Dictionary& pairs, float strength, bool both_ways) {
    for (const auto& [word, targets] : pairs.entries) {
      auto from = by_text.find(word);
      if (from == by_text.end()) continue;
      for (const std::string& phrase : targets) {
        std::size_t start = 0;
        while (start < phrase.size()) {
          std::size_t space = std::min(phrase.find(' ', start), phrase.size());
          std::string_view target = std::string_view(phrase).substr(start, space - start);
          start = space + 1;
          if (target.size() < 3) continue;
          link(from->second, target, strength);
          if (!both_ways) continue;
          auto back = by_text.find(std::string(target));
          if (back != by_text.end()) link(back->second, word, strength);
        }
      }
    }
  };
  if (dictionary != nullptr) add_pairs(*dictionary, 1.0f, false);
  if (synonyms != nullptr) add_pairs(*synonyms, kSynonym, true);
}

void TokenModel::add_cuts_of_a(const Document& original) {
  if (original.sentences.size() != continues_a_.size()) return;
  const std::vector<std::uint8_t> cuts = continuations(original);
  for (std::size_t s = 0; s < cuts.size(); ++s) continues_a_[s] |= cuts[s];
}

void TokenModel::prepare(const std::vector<std::size_t>& lo, const std::vector<std::size_t>& hi) {
  const std::size_t n = words_a_.size(), m = words_b_.size();
  lo_.assign(n, 0);
  hi_.assign(n, 0);
  row_.assign(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    lo_[i] = std::min(lo[i], m);
    hi_[i] = std::clamp(hi[i], lo_[i], m);
    row_[i + 1] = row_[i] + (hi_[i] - lo_[i]);
  }
  // Where each word of b occurs: (sentence, position), in text order.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> postings(partners_.size());
  for (std::size_t j = 0; j < m; ++j)
    for (std::size_t q = 0; q < std::min(words_b_[j].size(), kMaxPosition); ++q)
      postings[words_b_[j][q]].push_back({static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(q)});
  first_.assign(row_[n] + 1, 0);
  matches_.clear();
  std::vector<std::pair<std::uint32_t, Match>> row;
  std::vector<std::size_t> per_column;
  std::vector<std::uint8_t> taken;  // matches of the current word per sentence of b
  for (std::size_t i = 0; i < n; ++i) {
    row.clear();
    for (std::size_t p = 0; p < std::min(words_a_[i].size(), kMaxPosition); ++p) {
      taken.assign(hi_[i] - lo_[i], 0);
      for (const auto& [v, sim] : partners_[words_a_[i][p]]) {
        const auto& list = postings[v];
        auto it = std::lower_bound(list.begin(), list.end(), std::pair<std::uint32_t, std::uint32_t>(static_cast<std::uint32_t>(lo_[i]), 0));
        while (it != list.end() && it->first < hi_[i]) {
          const std::uint32_t j = it->first;
          auto end = std::upper_bound(it, list.end(), std::pair<std::uint32_t, std::uint32_t>(j, UINT32_MAX));
          // A word repeated all over a long line would make the pair's matches quadratic: keep
          // the kMaxRepeats occurrences nearest where the diagonal puts this word's partner.
          auto from = it, to = end;
          if (end - it > static_cast<std::ptrdiff_t>(kMaxRepeats)) {
            const double expected = (double(p) + 0.5) * double(words_b_[j].size()) / double(words_a_[i].size());
            auto centre = std::lower_bound(it, end, std::pair<std::uint32_t, std::uint32_t>(j, static_cast<std::uint32_t>(expected)));
            from = centre - std::min<std::ptrdiff_t>(centre - it, kMaxRepeats / 2);
            to = std::min(end, from + static_cast<std::ptrdiff_t>(kMaxRepeats));
            from = to - static_cast<std::ptrdiff_t>(kMaxRepeats);
          }
          for (auto x = from; x != to && taken[j - lo_[i]] < kMaxRepeats; ++x, ++taken[j - lo_[i]])
            row.push_back({j, Match{static_cast<std::uint16_t>(p), static_cast<std::uint16_t>(x->second), sim}});
          it = end;
        }
      }
    }
    // Counting sort by sentence of b.
    per_column.assign(hi_[i] - lo_[i] + 1, 0);
    for (const auto& [j, match] : row) ++per_column[j - lo_[i] + 1];
    for (std::size_t c = 1; c < per_column.size(); ++c) per_column[c] += per_column[c - 1];
    std::size_t base = matches_.size();
    matches_.resize(base + row.size());
    for (std::size_t c = 0; c + 1 < per_column.size(); ++c) first_[row_[i] + c] = base + per_column[c];
    for (const auto& [j, match] : row) matches_[base + per_column[j - lo_[i]]++] = match;
  }
  first_[row_[n]] = matches_.size();
}

void TokenModel::note_unpaired(const std::vector<Bead>& beads) {
  unpaired_a_.assign(words_a_.size(), 0);
  unpaired_b_.assign(words_b_.size(), 0);
  for (const Bead& bead : beads) {
    if (bead.other.empty())
      for (std::uint32_t i : bead.base) unpaired_a_[i] = 1;
    if (bead.base.empty())
      for (std::uint32_t j : bead.other) unpaired_b_[j] = 1;
  }
}

double TokenModel::skip_cost(bool side_a, std::size_t index) const {
  const auto& continues = side_a ? continues_a_ : continues_b_;
  // Leaving out a sentence that continues another, or is continued, separates the two.
  double breaks = continues[index] ? kBreak : 0.0;
  if (index + 1 < continues.size() && continues[index + 1]) breaks += kBreak;
  return kSkip + kSkipPerWord * double((side_a ? words_a_ : words_b_)[index].size()) + breaks;
}

double TokenModel::cost(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l, Scratch& scratch) const {
  std::size_t off_a[kMaxTokenBead + 1] = {0}, off_b[kMaxTokenBead + 1] = {0};
  for (std::size_t t = 0; t < k; ++t) off_a[t + 1] = off_a[t] + words_a_[a0 + t].size();
  for (std::size_t u = 0; u < l; ++u) off_b[u + 1] = off_b[u] + words_b_[b0 + u].size();
  const std::size_t la = off_a[k], lb = off_b[l];
  if (la == 0 || lb == 0) return kSkip;
  if (k + l > 2 && la + lb > kMaxBeadWords) return std::numeric_limits<double>::infinity();
  // Sentences that continue the one before them in the bead (cut inside brackets) join it freely.
  std::size_t joined = 0;
  for (std::size_t t = 1; t < k; ++t) joined += continues_a_[a0 + t];
  for (std::size_t u = 1; u < l; ++u) joined += continues_b_[b0 + u];
  if (k + l - joined > kMaxPlainTokenBead) return std::numeric_limits<double>::infinity();
  // A line of punctuation alone ("....." or ".:-- ,", OCR debris, a rule) stands alone unless
  // it faces another such line.
  if (k + l > 2) {
    for (std::size_t t = 0; t < k; ++t)
      if (stray_a_[a0 + t]) return std::numeric_limits<double>::infinity();
    for (std::size_t u = 0; u < l; ++u)
      if (stray_b_[b0 + u]) return std::numeric_limits<double>::infinity();
  }
  std::vector<double>& explained_a = scratch.explained_a;
  std::vector<double>& explained_b = scratch.explained_b;
  if (explained_a.size() < la) explained_a.resize(la, 0);
  if (explained_b.size() < lb) explained_b.resize(lb, 0);
  const std::vector<float>& table = decay_table();
  const double step_a = 1 / double(la), step_b = 1 / double(lb);
  const double tension = std::max(kTension, double(la + lb) / (2 * kSpread));
  // Each match adds its strength, weighted by how far it strays from the diagonal, to both words.
  for (std::size_t t = 0; t < k; ++t) {
    const std::size_t i = a0 + t;
    for (std::size_t u = 0; u < l; ++u) {
      const std::size_t j = b0 + u;
      if (j < lo_[i] || j >= hi_[i]) continue;
      const std::size_t pair = pair_index(i, j);
      for (std::size_t x = first_[pair]; x < first_[pair + 1]; ++x) {
        const Match& mt = matches_[x];
        const std::size_t p = off_a[t] + mt.p, q = off_b[u] + mt.q;
        const double e = mt.sim * decay(table, tension * ((double(p) + 0.5) * step_a - (double(q) + 0.5) * step_b));
        if (e == 0) continue;  // too far from the diagonal to count
        if (explained_a[p] == 0) scratch.touched_a.push_back(static_cast<std::uint32_t>(p));
        if (explained_b[q] == 0) scratch.touched_b.push_back(static_cast<std::uint32_t>(q));
        explained_a[p] += e;
        explained_b[q] += e;
      }
    }
  }
  // Each word: the log of its probability given the bead over its probability by chance; the
  // matches' weights are normalised by the diagonal prior's total over the other side. A
  // sentence whose words gain less than kMinEvidence over being unmatched (a caption that
  // shares an "et" with the bead) is unsupported, unless it continues the sentence before it.
  const double unmatched = std::log(1 - kLambda), unmatched_number = std::log(1 - kLambdaNumber);
  auto side = [this, &table, unmatched, unmatched_number, tension](
                  std::vector<double>& explained, std::vector<std::uint32_t>& touched, std::size_t first, std::size_t count,
                  const std::vector<std::vector<std::uint32_t>>& words, const std::vector<std::uint32_t>& numbers,
                  const std::vector<std::uint8_t>& continues, const std::size_t* off, const std::vector<float>& chance,
                  std::size_t length, std::size_t other_length, double& unsupported) {
    const double inv_one_minus_r = 1 / -std::expm1(-tension / double(other_length));
    double per_sentence[kMaxTokenBead] = {0};
    for (std::uint32_t pos : touched) {
      std::size_t s = 0;
      while (off[s + 1] <= pos) ++s;
      const std::uint32_t w = words[first + s][pos - off[s]];
      const double z = diagonal_z(table, other_length, tension, inv_one_minus_r, (double(pos) + 0.5) / double(length));
      const bool number = number_[w] != 0;
      const double lambda = number ? kLambdaNumber : kLambda;
      if (z > 0) per_sentence[s] += fast_log(1 - lambda + lambda * explained[pos] / (z * chance[w])) - (number ? unmatched_number : unmatched);
      explained[pos] = 0;
    }
    touched.clear();
    double sum = double(length) * unmatched;
    for (std::size_t s = 0; s < count; ++s) {
      sum += per_sentence[s] + double(numbers[first + s]) * (unmatched_number - unmatched);
      const std::size_t size = off[s + 1] - off[s];
      if (size > 0 && per_sentence[s] < kMinEvidence && !(s > 0 && continues[first + s]))
        unsupported += kUnsupportedPerWord * double(size);
    }
    return sum;
  };
  double unsupported = 0;
  double score = (side(explained_a, scratch.touched_a, a0, k, words_a_, numbers_a_, continues_a_, off_a, chance_a_, la, lb,
                       unsupported) +
                  side(explained_b, scratch.touched_b, b0, l, words_b_, numbers_b_, continues_b_, off_b, chance_b_, lb, la,
                       unsupported)) / 2;
  // Beads other than 1-1 are rarer, and a sentence joins one on evidence.
  if (k + l > 2) score -= kPerSentence * double(k + l - 2 - joined) + unsupported;
  // A 1-1 bead is a pair on its position alone unless its sentences have nothing in common (neither
  // gains kMinEvidence) and their lengths do not fit (Gale & Church's test): then it is a sentence
  // dropped beside an unrelated one added, and costs at least what leaving both out costs, when
  // the path being refined left one of them unpaired. Without this, pairing two unrelated
  // sentences costs less than two skips whatever their lengths.
  const bool unrelated = k == 1 && l == 1 && unsupported >= kUnsupportedPerWord * double(la + lb) &&
                         !lengths_fit(chars_a_[a0], chars_b_[b0], char_ratio_) &&
                         ((a0 < unpaired_a_.size() && unpaired_a_[a0]) || (b0 < unpaired_b_.size() && unpaired_b_[b0]));
  // A bead that starts or ends inside a sentence cut in brackets separates its parts.
  if (continues_a_[a0]) score -= kBreak;
  if (continues_b_[b0]) score -= kBreak;
  if (a0 + k < continues_a_.size() && continues_a_[a0 + k]) score -= kBreak;
  if (b0 + l < continues_b_.size() && continues_b_[b0 + l]) score -= kBreak;
  // Gale & Church (1993): translations keep length in proportion.
  const double r = std::log((double(lb) + 1) / (ratio_ * double(la) + 1));
  score -= kLengthWeight * r * r * std::sqrt(double(la + lb)) / 2;
  if (unrelated) return std::max(-score, skip_cost(true, a0) + skip_cost(false, b0));
  return -score;
}

}  // namespace claimdiff::detail
