#include "align/scorer.hpp"

#include "claimdiff/text.hpp"
#include "segment/numbers.hpp"
#include "segment/transliterate.hpp"
#include "segment/values.hpp"

#include <algorithm>
#include <cmath>
#include <future>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace claimdiff::detail {
namespace {

// Whether the word's first letter is in Latin script (or the word has no letter).
bool latin_script(std::string_view text) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') return true;
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
    return script == USCRIPT_LATIN;
  }
  return true;
}

// Character 4-grams of a word's key, with word-boundary marks ("^hima", "imal", ..., "aya$").
// A word in another script than Latin is keyed in Latin letters (its transliteration), so that
// "Ханна" and "Hanna" share n-grams across languages; Latin words keep their accents, which
// tell apart words of the languages that write them.
void add_ngrams(std::string_view text, std::vector<std::uint64_t>& keys) {
  std::string w(1, '^');
  w.append(latin_script(text) ? comparison_key(text) : transliteration_key(comparison_key(text)));
  w.push_back('$');
  constexpr std::size_t kN = 4;
  if (w.size() < kN + 1) return;
  const std::string_view grams(w);
  for (std::size_t i = 0; i + kN <= grams.size(); ++i) keys.push_back(hash_bytes(grams.substr(i, kN), 0x9e3779b97f4a7c15ull));
}

void add_number_key(std::string_view text, std::vector<std::uint64_t>& keys) {
  if (auto key = digits_key(text)) keys.push_back(*key);
}

void add_translations(std::string_view word, const Dictionary& dictionary, std::vector<std::uint64_t>& keys) {
  auto it = dictionary.entries.find(comparison_key(word));
  if (it == dictionary.entries.end()) return;
  for (const std::string& phrase : it->second) {
    std::size_t from = 0;
    while (from < phrase.size()) {
      std::size_t space = phrase.find(' ', from);
      std::string_view w = std::string_view(phrase).substr(from, space == std::string::npos ? std::string::npos : space - from);
      if (w.size() >= 3) {
        keys.push_back(hash_bytes(w));
        add_ngrams(w, keys);
      }
      if (space == std::string::npos) break;
      from = space + 1;
    }
  }
}

// Each value the sentence states, read with its language's number words, scales and dates, as
// the key its digits would have: "двух" and "2", "10 тысяч" and "10,000", "19 июля" and
// "July 19" share a key.
void add_value_keys(const std::vector<Value>& values, std::vector<std::uint64_t>& keys) {
  for (const Value& v : values) {
    const std::string written = to_string(v);
    std::string key = v.kind == Value::Kind::Number ? "#" : "@";
    for (char c : written) {
      if (v.kind != Value::Kind::Number || (c >= '0' && c <= '9')) key.push_back(c);
    }
    keys.push_back(hash_bytes(key));
  }
}

// The keys add_translations gives each word of a document, worked out once per spelling: a story
// repeats its words, and every translation costs a hash and its n-grams (a transliteration and a
// hash each) each time. The words are views into the document's text.
class TranslationKeys {
 public:
  explicit TranslationKeys(const Dictionary& dictionary) : dictionary_(dictionary) {}
  // Appends the keys of `word`'s translations to `out`.
  void add(std::string_view word, std::vector<std::uint64_t>& out) {
    auto [it, fresh] = spans_.try_emplace(word);
    if (fresh) {
      const std::size_t from = keys_.size();
      add_translations(word, dictionary_, keys_);
      it->second = {from, keys_.size()};
    }
    out.insert(out.end(), keys_.begin() + it->second.first, keys_.begin() + it->second.second);
  }

 private:
  const Dictionary& dictionary_;
  std::vector<std::uint64_t> keys_;  // every word's keys, one word after another
  std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> spans_;  // word -> its keys in keys_
};

// A sentence's keys before any dictionary's translations join them, unsorted. `values`: its
// values read already, or null.
std::vector<std::uint64_t> plain_keys(const Document& doc, const Sentence& s, bool ngrams, const LanguageData* lang,
                                      const std::vector<Value>* values) {
  std::vector<std::uint64_t> keys;
  if (ngrams && values != nullptr) add_value_keys(*values, keys);
  else if (ngrams && lang != nullptr) add_value_keys(read_values(doc.text.substr(s.start, s.end - s.start), *lang), keys);
  for (const Token& t : s.tokens) {
    if (t.kind == TokenKind::Punct) continue;
    keys.push_back(t.key);
    if (!ngrams) continue;
    if (t.kind == TokenKind::Number) add_number_key(doc.token_text(t), keys);
    else add_ngrams(doc.token_text(t), keys);
  }
  return keys;
}

