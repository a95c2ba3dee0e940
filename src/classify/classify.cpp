// classify(): the claims of a comparison, classified in chunks on several cores.

#include "claimdiff/classify.hpp"

#include <algorithm>
#include <future>
#include <iterator>
#include <map>
#include <mutex>
#include <utility>
#include <unordered_map>
#include <unordered_set>

#include "claimdiff/error.hpp"
#include "claimdiff/segment.hpp"
#include "classify/claims.hpp"
#include "classify/name_senses.hpp"
#include "classify/word_relations.hpp"
#include "common/parallel.hpp"
#include "classify/words.hpp"
#include "segment/numbers.hpp"

namespace claimdiff {

std::optional<double> number_value(std::string_view token, const LanguageData& lang) {
  if (!token.empty() && std::isdigit(static_cast<unsigned char>(token[0]))) {
    return detail::parse_number(token, detail::comma_decimal_language(lang));
  }
  auto it = lang.numbers.find(fold_case(token));
  if (it == lang.numbers.end()) return std::nullopt;
  return it->second.value;
}

namespace detail {

// WordNet's antonyms and irregular forms, read once per process and kept for it: the installed
// files do not change while it runs, and reading them costs a tenth of a second, more than
// comparing a short article.
// With `load` false, null unless an earlier call read the file: a caller then knows whether the
// read is worth a thread of its own.
const Dictionary* wordnet_once(const std::string& dir, Dictionary (*read)(const std::string&), bool load) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, Dictionary (*)(const std::string&)>, Dictionary> done;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = done.find({dir, read});
  if (it == done.end()) {
    if (!load) return nullptr;
    Dictionary d;
    try {
      d = read(dir);
    } catch (const Error&) {
      // Unreadable WordNet files leave antonyms unknown; the comparison still runs.
    }
    it = done.emplace(std::pair{dir, read}, std::move(d)).first;
  }
  return &it->second;
}

const Dictionary& wordnet_once(const std::string& dir, Dictionary (*read)(const std::string&)) {
  return *wordnet_once(dir, read, true);
}

Lexicons lexicons_for(const Document& a, const Document& b, const std::vector<Bead>& beads, const LanguageData& lang,
                      const ClassifyOptions& o) {
  Lexicons lex;
  lex.english_morphology = lang.code == "en";
  const std::string wordnet_dir = lex.english_morphology ? find_wordnet() : std::string();
  // Only the words of pairs that differ are ever looked up: sentences equal on both sides, and
  // sentences on one side only, need no synonyms or antonyms, so no lexicon is read for them.
  std::vector<std::pair<const Document*, const Sentence*>> changed;
  for (const Bead& bead : beads) {
    if (bead.base.empty() || bead.other.empty()) continue;
    bool same_text = bead.base.size() == bead.other.size();
    for (std::size_t i = 0; same_text && i < bead.base.size(); ++i) {
      same_text = a.sentences[bead.base[i]].exact == b.sentences[bead.other[i]].exact;
    }
    if (same_text) continue;
    for (auto id : bead.base) changed.emplace_back(&a, &a.sentences[id]);
    for (auto id : bead.other) changed.emplace_back(&b, &b.sentences[id]);
  }
  if (changed.empty()) return lex;
  if (!wordnet_dir.empty()) lex.irregular = &wordnet_once(wordnet_dir, read_wordnet_exceptions);
  if (!wordnet_dir.empty()) lex.name_senses = installed_name_senses();
  // WordNet's antonyms need no word list: the first time, read them while the thesaurus words
  // are gathered; after that (every later pair of a batch) they are at hand, with no thread.
  std::future<const Dictionary*> wordnet;
  const Dictionary* antonyms_read = nullptr;
  if (!o.antonyms && !wordnet_dir.empty()) {
    antonyms_read = wordnet_once(wordnet_dir, read_wordnet_antonyms, false);
    if (antonyms_read == nullptr) {
      wordnet = std::async(std::launch::async, [wordnet_dir] { return &wordnet_once(wordnet_dir, read_wordnet_antonyms); });
    }
  }
  // The words looked up: each word's key and, for English, its lemmas ("kinds" -> "kind"),
  // worked out once per distinct word.
  const std::string path = o.synonyms ? std::string() : find_thesaurus(lang.code);
  std::unordered_set<std::uint64_t> used;
  std::unordered_map<std::uint64_t, std::string_view> seen;  // Token::exact -> the text, met before
  for (const auto& [doc, sentence] : changed)
    for (const Token& t : sentence->tokens)
      if (t.kind == TokenKind::Word) {
        // A word written the same way before brought in its key and lemmas then.
        const std::string_view text = doc->token_text(t);
        if (auto [it, added] = seen.try_emplace(t.exact, text); !added && it->second == text) continue;
        if (!path.empty()) used.insert(t.key);
        if (!lex.english_morphology) continue;
        std::string word = fold_case(text);
        if (lex.lemmas.count(word) != 0) continue;
        std::vector<std::string> forms = lex.irregular != nullptr ? english_lemmas(word, *lex.irregular) : english_lemmas(word);
        if (!path.empty()) {
          for (const auto& l : forms) used.insert(hash_bytes(l));
        }
        lex.lemmas.emplace(std::move(word), std::move(forms));
      }
  if (o.synonyms) {
    lex.synonyms = *o.synonyms;
  } else if (!path.empty()) {
    try {
      lex.synonyms = read_thesaurus(path, &used);
    } catch (const Error&) {
      // An unreadable installed thesaurus leaves synonyms unknown; the comparison still runs.
    }
  }
  add_solid_forms(lex.synonyms);
  if (o.antonyms) {
    lex.antonyms = o.antonyms;
  } else if (wordnet.valid()) {
    lex.antonyms = wordnet.get();
  } else if (antonyms_read != nullptr) {
    lex.antonyms = antonyms_read;
  }
  return lex;
}

namespace {
constexpr std::size_t kPairs = 26 * 256;
bool capital(char c) { return c >= 'A' && c <= 'Z'; }
std::size_t pair_of(char first, char second) {
  return static_cast<std::size_t>(first - 'A') * 256 + static_cast<unsigned char>(second);
}
}  // namespace

CapitalPairs::CapitalPairs(std::string_view text) : text_(text), first_(kPairs + 1, 0) {
  if (text.size() >= UINT32_MAX) return;  // contains() then searches the text itself
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (capital(text[i])) ++first_[pair_of(text[i], text[i + 1]) + 1];
  }
  for (std::size_t p = 0; p < kPairs; ++p) first_[p + 1] += first_[p];
  at_.resize(first_[kPairs]);
  std::vector<std::uint32_t> next(first_.begin(), first_.end() - 1);
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (capital(text[i])) at_[next[pair_of(text[i], text[i + 1])]++] = static_cast<std::uint32_t>(i);
  }
}

