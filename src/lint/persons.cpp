#include "lint/persons.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <string_view>
#include <unordered_set>

#include "claimdiff/text.hpp"
#include "lint/rules.hpp"
#include "lint/text.hpp"
#include "segment/names.hpp"

namespace claimdiff::detail {
namespace {

// English subject and reflexive pronouns: the ones that point at the subject of their clause, so
// in a sentence naming one person they are evidence of that person's gender. "his" and "her" are
// not: "Peskov said the reporter lost her notes".
constexpr std::array<std::string_view, 4> kEnglishSubjectPronouns = {"he", "she", "himself",
                                                                     "herself"};

std::string key_of(const Document& doc, const Token& t) {
  return comparison_key(doc.token_text(t));
}

std::string drop_possessive(std::string key) {
  if (key.size() > 2 && key.ends_with("'s")) {
    key.resize(key.size() - 2);
  } else if (key.size() > 1 && key.ends_with('\'')) {
    key.pop_back();
  }
  return key;
}

bool only_blanks(std::string_view gap) {
  if (gap.empty()) return false;
  for (const char c : gap) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

std::string normal_key(std::string_view word) {
  std::string k = comparison_key(word);
  while (!k.empty() && (k.back() == '.' || k.back() == ' ')) k.pop_back();
  return k;
}

// A lone capitalised word that names a person only if its surname is known (see scan).
struct Single {
  std::uint32_t sentence, first, end, last_unit;
  std::size_t before;  // mentions found before it in text order
  std::string key;
};

struct SentenceScan {
  const Document& doc;
  const Vocabulary& vocab;
  const Sentence& s;
  std::uint32_t sentence;
  const std::vector<bool>& quoted;

  const Token& tok(std::size_t i) const { return s.tokens[i]; }

  bool name_word(std::size_t i) const {
    const Token& t = tok(i);
    if (t.kind != TokenKind::Word || !starts_upper(doc.token_text(t))) return false;
    return vocab.not_name_keys.count(t.key) == 0;
  }

  // End (exclusive) of a name unit at i: a word, or words joined by hyphens ("Jean-Pierre").
  std::size_t unit_end(std::size_t i) const {
    std::size_t j = i + 1;
    while (j + 1 < s.tokens.size() && doc.token_text(tok(j)) == "-" &&
           tok(j).start == tok(j - 1).end && tok(j + 1).start == tok(j).end && name_word(j + 1)) {
      j += 2;
    }
    return j;
  }

  // The run of name units starting at token i, its units separated by blanks only.
  NameSpan run(std::size_t i) const {
    return name_span(
        i, s.tokens.size(), [this](std::size_t j) { return name_word(j); },
        [this](std::size_t j) { return only_blanks(doc.slice(tok(j - 1).end, tok(j).start)); },
        [this](std::size_t j) { return unit_end(j); });
  }

  // A lone capitalised word right before an attribution verb ("And Sarah said") names a speaker
  // even though it is no full name; counting it keeps a pronoun from being pinned on someone else.
  bool speaker(std::size_t end) const {
    return end < s.tokens.size() && tok(end).kind == TokenKind::Word &&
           only_blanks(doc.slice(tok(end - 1).end, tok(end).start)) && vocab.attribution(tok(end));
  }

  Mention make(std::size_t first, std::size_t end, std::size_t last_unit) const {
    Mention m;
    m.sentence = sentence;
    m.first = static_cast<std::uint32_t>(first);
    m.last = static_cast<std::uint32_t>(end - 1);
    m.key = surname_key(end, last_unit);
    // Two words read as a name in a message ("Jen Psaki"), where a whole run would drag titles in.
    std::size_t from = last_unit;
    if (last_unit > first) {
      std::size_t p = last_unit - 1;
      while (p >= first + 2 && doc.token_text(tok(p - 1)) == "-") p -= 2;
      if (name_word(p)) from = p;
    }
    std::string_view shown = doc.slice(tok(from).start, tok(end - 1).end);
    const std::string key_shown = comparison_key(shown);
    if (key_shown.ends_with("'s")) shown.remove_suffix(shown.ends_with("\xE2\x80\x99s") ? 4 : 2);
    m.name = shown;
    m.quoted = quoted[end - 1];
    return m;
  }

  // Appends the sentence's mentions to `out`. A lone capitalised word is a mention only if it is
  // a surname known from elsewhere in the document, which is not known yet: such words go to
  // `singles` (with the index in `out` they would take) for find_mentions to decide.
  void scan(std::vector<Mention>& out, std::vector<Single>& singles) const {
    for (std::size_t i = 0; i < s.tokens.size();) {
      const Token& t = tok(i);
      if (t.kind != TokenKind::Word) {
        ++i;
        continue;
      }
      Gender title = Gender::None;
      if (vocab.listed.maybe(t.key) && vocab.honorific_keys.count(t.key) != 0 && vocab.honorific(key_of(doc, t), &title)) {
        const std::string k = key_of(doc, t);
        std::size_t j = i + 1;
        if (j < s.tokens.size() && doc.token_text(tok(j)) == "." && tok(j).start == t.end) {
          if (!vocab.abbreviated(k)) {  // "the Lord. Behold": a full stop, not "Mr."
            ++i;
            continue;
          }
          ++j;
        }
        NameSpan name;
        if (j < s.tokens.size() && only_blanks(doc.slice(tok(j - 1).end, tok(j).start)) &&
            (name = run(j)).units >= 1) {
          Mention m = make(j, name.end, name.last_unit);
          m.evidence = title == Gender::Female || title == Gender::Male ? title : Gender::None;
          m.evidence_text = doc.slice(t.start, tok(name.end - 1).end);
          out.push_back(std::move(m));
          i = name.end;
          continue;
        }
      }
      const NameSpan name = run(i);
      if (name.units >= kFullNameUnits || (name.units == 1 && speaker(name.end))) {
        out.push_back(make(i, name.end, name.last_unit));
      } else if (name.units == 1) {
        singles.push_back(Single{sentence, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(name.end),
                                 static_cast<std::uint32_t>(name.last_unit), out.size(), surname_key(name.end, name.last_unit)});
      }
      i = std::max(name.end, i + 1);
    }
  }

  // The surname key of a name whose last unit spans tokens [last_unit, end).
  std::string surname_key(std::size_t end, std::size_t last_unit) const {
    if (end == last_unit + 1) return drop_possessive(key_of(doc, tok(last_unit)));
    std::string surname;
    for (std::size_t j = last_unit; j < end; ++j) surname += doc.token_text(tok(j));
    return drop_possessive(comparison_key(surname));
  }
};

}  // namespace

QuoteMap quote_map(const Document& doc, const LanguageData& lang) {
  QuoteMap map(doc.sentences.size());
  bool inside = false;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (si > 0 && s.paragraph != doc.sentences[si - 1].paragraph) inside = false;
    map[si].resize(s.tokens.size());
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      if (t.kind == TokenKind::Punct) {
        const UChar32 c = decode_at(doc.token_text(t), 0);
        if (c == 0x201C || c == 0x201E || c == 0xAB) {
          inside = true;
        } else if (c == 0x201D || c == 0xBB) {
          inside = false;
          map[si][i] = true;
          continue;
        } else if (c == '"' && !typed_apostrophe(doc.text, t.start, t.end, s.start, s.end, lang)) {
          inside = !inside;
          if (!inside) {
            map[si][i] = true;
            continue;
          }
        }
      }
      map[si][i] = inside;
    }
  }
  return map;
}

