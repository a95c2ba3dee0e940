// The same-language classifier: the word diff of each claim, block by block, read for the change
// types of DESIGN.md (cosmetic, wording, then the major facts: numbers, names, negation,
// antonyms, modality, pronouns, quotation, attribution, content). Facts are compared over the
// whole claim first, so a fact that only moved inside the claim is no change; a block then names
// the facts it touches.

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <iterator>
#include <mutex>
#include <optional>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "claimdiff/error.hpp"
#include "classify/claims.hpp"
#include "classify/cross_content.hpp"
#include "classify/name_senses.hpp"
#include "classify/word_relations.hpp"
#include "classify/words.hpp"
#include "segment/values.hpp"

namespace claimdiff::detail {
namespace {

// A string hash that also takes string_views, so that a look-up need not copy the text.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Classifier {
 public:
  Classifier(const Document& a, const Document& b, const LanguageData& lang, const ClassifyOptions& o,
             SharedFacts& shared, const Lexicons& lex)
      : a_(a), b_(b), lang_(lang), o_(o), lex_(lex), negations_(negation_counter(lang, NegationCounter::Scope::WithinLanguage)),
        modality_(phrase_set(lang, "modality", lang.modality)),
        not_modality_(phrase_set(lang, "not_modality", lang.not_modality)),
        modal_forms_(lang.derived.get<PhraseSet>("classify.phrases.modal_forms", [&] { return PhraseSet(keys_of(lang.modality_group)); })),
        attribution_(phrase_set(lang, "attribution", lang.attribution)), shared_(shared),
        number_words_(filter_of(lang.numbers, [](const auto& e) -> const std::string& { return e.first; })),
        pronoun_words_(filter_of(lang.pronouns, [](const auto& e) -> const std::string& { return e.first; })),
        function_words_(filter_of(lang.function_words, [](const std::string& w) -> const std::string& { return w; })),
        spelling_words_(filter_of(lang.spelling_group, [](const auto& e) -> const std::string& { return e.first; })),
        bound_phrase_words_(bound_word_filter(lang)) {}

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
    // Counted first, so that the words (each owning its key) are not moved as the vector grows.
    std::size_t n = 0;
    tokens_in(doc, start, end, [&](const Token&, bool) { ++n; });
    out.reserve(n);
    tokens_in(doc, start, end, [&](const Token& t, bool initial) {
      set_word(out.emplace_back(), doc.token_text(t), t.kind, initial, t.start);
    });
    return out;
  }