// A sentence's bag: its plain keys and, with n-grams and a dictionary, its words' translations,
// each key once.
Bag raw_bag(const Document& doc, const Sentence& s, std::vector<std::uint64_t> keys, bool ngrams,
            TranslationKeys* translations) {
  Bag bag;
  bag.keys = std::move(keys);
  if (ngrams && translations != nullptr) {
    for (const Token& t : s.tokens)
      if (t.kind == TokenKind::Word) translations->add(doc.token_text(t), bag.keys);
  }
  std::sort(bag.keys.begin(), bag.keys.end());
  bag.keys.erase(std::unique(bag.keys.begin(), bag.keys.end()), bag.keys.end());
  return bag;
}

double shared_bags(const Bag& x, const Bag& y) {
  return sum_shared(x, y, [](float wx, float wy) { return std::min(wx, wy); });
}

// Weight of the keys of `y` found in x1 or x2 (each key once).
double shared_union(const Bag& x1, const Bag& x2, const Bag& y) {
  double sum = 0;
  std::size_t i = 0, k = 0;
  for (std::size_t j = 0; j < y.keys.size(); ++j) {
    std::uint64_t key = y.keys[j];
    while (i < x1.keys.size() && x1.keys[i] < key) ++i;
    while (k < x2.keys.size() && x2.keys[k] < key) ++k;
    bool in1 = i < x1.keys.size() && x1.keys[i] == key, in2 = k < x2.keys.size() && x2.keys[k] == key;
    if (in1 || in2) sum += y.weights[j];
  }
  return sum;
}

// Counts of 64-bit keys (already hashes) in one flat table with linear probing: a book has a
// million key occurrences over some tens of thousands of distinct keys, and std::unordered_map
// spends most of its time on nodes and modulo. After transform(), each slot holds a weight.
class KeyCounter {
 public:
  explicit KeyCounter(std::size_t expected) {
    std::size_t size = 1024;
    while (size < expected * 2) size <<= 1;
    slots_.assign(size, Slot{});
  }
  void add(std::uint64_t key) {
    Slot& s = find(key);
    if (s.count++ == 0) {
      s.key = key;
      if (++used_ * 2 > slots_.size()) grow();
    }
  }
  template <typename Fn>
  void transform(const Fn& fn) {
    for (Slot& s : slots_) if (s.count > 0) s.weight = fn(s.count);
  }
  float weight(std::uint64_t key) const { return const_cast<KeyCounter*>(this)->find(key).weight; }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t count = 0;
    float weight = 0;
  };
  Slot& find(std::uint64_t key) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>((key ^ (key >> 29)) * 0x9E3779B97F4A7C15ull >> 20) & mask;
    while (slots_[i].count > 0 && slots_[i].key != key) i = (i + 1) & mask;
    return slots_[i];
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (s.count == 0) continue;
      Slot& t = find(s.key);
      t = s;
    }
  }
  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

// Keys shared by more than this many sentences are too common to find candidates with.
constexpr std::size_t kMaxPosting = 64;
constexpr std::size_t kRareKeys = 4;

}  // namespace

// The union of the bags of several sentences (a key once, with its weight).
Bag merged(const std::vector<Bag>& bags, std::span<const std::uint32_t> ids);

Scorer::Scorer(const Document& a, const Document& b, bool ngrams, bool length_prior, const Dictionary* dictionary,
               const LanguageData* lang_a, const LanguageData* lang_b, const SentenceValues* values_a,
               const SentenceValues* values_b)
    : length_prior_(length_prior) {
  if (ngrams) doc_a_ = &a;
  // The two documents' bags are built on two threads when there are enough of them to matter.
  auto build = [ngrams](const Document& doc, const Dictionary* dict, const LanguageData* lang, const SentenceValues* values,
                        std::vector<Bag>& bags, std::vector<double>& lengths, std::vector<std::vector<std::uint64_t>>* plain) {
    bags.reserve(doc.sentences.size());
    lengths.reserve(doc.sentences.size());
    values = values_of(values, doc);
    std::optional<TranslationKeys> translations;
    if (dict != nullptr) translations.emplace(*dict);
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      std::vector<std::uint64_t> keys = plain_keys(doc, s, ngrams, lang, lang != nullptr && values != nullptr ? &values->of[i] : nullptr);
      if (ngrams && plain != nullptr) plain->push_back(keys);
      bags.push_back(raw_bag(doc, s, std::move(keys), ngrams, translations ? &*translations : nullptr));
      lengths.push_back(double(s.end - s.start));
    }
  };
  if (a.sentences.size() + b.sentences.size() > 4000) {
    auto other = std::async(std::launch::async, [&] { build(b, nullptr, lang_b, values_b, b_, len_b_, nullptr); });
    build(a, dictionary, lang_a, values_a, a_, len_a_, &plain_a_);
    other.get();
  } else {
    build(a, dictionary, lang_a, values_a, a_, len_a_, &plain_a_);
    build(b, nullptr, lang_b, values_b, b_, len_b_, nullptr);
  }
  weigh();
}

