// pronoun-gender: a pronoun whose gender contradicts the person it refers to.
//
// In one document: each named person's gender is learnt from the copy's own evidence (see
// persons.hpp); a pronoun in an attribution ("he said", "she noted", "said he") is checked against
// the nearest preceding named person outside quotations, within its sentence and the two before.
// It is flagged only when that person's gender is clear and opposite, and nothing else in that
// window could be meant: no named person of the pronoun's gender or of unknown gender leading a
// sentence, no other pronoun of its gender ("the woman … she said"), and no sentence between
// the person and the pronoun other than quoted speech ("The suspect was arrested. He said …").
// Across an aligned pair: a pronoun of the copy whose neighbours match a pronoun of the other
// gender in the aligned original sentence ("…,” she said." -> "…,” he said.") is flagged.

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "claimdiff/text.hpp"
#include "lint/persons.hpp"
#include "lint/rules.hpp"
#include "lint/text.hpp"

namespace claimdiff::detail {
namespace {

constexpr std::string_view kLeft = "\xE2\x80\x9C";
constexpr std::string_view kRight = "\xE2\x80\x9D";

std::string q(std::string_view s) {
  return std::string(kLeft) + std::string(s) + std::string(kRight);
}

std::string_view gender_word(Gender g) { return g == Gender::Female ? "female" : "male"; }

// English counterparts for the suggestion; "her" has two (him, his), so it gets none.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kEnglishCounterparts = {{
    {"he", "she"},
    {"she", "he"},
    {"him", "her"},
    {"his", "her"},
    {"himself", "herself"},
    {"herself", "himself"},
    {"hers", "his"},
}};

// `word` with its first letter in the case of `like`'s first letter.
std::string match_case(std::string word, std::string_view like) {
  if (word.empty()) return word;
  std::size_t next = 0;
  const UChar32 c = decode_at(word, 0, &next);
  const UChar32 mapped = starts_upper(like) ? u_toupper(c) : u_tolower(c);
  return utf8(mapped) + word.substr(next);
}

std::string counterpart(const Vocabulary& vocab, std::string_view pronoun) {
  if (!vocab.english) return {};
  const std::string key = comparison_key(pronoun);
  for (const auto& [from, to] : kEnglishCounterparts) {
    if (from == key) return match_case(std::string(to), pronoun);
  }
  return {};
}

bool blank_gap(const Document& doc, const Token& a, const Token& b) {
  const std::string_view gap = doc.slice(a.end, b.start);
  return !gap.empty() && gap.find('\n') == std::string_view::npos &&
         std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// Words that may stand between the pronoun and the verb of an English attribution. A modal may
// not: "she shall say" (scripture, hypotheticals) attributes nothing.
bool attribution_adverb(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {
      "also", "then", "later", "again", "once", "twice", "previously", "repeatedly"};
  return (w.size() > 3 && w.ends_with("ly")) ||
         std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool attribution_at(const Document& doc, const Vocabulary& vocab, const Sentence& s,
                    std::size_t i) {
  const auto& t = s.tokens;
  if (!vocab.subject_pronoun(t[i])) return false;
  const auto verb = [&](std::size_t j) { return vocab.attribution(t[j]); };
  // "he said", "she also said", "he later told"
  if (i + 1 < t.size() && blank_gap(doc, t[i], t[i + 1]) && t[i + 1].kind == TokenKind::Word) {
    if (verb(i + 1)) return true;
    if (i + 2 < t.size() && blank_gap(doc, t[i + 1], t[i + 2]) && verb(i + 2) && vocab.english &&
        attribution_adverb(comparison_key(doc.token_text(t[i + 1])))) {
      return true;
    }
  }
  // "said he."
  return i > 0 && verb(i - 1) && blank_gap(doc, t[i - 1], t[i]) &&
         (i + 1 == t.size() || t[i + 1].kind == TokenKind::Punct);
}

// Mentions outside quotations that precede token `token` of sentence `si`, within that sentence
// and the `span` sentences before it, nearest last.
std::vector<const Mention*> window(const std::vector<Mention>& mentions, std::size_t si,
                                   std::size_t token, std::size_t span = 2) {
  const std::size_t from = si >= span ? si - span : 0;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), from,
                             [](const Mention& m, std::size_t s) { return m.sentence < s; });
  std::vector<const Mention*> out;
  for (; it != mentions.end() && it->sentence <= si; ++it) {
    if (it->sentence == si && it->last >= token) break;
    if (!it->quoted) out.push_back(&*it);
  }
  return out;
}

