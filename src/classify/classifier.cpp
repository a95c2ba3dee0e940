// The same-language classifier: the word diff of each claim, block by block, read for the change
// types of DESIGN.md (cosmetic, wording, then the major facts: numbers, names, negation,
// modality, pronouns, quotation, attribution).

#include <algorithm>
#include <cmath>
#include <iterator>
#include <mutex>
#include <optional>
#include <span>
#include <unordered_set>

#include "classify/claims.hpp"
#include "classify/words.hpp"
#include "segment/numbers.hpp"

namespace claimdiff::detail {
namespace {

class Classifier {
 public:
  Classifier(const Document& a, const Document& b, const LanguageData& lang, const ClassifyOptions& o,
             SharedFacts& shared)
      : a_(a), b_(b), lang_(lang), o_(o), negations_(lang.negations), modality_(lang.modality),
        attribution_(lang.attribution), shared_(shared),
        number_words_(filter_of(lang.numbers, [](const auto& e) -> const std::string& { return e.first; })),
        pronoun_words_(filter_of(lang.pronouns, [](const auto& e) -> const std::string& { return e.first; })),
        function_words_(filter_of(lang.function_words, [](const std::string& w) -> const std::string& { return w; })),
        spelling_words_(filter_of(lang.spelling_group, [](const auto& e) -> const std::string& { return e.first; })) {}

  std::vector<Change> changes(const std::vector<DiffOp>& ops) {
    std::vector<Change> out;
    // Facts are compared over the whole claim first: a number or a name that only moved inside
    // the claim ("30 days" -> "a 30-day", "according to Peskov" -> "Peskov said") is no change.
    ClaimFacts facts(*this, ops);
    claim_ops_ = &ops;
    claim_a_ready_ = claim_b_ready_ = false;
    for (std::size_t i = 0; i < ops.size();) {
      if (ops[i].op == Op::Equal) {
        ++i;
        continue;
      }
      const DiffOp* del = nullptr;
      const DiffOp* ins = nullptr;
      std::size_t before_at = ops[i].base_start, after_at = ops[i].other_start;
      for (; i < ops.size() && ops[i].op != Op::Equal; ++i) (ops[i].op == Op::Delete ? del : ins) = &ops[i];
      classify_block(del, ins, before_at, after_at, facts, out);
    }
    // Equal ops whose texts differ (ignored case or quotes) are still shown, never classified.
    return out;
  }

 private:
  std::vector<Word> words_in(const Document& doc, std::size_t start, std::size_t end) const {
    std::vector<Word> out;
    if (end <= start) return out;
    const std::size_t at = doc.sentence_at(start);
    auto it = doc.sentences.begin() + static_cast<std::ptrdiff_t>(at == Document::kNoSentence ? 0 : at);
    for (; it != doc.sentences.end() && it->start < end; ++it) {
      // Tokens are in text order: find the range by binary search, not by a walk over the whole
      // sentence for every op (quadratic on a long sentence with many edits).
      const std::vector<Token>& tokens = it->tokens;
      auto first_word = std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.kind != TokenKind::Punct; });
      auto from = std::lower_bound(tokens.begin(), tokens.end(), start,
                                   [](const Token& t, std::size_t off) { return t.start < off; });
      for (auto t = from; t != tokens.end() && t->start < end; ++t) {
        if (t->end > end) continue;
        bool initial = t == first_word && t->kind == TokenKind::Word;
        std::string_view text = doc.token_text(*t);
        out.push_back(make_word(text, t->kind, initial, t->start));
      }
    }
    return out;
  }

  // The words of doc[start, end) inside the claim being classified, as a view of the claim's
  // words (made once per claim and side): the same words words_in would make.
  std::span<const Word> words_of(const Document& doc, std::size_t start, std::size_t end) {
    const bool base = &doc == &a_;
    std::vector<Word>& words = base ? claim_a_ : claim_b_;
    bool& ready = base ? claim_a_ready_ : claim_b_ready_;
    if (!ready) {
      ready = true;
      std::size_t lo = SIZE_MAX, hi = 0;
      for (const DiffOp& op : *claim_ops_) {
        lo = std::min(lo, base ? op.base_start : op.other_start);
        hi = std::max(hi, base ? op.base_end : op.other_end);
      }
      words = lo < hi ? words_in(doc, lo, hi) : std::vector<Word>{};
    }
    if (end <= start) return {};
    auto first = std::lower_bound(words.begin(), words.end(), start, [](const Word& w, std::size_t off) { return w.start < off; });
    auto last = std::lower_bound(first, words.end(), end, [](const Word& w, std::size_t off) { return w.start < off; });
    // Only the last word can run past `end` (words do not overlap); words_in leaves it out.
    if (last != first && std::prev(last)->start + std::prev(last)->text.size() > end) --last;
    return {first, last};
  }