  // Calls visit(token, sentence_initial) for each token of doc[start, end), in text order.
  template <typename Visit>
  static void tokens_in(const Document& doc, std::size_t start, std::size_t end, const Visit& visit) {
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
        visit(*t, t == first_word && t->kind == TokenKind::Word);
      }
    }
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


  // Whole-claim comparisons, each worked out the first time a block needs it (most blocks need
  // none: a claim-wide look costs as much as the rest of the classification).
  class ClaimFacts {
   public:
    ClaimFacts(Classifier& c, const std::vector<DiffOp>& ops) : c_(c), ops_(ops) {}
    bool numbers_differ() {
      return get(numbers_, [&] { return !same_values(c_.values(text(true)), c_.values(text(false))); });
    }
    // Whether a number both sides state has another bound before it on each side ("at least
    // 160" / "160", "more than 160" / "no more than 160"), and the block `wa` / `wb` holds a word
    // of that bound or that number: the bound phrases of the whole claim are read, so a bound
    // only moved within the claim ("at least 160 people" / "160 people at least") is none.
    bool bound_changed(std::span<const Word> wa, std::span<const Word> wb) {
      // Only a number or a word of a bound phrase can be one of the bound words below: a block
      // with neither changes no bound, and the claim's bounds need not be read for it.
      if (!c_.may_hold_bound(wa) && !c_.may_hold_bound(wb)) return false;
      if (!bounds_ready_) {
        bounds_ready_ = true;
        c_.changed_bounds(a(), b(), bound_words_[0], bound_words_[1]);
      }
      auto marked = [](const Word& w, const std::vector<std::size_t>& starts) { return std::binary_search(starts.begin(), starts.end(), w.start); };
      auto in = [&](std::span<const Word> words, const std::vector<std::size_t>& starts) {
        return std::any_of(words.begin(), words.end(), [&](const Word& w) { return marked(w, starts); });
      };
      // The block is the bound's own edit: each side's words are the bound's, or one word at
      // most put in its place ("up to" / "some"). A longer rewording around a bound ("more than
      // 30 kilograms" / "30 extra kilograms") is judged as the rewording it is.
      auto own = [&](std::span<const Word> words, const std::vector<std::size_t>& starts) {
        std::size_t others = 0;
        for (const Word& w : words) others += w.kind != TokenKind::Punct && !marked(w, starts) ? 1 : 0;
        return others == 0 || (others == 1 && !in(words, starts));
      };
      return (in(wa, bound_words_[0]) || in(wb, bound_words_[1])) && own(wa, bound_words_[0]) && own(wb, bound_words_[1]);
    }
    const Unmatched& names() {
      if (!names_ready_) {
        names_ready_ = true;
        const std::vector<NameRun>& runs_a = runs(true);
        const std::vector<NameRun>& runs_b = runs(false);
        names_ = changed_names(runs_a, runs_b);
        if (names_.dropped.empty() && names_.added.empty()) return names_;
        // A name the other side writes in lower case is the same word ("the National Guard",
        // "the national guard").
        auto written = [](std::span<const Word> words, const std::string& key) {
          return std::any_of(words.begin(), words.end(), [&](const Word& w) { return w.key == key; });
        };
        std::erase_if(names_.dropped, [&](const std::string& k) { return written(b(), k); });
        std::erase_if(names_.added, [&](const std::string& k) { return written(a(), k); });
        // The head word of an institution's name (its last word, after at least one other) that
        // the other side renders with its synonym ("People's Council" / "People's Assembly")
        // names the same body; names proper are in no thesaurus as each other's synonyms. A
        // modifier put as its synonym may name another body ("Supreme Court" / "Superior Court").
        auto rendered = [&](std::span<const Word> words, const std::vector<NameRun>& runs, const std::string& k) {
          const bool head = std::any_of(runs.begin(), runs.end(), [&](const NameRun& r) { return r.words.size() >= 2 && r.words.back() == k; });
          return head && std::any_of(words.begin(), words.end(), [&](const Word& w) {
            return w.kind == TokenKind::Word && w.key != k && synonyms(c_.lex_, k, w.key);
          });
        };
        std::erase_if(names_.dropped, [&](const std::string& k) { return rendered(b(), runs_a, k); });
        std::erase_if(names_.added, [&](const std::string& k) { return rendered(a(), runs_b, k); });
        // The same head word transliterated on one side and translated on the other, after the
        // name both write ("Perm Krai" / "the Perm Territory", "the Perm region"): the head
        // words and their translations are listed (romanised_head in conventions.tsv); another
        // word after the name is another place ("Perm Krai" / "the Perm Airport").
        auto transliterated = [&](std::span<const Word> words, const std::vector<NameRun>& runs, const std::string& k,
                                  std::vector<std::string>& renderings) {
          const auto head = c_.lang_.romanised_heads.find(k);
          if (head == c_.lang_.romanised_heads.end()) return false;
          for (const NameRun& r : runs) {
            if (r.words.size() < 2 || r.words.back() != k) continue;
            const std::string& name = r.words[r.words.size() - 2];
            for (std::size_t i = 0; i + 1 < words.size(); ++i) {
              if (without_clitic(words[i].key) != name || words[i + 1].kind != TokenKind::Word) continue;
              const std::string& next = words[i + 1].key;
              if (std::find(head->second.begin(), head->second.end(), next) != head->second.end()) {
                renderings.push_back(next);
                return true;
              }
            }
          }
          return false;
        };
        std::vector<std::string> rendered_b, rendered_a;
        std::erase_if(names_.dropped, [&](const std::string& k) { return transliterated(b(), runs_a, k, rendered_b); });
        std::erase_if(names_.added, [&](const std::string& k) { return transliterated(a(), runs_b, k, rendered_a); });
        // The translation, capitalised as part of the name ("the Perm Territory"), is no name gained.
        std::erase_if(names_.added, [&](const std::string& k) { return std::find(rendered_b.begin(), rendered_b.end(), k) != rendered_b.end(); });
        std::erase_if(names_.dropped, [&](const std::string& k) { return std::find(rendered_a.begin(), rendered_a.end(), k) != rendered_a.end(); });
        std::vector<std::string> respelt_a, respelt_b;
        for (const std::string& x : names_.dropped) {
          for (const std::string& y : names_.added) {
            if (c_.romanised_pair(x, a(), y, b())) respelt_a.push_back(x), respelt_b.push_back(y);
          }
        }
        std::erase_if(names_.dropped, [&](const std::string& k) { return std::find(respelt_a.begin(), respelt_a.end(), k) != respelt_a.end(); });
        std::erase_if(names_.added, [&](const std::string& k) { return std::find(respelt_b.begin(), respelt_b.end(), k) != respelt_b.end(); });
        if (c_.lex_.name_senses != nullptr) {
          std::optional<NewPhrases> in_b, in_a;
          std::erase_if(names_.dropped, [&](const std::string& k) {
            if (!in_b) in_b.emplace(c_, a(), b());
            return c_.named_alike(runs_a, k, *in_b);
          });
          std::erase_if(names_.added, [&](const std::string& k) {
            if (!in_a) in_a.emplace(c_, b(), a());
            return c_.named_alike(runs_b, k, *in_a);
          });
        }
        // A name put for a pronoun, or a pronoun for a name ("According to Kreitsmann" ->
        // "According to her"), refers to the same one when the version without the name names
        // it elsewhere.
        const std::size_t pa = c_.pronoun_count(a()), pb = c_.pronoun_count(b());
        if (pb > pa) std::erase_if(names_.dropped, [&](const std::string& k) { return c_.named_in(c_.b_, k); });
        if (pa > pb) std::erase_if(names_.added, [&](const std::string& k) { return c_.named_in(c_.a_, k); });
        // One part of a name put for another ("Spears" / "Britney") names the one both versions
        // name in full ("Britney Spears").
        std::erase_if(names_.dropped, [&](const std::string& k) { return c_.same_full_name(a(), b(), k); });
        std::erase_if(names_.added, [&](const std::string& k) { return c_.same_full_name(b(), a(), k); });
        // A name one version leaves out of the claim, putting no other name in its place, that it
        // states in the sentence before or after the claim is moved across a sentence boundary
        // (two translations cut a story's sentences differently), not lost from the story.
        auto defined = [&](bool base, const std::string& k) {
          const auto& keys = defined_acronyms(base);
          return std::find(keys.begin(), keys.end(), k) != keys.end();
        };
        std::erase_if(names_.dropped, [&](const std::string& k) { return defined(true, k); });
        std::erase_if(names_.added, [&](const std::string& k) { return defined(false, k); });
        // The version without the name must name it there more often than the version with it
        // does ("Jones met the mayor. The mayor accused Jones" / "... was accused": both name
        // Jones before, so Jones is lost from the claim). A name beside a verb of saying may be
        // the speaker, whose change is the attribution rule's ("..., Lavrov said" / "..., a
        // witness said").
        auto moved = [&](bool into_base, const std::string& k) {
          if (!c_.attribution_.matches(into_base ? b() : a()).empty()) return false;
          return named_nearby(into_base, k) > named_nearby(!into_base, k) && (moved_.push_back(k), true);
        };
        if (names_.added.empty()) std::erase_if(names_.dropped, [&](const std::string& k) { return moved(false, k); });
        if (names_.dropped.empty()) std::erase_if(names_.added, [&](const std::string& k) { return moved(true, k); });
        drop_described_names();
      }
      return names_;
    }
    bool entities_differ() { return !names().dropped.empty() || !names().added.empty(); }
    // Name words that name nothing by themselves. A month is part of a date, which the number
    // rule compares as a value ("June 22" / "July 22"). A word English writes as a common word
    // too (a WordNet noun also written in lower case, or an adjective), in a name that says in
    // full a name of the other side, is that name said longer: the other name has two words or
    // more, ends in the same head word, shares a proper word with it and has no word of its own,
    // each of its words being one of this name's or of the same stem ("the Russian Federation
    // Investigations Committee" / "the Russian Investigative Committee", "the Russian Navy Day" /
    // "the Navy Day"). A name with words of its own on both sides is another name ("the Minsk
    // Contact Group" / "the Minsk Supervision Board"), and so is one sharing no proper word ("Kofu
    // City" / "Japan") or a bare proper word ("Russian", written elsewhere in the claim, says
    // nothing of "the Russian Defence Ministry").
    // Each word is looked up in the lexicon once, and a name is paired only with the other side's
    // names of its head word, found by hash; a claim listing more names than kMaxDescribedRuns on
    // a side (a table, a list of bodies) keeps its name changes, as the pairs could be many.
    static constexpr std::size_t kMaxDescribedRuns = 64;
    void drop_described_names() {
      auto months = [&](const std::string& k) { return c_.month_word(k); };
      std::erase_if(names_.dropped, months);
      std::erase_if(names_.added, months);
      if (names_.dropped.empty() && names_.added.empty()) return;
      if (runs(true).size() > kMaxDescribedRuns || runs(false).size() > kMaxDescribedRuns) return;
      auto common_word = [&](const std::string& w) { return c_.common_name_word_memo(w); };
      auto in = [](const std::string& w, const NameRun& run) {
        return std::any_of(run.words.begin(), run.words.end(), [&](const std::string& x) { return x == w || same_stem(x, w); });
      };
      // The runs of two words or more of each side, by head word.
      std::unordered_multimap<std::string, const NameRun*> by_head[2];
      for (bool base : {true, false})
        for (const NameRun& r : runs(base))
          if (r.words.size() >= 2) by_head[base ? 0 : 1].emplace(r.words.back(), &r);
      auto said_shorter = [&](const NameRun& mine, const NameRun& theirs) {
        const bool anchored = std::any_of(theirs.words.begin(), theirs.words.end(), [&](const std::string& w) {
          return in(w, mine) && !common_word(w);
        });
        return anchored && std::all_of(theirs.words.begin(), theirs.words.end(), [&](const std::string& w) { return in(w, mine); });
      };
      auto described = [&](bool base, const std::string& k) {
        if (!common_word(k)) return false;
        for (const NameRun& mine : runs(base)) {
          if (mine.words.size() < 2 || std::find(mine.words.begin(), mine.words.end(), k) == mine.words.end()) continue;
          const auto [lo, hi] = by_head[base ? 1 : 0].equal_range(mine.words.back());
          for (auto it = lo; it != hi; ++it)
            if (said_shorter(mine, *it->second)) return true;
        }
        return false;
      };
      std::erase_if(names_.dropped, [&](const std::string& k) { return described(true, k); });
      std::erase_if(names_.added, [&](const std::string& k) { return described(false, k); });
    }
    // Whether `wa` (base words) or `wb` (other words) writes a word of the claim's names on its
    // side, as mentions() reads them. A name names() finds dropped or added is such a word, so
    // a block with none mentions no changed name, whatever names() would find.
    bool may_mention_names(std::span<const Word> wa, std::span<const Word> wb) {
      return mentions(wa, run_words(true)) || mentions(wb, run_words(false));
    }
    // Whether any of `keys` is a word of the claim's names on either side: a name moved_names()
    // holds is one.
    bool any_name_word(const std::vector<std::string>& keys) {
      auto named = [&](const std::string& k) {
        for (bool base : {true, false}) {
          const auto& words = run_words(base);
          if (std::find(words.begin(), words.end(), k) != words.end()) return true;
        }
        return false;
      };
      return std::any_of(keys.begin(), keys.end(), named);
    }
    // Name words one side moved into a neighbouring sentence (see names()).
    const std::vector<std::string>& moved_names() {
      names();
      return moved_;
    }
    // How often one side (base or other) writes name word `key` in the sentence just before and
    // the sentence just after the sentences of the claim.
    std::size_t named_nearby(bool base, const std::string& key) {
      const Document& doc = base ? c_.a_ : c_.b_;
      std::size_t lo = SIZE_MAX, hi = 0;
      for (const DiffOp& op : ops_) {
        lo = std::min(lo, base ? op.base_start : op.other_start);
        hi = std::max(hi, base ? op.base_end : op.other_end);
      }
      if (lo >= hi) return 0;
      const std::size_t first = doc.sentence_at(lo), last = doc.sentence_at(hi - 1);
      if (first == Document::kNoSentence || last == Document::kNoSentence) return 0;
      auto in = [&](std::size_t i) {
        const Sentence& sentence = doc.sentences[i];
        std::size_t n = 0;
        for (const Word& w : c_.words_in(doc, sentence.start, sentence.end)) {
          if (c_.is_name(w) && clitic_dropped(w.key) == key) ++n;
        }
        return n;
      };
      return (first > 0 ? in(first - 1) : 0) + (last + 1 < doc.sentences.size() ? in(last + 1) : 0);
    }
    bool verbs_differ() {
      return get(verbs_, [&] { return as_set(c_.loaded_verbs(a())) != as_set(c_.loaded_verbs(b())); });
    }
    // Whether the words inside quotation marks differ by content words between the two sides.
    bool quoted_words_differ() {
      return get(quoted_, [&] {
        std::vector<std::string> x, y;
        for (const Word& w : a()) if (w.kind != TokenKind::Punct && c_.words_inside_quote(c_.a_, std::span<const Word>(&w, 1))) x.push_back(w.key);
        for (const Word& w : b()) if (w.kind != TokenKind::Punct && c_.words_inside_quote(c_.b_, std::span<const Word>(&w, 1))) y.push_back(w.key);
        quoted_one_side_ = x.empty() != y.empty() ? 1 : 0;
        Unmatched u = unmatched_content(x, y, {}, c_.lang_, c_.lex_, &c_.word_pairs_);
        // A quotation on one side only, around words the other side writes unquoted (a title, a
        // term, direct for reported speech), quotes nothing the other side does not say.
        if (quoted_one_side_ == 1) {
          auto written = [](std::span<const Word> words, const std::string& k) {
            return std::any_of(words.begin(), words.end(), [&](const Word& w) { return w.key == k; });
          };
          std::erase_if(u.dropped, [&](const std::string& k) { return written(b(), k); });
          std::erase_if(u.added, [&](const std::string& k) { return written(a(), k); });
        }
        return !u.dropped.empty() || !u.added.empty();
      });
    }
    // Whether words are quoted on one side of the claim only.
    bool quoted_one_side() {
      quoted_words_differ();
      return quoted_one_side_ == 1;
    }
    bool speaker() { return get(speaker_, [&] { return c_.has_speaker(a()) || c_.has_speaker(b()); }); }
    // A negator that only moved inside the claim is no change. Two translations of one sentence
    // render a negation with a negator, a negative verb or a negative prefix as they please
    // ("hadn't suffered" / "unharmed", "did not examine" / "refused to consider"): in a claim
    // reworded throughout, an adjective negated by its prefix counts as a negation too, and the
    // negation changed when the counts differ.
    bool negations_differ() {
      return get(negations_, [&] {
        const std::size_t x = c_.negations_.find(a()).size(), y = c_.negations_.find(b()).size();
        if (x == y) return false;
        if (!reworded_throughout()) return true;
        return x + c_.prefix_negated(a()) != y + c_.prefix_negated(b());
      });
    }
    // Two translations of one sentence render its hedges with different modals ("could" /
    // "may", "I want" / "I would like"): in a claim reworded throughout, the hedge changed only
    // when one side has one and the other none.
    bool modality_differs() {
      return get(modality_, [&] {
        const auto x = c_.modals(a(), b()), y = c_.modals(b(), a());
        if (x == y) return false;
        // Hedges matched by their group on the other side ("possible" / "potential") still count
        // as hedges there: a side hedges when it writes any.
        return !reworded_throughout() || c_.hedges(a()).empty() || c_.hedges(b()).empty();
      });
    }
    // Content words dropped or added with no counterpart anywhere in the claim.
    const Unmatched& content() {
      if (!content_ready_) {
        content_ready_ = true;
        std::vector<std::string> dropped, added, kept;
        // Words that carry no information of their own, left out of the result once words are
        // matched (so that "MP" still pairs with "MPs"), per side.
        std::vector<std::string> mention[2], titles[2], named[2];
        for (std::size_t k = 0; k < ops_.size(); ++k) {
          const DiffOp& op = ops_[k];
          const bool base = op.op != Op::Insert;
          const auto words = base ? c_.words_of(c_.a_, op.base_start, op.base_end) : c_.words_of(c_.b_, op.other_start, op.other_end);
          auto& into = op.op == Op::Equal ? kept : op.op == Op::Delete ? dropped : added;
          // A name dropped beside a name both keep, and given in full elsewhere in the version
          // that drops it, is a partial mention ("Siso" after "Vicente Siso"): no information lost.
          const bool partial = op.op != Op::Equal && (kept_name(k, -1) || kept_name(k, +1));
          const Document& other = base ? c_.b_ : c_.a_;
          // A courtesy title put before a name both keep, or left out ("Mr Sarkozy" / "Sarkozy"):
          // only when the changed words are that title alone ("and Mrs" adds a person).
          const Word* last = nullptr;
          bool titles_only = true;
          for (const Word& w : words) {
            if (w.kind != TokenKind::Word) continue;
            titles_only = titles_only && c_.title(w);
            last = &w;
          }
          // After an article or possessive the word is a noun ("seiner Frau Anna": his wife).
          const bool titled = op.op != Op::Equal && last != nullptr && titles_only && kept_name(k, +1) &&
                              !c_.after_determiner(base ? c_.a_ : c_.b_, *last);

          for (const Word& w : words) {
            if (w.kind != TokenKind::Word || c_.clock_word(w)) continue;
            if (partial && c_.is_name(w) && c_.written_in(other, w.text)) mention[base ? 0 : 1].push_back(w.key);
            if (titled && &w == last) titles[base ? 0 : 1].push_back(w.key);
            if (op.op != Op::Equal && c_.is_name(w)) named[base ? 0 : 1].push_back(w.key);
            into.push_back(w.key);
          }
        }
        for (int side : {0, 1}) for (const auto& k : defined_acronyms(side == 0)) mention[side].push_back(k);
        content_ = unmatched_content(dropped, added, kept, c_.lang_, c_.lex_, &c_.word_pairs_);
        auto listed = [](const std::vector<std::string>& keys, const std::string& k) { return std::find(keys.begin(), keys.end(), k) != keys.end(); };
        // A title put for another ("Mr" / "Mrs") is no title left out.
        auto any_title = [&](const std::vector<std::string>& keys) {
          return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return listed(titles[0], k) || listed(titles[1], k); });
        };
        const bool title_swapped = any_title(content_.dropped) && any_title(content_.added);
        // A name dropped for one added that is the same name romanised another way, its vowels
        // kept ("Oryol" / "Orel", "Gorodische" / "Gorodishchensky"), is no information lost or
        // added; other vowels make another name ("Putin" / "Patton").
        std::vector<std::string> renamed[2];
        for (const std::string& x : content_.dropped) {
          if (!listed(named[0], x)) continue;
          for (const std::string& y : content_.added) {
            if (listed(named[1], y) && (romanised_alike(x, y) || c_.romanised_pair(x, a(), y, b()))) renamed[0].push_back(x), renamed[1].push_back(y);
          }
        }
        std::erase_if(content_.dropped, [&](const std::string& k) { return listed(renamed[0], k); });
        std::erase_if(content_.added, [&](const std::string& k) { return listed(renamed[1], k); });
        std::erase_if(content_.dropped, [&](const std::string& k) { return listed(mention[0], k) || (!title_swapped && listed(titles[0], k)); });
        std::erase_if(content_.added, [&](const std::string& k) { return listed(mention[1], k) || (!title_swapped && listed(titles[1], k)); });
        kept_ = kept.size();
        side_[0] = kept.size() + dropped.size();
        side_[1] = kept.size() + added.size();
      }
      return content_;
    }
    // The acronyms one side (base or other) puts in brackets after the name they abbreviate, the
    // other side writing the name alone ("Hewlett-Packard (HP)" / "Hewlett-Packard"): the name
    // written short, no information.
    const std::vector<std::string>& defined_acronyms(bool base) {
      if (!acronyms_ready_) {
        acronyms_ready_ = true;
        for (std::size_t k = 1; k < ops_.size(); ++k) {
          const DiffOp& op = ops_[k];
          if (op.op == Op::Equal || ops_[k - 1].op != Op::Equal) continue;
          const bool from_base = op.op == Op::Delete;
          const auto words = from_base ? c_.words_of(c_.a_, op.base_start, op.base_end) : c_.words_of(c_.b_, op.other_start, op.other_end);
          const Word* acronym = c_.bracketed_acronym(words);
          const DiffOp& before = ops_[k - 1];
          if (acronym != nullptr && c_.abbreviates_last_words(c_.words_of(c_.a_, before.base_start, before.base_end), *acronym)) {
            acronyms_[from_base ? 0 : 1].push_back(acronym->key);
          }
        }
      }
      return acronyms_[base ? 0 : 1];
    }
    // Whether the equal op before (step -1) or after (+1) op k touches it with a name.
    bool kept_name(std::size_t k, int step) {
      for (std::size_t j = k; step < 0 ? j > 0 : j + 1 < ops_.size();) {
        j = step < 0 ? j - 1 : j + 1;
        if (ops_[j].op == Op::Equal) {
          const auto words = c_.words_of(c_.a_, ops_[j].base_start, ops_[j].base_end);
          const Word* w = nullptr;
          for (const Word& x : words) {
            if (x.kind == TokenKind::Punct) continue;
            if (step > 0) { w = &x; break; }
            w = &x;
          }
          return w != nullptr && c_.is_name(*w);
        }
      }
      return false;
    }
    // The share of the words of one side (base or other) that the other side keeps as they are.
    double kept_share(bool base) {
      content();
      const std::size_t n = side_[base ? 0 : 1];
      return n == 0 ? 1.0 : double(kept_) / double(n);
    }
    // Whether the claim is reworded throughout, as two translations of one sentence are: fewer
    // than three in four of the words of either side kept as they are.
    bool reworded_throughout() { return std::min(kept_share(true), kept_share(false)) < 0.75; }
    bool scrambled() {
      return get(scrambled_, [&] {
        std::vector<std::string_view> x, y;
        for (const Word& w : a()) if (w.kind != TokenKind::Punct) x.push_back(w.key);
        for (const Word& w : b()) if (w.kind != TokenKind::Punct) y.push_back(w.key);
        // detail::scrambled's own tests of the lengths, first: they need no kept neighbours.
        if (x.size() < 4 || y.size() < 4 || std::min(x.size(), y.size()) * 5 < std::max(x.size(), y.size()) * 4) return false;
        return detail::scrambled(x, y, kept_neighbours());
      });
    }
    // Pairs of neighbouring words that stay neighbours: those inside equal stretches written with
    // the same words on both sides (a lower bound, which is all scrambled() needs).
    std::size_t kept_neighbours() {
      std::size_t n = 0;
      for (const DiffOp& op : ops_) {
        if (op.op != Op::Equal) continue;
        const auto wa = c_.words_of(c_.a_, op.base_start, op.base_end), wb = c_.words_of(c_.b_, op.other_start, op.other_end);
        // The words of both sides (punctuation left out), pairwise.
        std::size_t words = 0;
        auto x = wa.begin(), y = wb.begin();
        for (;; ++x, ++y, ++words) {
          while (x != wa.end() && x->kind == TokenKind::Punct) ++x;
          while (y != wb.end() && y->kind == TokenKind::Punct) ++y;
          if (x == wa.end() || y == wb.end() || x->hash != y->hash || x->key != y->key) break;
        }
        if (x == wa.end() && y == wb.end() && words > 0) n += words - 1;
      }
      return n;
    }
    // The script most words of the other side are written in.
    int other_script() {
      if (script_ < -1) {
        std::vector<std::string_view> texts;
        for (const Word& w : b()) texts.push_back(w.text);
        script_ = main_script(texts);
      }
      return script_;
    }

   private:
    template <typename Fn>
    static bool get(int& slot, Fn fn) {
      if (slot < 0) slot = fn() ? 1 : 0;
      return slot == 1;
    }
    std::string text(bool base) const {
      std::string out;
      for (const DiffOp& op : ops_) {
        if (op.op == Op::Insert && base) continue;
        if (op.op == Op::Delete && !base) continue;
        const std::string_view doc = base ? c_.a_.text : c_.b_.text;
        const std::size_t from = base ? op.base_start : op.other_start, to = base ? op.base_end : op.other_end;
        out.append(doc.substr(from, to - from));
      }
      return out;
    }
    // The words of those runs, in order.
    const std::vector<std::string>& run_words(bool base) {
      std::vector<std::string>& out = run_words_[base ? 0 : 1];
      bool& ready = run_words_ready_[base ? 0 : 1];
      if (!ready) {
        ready = true;
        for (const NameRun& r : runs(base)) out.insert(out.end(), r.words.begin(), r.words.end());
      }
      return out;
    }
    // The name runs of one side of the whole claim, made once.
    const std::vector<NameRun>& runs(bool base) {
      if (!runs_ready_[base ? 0 : 1]) {
        runs_ready_[base ? 0 : 1] = true;
        runs_[base ? 0 : 1] = c_.name_runs(base ? a() : b());
      }
      return runs_[base ? 0 : 1];
    }
    std::span<const Word> a() {
      if (!a_ready_) a_ = c_.side_words(c_.a_, ops_, true, a_copy_), a_ready_ = true;
      return a_;
    }
    std::span<const Word> b() {
      if (!b_ready_) b_ = c_.side_words(c_.b_, ops_, false, b_copy_), b_ready_ = true;
      return b_;
    }
    Classifier& c_;
    const std::vector<DiffOp>& ops_;
    std::span<const Word> a_, b_;
    std::vector<Word> a_copy_, b_copy_;
    bool a_ready_ = false, b_ready_ = false, names_ready_ = false, content_ready_ = false;
    Unmatched names_, content_;
    std::vector<std::string> moved_, acronyms_[2];
    bool acronyms_ready_ = false, bounds_ready_ = false;
    std::vector<std::size_t> bound_words_[2];  // starts of the words of changed bounds, sorted
    std::vector<NameRun> runs_[2];
    std::vector<std::string> run_words_[2];
    bool runs_ready_[2] = {false, false}, run_words_ready_[2] = {false, false};
    std::size_t kept_ = 0, side_[2] = {0, 0};
    int numbers_ = -1, verbs_ = -1, speaker_ = -1, scrambled_ = -1, script_ = -2, negations_ = -1, modality_ = -1, quoted_ = -1, quoted_one_side_ = -1;
  };

  static constexpr std::size_t kLongestName = 4;  // words in a phrase looked up ("United States of America")

  NameSenses::Senses phrase_senses(const std::string& phrase) const {
    NameSenses::Senses out = lex_.name_senses->senses(phrase);
    // A plural names its singular's people ("Americans", "Swedes").
    if (out.synsets.empty() && out.nouns.empty() && phrase.size() > 3 && phrase.back() == 's') {
      out = lex_.name_senses->senses(phrase.substr(0, phrase.size() - 1));
    }
    return out;
  }

  // The phrases of up to four words of one side (`other`) that hold a word new to the other side
  // (`own`), in text order, each with what it denotes; worked out only as far as a caller reads,
  // and once per claim and side however many names the claim drops.
  class NewPhrases {
   public:
    NewPhrases(const Classifier& c, std::span<const Word> own, std::span<const Word> other) : c_(c), other_(other) {
      // Keys ordered by their hash first: the text is compared only where two hashes are equal.
      auto keyed = [](const Word& w) {
        const std::string_view k = clitic_dropped(w.key);
        return std::pair{k.size() == w.key.size() ? w.hash : hash_bytes(k), k};
      };
      std::vector<std::pair<std::uint64_t, std::string_view>> own_keys;
      for (const Word& w : own) if (w.kind == TokenKind::Word) own_keys.push_back(keyed(w));
      std::sort(own_keys.begin(), own_keys.end());
      fresh_words_.reserve(other.size());
      for (const Word& w : other) {
        fresh_words_.push_back(w.kind == TokenKind::Word && !std::binary_search(own_keys.begin(), own_keys.end(), keyed(w)));
      }
    }
    // The phrase at `t` with its senses; null past the last.
    const std::pair<std::string, NameSenses::Senses>* at(std::size_t t) {
      while (found_.size() <= t) {
        if (!next()) return nullptr;
      }
      return &found_[t];
    }

   private:
    // Appends the next phrase: windows of words from each word on, each window once it holds a
    // new word. A window stops growing at words that begin no WordNet lemma: no longer window
    // from there denotes anything or is a noun an adjective names. False when there is none left.
    bool next() {
      while (i_ < other_.size()) {
        if (j_ < other_.size() && j_ - i_ < kLongestName && other_[j_].kind == TokenKind::Word &&
            (j_ == i_ || c_.lex_.name_senses->begins_lemma(phrase_))) {
          const std::string_view key = clitic_dropped(other_[j_].key);
          if (j_ != i_) phrase_ += ' ';
          phrase_ += key;
          fresh_ = fresh_ || fresh_words_[j_];
          ++j_;
          if (fresh_) {
            found_.emplace_back(phrase_, c_.phrase_senses(phrase_));
            return true;
          }
        } else {
          j_ = ++i_;
          phrase_.clear();
          fresh_ = false;
        }
      }
      return false;
    }
    const Classifier& c_;
    std::span<const Word> other_;
    std::vector<bool> fresh_words_;  // per word of other_: a word the own side does not write
    std::vector<std::pair<std::string, NameSenses::Senses>> found_;
    std::size_t i_ = 0, j_ = 0;  // the window being extended: words [i_, j_) of other_
    std::string phrase_;
    bool fresh_ = false;
  };

  // Whether two sorted lists have an element in common.
  static bool share_one(const std::vector<std::uint32_t>& x, const std::vector<std::uint32_t>& y) {
    for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
      if (*i < *j) ++i;
      else if (*j < *i) ++j;
      else return true;
    }
    return false;
  }

  // Whether name word `k`, in one of `runs` of one side, names what a phrase of the other side
  // new to it names (`theirs`), by WordNet (NameSenses): another lemma of its
  // synset ("Great Britain" / "United Kingdom"), or the adjective derived from it or pertaining to
  // it ("the Gulf of Finland" / "the Finnish Gulf", "Navy" / "Naval"). Phrases of up to four words.
  bool named_alike(const std::vector<NameRun>& runs, const std::string& k, NewPhrases& theirs) const {
    // The phrases of the runs that hold `k`, each with what it denotes.
    std::vector<std::pair<std::string, NameSenses::Senses>> mine;
    for (const NameRun& run : runs) {
      for (std::size_t i = 0; i < run.words.size(); ++i) {
        if (run.words[i] != k) continue;
        for (std::size_t from = i >= kLongestName ? i + 1 - kLongestName : 0; from <= i; ++from) {
          std::string phrase;
          for (std::size_t to = from; to < i; ++to) {
            if (to != from) phrase += ' ';
            phrase += run.words[to];
          }
          for (std::size_t to = i + 1; to <= run.words.size() && to - from <= kLongestName; ++to) {
            if (to - 1 != from) phrase += ' ';
            phrase += run.words[to - 1];
            mine.emplace_back(phrase, phrase_senses(phrase));
          }
        }
      }
    }
    if (mine.empty()) return false;
    auto alike = [&](const std::string& phrase, const NameSenses::Senses& other) {
      return std::any_of(mine.begin(), mine.end(), [&](const auto& m) {
        const auto& [own_phrase, own] = m;
        return share_one(own.synsets, other.synsets) || std::find(own.nouns.begin(), own.nouns.end(), phrase) != own.nouns.end() ||
               std::find(other.nouns.begin(), other.nouns.end(), own_phrase) != other.nouns.end();
      });
    };
    for (std::size_t t = 0; const auto* phrase = theirs.at(t); ++t) {
      if (alike(phrase->first, phrase->second)) return true;
    }
    return false;
  }

  // A word's key without a possessive "'s" ("Mexico's" -> "mexico").
  static std::string_view clitic_dropped(std::string_view key) {
    for (std::string_view clitic : {std::string_view("'s"), std::string_view("\u2019s")}) {
      if (key.size() > 3 && key.ends_with(clitic)) key.remove_suffix(clitic.size());
    }
    return key;
  }
  static std::string without_clitic(const std::string& key) { return std::string(clitic_dropped(key)); }

  // Runs of name words; a lowercase function word between two names joins them ("Party of
  // Russia").
  std::vector<NameRun> name_runs(std::span<const Word> words) {
    std::vector<NameRun> runs;
    bool open = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Word& w = words[i];
      // Where every noun is capitalised, a capitalised word after an article is a noun.
      const bool noun = lang_.nouns_capitalised && i > 0 && words[i - 1].kind == TokenKind::Word && function_word(words[i - 1]);
      // A single letter is an initial ("M. Pompeo") or a unit ("°C"): it names no one by itself.
      if (!noun && is_name(w) && !single_letter(w.text)) {
        if (!open) runs.emplace_back();
        std::string key = without_clitic(w.key);
        bool upper = w.text.size() >= 2 && std::all_of(w.text.begin(), w.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        runs.back().words.push_back(key);
        runs.back().acronym.push_back(upper);
        open = true;
      } else if (open && w.kind == TokenKind::Word && function_word(w) && !starts_upper(w.text) && i + 1 < words.size() &&
                 is_name(words[i + 1])) {
        continue;
      } else if (w.kind != TokenKind::Punct || w.text != "'") {
        open = false;
      }
    }
    return runs;
  }

  // The modals and hedges of `words`, sorted, less those whose group (modality_groups.tsv) the
  // other side states in any of its tenses or wordings: "would" reported for "will", "have to"
  // for "must".
  std::vector<std::string> modals(std::span<const Word> words, std::span<const Word> other) const {
    std::vector<std::string> found = hedges(words);
    if (!lang_.modality_group.empty() && !found.empty()) {
      std::vector<std::uint32_t> groups;
      // A phrase inside a longer one is the longer one's ("be able to" in "will be able to",
      // the future).
      std::size_t covered = 0;
      for (const auto& m : modal_forms_.matches(other)) {
        if (!m.at.empty() && m.at.front() < covered) continue;
        if (!m.at.empty()) covered = m.at.back() + 1;
        groups.push_back(lang_.modality_group.at(m.phrase));
      }
      std::erase_if(found, [&](const std::string& m) {
        const auto it = lang_.modality_group.find(m);
        return it != lang_.modality_group.end() && std::find(groups.begin(), groups.end(), it->second) != groups.end();
      });
    }
    return as_set(std::move(found));
  }

  // The modals and hedges of `words` (modality.txt), less those inside a phrase of
  // not_modality.txt that hedges nothing: "would like" is a polite "want" ("I want to appeal" /
  // "I would like to appeal"), no conditional.
  std::vector<std::string> hedges(std::span<const Word> words) const {
    std::vector<PhraseSet::Match> found = modality_.matches(words);
    if (!found.empty() && !lang_.not_modality.empty()) {
      std::vector<bool> covered(words.size(), false);
      for (const auto& m : not_modality_.matches(words)) {
        for (std::size_t i : m.at) covered[i] = true;
      }
      std::erase_if(found, [&](const PhraseSet::Match& m) { return !m.at.empty() && covered[m.at.front()]; });
    }
    std::vector<std::string> out;
    for (auto& m : found) out.push_back(std::move(m.phrase));
    return out;
  }

  static std::vector<std::string> keys_of(const std::unordered_map<std::string, std::uint32_t>& map) {
    std::vector<std::string> out;
    for (const auto& [k, v] : map) out.push_back(k);
    return out;
  }

  // Verbs of saying that judge what they report ("claimed"), as opposed to "said" or "told".
  std::vector<std::string> loaded_verbs(std::span<const Word> words) const {
    std::vector<std::string> v = attribution_.find(words);
    std::erase_if(v, [&](const std::string& x) { return neutral_.count(x) != 0; });
    return v;
  }

  // A verb only attributes speech when someone speaks: a name, a personal pronoun ("they" and
  // "it" too: a ministry's statement), a quotation, or in English a noun WordNet gives for a
  // person or a body of people ("the senator", "the ministry"; not "the data suggested").
  bool has_speaker(std::span<const Word> words) {
    for (const Word& w : words) {
      if (w.kind == TokenKind::Punct) {
        std::string q = fold_quotes(w.text);
        if (q == "\"" || w.text == "\u00AB" || w.text == "\u00BB") return true;
        continue;
      }
      if (pronoun(w)) return true;
      if (w.kind != TokenKind::Word || function_word(w)) continue;
      // Sentence-initial names count here too: "Peskov claimed" has a speaker; a day does not
      // speak ("Friday's statement").
      if (starts_upper(w.text) && !lone_day(w)) return true;
      if (lex_.english_morphology && english_someone(w.key)) return true;
    }
    return false;
  }

  // All words of one side of the claim: a view of the claim's words when the ops' words follow
  // one another there (nearly always), else a copy into `copy`.
  std::span<const Word> side_words(const Document& doc, const std::vector<DiffOp>& ops, bool base,
                                   std::vector<Word>& copy) {
    std::vector<std::span<const Word>> parts;
    for (const DiffOp& op : ops) {
      if (op.op == Op::Insert && base) continue;
      if (op.op == Op::Delete && !base) continue;
      std::size_t s = base ? op.base_start : op.other_start, e = base ? op.base_end : op.other_end;
      const auto w = words_of(doc, s, e);
      if (!w.empty()) parts.push_back(w);
    }
    if (parts.empty()) return {};
    bool contiguous = true;
    for (std::size_t i = 1; i < parts.size(); ++i) contiguous = contiguous && parts[i].data() == parts[i - 1].data() + parts[i - 1].size();
    if (contiguous) return {parts.front().data(), static_cast<std::size_t>(parts.back().data() + parts.back().size() - parts.front().data())};
    for (const auto& w : parts) copy.insert(copy.end(), w.begin(), w.end());
    return copy;
  }

  // Whether `text` occurs anywhere in `doc`; remembered per text, since one name comes back in
  // claim after claim and a name a version never writes is a search through all of it.
  bool written_in(const Document& doc, std::string_view text) {
    auto& seen = written_[&doc == &a_ ? 0 : 1];
    auto it = seen.find(text);
    if (it == seen.end()) {
      const bool base = &doc == &a_;
      auto& pairs = base ? shared_.pairs_a : shared_.pairs_b;
      std::call_once(base ? shared_.pairs_a_once : shared_.pairs_b_once, [&] { pairs.emplace(doc.text); });
      it = seen.emplace(std::string(text), pairs->contains(text)).first;
    }
    return it->second;
  }

  // Proper names: capitalised words that are not function words; a sentence-initial word counts
  // only when the same word is also capitalised mid-sentence somewhere in the two versions.
  bool is_name(const Word& w) {
    if (w.kind != TokenKind::Word || !starts_upper(w.text) || !has_letter(w.text)) return false;
    if (function_word(w) || pronoun(w) || clock_word(w) || title(w) || lone_day(w)) return false;
    if (!w.sentence_initial) return true;
    std::call_once(shared_.names_once, [this] { collect_names(); });
    return shared_.names.count(w.key) != 0;
  }

  void collect_names() {
    for (const Document* d : {&a_, &b_}) {
      auto& named = d == &a_ ? shared_.named_a : shared_.named_b;
      auto& beside = d == &a_ ? shared_.beside_a : shared_.beside_b;
      auto& alone = d == &a_ ? shared_.alone_a : shared_.alone_b;
      for (const Sentence& s : d->sentences) {
        bool first = true;
        std::vector<std::string> run;  // the capitalised words just read, function words aside
        std::unordered_set<std::string> in_runs, single;
        auto end_run = [&] {
          for (std::size_t i = 1; i < run.size(); ++i) {
            beside[run[i - 1]].insert(run[i]);
            beside[run[i]].insert(run[i - 1]);
          }
          if (run.size() == 1) single.insert(run.front());
          else in_runs.insert(run.begin(), run.end());
          run.clear();
        };
        for (const Token& t : s.tokens) {
          if (t.kind == TokenKind::Punct) {
            end_run();
            continue;
          }
          std::string_view text = d->token_text(t);
          if (starts_upper(text)) {
            std::string key = lower(text);
            if (!first) shared_.names.insert(key);
            named.insert(key);
            if (lang_.is_function_word(key)) end_run();
            else run.push_back(std::move(key));
          } else {
            end_run();
          }
          first = false;
        }
        end_run();
        for (const std::string& k : single) {
          if (in_runs.count(k) != 0) alone.insert(k);
        }
      }
    }
  }

  // Whether `doc` writes this word capitalised somewhere: it names that one.
  bool named_in(const Document& doc, const std::string& key) {
    std::call_once(shared_.names_once, [this] { collect_names(); });
    return (&doc == &a_ ? shared_.named_a : shared_.named_b).count(key) != 0;
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


  // The genders courtesy titles state, as pronouns do ("Mr" / "Mrs"), sorted.
  std::vector<Gender> title_genders(std::span<const Word> words) const {
    std::vector<Gender> out;
    for (const Word& w : words) {
      if (!title(w)) continue;
      std::string k = w.key;
      if (k.ends_with('.')) k.pop_back();
      const auto h = lang_.honorifics.find(k);
      if (h != lang_.honorifics.end() && (h->second == Gender::Female || h->second == Gender::Male)) out.push_back(h->second);
    }
    std::sort(out.begin(), out.end());
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

  // Whether any word of `words` (in text order; punctuation left out) lies inside a quotation: one
  // walk over the tokens of their sentences, not one per word.
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
      if (w.kind == TokenKind::Punct) continue;
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
    std::string before = trim(del ? del->text : std::string()), after = trim(ins ? ins->text : std::string());
    auto add = [&](ChangeType t, Severity severity) {
      for (const Change& c : out) if (c.type == t && c.before == before && c.after == after) return;
      out.push_back({t, before, after, severity});
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
      if (before.empty() && after.empty()) return add(ChangeType::Whitespace, Severity::Cosmetic);
      std::string pa = strip_space(before), pb = strip_space(after);
      if (pa == pb) return add(ChangeType::Whitespace, Severity::Cosmetic);
      if (fold_quotes(pa) == fold_quotes(pb)) return add(ChangeType::QuoteStyle, Severity::Cosmetic);
      return add(ChangeType::Punctuation, Severity::Cosmetic);
    }
    if (same_words([](const Word& x, const Word& y) { return x.key == y.key; })) return add(ChangeType::Case, Severity::Cosmetic);
    if (same_words([&](const Word& x, const Word& y) { return x.key == y.key || lang_.same_spelling(x.key, y.key); })) {
      return add(ChangeType::Spelling, Severity::Cosmetic);
    }
    // Whether both sides state the same values, read once for the tests below.
    std::optional<bool> values_kept;
    auto same_block_values = [&] {
      if (!values_kept) values_kept = same_values(values(before), values(after));
      return *values_kept;
    };
    // The same letters joined or split, with or without dots and hyphens ("U.K." / "UK", "upto" /
    // "up to", "semifinal" / "semi-final", "11am" / "11 a.m."), when they state the same values:
    // "1.5" / "15" and "2-3" / "23" have the same digits but not the same numbers.
    if (letters(wa) == letters(wb) && same_block_values()) {
      return add(ChangeType::Spelling, Severity::Cosmetic);
    }
    // A typo ("Michagan", "becuase") is not another word: minor, whatever list the word is on.
    // A digit changed is another number ("1990s" / "1980s"), and a name the lexicon does not
    // know is no misspelling of one it knows ("Hilton" / "Hamilton").
    if (same_block_values() &&
        same_words([&](const Word& x, const Word& y) { return x.key == y.key || (x.kind == TokenKind::Word && y.kind == TokenKind::Word && !function_word(x) &&
                              !function_word(y) && !pronoun(x) && !pronoun(y) && !(listed_number(x) && listed_number(y)) &&
                              (misspelt(lex_, x.key, y.key) || (!(is_name(x) && is_name(y)) && spelling_fixed(lex_, x.key, y.key))));
        })) {
      return add(ChangeType::Spelling, Severity::Minor);
    }
    // A word repeated ("the United States States") adds nothing.
    if (repetition(wa, wb, bs, os)) return add(ChangeType::Wording, Severity::Minor);
    // A bare currency sign given its country's code ("$1" -> "US$1"), or the code left off, where
    // the version without it ties that sign to that code elsewhere ("US$5 ... $6"): the same
    // amount, its currency told where the other side leaves it to the story. Without that tie a
    // bare sign is the story's own currency (A$ in an Australian story), so a code given it may
    // change the currency. A code put for another ("NZ$" -> "US$") changes words on both sides
    // and is judged below.
    if ((wa.empty() && currency_code(b_, a_, wb)) || (wb.empty() && currency_code(a_, b_, wa))) return add(ChangeType::Wording, Severity::Minor);
    // An acronym put in brackets after the name it abbreviates, or left out ("Pennsylvania (PA)"
    // / "Pennsylvania"): the name written short, no information.
    auto defined_only = [&](std::span<const Word> words, const std::vector<std::string>& acronyms) {
      bool any = false;
      for (const Word& w : words) {
        if (w.kind == TokenKind::Punct) continue;
        if (std::find(acronyms.begin(), acronyms.end(), w.key) == acronyms.end()) return false;
        any = true;
      }
      return any;
    };
    if ((wordless(wa) && defined_only(wb, facts.defined_acronyms(false))) || (wordless(wb) && defined_only(wa, facts.defined_acronyms(true)))) {
      return add(ChangeType::Wording, Severity::Minor);
    }
    // An acronym put for the words it stands for, in their place ("VC" / "Venture Capitalist").
    if (written_out(a_, wa, b_, wb) || written_out(b_, wb, a_, wa)) return add(ChangeType::Wording, Severity::Minor);
    // A sentence's subject pronoun dropped, leaving its verb first ("It was closed" -> "Was
    // closed"): the claim no longer says who or what.
    if (subject_dropped(wa, wb, os)) {
      add(ChangeType::Content, Severity::Major);
      return;
    }
    // "insufficient" -> "not sufficient": a negative prefix written as a negator.
    if (prefix_negation(wa, wb) || prefix_negation(wb, wa)) return add(ChangeType::Wording, Severity::Minor);
    bool major = false;
    auto found = [&](ChangeType t) {
      add(t, Severity::Major);
      major = true;
    };
    // A number only reworded inside the block ("4th" -> "4", "5" -> "five") or moved within the
    // claim ("30 days" -> "a 30-day") is the same value.
    if ((!same_block_values() || month_swapped(wa, wb)) && facts.numbers_differ() &&
        !one_as_article(before, after, wa, wb, be, oe)) {
      found(ChangeType::Number);
    } else if (day_swapped(wa, wb) || facts.bound_changed(wa, wb)) {
      found(ChangeType::Number);
    }
    const bool entity = facts.may_mention_names(wa, wb) && facts.entities_differ() && (mentions(wa, facts.names().dropped) || mentions(wb, facts.names().added));
    if (entity) found(ChangeType::Entity);
    if (negations_.find(wa).size() != negations_.find(wb).size() && facts.negations_differ()) found(ChangeType::Negation);
    if (modals(wa, wb) != modals(wb, wa) && facts.modality_differs()) found(ChangeType::Modality);
    const std::vector<Gender> ga = genders(wa), gb = genders(wb);
    const std::vector<Gender> ta = title_genders(wa), tb = title_genders(wb);
    if ((ga != gb && !ga.empty() && !gb.empty()) || (ta != tb && !ta.empty() && !tb.empty())) found(ChangeType::Pronoun);
    if (opposite(wa, wb)) found(ChangeType::Antonym);
    const Severity attribution = attribution_change(wa, wb, entity, facts, bs, be, os, oe);
    if (attribution != Severity::None) {
      add(ChangeType::Attribution, attribution);
      major = major || attribution == Severity::Major;
    }
    // Words left untranslated, scrambled, or information dropped or added (see content_changed).
    if (untranslated(wa, wb, facts) || facts.scrambled() || content_changed(wa, wb, facts)) found(ChangeType::Content);
    // A quotation must be verbatim, so a word changed in one kept otherwise is a misquote. Two
    // renderings of one quotation in a claim reworded throughout (two translations) differ in
    // every word: there the quotation changed only if a fact inside it did.
    const Severity quote = major || !facts.reworded_throughout() ? Severity::Major : Severity::Minor;
    bool quoted = false;
    if (major || content_words_changed(wa, wb)) {
      quoted = words_inside_quote(a_, wa) || words_inside_quote(b_, wb);
    }
    // Words changed at a quotation mark, or a mark moved so that words enter or leave the
    // quotation: what is quoted is no longer what was said.
    quoted = quoted || (!major && has_quote_mark(before + after) &&
                        ((!facts.quoted_one_side() && !same_words([](const Word& x, const Word& y) { return x.key == y.key; })) ||
                         facts.quoted_words_differ()));
    if (quoted) add(ChangeType::Quote, quote);
    if (!major && !quoted) add(ChangeType::Wording, Severity::Minor);
  }

  // The letters and digits of `words`, lowercase, without spaces, dots or hyphens.
  static std::string letters(std::span<const Word> words) {
    std::string out;
    for (const Word& w : words) {
      if (w.kind == TokenKind::Punct) continue;
      for (char c : w.key) {
        if (c != '.' && c != '-') out.push_back(c);
      }
    }
    return out;
  }

  // The values a text states. "One" written as a word says no more than "a" or "another" ("one
  // more case", "another case"): the cardinal word for one is left out ("first" is kept).
  std::vector<Value> values(std::string_view text) const {
    std::vector<Value> v = read_values(text, lang_);
    std::erase_if(v, [&](const Value& x) {
      if (!x.from_words || x.kind != Value::Kind::Number || x.number != 1) return false;
      const auto it = lang_.numbers.find(lower(text.substr(x.start, x.end - x.start)));
      return it != lang_.numbers.end() && it->second.kind == NumberWord::Kind::Cardinal;
    });
    return v;
  }

  // Whether the numbers data lists `w` ("Jul", "seven", "first"): two such words are two values,
  // never one misspelt.
  bool listed_number(const Word& w) const { return number_word(w) && lang_.numbers.count(w.key) != 0; }

  // Whether one month is put for another ("Jul 4" / "Jun 4"): the block holds the month alone,
  // its value read with the day beside it, which the block may leave out.
  bool month_swapped(std::span<const Word> wa, std::span<const Word> wb) const {
    auto months = [&](std::span<const Word> words, std::span<const Word> other) {
      std::vector<double> out;
      for (const Word& w : words) {
        const auto it = lang_.numbers.find(w.key);
        if (it == lang_.numbers.end() || (it->second.kind != NumberWord::Kind::Month && it->second.kind != NumberWord::Kind::DatedMonth)) continue;
        if (std::none_of(other.begin(), other.end(), [&](const Word& o) { return o.key == w.key; })) out.push_back(it->second.value);
      }
      return out;
    };
    const std::vector<double> ma = months(wa, wb), mb = months(wb, wa);
    return !ma.empty() && !mb.empty() && std::any_of(ma.begin(), ma.end(), [&](double v) { return std::find(mb.begin(), mb.end(), v) == mb.end(); });
  }

  // A number of a claim's words and the bound written before it: the group of number_bounds its
  // phrase is on (-1 for none), and the words of the phrase and the number, by start.
  struct Bounded {
    std::string number;
    int group = -1;
    std::vector<std::size_t> starts;
    std::vector<std::string> phrase;
  };

  // The words of every number_bounds phrase, as a filter.
  static KeyFilter bound_word_filter(const LanguageData& lang) {
    KeyFilter f;
    for (const auto& group : lang.number_bounds)
      for (const auto& phrase : group)
        for (const auto& w : phrase) f.add(hash_bytes(w));
    return f;
  }
  // Whether any of `words` is a number or a word of a number_bounds phrase.
  bool may_hold_bound(std::span<const Word> words) const {
    if (lang_.number_bounds.empty()) return false;
    return std::any_of(words.begin(), words.end(), [&](const Word& w) {
      if (w.kind == TokenKind::Number) return true;
      if (w.kind != TokenKind::Word) return false;
      if (number_words_.maybe(w.hash) && lang_.numbers.count(w.key) != 0) return true;
      if (!bound_phrase_words_.maybe(w.hash)) return false;
      for (const auto& group : lang_.number_bounds)
        for (const auto& phrase : group)
          if (std::find(phrase.begin(), phrase.end(), w.key) != phrase.end()) return true;
      return false;
    });
  }

  // The numbers of `words` with their bounds: the longest phrase of number_bounds that ends right
  // before the number, in its sentence (no punctuation or sentence start in between).
  std::vector<Bounded> bounded_numbers(std::span<const Word> words) const {
    std::vector<Bounded> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Word& n = words[i];
      if (n.kind != TokenKind::Number && !(n.kind == TokenKind::Word && lang_.numbers.count(n.key) != 0)) continue;
      Bounded b{n.key, -1, {n.start}, {}};
      for (std::size_t g = 0; g < lang_.number_bounds.size(); ++g) {
        for (const auto& phrase : lang_.number_bounds[g]) {
          const std::size_t len = phrase.size();
          if (len == 0 || len > i || len <= b.phrase.size() || n.sentence_initial) continue;
          bool match = true;
          for (std::size_t k = 0; k < len && match; ++k) {
            const Word& w = words[i - len + k];
            match = w.kind == TokenKind::Word && w.key == phrase[k] && (k == 0 || !w.sentence_initial);
          }
          if (!match) continue;
          b.group = static_cast<int>(g);
          b.phrase = phrase;
          b.starts = {n.start};
          for (std::size_t k = 0; k < len; ++k) b.starts.push_back(words[i - len + k].start);
        }
      }
      out.push_back(std::move(b));
    }
    return out;
  }

  // Whether a phrase of group `group` of number_bounds stands within two words after the number
  // of `words` that starts at byte `start`, in its sentence, and not before another number
  // ("160 people at least", "160 or more"): the bound written behind the number.
  bool bound_behind(std::span<const Word> words, std::size_t start, int group) const {
    std::size_t i = 0;
    while (i < words.size() && words[i].start != start) ++i;
    for (const auto& phrase : lang_.number_bounds[static_cast<std::size_t>(group)]) {
      if (behind(words, i, phrase)) return true;
    }
    return false;
  }
  bool behind(std::span<const Word> words, std::size_t i, const std::vector<std::string>& phrase) const {
    for (std::size_t at = i + 1; at <= i + 2 && at + phrase.size() <= words.size(); ++at) {
      bool match = true;
      for (std::size_t k = i + 1; k < at + phrase.size() && match; ++k) {
        match = words[k].kind == TokenKind::Word && !words[k].sentence_initial && (k < at || words[k].key == phrase[k - at]);
      }
      const std::size_t next = at + phrase.size();
      if (match && !(next < words.size() && (words[next].kind == TokenKind::Number || (words[next].kind == TokenKind::Word && lang_.numbers.count(words[next].key) != 0)))) return true;
    }
    return false;
  }

  // Whether the words right before the number of `words` that starts at byte `start` are
  // `phrase` misspelt: its words swapped ("than more"), or one word a typo of its word ("moer
  // than") or, in a phrase of two words or more, another function word ("more then"). A minor
  // slip, not another bound.
  bool bound_misspelt(std::span<const Word> words, std::size_t start, const std::vector<std::string>& phrase) const {
    std::size_t i = 0;
    while (i < words.size() && words[i].start != start) ++i;
    const std::size_t len = phrase.size();
    if (len == 0 || len > i) return false;
    std::vector<std::string> got;
    for (std::size_t k = i - len; k < i; ++k) {
      if (words[k].kind != TokenKind::Word) return false;
      got.push_back(words[k].key);
    }
    std::vector<std::string> x = got, y = phrase;
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    if (x == y) return true;
    std::size_t diff = 0, at = 0;
    for (std::size_t k = 0; k < len; ++k) {
      if (got[k] != phrase[k]) ++diff, at = k;
    }
    if (diff != 1) return false;
    return typo_of(got[at], phrase[at]) ||
           (len >= 2 && lang_.function_words.contains(got[at]) && lang_.function_words.contains(phrase[at]));
  }

  // The starts of the words of each bound that differs between the claim's sides `a` and `b`,
  // for a number both write as many times: a bound added, dropped or put for one of another
  // group ("more than" / "no more than", "up to" / "some"). Phrases of one group of
  // number_bounds are one bound ("more than" / "over").
  void changed_bounds(std::span<const Word> a, std::span<const Word> b, std::vector<std::size_t>& out_a, std::vector<std::size_t>& out_b) const {
    if (lang_.number_bounds.empty()) return;
    const std::vector<Bounded> na = bounded_numbers(a), nb = bounded_numbers(b);
    // A bound written behind the number on one side where the other writes it before: the same.
    auto group_of = [&](const Bounded& x, std::span<const Word> words, const Bounded& other) {
      if (x.group < 0 && other.group >= 0 && (bound_behind(words, x.starts.front(), other.group) || bound_misspelt(words, x.starts.front(), other.phrase))) {
        return other.group;
      }
      return x.group;
    };
    std::map<std::string, std::pair<std::vector<const Bounded*>, std::vector<const Bounded*>>> by_number;
    for (const Bounded& x : na) by_number[x.number].first.push_back(&x);
    for (const Bounded& x : nb) by_number[x.number].second.push_back(&x);
    for (const auto& [number, sides] : by_number) {
      const auto& [xa, xb] = sides;
      if (xa.size() != xb.size()) continue;
      for (std::size_t k = 0; k < xa.size(); ++k) {
        if (group_of(*xa[k], a, *xb[k]) == group_of(*xb[k], b, *xa[k])) continue;
        out_a.insert(out_a.end(), xa[k]->starts.begin(), xa[k]->starts.end());
        out_b.insert(out_b.end(), xb[k]->starts.begin(), xb[k]->starts.end());
      }
    }
    std::sort(out_a.begin(), out_a.end());
    std::sort(out_b.begin(), out_b.end());
  }

  // Whether one day is put for another ("today" / "yesterday", "Monday" / "Sunday", "today" /
  // "on Friday"): a word of day_names on each side that the other side does not write. Within a
  // group of day_names that is another day. Across groups the day may be the same, but the
  // claim cannot show it: a date is compared as a value, and "today" and "Friday" are two values
  // no text of the claim makes equal (as "0200" and "02:00" are), so the date stated changed.
  // A day inside a name ("Black Friday" / "Cyber Monday") dates nothing: the entity rule's.
  bool day_swapped(std::span<const Word> wa, std::span<const Word> wb) const {
    if (lang_.day_names.empty()) return false;
    auto only = [&](std::span<const Word> words, std::span<const Word> other) {
      return std::any_of(words.begin(), words.end(), [&](const Word& w) {
        const std::string_view k = clitic_dropped(w.key);
        return day_word(k) && lone_day(w) && std::none_of(other.begin(), other.end(), [&](const Word& o) { return clitic_dropped(o.key) == k; });
      });
    };
    return only(wa, wb) && only(wb, wa);
  }

  // Whether the values of two wordings differ only by a 1 written in digits on one side where the
  // other writes the indefinite article before the same word ("up to 1 year" / "up to a year"):
  // one count, as "one" and "a" are (see values()). An article before another word states no
  // count of the 1's ("At least 1 person" / "A handful of people", "Section 1" / "a section").
  bool one_as_article(const std::string& before, const std::string& after, std::span<const Word> wa, std::span<const Word> wb,
                      std::size_t be, std::size_t oe) const {
    std::vector<Value> va = values(before), vb = values(after);
    auto is_article = [&](const Word& w) {
      return std::find(lang_.one_articles.begin(), lang_.one_articles.end(), w.key) != lang_.one_articles.end();
    };
    auto article = [&](std::span<const Word> words) { return std::any_of(words.begin(), words.end(), is_article); };
    auto drop_one = [](std::vector<Value>& v) {
      const auto it = std::find_if(v.begin(), v.end(), [](const Value& x) { return x.kind == Value::Kind::Number && !x.from_words && x.number == 1; });
      if (it == v.end()) return false;
      v.erase(it);
      return true;
    };
    // The word after words[i]: in the block, else the first after its end in `doc`.
    auto next = [&](std::span<const Word> words, std::size_t i, const Document& doc, std::size_t end) -> std::string {
      for (std::size_t j = i + 1; j < words.size(); ++j) {
        if (words[j].kind != TokenKind::Punct) return words[j].key;
      }
      for (const Word& w : words_in(doc, end, end + 200)) {
        if (w.kind != TokenKind::Punct) return w.key;
      }
      return {};
    };
    // The 1 of `ones` and an article of `arts` each before one word (or its stem).
    auto swapped = [&](std::span<const Word> ones, const Document& one_doc, std::size_t one_end, std::span<const Word> arts,
                       const Document& art_doc, std::size_t art_end) {
      for (std::size_t i = 0; i < ones.size(); ++i) {
        if (ones[i].key != "1") continue;
        const std::string after_one = next(ones, i, one_doc, one_end);
        if (after_one.empty()) continue;
        for (std::size_t j = 0; j < arts.size(); ++j) {
          if (!is_article(arts[j])) continue;
          const std::string after_art = next(arts, j, art_doc, art_end);
          if (after_art == after_one || (!after_art.empty() && detail::same_stem(after_art, after_one))) return true;
        }
      }
      return false;
    };
    if (article(wb) && !article(wa) && swapped(wa, a_, be, wb, b_, oe) && drop_one(va)) return same_values(va, vb);
    if (article(wa) && !article(wb) && swapped(wb, b_, oe, wa, a_, be) && drop_one(vb)) return same_values(va, vb);
    return false;
  }

  // Whether the base's words `wa`, which the other version drops with no words in their place
  // (or only the same words after them), open a sentence with a subject pronoun (pronouns.tsv:
  // "he", "it", "they"; word_order.tsv's `subject` class: "we", "I"), the rest of them function
  // words, and the other version's sentence, no question, now opens with a verb by WordNet
  // ("was": "be"), after function words only ("They also visited" -> "Also visited").
  bool subject_dropped(std::span<const Word> wa, std::span<const Word> wb, std::size_t os) {
    if (lex_.name_senses == nullptr) return false;
    std::vector<const Word*> xa, xb;
    for (const Word& w : wa) if (w.kind == TokenKind::Word) xa.push_back(&w);
    for (const Word& w : wb) if (w.kind == TokenKind::Word) xb.push_back(&w);
    // The other side may write the words after the pronoun again, capitalised ("It was" / "Was").
    if (xa.size() <= xb.size() || !std::equal(xb.begin(), xb.end(), xa.end() - static_cast<std::ptrdiff_t>(xb.size()),
                                              [](const Word* x, const Word* y) { return x->key == y->key; })) {
      return false;
    }
    if (!xa.front()->sentence_initial) return false;
    bool subject = false;
    for (std::size_t i = 0; i < xa.size() - xb.size(); ++i) {
      if (pronoun(*xa[i]) || subject_pronoun(*xa[i])) subject = true;
      else if (!function_word(*xa[i])) return false;
    }
    if (!subject) return false;
    const std::size_t at = b_.sentence_at(os);
    if (at == Document::kNoSentence) return false;
    const Sentence& sentence = b_.sentences[at];
    const std::string_view text = std::string_view(b_.text).substr(sentence.start, sentence.end - sentence.start);
    // A question mark of any script: a fullwidth one ends a sentence converted from CJK text.
    for (std::string_view mark : {"?", "\uFF1F", "\u2047", "\u2048", "\u2049", "\u00BF", "\u061F"}) {
      if (text.find(mark) != std::string_view::npos) return false;
    }
    bool first = true;
    for (const Word& w : words_in(b_, os, sentence.end)) {
      if (w.kind != TokenKind::Word) continue;
      if ((first && !w.sentence_initial) || pronoun(w) || subject_pronoun(w)) return false;
      first = false;
      const auto forms = lex_.irregular != nullptr ? english_lemmas(w.key, *lex_.irregular) : english_lemmas(w.key);
      if (std::any_of(forms.begin(), forms.end(), [&](const std::string& f) { return lex_.name_senses->verb(f); })) return true;
      if (!function_word(w)) return false;
    }
    return false;
  }

  // Whether name word `k` of `own` and a name word of `other` are two parts of one name that both
  // versions write together, in either order ("Spears" / "Britney": "Britney Spears"): the same
  // one named by another part of the name, as a story names a person again by either.
  bool same_full_name(std::span<const Word> own, std::span<const Word> other, const std::string& k) {
    const auto mine = std::find_if(own.begin(), own.end(), [&](const Word& w) { return w.key == k && is_name(w); });
    if (mine == own.end()) return false;
    std::call_once(shared_.names_once, [this] { collect_names(); });
    // Only when that full name is the one either version writes with either part: a part that
    // another full name shares ("Jamie Spears", "Hillary Clinton") or that a sentence writing the
    // full name also writes alone ("Paris Hilton opened a hotel in Paris") may be someone or
    // something else.
    auto only = [&](const std::string& x, const std::string& y) {
      for (int d = 0; d < 2; ++d) {
        const auto& beside = d == 0 ? shared_.beside_a : shared_.beside_b;
        if ((d == 0 ? shared_.alone_a : shared_.alone_b).count(x) != 0) return false;
        const auto it = beside.find(x);
        if (it != beside.end() && std::any_of(it->second.begin(), it->second.end(), [&](const std::string& n) { return n != y; })) return false;
      }
      return true;
    };
    // Both versions write the two parts side by side in a run of capitalised words, in either
    // order: looked up in the runs collect_names() read once, not searched for in the text (a
    // word as common as "LORD" would make that search cost a document per claim).
    auto together = [](const auto& beside, const std::string& x, const std::string& y) {
      const auto it = beside.find(x);
      return it != beside.end() && it->second.count(y) != 0;
    };
    const std::string mk = lower(mine->text);
    for (const Word& o : other) {
      if (o.key == k || !is_name(o)) continue;
      const std::string ok = lower(o.text);
      if (!together(shared_.beside_a, mk, ok) || !together(shared_.beside_b, mk, ok)) continue;
      if (only(mk, ok) && only(ok, mk)) return true;
    }
    return false;
  }

  // Whether `acronym`, of `own`, is one word of capitals that `words`, of `theirs`, capitalised
  // words (function words between them aside), spell by their initials, the first word first,
  // and the story says those words are what it stands for: a version spells the acronym out with
  // them ("Venture Capitalist (VC)"), or the acronym's own version writes them too. Initials alone
  // prove nothing: "DA" is a District Attorney as well as a Defense Attorney.
  bool written_out(const Document& own, std::span<const Word> acronym, const Document& theirs, std::span<const Word> words) {
    const Word* code = nullptr;
    for (const Word& w : acronym) {
      if (w.kind == TokenKind::Punct) continue;
      if (code != nullptr) return false;
      code = &w;
    }
    if (code == nullptr || code->text.size() < 2 || !std::all_of(code->text.begin(), code->text.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return false;
    }
    std::string initials;
    for (const Word& w : words) {
      if (w.kind != TokenKind::Word) return false;
      if (starts_upper(w.text)) initials.push_back(w.key.front());
      else if (!function_word(w)) return false;
    }
    if (initials != code->key) return false;
    const std::string phrase(theirs.text.substr(words.front().start, words.back().start + words.back().text.size() - words.front().start));
    const std::string defined = phrase + " (" + std::string(code->text) + ")";
    return written_in(a_, defined) || written_in(b_, defined) || written_in(own, phrase);
  }

  // Whether `words` hold no word, punctuation at most.
  static bool wordless(std::span<const Word> words) {
    return std::none_of(words.begin(), words.end(), [](const Word& w) { return w.kind == TokenKind::Word; });
  }

  // Whether `words` of `doc` are all country codes, a capital letter or up to three, each written
  // onto a currency sign and an amount that follow outside `words`, at most a space between
  // ("US" of "US$40", "US $5"), and `plain` writes the same code on the same sign somewhere: the
  // sign and amount stand in the text both versions share, and the other version has tied that
  // sign to that code itself.
  bool currency_code(const Document& doc, const Document& plain, std::span<const Word> words) {
    const std::string_view text = doc.text;
    bool any = false;
    for (const Word& w : words) {
      if (w.kind != TokenKind::Word) return false;
      if (w.text.size() > 3 || !std::all_of(w.text.begin(), w.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
      std::size_t at = w.start + w.text.size();
      if (at < text.size() && text[at] == ' ') ++at;
      if (at >= text.size()) return false;
      UChar32 c = 0;
      std::int32_t i = static_cast<std::int32_t>(at);
      U8_NEXT(text.data(), i, static_cast<std::int32_t>(text.size()), c);
      if (c < 0 || u_charType(c) != U_CURRENCY_SYMBOL) return false;
      std::size_t amount = static_cast<std::size_t>(i);
      if (amount < text.size() && text[amount] == ' ') ++amount;
      if (amount >= text.size() || text[amount] < '0' || text[amount] > '9') return false;
      const std::string sign(text.substr(at, static_cast<std::size_t>(i) - at));
      if (!written_in(plain, std::string(w.text) + sign) && !written_in(plain, std::string(w.text) + ' ' + sign)) return false;
      any = true;
    }
    return any;
  }

  // Whether an insertion (or deletion) only repeats the words next to it.
  bool repetition(std::span<const Word> wa, std::span<const Word> wb, std::size_t bs, std::size_t os) {
    if (!wa.empty() == !wb.empty()) return false;
    const Document& doc = wa.empty() ? b_ : a_;
    const std::span<const Word> changed = wa.empty() ? wb : wa;
    const std::size_t at = wa.empty() ? os : bs;
    std::vector<std::string> keys;
    for (const Word& w : changed) if (w.kind != TokenKind::Punct) keys.push_back(w.key);
    if (keys.empty() || keys.size() > 4) return false;
    const std::size_t from = at >= 200 ? at - 200 : 0;
    const std::vector<Word> before = words_in(doc, from, at);
    std::vector<std::string> prev;
    for (const Word& w : before) if (w.kind != TokenKind::Punct) prev.push_back(w.key);
    if (prev.size() < keys.size()) return false;
    return std::equal(keys.begin(), keys.end(), prev.end() - static_cast<std::ptrdiff_t>(keys.size()));
  }

  // Information dropped from or added to a claim whose other words stay (MQM grades such errors
  // critical): content words with no counterpart on one side only, the words of the other side
  // nearly all kept; or, in a claim otherwise kept word for word, its one content word replaced
  // (at one place or at each it stands) by one that is not its equivalent. A claim reworded
  // throughout (two translations of one sentence) is a paraphrase, whatever words it trades.
  bool content_changed(std::span<const Word> wa, std::span<const Word> wb, ClaimFacts& facts) {
    if (coreference(wa, wb) || coreference(wb, wa)) return false;
    // Every rule below only takes words out of the claim's unmatched content: with none, the
    // content did not change.
    if (facts.content().dropped.empty() && facts.content().added.empty()) return false;
    Unmatched u = facts.content();
    // One verb of saying put for another ("said" -> "told reporters") is the attribution rule's
    // to judge: who is told is no fact of the claim. A verb dropped with none in its place is.
    if (!attribution_.matches(wa).empty() && !attribution_.matches(wb).empty()) {
      std::erase_if(u.dropped, [&](const std::string& k) { return in_attribution(wa, k); });
      std::erase_if(u.added, [&](const std::string& k) { return in_attribution(wb, k); });
    }
    // A name the other side writes another way carries no information of its own: another
    // romanisation of it ("Dzhugashvili" / "Djugashvili") or, by WordNet, another name of what it
    // names ("Burma" / "Myanmar"). Any other name put for it names someone else, however like its
    // consonants ("Putin" / "Patton"); a name dropped with none in its place is content dropped.
    auto has_name = [&](std::span<const Word> words) { return std::any_of(words.begin(), words.end(), [&](const Word& w) { return is_name(w); }); };
    if ((!u.dropped.empty() || !u.added.empty()) && has_name(wa) && has_name(wb)) {
      std::optional<NewPhrases> theirs[2];  // the other side's new phrases, made on first need
      auto written_otherwise = [&](int side, std::span<const Word> own, std::span<const Word> other, const std::string& k) {
        if (!std::any_of(own.begin(), own.end(), [&](const Word& w) { return w.key == k && is_name(w); })) return false;
        if (std::any_of(other.begin(), other.end(), [&](const Word& w) { return is_name(w) && detail::romanised_alike(k, w.key); })) return true;
        if (lex_.name_senses == nullptr) return false;
        if (!theirs[side]) theirs[side].emplace(*this, own, other);
        return named_alike(name_runs(own), k, *theirs[side]);
      };
      std::erase_if(u.dropped, [&](const std::string& k) { return written_otherwise(0, wa, wb, k); });
      std::erase_if(u.added, [&](const std::string& k) { return written_otherwise(1, wb, wa, k); });
    }
    std::erase_if(u.dropped, [&](const std::string& k) { return same_full_name(wa, wb, k); });
    std::erase_if(u.added, [&](const std::string& k) { return same_full_name(wb, wa, k); });
    // A reporting clause of a pronoun and a neutral verb of saying added or dropped right after
    // a quotation ("...," he said), the sentence before naming its speaker with a verb of saying,
    // tells who speaks no more than that sentence did: no information of its own. Without a
    // quotation, or with no speaker before, the clause is the attribution itself.
    auto reporting_clause = [&](const Document& doc, std::span<const Word> words) {
      if (!after_quotation_with_speaker_before(doc, words)) return false;
      const auto verbs = attribution_.find(words);
      if (verbs.empty() || std::any_of(verbs.begin(), verbs.end(), [&](const std::string& v) { return neutral_.count(v) == 0; })) return false;
      bool speaker = false;
      for (const Word& w : words) {
        if (w.kind != TokenKind::Word || in_attribution(words, w.key)) continue;
        if (!pronoun(w)) return false;
        speaker = true;
      }
      return speaker;
    };
    auto no_words = [](std::span<const Word> words) { return std::none_of(words.begin(), words.end(), [](const Word& w) { return w.kind == TokenKind::Word; }); };
    if (no_words(wa) && reporting_clause(b_, wb)) std::erase_if(u.added, [&](const std::string& k) { return in_attribution(wb, k); });
    if (no_words(wb) && reporting_clause(a_, wa)) std::erase_if(u.dropped, [&](const std::string& k) { return in_attribution(wa, k); });
    // One modal phrase put for another of its group ("will be able to" / "can") is the modality
    // rule's to judge: its words carry no information of their own.
    if ((!u.dropped.empty() || !u.added.empty()) && modals(wa, wb).empty() && modals(wb, wa).empty() &&
        !modal_forms_.matches(wa).empty() && !modal_forms_.matches(wb).empty()) {
      std::erase_if(u.dropped, [&](const std::string& k) { return in_modal_form(wa, k); });
      std::erase_if(u.added, [&](const std::string& k) { return in_modal_form(wb, k); });
    }
    // A name moved into the sentence before or after is not information lost (see names()).
    if ((!u.dropped.empty() || !u.added.empty()) && (facts.any_name_word(u.dropped) || facts.any_name_word(u.added))) {
      const auto& moved = facts.moved_names();
      auto in_moved = [&](const std::string& k) { return std::find(moved.begin(), moved.end(), k) != moved.end(); };
      std::erase_if(u.dropped, in_moved);
      std::erase_if(u.added, in_moved);
    }
    if (!mentions(wa, u.dropped) && !mentions(wb, u.added)) return false;
    if (u.added.empty() && !u.dropped.empty()) return facts.kept_share(false) >= 0.75;
    if (u.dropped.empty() && !u.added.empty()) return facts.kept_share(true) >= 0.75;
    return one_word(u.dropped) && one_word(u.added) && std::min(facts.kept_share(true), facts.kept_share(false)) >= 0.75;
  }

  // Whether `keys` hold one word, however often: one word replaced by one other at each place it
  // stands ("town" -> "city" twice) is one substitution.
  static bool one_word(const std::vector<std::string>& keys) {
    return !keys.empty() && std::all_of(keys.begin(), keys.end(), [&](const std::string& k) { return k == keys.front(); });
  }

  // How many of `words` are adjectives that negate an adjective or a participle by a negative
  // prefix (negative_prefixes in conventions.tsv), by WordNet: "unharmed", "insufficient"; not
  // "information" or "discover".
  std::size_t prefix_negated(std::span<const Word> words) const {
    const NameSenses* wn = lex_.name_senses;
    if (wn == nullptr) return 0;
    auto negates = [&](const std::string& word, const std::string& p) {
      if (word.size() < p.size() + 4 || !word.starts_with(p) || !wn->adjective(word)) return false;
      const std::string stem = word.substr(p.size());
      if (wn->adjective(stem)) return true;
      if (!stem.ends_with("ed")) return false;
      const auto forms = lex_.irregular != nullptr ? english_lemmas(stem, *lex_.irregular) : english_lemmas(stem);
      return std::any_of(forms.begin(), forms.end(), [&](const std::string& f) { return wn->verb(f); });
    };
    return static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [&](const Word& w) {
      return w.kind == TokenKind::Word &&
             std::any_of(lang_.negative_prefixes.begin(), lang_.negative_prefixes.end(), [&](const std::string& p) { return negates(w.key, p); });
    }));
  }

  // Whether `words` negate a word by its prefix (negative_prefixes in conventions.tsv) where
  // `other` writes the same word after a negator, and the two differ by nothing else:
  // "insufficient" / "not sufficient", "unable" / "not able".
  bool prefix_negation(std::span<const Word> words, std::span<const Word> other) const {
    std::vector<const Word*> x, y;
    for (const Word& w : words) if (w.kind == TokenKind::Word) x.push_back(&w);
    for (const Word& w : other) if (w.kind == TokenKind::Word) y.push_back(&w);
    if (x.size() != 1 || y.size() != 2 || negations_.find(other).size() != 1) return false;
    const std::string& word = x[0]->key;
    return std::any_of(lang_.negative_prefixes.begin(), lang_.negative_prefixes.end(), [&](const std::string& p) {
      return word.size() >= p.size() + 4 && word.starts_with(p) && word.compare(p.size(), std::string::npos, y[1]->key) == 0;
    });
  }

  // Whether word `key` is part of a modal phrase of modality_groups among `words`.
  bool in_modal_form(std::span<const Word> words, const std::string& key) const {
    for (const auto& m : modal_forms_.matches(words)) {
      for (std::size_t i : m.at) {
        if (words[i].key == key) return true;
      }
    }
    return false;
  }

  // Whether word `key` is part of a verb of saying among `words`.
  bool in_attribution(std::span<const Word> words, const std::string& key) const {
    for (const auto& m : attribution_.matches(words)) {
      for (std::size_t i : m.at) {
        if (words[i].key == key) return true;
      }
    }
    return false;
  }

  // A pronoun put for the noun phrase it stands for ("the prisoners" -> "them", "It" ->
  // "FreeView"): the same referent named, no information added or dropped. `pronouns` holds only
  // pronouns and function words; `phrase` at most four words, none a pronoun.
  bool coreference(std::span<const Word> pronouns, std::span<const Word> phrase) const {
    std::size_t found = 0, words = 0;
    for (const Word& w : pronouns) {
      if (w.kind == TokenKind::Punct) continue;
      if (pronoun(w)) ++found;
      else if (!function_word(w)) return false;
    }
    for (const Word& w : phrase) {
      if (w.kind == TokenKind::Punct) continue;
      if (pronoun(w) || ++words > 4) return false;
    }
    return found > 0 && words > 0;
  }

  // Whether the first word of `words` follows a closing quotation mark ("...," he said; the
  // comma may stand inside or outside the mark), and the sentence before the one it stands in has
  // a verb of saying.
  bool after_quotation_with_speaker_before(const Document& doc, std::span<const Word> words) const {
    const auto first = std::find_if(words.begin(), words.end(), [](const Word& w) { return w.kind == TokenKind::Word; });
    if (first == words.end()) return false;
    std::string_view before = std::string_view(doc.text).substr(0, first->start);
    while (!before.empty() && (before.back() == ' ' || before.back() == ',' || before.back() == '\n')) before.remove_suffix(1);
    bool closed = false;
    for (std::string_view mark : {"\u201D", "\u00BB", "\u2019"}) closed = closed || before.ends_with(mark);
    // A straight mark closes when it follows no space.
    if (!closed && before.ends_with('"') && before.size() >= 2 && before[before.size() - 2] != ' ') closed = true;
    if (!closed) return false;
    const std::size_t at = doc.sentence_at(first->start);
    if (at == Document::kNoSentence || at == 0) return false;
    const Sentence& prev = doc.sentences[at - 1];
    return !attribution_.matches(words_in(doc, prev.start, prev.end)).empty();
  }

  static bool has_quote_mark(const std::string& text) {
    for (const char* mark : {"\"", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"}) {
      if (text.find(mark) != std::string::npos) return true;
    }
    return false;
  }

  // Whether name words `x` (in `wx`) and `y` (in `wy`) are one foreign name romanised two ways
  // (conventions.tsv): a spelling put for another after a consonant ("Oryol" / "Orel") where
  // neither is a name WordNet knows ("Lyons" / "Lens"), or a place and its adjective used as one,
  // before a common noun ("the Gorodische district" / "the Gorodishchensky district"); a surname
  // so formed is another person ("judge Kovaleva" / "judge Kowalevskaya").
  bool romanised_pair(const std::string& x, std::span<const Word> wx, const std::string& y, std::span<const Word> wy) const {
    // Without WordNet no name can be told apart from its respelling ("Lyons" / "Lens").
    for (const auto& [from, to] : lang_.romanised_spellings) {
      if (lex_.name_senses != nullptr && respelt(x, y, from, to) && phrase_senses(x).synsets.empty() && phrase_senses(y).synsets.empty()) return true;
    }
    const auto& endings = lang_.romanised_adjective_endings;
    if (endings.empty()) return false;
    return (place_adjective(x, y, endings) && attributive(wx, x)) || (place_adjective(y, x, endings) && attributive(wy, y));
  }

  // Whether `k` stands in `words` before a lowercase word of the language that is no function word.
  bool attributive(std::span<const Word> words, const std::string& k) const {
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      const Word& next = words[i + 1];
      if (without_clitic(words[i].key) != k || next.kind != TokenKind::Word || next.text.empty()) continue;
      if (std::islower(static_cast<unsigned char>(next.text[0])) && !function_word(next)) return true;
    }
    return false;
  }

  // Whether any of `words` is one of `keys` (a possessive "'s" dropped).
  static bool mentions(std::span<const Word> words, const std::vector<std::string>& keys) {
    if (keys.empty()) return false;
    return std::any_of(words.begin(), words.end(), [&](const Word& w) {
      std::string k = w.key;
      if (k.size() > 3 && k.ends_with("'s")) k.resize(k.size() - 2);
      return std::find(keys.begin(), keys.end(), k) != keys.end();
    });
  }

  // Whether the content words of the two sides differ (a quotation misquoted); function words
  // alone ("we" -> "our") and words moved are not.
  bool content_words_changed(std::span<const Word> wa, std::span<const Word> wb) {
    std::vector<std::string> x, y;
    for (const Word& w : wa) if (w.kind != TokenKind::Punct) x.push_back(w.key);
    for (const Word& w : wb) if (w.kind != TokenKind::Punct) y.push_back(w.key);
    const Unmatched u = unmatched_content(x, y, {}, lang_, lex_, &word_pairs_);
    return !u.dropped.empty() || !u.added.empty();
  }

  // A word replaced by its opposite, as the lexicon lists them.
  // A word the other side also writes is kept, not replaced ("lost the chance to keep" for "lost
  // all chances to retain" puts no "keep" for "lost"); and a function word is no opposite of a
  // content word (the auxiliary of "has missed" is not the "have" WordNet opposes to "miss").
  bool opposite(std::span<const Word> wa, std::span<const Word> wb) const {
    if (lex_.antonyms == nullptr || lex_.antonyms->entries.empty()) return false;
    // Whether a side writes a key: a scan of a short block (most blocks are a few words, and
    // the word hashes settle almost every comparison), a set made once per call for a long one
    // (a look-up inside the pair loop would otherwise be cubic in a block).
    constexpr std::size_t kScanned = 32;
    auto keys = [](std::span<const Word> words) {
      std::unordered_set<std::string_view> out;
      if (words.size() > kScanned) for (const Word& w : words) out.insert(w.key);
      return out;
    };
    const auto set_a = keys(wa), set_b = keys(wb);
    auto writes = [](std::span<const Word> words, const std::unordered_set<std::string_view>& set, const Word& w) {
      if (words.size() > kScanned) return set.count(w.key) != 0;
      return std::any_of(words.begin(), words.end(), [&](const Word& o) { return o.hash == w.hash && o.key == w.key; });
    };
    std::vector<const Word*> replacing;  // words of wb that wa does not write
    for (const Word& y : wb) {
      if (y.kind == TokenKind::Word && !writes(wa, set_a, y)) replacing.push_back(&y);
    }
    for (const Word& x : wa) {
      if (x.kind != TokenKind::Word || writes(wb, set_b, x)) continue;
      const bool fx = function_word(x);
      for (const Word* y : replacing) {
        if (fx == function_word(*y) && antonyms(lex_, x.key, y->key)) return true;
      }
    }
    return false;
  }

  // A word put in that the language does not have, for one it has: left untranslated, in another
  // script than the rest of the claim ("She is in 拘留 pending trial") or in the same one
  // ("Behörden are expecting a slowdown"). Names and typos are not such words.
  bool untranslated(std::span<const Word> wa, std::span<const Word> wb, ClaimFacts& facts) {
    bool replaced_known = false, replaced_name = false;
    for (const Word& w : wa) {
      if (w.kind != TokenKind::Word) continue;
      replaced_known = replaced_known || function_word(w) || known_word(lex_, w.key);
      replaced_name = replaced_name || is_name(w);
    }
    for (const Word& w : wb) {
      if (w.kind != TokenKind::Word) continue;
      const int s = script_of(w.text);
      if (s >= 0 && s != facts.other_script()) return true;
      if (lex_.synonyms.entries.empty() || !replaced_known || function_word(w) || number_word(w)) continue;
      if (std::min(facts.kept_share(true), facts.kept_share(false)) < 0.75) continue;
      if ((replaced_name && is_name(w)) || known_word(lex_, w.key)) continue;
      // A name put for a pronoun ("It" -> "FreeView") says who is meant: no word left untranslated.
      if (is_name(w) && coreference(wa, wb)) continue;
      if (std::any_of(wa.begin(), wa.end(), [&](const Word& x) {
            // The lexicon lists it for the word it replaces: a word of the language ("ceasefire",
            // its "cease-fire" written solid).
            return x.key == w.key || misspelt(lex_, x.key, w.key) || same_stem(x.key, w.key) || synonyms(lex_, x.key, w.key);
          })) {
        continue;
      }
      return true;
    }
    return false;
  }

  Severity attribution_change(std::span<const Word> wa, std::span<const Word> wb, bool entity, ClaimFacts& facts,
                              std::size_t bs, std::size_t be, std::size_t os, std::size_t oe) {
    // A changed name next to a verb of saying is a change of speaker.
    if (entity && (!attribution_near(a_, bs, be).empty() || !attribution_near(b_, os, oe).empty())) return Severity::Major;
    std::vector<std::string> la = as_set(loaded_verbs(wa)), lb = as_set(loaded_verbs(wb));
    // "confirmed" -> "confirmation" is one word inflected, "admitted" -> "confessed" one
    // judgment in other words: not another verb.
    std::erase_if(la, [&](const std::string& v) {
      return std::any_of(wb.begin(), wb.end(), [&](const Word& w) { return same_stem(v, w.key) || synonyms(lex_, v, w.key); });
    });
    std::erase_if(lb, [&](const std::string& v) {
      return std::any_of(wa.begin(), wa.end(), [&](const Word& w) { return same_stem(v, w.key) || synonyms(lex_, v, w.key); });
    });
    // The verb of saying changed to or from a loaded one ("said" -> "claimed").
    if (la != lb && facts.verbs_differ() && facts.speaker()) return Severity::Major;
    // One neutral verb for another ("said" -> "told reporters").
    const auto va = as_set(attribution_.find(wa)), vb = as_set(attribution_.find(wb));
    if (va != vb && !va.empty() && !vb.empty()) return Severity::Minor;
    return Severity::None;
  }

  static std::string trim(const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\n") - b + 1);
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
  const Lexicons& lex_;
  const NegationCounter& negations_;
  const PhraseSet &modality_, &not_modality_, &modal_forms_, &attribution_;
  std::unordered_set<std::string> neutral_;
  std::unordered_map<std::string, bool> common_name_words_;  // common_name_word_memo()'s answers
  SharedFacts& shared_;
  // The claim being classified (set by changes()) and its words per side, made on first use.
  const std::vector<DiffOp>* claim_ops_ = nullptr;
  std::vector<Word> claim_a_, claim_b_;
  bool claim_a_ready_ = false, claim_b_ready_ = false;
  KeyFilter number_words_, pronoun_words_, function_words_, spelling_words_, bound_phrase_words_;
  std::unordered_map<std::string, bool, TextHash, std::equal_to<>> written_[2];  // see written_in
  WordPairs word_pairs_;  // see unmatched_content

  bool number_word(const Word& w) const { return number_words_.maybe(w.hash); }
  static bool single_letter(std::string_view text) {
    std::size_t i = 0, letters = 0;
    while (i < text.size()) {
      UChar32 c = 0;
      U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, text.size(), c);
      letters += u_isalpha(c) ? 1 : 0;
    }
    return letters == 1;
  }
  // "PM", "a.m.": part of a time, which is compared as a value.
  // A month name (numbers.tsv, kind month): a part of a date.
  bool month_word(const std::string& key) const {
    const auto it = lang_.numbers.find(key);
    return it != lang_.numbers.end() && it->second.kind == NumberWord::Kind::Month;
  }
  // An English name word WordNet writes as a common word and never as a name ("navy", "general",
  // "federation"; not "sunday", "russia", "white"). Other languages have no such lexicon here.
  bool common_name_word(const std::string& key) const {
    return lang_.code == "en" && english_lexicon_ready() && common_english_word(key) && !english_name_word(key);
  }
  // The same, each word looked up once for the whole range of claims: the names of a story
  // ("the LORD", "Israel") stand in most of its claims.
  bool common_name_word_memo(const std::string& key) {
    const auto it = common_name_words_.find(key);
    return it != common_name_words_.end() ? it->second : common_name_words_.emplace(key, common_name_word(key)).first->second;
  }
  // Whether `key` (a clitic aside: "Friday's") is a word of day_names ("today", "Friday").
  bool day_word(std::string_view key) const {
    if (lang_.day_names.empty()) return false;
    key = clitic_dropped(key);
    return std::any_of(lang_.day_names.begin(), lang_.day_names.end(),
                       [&](const std::vector<std::string>& g) { return std::find(g.begin(), g.end(), key) != g.end(); });
  }
  // Whether `w` is a day word standing alone, which dates a claim and names no one ("on
  // Friday", "Friday's vote"), as opposed to a day word inside a name: before a capitalised
  // word that is no function word ("the Sunday Times"), or after a capitalised common word
  // ("Black Friday").
  bool lone_day(const Word& w) const {
    if (!day_word(w.key)) return false;
    if (!starts_upper(w.text)) return true;
    const Document* doc = nullptr;
    for (const Document* d : {&a_, &b_}) {
      if (w.text.data() >= d->text.data() && w.text.data() + w.text.size() <= d->text.data() + d->text.size()) doc = d;
    }
    if (doc == nullptr) return true;
    const std::string_view t = doc->text;
    const std::size_t at = static_cast<std::size_t>(w.text.data() - t.data());
    // The word after a space, and the word before one.
    auto word_at = [&](std::size_t s) {
      std::size_t e = s;
      while (e < t.size() && t[e] != ' ' && t[e] != '\n' && !(e > s && (t[e] == ',' || t[e] == '.'))) ++e;
      return t.substr(s, e - s);
    };
    auto in_name = [&](std::string_view x) {
      return !x.empty() && starts_upper(x) && has_letter(x) && !lang_.is_function_word(lower(x)) && !day_word(lower(x));
    };
    const std::size_t end = at + w.text.size();
    if (end + 1 < t.size() && t[end] == ' ' && in_name(word_at(end + 1))) return false;
    if (at >= 2 && t[at - 1] == ' ') {
      std::size_t s = at - 1;
      while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '\n') --s;
      const std::string_view before = t.substr(s, at - 1 - s);
      // A capitalised word before the day makes a name of it only where it is a common word
      // ("Black Friday", "Super Tuesday"); after a name the day dates what the name did
      // ("held in Croatia Sunday", "Biden Friday signed").
      if (!before.empty() && before.back() != ',' && before.back() != '.' && in_name(before) && common_word_before_day(lower(before))) return false;
    }
    return true;
  }
  // Whether `key` is a common word of English, a name word too or not ("black", "super"), for
  // lone_day(): a name ("Croatia") is no such word.
  bool common_word_before_day(const std::string& key) const {
    return lang_.code == "en" && english_lexicon_ready() && common_english_word(key);
  }
  bool clock_word(const Word& w) const {
    if (lang_.clock_12h.empty() || w.key.size() > 4) return false;
    std::string k;
    for (char c : w.key) if (c != '.') k.push_back(c);
    return std::find(lang_.clock_12h.begin(), lang_.clock_12h.end(), k) != lang_.clock_12h.end();
  }
  std::size_t pronoun_count(std::span<const Word> words) const {
    return static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [&](const Word& w) { return pronoun(w); }));
  }
  bool pronoun(const Word& w) const { return pronoun_words_.maybe(w.hash) && lang_.pronouns.count(w.key) != 0; }
  // A pronoun of word_order.tsv's `subject` class ("we", "I"), first persons included.
  bool subject_pronoun(const Word& w) const {
    const auto it = lang_.word_classes.find(w.key);
    return it != lang_.word_classes.end() && it->second == "subject";
  }
  // The one word of `words` when they are an acronym in brackets: "(HP)", "(MPAA),".
  static const Word* bracketed_acronym(std::span<const Word> words) {
    const Word* found = nullptr;
    bool open = false, closed = false;
    for (const Word& w : words) {
      if (w.kind == TokenKind::Punct) {
        if (w.text == "(") open = !found && !open;
        else if (w.text == ")") closed = found && open;
        else if (w.text != ",") return nullptr;
        continue;
      }
      const bool capitals = w.text.size() >= 2 && std::all_of(w.text.begin(), w.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (found || !open || !capitals) return nullptr;
      found = &w;
    }
    return closed ? found : nullptr;
  }

  // Whether the letters of `acronym` are the initials of the capitalised words that end `words`,
  // each hyphenated part counting as a word ("Hewlett-Packard" / "HP"); a function word or a
  // lowercase part after a hyphen gives its initial or none ("Motion Picture Association of
  // America" / "MPAA", "Co-operation" / "C" or "CO"). Letters that only occur in the words in
  // order ("World Health Organization" / "WTO") abbreviate another name.
  bool abbreviates_last_words(std::span<const Word> words, const Word& acronym) const {
    struct Initial {
      char letter;
      bool optional;
    };
    std::vector<Initial> initials;  // in text order
    std::string last;                // the word before the brackets
    for (std::size_t i = words.size(); i-- > 0 && initials.size() < 12;) {
      const Word& w = words[i];
      if (w.kind == TokenKind::Punct) {
        if (w.text == "-" && !initials.empty()) continue;
        break;
      }
      const bool after_hyphen = i > 0 && words[i - 1].kind == TokenKind::Punct && words[i - 1].text == "-";
      const bool optional = !starts_upper(w.text) && (function_word(w) || after_hyphen);
      if (!starts_upper(w.text) && !(optional && !initials.empty())) break;
      initials.insert(initials.begin(), {static_cast<char>(std::tolower(static_cast<unsigned char>(w.key.front()))), optional});
      if (last.empty()) last = w.key;
    }
    const std::string& letters = acronym.key;
    // Or the word before the brackets, abbreviated by letters of it in order (Schwartz & Hearst's
    // test), where the thesaurus lists the acronym as a name of that word ("Pennsylvania (PA)",
    // "Texas (TX)"): letters in order alone fit another state's code too ("Massachusetts (MS)")
    // or a party ("Cameron (CON)").
    if (!last.empty() && abbreviates(letters, {last}) && synonyms(lex_, last, letters)) return true;
    // fits(w, l): initials w.. spell letters l.. exactly.
    std::function<bool(std::size_t, std::size_t)> fits = [&](std::size_t w, std::size_t l) {
      if (w == initials.size()) return l == letters.size();
      if (initials[w].optional && fits(w + 1, l)) return true;
      return l < letters.size() && letters[l] == initials[w].letter && fits(w + 1, l + 1);
    };
    // The name starts at a capitalised word somewhere before the brackets.
    for (std::size_t w = 0; w < initials.size(); ++w) {
      if (!initials[w].optional && fits(w, 0)) return true;
    }
    return false;
  }

  // Whether the word before `w` in `doc` is an article or determiner (determiners.txt).
  bool after_determiner(const Document& doc, const Word& w) const {
    const std::vector<Word> before = words_in(doc, w.start >= 64 ? w.start - 64 : 0, w.start);
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      if (it->kind == TokenKind::Word) return lang_.determiners.count(it->key) != 0;
    }
    return false;
  }

  // A courtesy title (titles.txt), written with or without its period.
  bool title(const Word& w) const {
    if (lang_.titles.empty()) return false;
    std::string_view k = w.key;
    if (k.ends_with('.')) k.remove_suffix(1);
    return lang_.titles.count(std::string(k)) != 0;
  }
  bool function_word(const Word& w) const { return function_words_.maybe(w.hash) && lang_.is_function_word(w.key); }
};

}  // namespace

std::vector<Claim> classify_range(const Document& base, const Document& other, const std::vector<Bead>& beads,
                                  std::size_t from, std::size_t to, const LanguageData& lang,
                                  const ClassifyOptions& options, SharedFacts& shared, const Lexicons& lex) {
  Classifier classifier(base, other, lang, options, shared, lex);
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
    if (!bead.exact && !bead.moved && !bead.structural && bead.similarity < options.threshold) {
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