bool CapitalPairs::contains(std::string_view needle) const {
  if (needle.size() < 2 || !capital(needle[0]) || text_.size() >= UINT32_MAX) return text_.find(needle) != std::string_view::npos;
  const std::size_t p = pair_of(needle[0], needle[1]);
  for (std::size_t k = first_[p]; k < first_[p + 1]; ++k) {
    if (text_.substr(at_[k], needle.size()) == needle) return true;
  }
  return false;
}

ClaimKind claim_kind(const Bead& bead, bool has_changes) {
  if (bead.moved) return ClaimKind::Moved;
  if (bead.base.size() < bead.other.size()) return ClaimKind::Split;
  if (bead.base.size() > bead.other.size()) return ClaimKind::Merged;
  return has_changes ? ClaimKind::Reworded : ClaimKind::Equal;
}

}  // namespace detail

namespace {

// The words of a change's text, case-folded: runs of letters, digits and non-ASCII bytes.
std::vector<std::string> text_words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : fold_case(text)) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word.push_back(c);
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Whether texts `x` and `y` state the same thing, words in any order: at least three words, and
// the same content words on both sides, as multisets. Function words and neutral verbs of saying
// may differ ("but she said:" / "saying"); negators, modal words, numbers, names and every other
// word must match, so a number, a negation, a speaker, an antonym or a dropped fact stops the
// match. A personal pronoun may be dropped on one side (the speaker left implicit) but not put
// for another ("she" / "he").
bool same_content_words(const std::vector<std::string>& x, const std::vector<std::string>& y, const LanguageData& lang) {
  if (x.size() < 3 || y.size() < 3) return false;
  std::unordered_set<std::string> kept;  // function words that carry a fact
  auto keep = [&](const std::vector<std::string>& phrases) {
    for (const auto& p : phrases) {
      for (auto& w : text_words(p)) kept.insert(std::move(w));
    }
  };
  keep(lang.negations);
  keep(lang.modality);
  std::unordered_set<std::string> neutral;  // single words of the neutral verbs of saying
  for (const auto& p : lang.attribution_neutral) {
    auto w = text_words(p);
    if (w.size() == 1) neutral.insert(std::move(w[0]));
  }
  auto content = [&](const std::vector<std::string>& words, std::vector<std::string>& pronouns) {
    std::vector<std::string> out;
    for (const auto& w : words) {
      if (lang.pronouns.contains(w)) {
        pronouns.push_back(w);
      } else if (!neutral.contains(w) && (!lang.function_words.contains(w) || kept.contains(w))) {
        out.push_back(w);
      }
    }
    std::sort(out.begin(), out.end());
    std::sort(pronouns.begin(), pronouns.end());
    return out;
  };
  std::vector<std::string> px, py;
  if (content(x, px) != content(y, py)) return false;
  return std::includes(px.begin(), px.end(), py.begin(), py.end()) || std::includes(py.begin(), py.end(), px.begin(), px.end());
}