Scorer::Scorer(const Scorer& first, const Dictionary* dictionary)
    : doc_a_(first.doc_a_),
      plain_a_(first.plain_a_),
      len_a_(first.len_a_),
      len_b_(first.len_b_),
      length_prior_(first.length_prior_) {
  const bool ngrams = doc_a_ != nullptr;
  std::optional<TranslationKeys> translations;
  if (dictionary != nullptr) translations.emplace(*dictionary);
  for (std::size_t i = 0; i < first.a_.size(); ++i) {
    a_.push_back(ngrams ? raw_bag(*doc_a_, doc_a_->sentences[i], plain_a_[i], true, translations ? &*translations : nullptr)
                        : Bag{first.a_[i].keys, {}, 0});
  }
  for (const Bag& bag : first.b_) b_.push_back(Bag{bag.keys, {}, 0});
  weigh();
}

void Scorer::weigh() {
  // Document frequency of every key over both versions, then inverse document frequency
  // (Sparck Jones 1972), worked out once per distinct key.
  KeyCounter df(a_.size() * 8 + b_.size() * 8);
  for (const auto* side : {&a_, &b_})
    for (const Bag& bag : *side)
      for (std::uint64_t k : bag.keys) df.add(k);
  const double n = double(a_.size() + b_.size()) + 1;
  df.transform([n](std::uint32_t count) { return static_cast<float>(std::log(1.0 + n / double(count))); });
  for (auto* side : {&a_, &b_}) {
    for (Bag& bag : *side) {
      bag.weights.resize(bag.keys.size());
      for (std::size_t i = 0; i < bag.keys.size(); ++i) {
        bag.weights[i] = df.weight(bag.keys[i]);
        bag.total += bag.weights[i];
      }
    }
  }
  for (std::size_t i = 0; i + 1 < a_.size(); ++i) self_a_.push_back(shared_bags(a_[i], a_[i + 1]));
  for (std::size_t j = 0; j + 1 < b_.size(); ++j) self_b_.push_back(shared_bags(b_[j], b_[j + 1]));
}

double Scorer::shared(std::size_t a, std::size_t b) const { return shared_bags(a_[a], b_[b]); }
double Scorer::shared_two_a(std::size_t a, std::size_t b) const { return shared_union(a_[a], a_[a + 1], b_[b]); }
double Scorer::shared_two_b(std::size_t a, std::size_t b) const { return shared_union(b_[b], b_[b + 1], a_[a]); }

// Gale & Church (1993) observed that translations keep length in proportion; here the log ratio
// of the two sides' lengths, past a tolerance, costs similarity.
double Scorer::adjust(double sim, std::size_t a, std::size_t k, std::size_t b, std::size_t l) const {
  if (!length_prior_) return sim;
  double la = 0, lb = 0;
  for (std::size_t i = 0; i < k; ++i) la += len_a_[a + i];
  for (std::size_t j = 0; j < l; ++j) lb += len_b_[b + j];
  double r = std::abs(std::log((la + 10) / (lb + 10)));
  // Two sentences of matching length facing each other are likely translations even when they
  // share no word (hunalign's length-based fallback); a small bonus lets the DP pair them.
  double bonus = k == 1 && l == 1 ? 0.05 * std::max(0.0, 1 - r / 0.3) : 0;
  return sim + bonus - 0.3 * std::max(0.0, r - 0.2);
}

namespace {

// Walks the sorted union of up to three bags, a key at a time, without allocating.
class UnionCursor {
 public:
  UnionCursor(const std::vector<Bag>& bags, std::size_t first, std::size_t count) : n_(count) {
    for (std::size_t i = 0; i < count; ++i) bags_[i] = &bags[first + i];
  }
  // The next key of the union (and its weight), false at the end.
  bool next(std::uint64_t& key, float& weight) {
    bool found = false;
    for (std::size_t i = 0; i < n_; ++i) {
      if (pos_[i] < bags_[i]->keys.size() && (!found || bags_[i]->keys[pos_[i]] < key)) {
        key = bags_[i]->keys[pos_[i]];
        weight = bags_[i]->weights[pos_[i]];
        found = true;
      }
    }
    if (!found) return false;
    for (std::size_t i = 0; i < n_; ++i)
      if (pos_[i] < bags_[i]->keys.size() && bags_[i]->keys[pos_[i]] == key) ++pos_[i];
    return true;
  }