  // Number values in a text, with number words and "<n> million" scales.
  std::vector<double> values(std::span<const Word> words) const {
    std::vector<double> out;
    bool comma_decimal = comma_decimal_language(lang_);
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::optional<double> v;
      if (words[i].kind == TokenKind::Number || std::isdigit(static_cast<unsigned char>(words[i].text[0]))) {
        v = parse_number(words[i].text, comma_decimal);
      } else if (auto it = number_word(words[i]) ? lang_.numbers.find(words[i].key) : lang_.numbers.end();
                 it != lang_.numbers.end()) {
        v = it->second.value;
      }
      if (!v) continue;
      while (i + 1 < words.size()) {
        auto sc = number_word(words[i + 1]) ? lang_.numbers.find(words[i + 1].key) : lang_.numbers.end();
        if (sc == lang_.numbers.end() || sc->second.kind != NumberWord::Kind::Scale) break;
        *v *= sc->second.value;
        ++i;
      }
      out.push_back(*v);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // Whole-claim comparisons, each worked out the first time a block needs it (most blocks need
  // none: a claim-wide look costs as much as the rest of the classification).
  class ClaimFacts {
   public:
    ClaimFacts(Classifier& c, const std::vector<DiffOp>& ops) : c_(c), ops_(ops) {}
    bool numbers_differ() { return get(numbers_, [&] { return c_.values(a()) != c_.values(b()); }); }
    bool entities_differ() {
      return get(entities_, [&] { return as_set(c_.entity_keys(a())) != as_set(c_.entity_keys(b())); });
    }
    bool verbs_differ() {
      return get(verbs_, [&] { return as_set(c_.loaded_verbs(a())) != as_set(c_.loaded_verbs(b())); });
    }
    bool speaker() { return get(speaker_, [&] { return c_.has_speaker(a()) || c_.has_speaker(b()); }); }

   private:
    template <typename Fn>
    static bool get(int& slot, Fn fn) {
      if (slot < 0) slot = fn() ? 1 : 0;
      return slot == 1;
    }
    const std::vector<Word>& a() {
      if (!a_ready_) a_ = c_.side_words(c_.a_, ops_, true), a_ready_ = true;
      return a_;
    }
    const std::vector<Word>& b() {
      if (!b_ready_) b_ = c_.side_words(c_.b_, ops_, false), b_ready_ = true;
      return b_;
    }
    Classifier& c_;
    const std::vector<DiffOp>& ops_;
    std::vector<Word> a_, b_;
    bool a_ready_ = false, b_ready_ = false;
    int numbers_ = -1, entities_ = -1, verbs_ = -1, speaker_ = -1;
  };

  // Verbs of saying that judge what they report ("claimed"), as opposed to "said" or "told".
  std::vector<std::string> loaded_verbs(std::span<const Word> words) const {
    std::vector<std::string> v = attribution_.find(words);
    std::erase_if(v, [&](const std::string& x) { return neutral_.count(x) != 0; });
    return v;
  }

  // A verb only attributes speech when someone speaks: a name, a personal pronoun or a quotation.
  bool has_speaker(std::span<const Word> words) {
    for (const Word& w : words) {
      if (w.kind == TokenKind::Punct) {
        std::string q = fold_quotes(w.text);
        if (q == "\"" || w.text == "\u00AB" || w.text == "\u00BB") return true;
        continue;
      }
      auto p = pronoun_words_.maybe(w.hash) ? lang_.pronouns.find(w.key) : lang_.pronouns.end();
      if (p != lang_.pronouns.end() && p->second != Gender::Neutral) return true;
      // Sentence-initial names count here too: "Peskov claimed" has a speaker.
      if (w.kind == TokenKind::Word && starts_upper(w.text) && !function_word(w)) return true;
    }
    return false;
  }

  // All words of one side of the claim.
  std::vector<Word> side_words(const Document& doc, const std::vector<DiffOp>& ops, bool base) {
    std::vector<Word> words;
    for (const DiffOp& op : ops) {
      if (op.op == Op::Insert && base) continue;
      if (op.op == Op::Delete && !base) continue;
      std::size_t s = base ? op.base_start : op.other_start, e = base ? op.base_end : op.other_end;
      const auto w = words_of(doc, s, e);
      words.insert(words.end(), w.begin(), w.end());
    }
    return words;
  }

  // Proper names: capitalised words that are not function words; a sentence-initial word counts
  // only when the same word is also capitalised mid-sentence somewhere in the two versions.
  bool is_name(const Word& w) {
    if (w.kind != TokenKind::Word || !starts_upper(w.text) || !has_letter(w.text)) return false;
    if (function_word(w) || pronoun(w)) return false;
    if (!w.sentence_initial) return true;
    std::call_once(shared_.names_once, [this] { collect_names(); });
    return shared_.names.count(w.key) != 0;
  }

  void collect_names() {
    for (const Document* d : {&a_, &b_}) {
      for (const Sentence& s : d->sentences) {
        bool first = true;
        for (const Token& t : s.tokens) {
          if (t.kind == TokenKind::Punct) continue;
          std::string_view text = d->token_text(t);
          if (!first && starts_upper(text)) shared_.names.insert(lower(text));
          first = false;
        }
      }
    }
  }

  std::string canonical(const std::string& key) const {
    auto it = lang_.spelling_group.find(key);
    if (it == lang_.spelling_group.end()) return key;
    std::string group(1, '#');
    group.append(std::to_string(it->second));
    return group;
  }

  // A bag of strings, comparable with ==.
  static std::vector<std::string> as_set(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  }

  std::vector<std::string> entity_keys(std::span<const Word> words) {
    std::vector<std::string> out;
    for (const Word& w : words) {
      if (is_name(w)) out.push_back(spelling_words_.maybe(w.hash) ? canonical(w.key) : w.key);
    }
    return out;
  }

  std::vector<Gender> genders(std::span<const Word> words) const {
    std::vector<Gender> out;
    for (const Word& w : words) {
      auto it = pronoun_words_.maybe(w.hash) ? lang_.pronouns.find(w.key) : lang_.pronouns.end();
      if (it != lang_.pronouns.end() && (it->second == Gender::Female || it->second == Gender::Male)) {
        out.push_back(it->second);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // Whether byte `offset` of `doc` lies inside a quotation: double quotes of every style toggle
  // (so mismatched “...“ still pair up), guillemets open and close. Quotes run across sentences,
  // so the state at each sentence start is computed once per document, paragraph by paragraph.
  static void step(QuoteState& q, std::string_view mark) {
    if (mark == "\u00AB" || mark == "\u201E") ++q.depth;
    else if (mark == "\u00BB") q.depth = std::max(0, q.depth - 1);
    else if (mark == "\"" || mark == "\u201C" || mark == "\u201D") q.open = !q.open;
  }

  const std::vector<QuoteState>& quote_starts(const Document& doc) {
    const bool base = &doc == &a_;
    auto& cache = base ? shared_.quotes_a : shared_.quotes_b;
    std::call_once(base ? shared_.quotes_a_once : shared_.quotes_b_once, [&] {
      cache.resize(doc.sentences.size());
      QuoteState q;
      for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        if (i > 0 && doc.sentences[i].paragraph != doc.sentences[i - 1].paragraph) q = {};
        cache[i] = q;
        for (const Token& t : doc.sentences[i].tokens) {
          if (t.kind == TokenKind::Punct) step(q, doc.token_text(t));
        }
      }
    });
    return cache;
  }

  // Whether any of `words` (in text order) lies inside a quotation: one walk over the tokens of
  // their sentences, not one per word.
  bool words_inside_quote(const Document& doc, std::span<const Word> words) {
    if (words.empty()) return false;
    const auto& sentences = doc.sentences;
    const std::size_t at = doc.sentence_at(words.front().start);
    if (at == Document::kNoSentence) return false;
    auto it = sentences.begin() + static_cast<std::ptrdiff_t>(at);
    const auto& starts = quote_starts(doc);
    QuoteState q = starts[static_cast<std::size_t>(it - sentences.begin())];
    std::size_t t = 0;
    for (const Word& w : words) {
      while (it + 1 != sentences.end() && (it + 1)->start <= w.start) {
        ++it;
        q = starts[static_cast<std::size_t>(it - sentences.begin())];
        t = 0;
      }
      for (; t < it->tokens.size() && it->tokens[t].start < w.start; ++t) {
        if (it->tokens[t].kind == TokenKind::Punct) step(q, doc.token_text(it->tokens[t]));
      }
      if (q.depth > 0 || q.open) return true;
    }
    return false;
  }

  // The attribution verbs of the sentence around a change, within a few words of it.
  std::vector<std::string> attribution_near(const Document& doc, std::size_t start, std::size_t end) {
    const std::size_t at = doc.sentence_at(start);
    if (at == Document::kNoSentence) return {};
    const Sentence* it = &doc.sentences[at];
    const std::span<const Word> words = words_of(doc, it->start, it->end);
    // The words near the change form one run (both conditions are monotone in i).
    constexpr std::size_t kWindow = 4;
    std::size_t from = words.size(), to = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::size_t lo = i >= kWindow ? i - kWindow : 0, hi = std::min(words.size() - 1, i + kWindow);
      bool close = words[lo].start <= end && words[hi].start + 1 >= start;
      if (close) {
        from = std::min(from, i);
        to = i + 1;
      }
    }
    if (from >= to) return {};
    return attribution_.find(words.subspan(from, to - from));
  }

  void classify_block(const DiffOp* del, const DiffOp* ins, std::size_t before_at, std::size_t after_at,
                      ClaimFacts& facts, std::vector<Change>& out) {
    std::size_t bs = del ? del->base_start : before_at, be = del ? del->base_end : before_at;
    std::size_t os = ins ? ins->other_start : after_at, oe = ins ? ins->other_end : after_at;
    std::string before(trim(del ? del->text : std::string())), after(trim(ins ? ins->text : std::string()));
    auto add = [&](ChangeType t) {
      for (const Change& c : out) if (c.type == t && c.before == before && c.after == after) return;
      out.push_back({t, before, after});
    };
    const std::span<const Word> wa = words_of(a_, bs, be), wb = words_of(b_, os, oe);
    // The words (punctuation left out) of both sides, as written or as keys, pairwise: equal
    // when `same` holds for each pair and the counts agree.
    auto same_words = [&](auto same) {
      auto x = wa.begin(), y = wb.begin();
      for (;; ++x, ++y) {
        while (x != wa.end() && x->kind == TokenKind::Punct) ++x;
        while (y != wb.end() && y->kind == TokenKind::Punct) ++y;
        if (x == wa.end() || y == wb.end()) return x == wa.end() && y == wb.end();
        if (!same(*x, *y)) return false;
      }
    };
    if (same_words([](const Word& x, const Word& y) { return x.text == y.text; })) {
      if (before.empty() && after.empty()) return add(ChangeType::Whitespace);
      std::string pa = strip_space(before), pb = strip_space(after);
      if (pa == pb) return add(ChangeType::Whitespace);
      if (fold_quotes(pa) == fold_quotes(pb)) return add(ChangeType::QuoteStyle);
      return add(ChangeType::Punctuation);
    }
    if (same_words([](const Word& x, const Word& y) { return x.key == y.key; })) return add(ChangeType::Case);
    if (same_words([&](const Word& x, const Word& y) { return x.key == y.key || lang_.same_spelling(x.key, y.key); })) {
      return add(ChangeType::Spelling);
    }
    bool major = false;
    if (values(wa) != values(wb) && facts.numbers_differ()) {
      add(ChangeType::Number);
      major = true;
    }
    bool entity = as_set(entity_keys(wa)) != as_set(entity_keys(wb)) && facts.entities_differ();
    if (entity) {
      add(ChangeType::Entity);
      major = true;
    }
    if (negations_.find(wa).size() != negations_.find(wb).size()) {
      add(ChangeType::Negation);
      major = true;
    }
    if (as_set(modality_.find(wa)) != as_set(modality_.find(wb))) {
      add(ChangeType::Modality);
      major = true;
    }
    const std::vector<Gender> ga = genders(wa), gb = genders(wb);
    if (ga != gb && !ga.empty() && !gb.empty()) {
      add(ChangeType::Pronoun);
      major = true;
    }
    if (words_inside_quote(a_, wa) || words_inside_quote(b_, wb)) {
      add(ChangeType::Quote);
      major = true;
    }
    if (attribution_changed(wa, wb, entity, facts, bs, be, os, oe)) {
      add(ChangeType::Attribution);
      major = true;
    }
    if (!major) add(ChangeType::Wording);
  }

  bool attribution_changed(std::span<const Word> wa, std::span<const Word> wb, bool entity,
                           ClaimFacts& facts, std::size_t bs, std::size_t be, std::size_t os,
                           std::size_t oe) {
    // The verb of saying changed to or from a loaded one ("said" -> "claimed").
    if (as_set(loaded_verbs(wa)) != as_set(loaded_verbs(wb)) && facts.verbs_differ() && facts.speaker()) return true;
    // A changed name next to a verb of saying is a change of speaker.
    return entity && (!attribution_near(a_, bs, be).empty() || !attribution_near(b_, os, oe).empty());
  }

  static std::string strip_space(const std::string& s) {
    std::string out;
    for (char c : s) if (c != ' ' && c != '\t' && c != '\n') out.push_back(c);
    return out;
  }

 public:
  void set_neutral(std::unordered_set<std::string> n) { neutral_ = std::move(n); }

 private:
  const Document& a_;
  const Document& b_;
  const LanguageData& lang_;
  const ClassifyOptions& o_;
  PhraseSet negations_, modality_, attribution_;
  std::unordered_set<std::string> neutral_;
  SharedFacts& shared_;
  // The claim being classified (set by changes()) and its words per side, made on first use.
  const std::vector<DiffOp>* claim_ops_ = nullptr;
  std::vector<Word> claim_a_, claim_b_;
  bool claim_a_ready_ = false, claim_b_ready_ = false;
  detail::KeyFilter number_words_, pronoun_words_, function_words_, spelling_words_;

  bool number_word(const Word& w) const { return number_words_.maybe(w.hash); }
  bool pronoun(const Word& w) const { return pronoun_words_.maybe(w.hash) && lang_.pronouns.count(w.key) != 0; }
  bool function_word(const Word& w) const { return function_words_.maybe(w.hash) && lang_.is_function_word(w.key); }
};

}  // namespace

std::vector<Claim> classify_range(const Document& base, const Document& other, const std::vector<Bead>& beads,
                                  std::size_t from, std::size_t to, const LanguageData& lang,
                                  const ClassifyOptions& options, SharedFacts& shared) {
  Classifier classifier(base, other, lang, options, shared);
  classifier.set_neutral({lang.attribution_neutral.begin(), lang.attribution_neutral.end()});
  std::vector<Claim> claims;
  claims.reserve(to - from);
  auto one_sided = [&](bool removed, const std::vector<std::uint32_t>& ids) {
    Claim c;
    c.kind = removed ? ClaimKind::Removed : ClaimKind::Added;
    (removed ? c.base : c.other) = ids;
    claims.push_back(std::move(c));
  };
  for (std::size_t bi = from; bi < to; ++bi) {
    const Bead& bead = beads[bi];
    if (bead.base.empty() && bead.other.empty()) continue;
    if (bead.other.empty()) { one_sided(true, bead.base); continue; }
    if (bead.base.empty()) { one_sided(false, bead.other); continue; }
    if (!bead.exact && !bead.moved && bead.similarity < options.threshold) {
      one_sided(true, bead.base);
      one_sided(false, bead.other);
      continue;
    }
    Claim c;
    c.base = bead.base;
    c.other = bead.other;
    c.similarity = bead.similarity;
    bool same_text = bead.base.size() == bead.other.size();
    for (std::size_t i = 0; same_text && i < bead.base.size(); ++i) {
      same_text = base.sentences[bead.base[i]].exact == other.sentences[bead.other[i]].exact;
    }
    if (!same_text) {
      c.diff = diff_sentences(base, bead.base, other, bead.other, options.diff);
      c.changes = classifier.changes(c.diff);
      std::erase_if(c.changes, [&](const Change& ch) { return ignorable(ch, options); });
    }
    c.severity = claim_severity(c.changes);
    c.kind = claim_kind(bead, !c.changes.empty());
    if (c.kind == ClaimKind::Equal) {
      c.similarity = 1;
      if (same_text) c.diff.clear();
    }
    claims.push_back(std::move(c));
  }
  return claims;
}

}  // namespace claimdiff::detail