// Words one claim drops and the claim of the next sentences adds, or the other way round
// ("The letter contained no return address but she said: "I have written to TV3." Wall hopes to
// get a better apology." / "... no return address. Wall hopes to get a better apology, saying
// "I have written to TV3.""): the text moved across a sentence boundary, no information lost or
// added. The changes of both blocks are put as one minor wording change each, and the two
// claims' severities worked out again.
void moved_across_sentences(std::vector<Claim>& claims, const LanguageData& lang) {
  std::unordered_map<std::uint32_t, std::size_t> by_first_base;
  for (std::size_t k = 0; k < claims.size(); ++k) {
    const Claim& c = claims[k];
    if (!c.base.empty() && !c.other.empty() && c.kind != ClaimKind::Moved) by_first_base.emplace(c.base.front(), k);
  }
  // Whether major change `c` takes words out (or, with `added`, puts words in) and none in their
  // place.
  auto one_way = [](const Change& c, bool added) {
    return c.severity == Severity::Major && text_words(added ? c.before : c.after).empty() && !text_words(added ? c.after : c.before).empty();
  };
  // Only the matched block's change is put as wording: another block of the claim with the same
  // text keeps its own.
  auto retype = [](Claim& claim, std::size_t at) {
    const Change moved = claim.changes[at];
    claim.changes.erase(claim.changes.begin() + static_cast<std::ptrdiff_t>(at));
    claim.changes.push_back({ChangeType::Wording, moved.before, moved.after, Severity::Minor});
    claim.severity = detail::claim_severity(claim.changes);
  };
  for (Claim& x : claims) {
    if (x.base.empty() || x.other.empty() || x.kind == ClaimKind::Moved || x.changes.empty()) continue;
    const auto next = by_first_base.find(x.base.back() + 1);
    if (next == by_first_base.end()) continue;
    Claim& y = claims[next->second];
    if (y.other.front() != x.other.back() + 1 || y.changes.empty()) continue;
    for (bool forward : {true, false}) {
      // Forward: x drops the words and y adds them; backward: y drops them and x adds them.
      Claim& from = forward ? x : y;
      Claim& to = forward ? y : x;
      for (std::size_t i = 0; i < from.changes.size(); ++i) {
        const Change out = from.changes[i];
        if (!one_way(out, false)) continue;
        const auto in = std::find_if(to.changes.begin(), to.changes.end(), [&](const Change& c) {
          return one_way(c, true) && same_content_words(text_words(out.before), text_words(c.after), lang);
        });
        if (in == to.changes.end()) continue;
        retype(to, static_cast<std::size_t>(in - to.changes.begin()));
        retype(from, i);
        i = static_cast<std::size_t>(-1);  // the changes moved; look again from the first
      }
    }
  }
}

}  // namespace

std::vector<Claim> classify(const Document& base, const Document& other, const std::vector<Bead>& beads,
                            const LanguageData& base_lang, const LanguageData& other_lang,
                            const ClassifyOptions& options) {
  using detail::classify_range;
  if (base.language != other.language) return detail::classify_across(base, other, beads, base_lang, other_lang, options.base_values, options.other_values);
  // Claims are independent: long documents are classified in runs, one thread per core. A run
  // is big enough that starting a thread costs next to nothing beside it.
  constexpr std::size_t kMinRun = 2000;
  detail::SharedFacts shared;
  const detail::Lexicons lex = detail::lexicons_for(base, other, beads, other_lang, options);
  auto parts = detail::parallel_runs(beads.size(), kMinRun, [&](std::size_t from, std::size_t to, std::size_t) {
    return classify_range(base, other, beads, from, to, other_lang, options, shared, lex);
  });
  std::vector<Claim> claims = std::move(parts[0]);
  for (std::size_t k = 1; k < parts.size(); ++k) {
    claims.insert(claims.end(), std::make_move_iterator(parts[k].begin()), std::make_move_iterator(parts[k].end()));
  }
  moved_across_sentences(claims, other_lang);
  return claims;
}

}  // namespace claimdiff