 private:
  const Bag* bags_[3] = {};
  std::size_t pos_[3] = {};
  std::size_t n_;
};

}  // namespace

std::pair<double, double> Scorer::union_weights(std::size_t a0, std::size_t k, std::size_t b0, std::size_t l) const {
  UnionCursor x(a_, a0, std::min<std::size_t>(k, 3)), y(b_, b0, std::min<std::size_t>(l, 3));
  std::uint64_t kx = 0, ky = 0;
  float wx = 0, wy = 0;
  bool hx = x.next(kx, wx), hy = y.next(ky, wy);
  double shared = 0, total = 0;
  while (hx || hy) {
    if (hx && (!hy || kx < ky)) {
      total += wx;
      hx = x.next(kx, wx);
    } else if (hy && (!hx || ky < kx)) {
      total += wy;
      hy = y.next(ky, wy);
    } else {
      shared += wx;  // a key's weight is the same wherever it occurs
      total += wx + wy;
      hx = x.next(kx, wx);
      hy = y.next(ky, wy);
    }
  }
  return {shared, total};
}

Bag merged(const std::vector<Bag>& bags, std::span<const std::uint32_t> ids) {
  if (ids.size() == 1) return bags[ids[0]];
  std::vector<std::pair<std::uint64_t, float>> all;
  for (auto id : ids)
    for (std::size_t i = 0; i < bags[id].keys.size(); ++i) all.push_back({bags[id].keys[i], bags[id].weights[i]});
  std::sort(all.begin(), all.end());
  Bag out;
  for (const auto& [k, w] : all) {
    if (!out.keys.empty() && out.keys.back() == k) continue;
    out.keys.push_back(k);
    out.weights.push_back(w);
    out.total += w;
  }
  return out;
}

double Scorer::similarity(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) const {
  if (a.empty() || b.empty()) return 0;
  Bag x = merged(a_, a), y = merged(b_, b);
  double total = x.total + y.total;
  if (total <= 0) return 0;
  double sum = 0;
  std::size_t i = 0, j = 0;
  while (i < x.keys.size() && j < y.keys.size()) {
    if (x.keys[i] < y.keys[j]) ++i;
    else if (y.keys[j] < x.keys[i]) ++j;
    else {
      sum += std::min(x.weights[i], y.weights[j]);
      ++i;
      ++j;
    }
  }
  return std::min(1.0, 2 * sum / total);
}

std::vector<std::uint64_t> Scorer::rarest(const Bag& bag, std::size_t count) const {
  std::vector<std::size_t> order(bag.keys.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::size_t keep = std::min(count, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
                    [&](std::size_t x, std::size_t y) { return bag.weights[x] > bag.weights[y]; });
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i < keep; ++i) out.push_back(bag.keys[order[i]]);
  return out;
}