Vocabulary::Vocabulary(const LanguageData& language)
    : lang(language), english(language.code.empty() || language.code == "en") {
  for (const auto& [word, g] : lang.honorifics) {
    honorifics.emplace(normal_key(word), g);
    honorific_keys.insert(hash_bytes(normal_key(word)));
  }
  for (const auto& a : lang.abbreviations) abbreviations.insert(normal_key(a));
  for (const auto& [word, g] : lang.pronouns) {
    const std::string k = normal_key(word);
    pronoun_words.insert(k);
    if (g != Gender::Female && g != Gender::Male) continue;
    pronoun_keys.emplace(hash_bytes(k), g);
    const bool subject =
        !english || std::find(kEnglishSubjectPronouns.begin(), kEnglishSubjectPronouns.end(), k) !=
                        kEnglishSubjectPronouns.end();
    if (subject) subject_keys.insert(hash_bytes(k));
  }
  for (const auto& [k, g] : pronoun_keys) listed.add(k);
  for (const auto k : subject_keys) listed.add(k);
  for (const auto k : honorific_keys) listed.add(k);
  for (const auto& w : lang.function_words) not_name_keys.insert(hash_bytes(w));
  for (const auto& w : pronoun_words) not_name_keys.insert(hash_bytes(w));
  for (const auto& [w, g] : honorifics) not_name_keys.insert(hash_bytes(w));
  for (const auto& [w, n] : lang.numbers) not_name_keys.insert(hash_bytes(comparison_key(w)));
  for (const auto& verb : lang.attribution) {
    const std::string k = normal_key(verb);
    if (!k.empty() && k.find(' ') == std::string::npos) attribution_keys.insert(hash_bytes(k));
  }
  for (const auto k : attribution_keys) listed.add(k);
}