// True when a pronoun or gendered title of gender `g` stands outside quotations before token
// `token` of sentence `si`, in that sentence or the `span` before it: the passage already speaks
// of someone of that gender ("the woman … she said"), who may be the one the pronoun means.
bool gender_in_window(const Document& doc, const Vocabulary& vocab, const QuoteMap& quotes,
                      std::size_t si, std::size_t token, Gender g, std::size_t span = 2) {
  for (std::size_t k = si >= span ? si - span : 0; k <= si; ++k) {
    const auto& tokens = doc.sentences[k].tokens;
    const std::size_t end = k == si ? token : tokens.size();
    for (std::size_t i = 0; i < end; ++i) {
      if (quotes[k][i]) continue;
      Gender noun = Gender::None;
      if (pronoun_gender(tokens[i], vocab) == g) return true;
      if (tokens[i].kind == TokenKind::Word &&
          vocab.honorific(comparison_key(doc.token_text(tokens[i])), &noun) && noun == g) {
        return true;
      }
    }
  }
  return false;
}

// True when every word of sentence `si` is inside a quotation.
bool quoted_throughout(const Document& doc, const QuoteMap& quotes, std::size_t si) {
  const auto& tokens = doc.sentences[si].tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::Punct && !quotes[si][i]) return false;
  }
  return true;
}

// True when someone else in the window could be the one a pronoun of gender `g` means: a person
// of that gender, or a person of unknown gender who leads a sentence (its likely subject, as in
// "Prime Minister Jacinda Ardern met President Joe Biden. … she said").
template <typename GenderOf>
bool ambiguous(const std::vector<const Mention*>& candidates, Gender g, const GenderOf& gender_of) {
  const std::string& referent = candidates.back()->key;
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const Mention& m = *candidates[k];
    if (m.key == referent) continue;
    const Gender known = gender_of(m);
    if (known == g) return true;
    const bool leads = k == 0 || candidates[k - 1]->sentence != m.sentence;
    if (known == Gender::None && leads) return true;
  }
  return false;
}

}  // namespace

void lint_pronouns(const Document& doc, std::size_t version, const LanguageData& lang,
                   std::vector<Finding>& out, LintCache* cache) {
  const Vocabulary& vocab = vocabulary_of(lang);
  if (vocab.pronoun_keys.empty()) return;
  const auto persons = persons_of(doc, vocab, cache);
  const QuoteMap& quotes = persons->quotes;
  const std::vector<Mention>& mentions = persons->mentions;
  if (mentions.empty()) return;
  const auto genders = learn_genders(doc, vocab, mentions, quotes);
  const auto gender_of = [&](const Mention& m) {
    const auto it = genders.find(m.key);
    return it == genders.end() ? Gender::None : it->second.resolve();
  };

  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const Gender g = pronoun_gender(s.tokens[i], vocab);
      if (g == Gender::None || quotes[si][i] || !attribution_at(doc, vocab, s, i)) continue;
      const auto candidates = window(mentions, si, i);
      if (candidates.empty()) continue;
      const Mention& nearest = *candidates.back();
      const Gender known = gender_of(nearest);
      if (known == Gender::None || known == g) continue;
      if (ambiguous(candidates, g, gender_of) || gender_in_window(doc, vocab, quotes, si, i, g))
        continue;
      if (nearest.sentence + 1 < si && !quoted_throughout(doc, quotes, si - 1)) continue;

      const std::string_view pronoun = doc.token_text(s.tokens[i]);
      const std::string& evidence = genders.at(nearest.key).text_for(known);
      if (!full(out)) out.push_back(make_finding(doc, version, "pronoun-gender", kMajor, s.tokens[i].start,
                                 s.tokens[i].end, counterpart(vocab, pronoun),
                                 q(pronoun) + " refers to " + nearest.name +
                                     ", whom the text itself marks as " +
                                     std::string(gender_word(known)) + " (" + q(evidence) + ")."));
    }
  }
}