std::vector<Scorer::Candidate> Scorer::similar_pairs(const std::vector<std::size_t>& as,
                                                     const std::vector<std::size_t>& bs,
                                                     double min_similarity) const {
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> postings;
  for (std::size_t b : bs)
    for (std::uint64_t k : rarest(b_[b], kRareKeys)) postings[k].push_back(b);
  std::vector<Candidate> out;
  std::vector<std::size_t> seen;
  for (std::size_t a : as) {
    seen.clear();
    for (std::uint64_t k : rarest(a_[a], kRareKeys)) {
      auto it = postings.find(k);
      if (it == postings.end() || it->second.size() > kMaxPosting) continue;
      seen.insert(seen.end(), it->second.begin(), it->second.end());
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (std::size_t b : seen) {
      double total = a_[a].total + b_[b].total;
      double sim = total > 0 ? std::min(1.0, 2 * shared(a, b) / total) : 0;
      if (sim >= min_similarity) out.push_back({a, b, sim});
    }
  }
  return out;
}

std::vector<Scorer::Candidate> Scorer::mutual_best_pairs(const std::vector<std::size_t>& as,
                                                          const std::vector<std::size_t>& bs) const {
  struct Posting {
    std::uint32_t id;
    float weight;
  };
  using Postings = std::unordered_map<std::uint64_t, std::vector<Posting>>;
  auto index = [](const std::vector<Bag>& bags) {
    Postings out;
    for (std::size_t i = 0; i < bags.size(); ++i)
      for (std::size_t t = 0; t < bags[i].keys.size(); ++t)
        out[bags[i].keys[t]].push_back({static_cast<std::uint32_t>(i), bags[i].weights[t]});
    return out;
  };
  auto norms = [](const std::vector<Bag>& bags) {
    std::vector<double> out;
    out.reserve(bags.size());
    for (const Bag& bag : bags) {
      double sum = 0;
      for (float w : bag.weights) sum += double(w) * double(w);
      out.push_back(std::sqrt(sum));
    }
    return out;
  };
  // The sentence of the other side with the highest cosine with `bag` (of norm `n`), and that
  // cosine; none on a tie.
  auto best = [](const Bag& bag, double n, const std::vector<double>& other_norms, const Postings& postings,
                 std::unordered_map<std::uint32_t, double>& dots) {
    dots.clear();
    for (std::size_t t = 0; t < bag.keys.size(); ++t) {
      auto it = postings.find(bag.keys[t]);
      if (it == postings.end() || it->second.size() > kMaxPosting) continue;
      for (const Posting& p : it->second) dots[p.id] += double(bag.weights[t]) * double(p.weight);
    }
    std::pair<std::size_t, double> top{SIZE_MAX, 0.0};
    bool tie = false;
    for (const auto& [id, dot] : dots) {
      const double cos = n > 0 ? dot / (n * other_norms[id]) : 0;
      if (cos > top.second) {
        top = {id, cos};
        tie = false;
      } else if (cos == top.second) {
        tie = true;
      }
    }
    if (tie) top.first = SIZE_MAX;
    return top;
  };
  std::vector<Candidate> out;
  if (as.empty() || bs.empty()) return out;
  const Postings post_a = index(a_), post_b = index(b_);
  const std::vector<double> norm_a = norms(a_), norm_b = norms(b_);
  std::unordered_map<std::uint32_t, double> dots;
  dots.reserve(kMaxPosting * 4);
  std::unordered_map<std::size_t, std::size_t> best_of_b;
  for (std::size_t b : bs) best_of_b[b] = best(b_[b], norm_b[b], norm_a, post_a, dots).first;
  const std::unordered_set<std::size_t> in_bs(bs.begin(), bs.end());
  for (std::size_t a : as) {
    auto [b, cos] = best(a_[a], norm_a[a], norm_b, post_b, dots);
    if (b == SIZE_MAX || !in_bs.count(b) || best_of_b[b] != a) continue;
    out.push_back({a, b, cos});
  }
  return out;
}

std::vector<std::size_t> longest_increasing(const std::vector<std::size_t>& values) {
  std::vector<std::size_t> tails, tail_index, prev(values.size(), SIZE_MAX);
  for (std::size_t i = 0; i < values.size(); ++i) {
    auto it = std::lower_bound(tails.begin(), tails.end(), values[i]);
    std::size_t pos = static_cast<std::size_t>(it - tails.begin());
    if (it == tails.end()) {
      tails.push_back(values[i]);
      tail_index.push_back(i);
    } else {
      *it = values[i];
      tail_index[pos] = i;
    }
    if (pos > 0) prev[i] = tail_index[pos - 1];
  }
  std::vector<std::size_t> out;
  for (std::size_t i = tails.empty() ? SIZE_MAX : tail_index.back(); i != SIZE_MAX; i = prev[i]) out.push_back(i);
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<PairIds> Scorer::candidate_chain(std::size_t a0, std::size_t a1, std::size_t b0,
                                             std::size_t b1, double min_similarity) const {
  std::vector<std::size_t> as, bs;
  for (std::size_t i = a0; i < a1; ++i) as.push_back(i);
  for (std::size_t j = b0; j < b1; ++j) bs.push_back(j);
  std::vector<Candidate> cands = similar_pairs(as, bs, std::max(min_similarity, 0.5));
  // Best candidate per base sentence, then the longest chain increasing on both sides.
  std::sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) {
    return x.a != y.a ? x.a < y.a : x.similarity > y.similarity;
  });
  std::vector<PairIds> best;
  for (const Candidate& c : cands) {
    if (best.empty() || best.back().a != c.a) best.push_back({c.a, c.b});
  }
  std::vector<std::size_t> best_b;
  for (const PairIds& p : best) best_b.push_back(p.b);
  std::vector<PairIds> chain;
  for (std::size_t k : longest_increasing(best_b)) chain.push_back(best[k]);
  return chain;
}

}  // namespace claimdiff::detail