const Vocabulary& vocabulary_of(const LanguageData& lang) {
  return lang.derived.get<Vocabulary>("lint.vocabulary", [&] { return Vocabulary(lang); });
}

Gender Vocabulary::pronoun(const Token& t) const {
  if (t.kind != TokenKind::Word || !listed.maybe(t.key)) return Gender::None;
  const auto it = pronoun_keys.find(t.key);
  return it == pronoun_keys.end() ? Gender::None : it->second;
}

bool Vocabulary::subject_pronoun(const Token& t) const {
  return t.kind == TokenKind::Word && listed.maybe(t.key) && subject_keys.count(t.key) != 0;
}

bool Vocabulary::attribution(const Token& t) const {
  return t.kind == TokenKind::Word && listed.maybe(t.key) && attribution_keys.count(t.key) != 0;
}

bool Vocabulary::honorific(const std::string& key, Gender* gender) const {
  const auto it = honorifics.find(key);
  if (it == honorifics.end()) return false;
  if (gender != nullptr) *gender = it->second;
  return true;
}

bool Vocabulary::function_word(const std::string& key) const { return lang.is_function_word(key); }

std::vector<Mention> find_mentions(const Document& doc, const Vocabulary& vocab,
                                   const QuoteMap& quotes) {
  // Full names and honorifics teach the surnames by which a bare "Psaki" is a person too, even
  // where it stands before the full name. One scan finds both; the lone words wait for the end.
  std::vector<Mention> sure;
  std::vector<Single> singles;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    SentenceScan{doc, vocab, doc.sentences[si], static_cast<std::uint32_t>(si), quotes[si]}.scan(sure, singles);
  }
  if (singles.empty()) return sure;
  std::unordered_set<std::string> surnames;
  for (const Mention& m : sure) surnames.insert(m.key);
  std::vector<Mention> out;
  out.reserve(sure.size());
  std::size_t next = 0;
  for (const Single& w : singles) {
    if (surnames.count(w.key) == 0) continue;
    for (; next < w.before; ++next) out.push_back(std::move(sure[next]));
    const Sentence& s = doc.sentences[w.sentence];
    out.push_back(SentenceScan{doc, vocab, s, w.sentence, quotes[w.sentence]}.make(w.first, w.end, w.last_unit));
  }
  for (; next < sure.size(); ++next) out.push_back(std::move(sure[next]));
  return out;
}