void lint_pronoun_pairs(const Document& base, const Document& other, std::size_t other_version,
                        const std::vector<Bead>& beads, const LanguageData& lang,
                        std::vector<Finding>& out, LintCache* cache) {
  const Vocabulary& vocab = vocabulary_of(lang);
  if (vocab.pronoun_keys.empty()) return;
  // Names are looked up only once a flipped pronoun is found: most comparisons have none.
  std::shared_ptr<const Persons> other_persons, base_persons;
  const auto find_all_mentions = [&] {
    if (other_persons) return;
    other_persons = persons_of(other, vocab, cache);
    base_persons = persons_of(base, vocab, cache);
  };

  struct At {
    std::uint32_t sentence;
    std::uint32_t index;
  };
  const auto flatten = [](const Document& doc, const std::vector<std::uint32_t>& ids) {
    std::vector<At> v;
    for (const std::uint32_t id : ids) {
      if (id >= doc.sentences.size()) continue;
      for (std::uint32_t i = 0; i < doc.sentences[id].tokens.size(); ++i) v.push_back(At{id, i});
    }
    return v;
  };
  const auto token = [](const Document& doc, At a) -> const Token& {
    return doc.sentences[a.sentence].tokens[a.index];
  };

  for (const Bead& bead : beads) {
    if (bead.base.empty() || bead.other.empty() || bead.exact) continue;
    const bool any_pronoun = std::any_of(bead.other.begin(), bead.other.end(), [&](std::uint32_t id) {
      return id < other.sentences.size() &&
             std::any_of(other.sentences[id].tokens.begin(), other.sentences[id].tokens.end(),
                         [&](const Token& t) { return pronoun_gender(t, vocab) != Gender::None; });
    });
    if (!any_pronoun) continue;
    const std::vector<At> b = flatten(base, bead.base);
    const std::vector<At> o = flatten(other, bead.other);
    std::vector<bool> used(b.size(), false);

    // A neighbour agrees when the keys are equal; one agreeing neighbour counts only if it is a
    // word (a shared comma says nothing), two always do.
    const auto score = [&](std::size_t bi, std::size_t oi) {
      const auto side = [&](bool before) -> std::pair<bool, bool> {
        const bool b_edge = before ? bi == 0 : bi + 1 == b.size();
        const bool o_edge = before ? oi == 0 : oi + 1 == o.size();
        if (b_edge || o_edge) return {b_edge && o_edge, false};
        const Token& bt = token(base, b[before ? bi - 1 : bi + 1]);
        const Token& ot = token(other, o[before ? oi - 1 : oi + 1]);
        return {bt.key == ot.key, bt.kind != TokenKind::Punct};
      };
      const auto [left, left_word] = side(true);
      const auto [right, right_word] = side(false);
      if (left && right) return 2;
      if ((left && left_word) || (right && right_word)) return 1;
      return 0;
    };

    // The gendered pronouns of the original's side, found once per bead.
    std::vector<std::pair<std::size_t, Gender>> base_pronouns;
    bool base_scanned = false;
    for (std::size_t oi = 0; oi < o.size(); ++oi) {
      const Token& ot = token(other, o[oi]);
      const Gender g = pronoun_gender(ot, vocab);
      if (g == Gender::None) continue;
      if (!base_scanned) {
        base_scanned = true;
        for (std::size_t bi = 0; bi < b.size(); ++bi) {
          const Gender gb = pronoun_gender(token(base, b[bi]), vocab);
          if (gb != Gender::None) base_pronouns.emplace_back(bi, gb);
        }
      }
      int best_score = 0, same_score = 0;
      std::size_t best = b.size();
      for (const auto& [bi, gb] : base_pronouns) {
        const int sc = score(bi, oi);
        if (gb == g) {
          same_score = std::max(same_score, sc);
        } else if (!used[bi] && sc > best_score) {
          best_score = sc;
          best = bi;
        }
      }
      if (best == b.size() || same_score >= best_score) continue;
      used[best] = true;

      const std::string_view was = base.token_text(token(base, b[best]));
      const std::string_view now = other.token_text(ot);
      find_all_mentions();
      auto near = window(other_persons->mentions, o[oi].sentence, o[oi].index);
      if (near.empty()) near = window(base_persons->mentions, b[best].sentence, b[best].index);
      std::string message = "The original has " + q(was) + " here";
      message += near.empty()
                     ? ", not " + q(now) + "."
                     : "; " + q(now) + " gives " + near.back()->name + " the wrong gender.";
      if (!full(out)) out.push_back(make_finding(other, other_version, "pronoun-gender", kMajor, ot.start, ot.end,
                                 match_case(std::string(was), now), std::move(message)));
    }
  }
}

}  // namespace claimdiff::detail