std::shared_ptr<const Persons> persons_of(const Document& doc, const Vocabulary& vocab, LintCache* cache) {
  const auto compute = [&] {
    auto p = std::make_shared<Persons>();
    p->quotes = quote_map(doc, vocab.lang);
    p->mentions = find_mentions(doc, vocab, p->quotes);
    return p;
  };
  if (cache == nullptr) return compute();
  auto& impl = LintCacheAccess::impl(*cache);
  std::shared_ptr<LintCacheAccess::Impl::Entry> entry;
  {
    const std::lock_guard<std::mutex> lock(impl.mutex);
    auto& slot = impl.persons[{&doc, &vocab.lang}];
    if (!slot) slot = std::make_shared<LintCacheAccess::Impl::Entry>();
    entry = slot;
  }
  std::call_once(entry->once, [&] { entry->persons = compute(); });
  return entry->persons;
}

Gender GenderEvidence::resolve() const {
  if (strong_female > 0 || strong_male > 0) {
    if (strong_female > 0 && strong_male == 0) return Gender::Female;
    if (strong_male > 0 && strong_female == 0) return Gender::Male;
    return Gender::None;
  }
  if (weak_female > 0 && weak_male == 0) return Gender::Female;
  if (weak_male > 0 && weak_female == 0) return Gender::Male;
  return Gender::None;
}

Gender pronoun_gender(const Token& token, const Vocabulary& vocab) { return vocab.pronoun(token); }

std::unordered_map<std::string, GenderEvidence> learn_genders(const Document& doc,
                                                              const Vocabulary& vocab,
                                                              const std::vector<Mention>& mentions,
                                                              const QuoteMap& quotes) {
  std::unordered_map<std::string, GenderEvidence> out;
  const auto vote = [](GenderEvidence& e, Gender g, bool strong, std::string_view text) {
    int& count = g == Gender::Female ? (strong ? e.strong_female : e.weak_female)
                                     : (strong ? e.strong_male : e.weak_male);
    std::string& first = g == Gender::Female ? e.female_text : e.male_text;
    if (count++ == 0 && (strong || first.empty())) first = text;
  };
  for (const Mention& m : mentions) {
    if (m.evidence == Gender::Female || m.evidence == Gender::Male) {
      vote(out[m.key], m.evidence, true, m.evidence_text);
    }
  }

  std::size_t mi = 0;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const std::size_t from = mi;
    while (mi < mentions.size() && mentions[mi].sentence == si) ++mi;
    if (from == mi) continue;
    const std::string& key = mentions[from].key;
    bool one_person = true;
    for (std::size_t k = from; k < mi; ++k) one_person = one_person && mentions[k].key == key;
    if (!one_person) continue;

    // A pronoun after a gendered noun of its gender owned by the other gender ("Rusikov said his
    // wife was leaving when she heard a scream", "her husband ... he") may mean that other
    // person, and is no evidence about the named one; "her mother ... she" still is.
    const Sentence& s = doc.sentences[si];
    bool other_female = false, other_male = false;
    Gender owner = Gender::None;  // gender of the word token just before, when a pronoun
    for (std::size_t i = mentions[from].last + 1; i < s.tokens.size(); ++i) {
      if (quotes[si][i]) continue;
      const Token& t = s.tokens[i];
      if (t.kind != TokenKind::Word) continue;
      Gender noun = Gender::None;
      if (owner != Gender::None && vocab.honorific(drop_possessive(key_of(doc, t)), &noun) && noun != owner) {
        other_female = other_female || noun == Gender::Female;
        other_male = other_male || noun == Gender::Male;
      }
      owner = vocab.pronoun(t);
      if (!vocab.subject_pronoun(t)) continue;
      if ((owner == Gender::Female && other_female) || (owner == Gender::Male && other_male)) continue;
      vote(out[key], owner, false, doc.token_text(t));
    }
  }
  return out;
}

}  // namespace claimdiff::detail

namespace claimdiff {

LintCache::LintCache() : impl_(std::make_unique<Impl>()) {}
LintCache::~LintCache() = default;

}  // namespace claimdiff
