// Claims across languages: no word diff is possible, so each side's facts are read with its own
// language's resources and compared.

#include <algorithm>
#include <cstdio>
#include <set>
#include <sstream>

#include "classify/claims.hpp"
#include "classify/words.hpp"
#include "segment/numbers.hpp"

namespace claimdiff::detail {
namespace {

// What a claim says that survives translation, read with its own language's resources.
struct Facts {
  std::vector<double> numbers;
  std::vector<std::string> names;  // multiword proper names, lowercase
  std::vector<std::string> capitalised;  // every capitalised word, lowercase
  std::size_t negations = 0;
  bool quoted = false;
};

Facts facts_of(const Document& doc, const std::vector<std::uint32_t>& ids, const LanguageData& lang) {
  Facts f;
  PhraseSet negations(lang.negations);
  std::vector<Word> words;
  for (auto id : ids) {
    const Sentence& s = doc.sentences[id];
    bool first = true;
    for (const Token& t : s.tokens) {
      std::string_view text = doc.token_text(t);
      if (t.kind == TokenKind::Punct) {
        std::string q = fold_quotes(text);
        f.quoted = f.quoted || q == "\"" || text == "\u00AB" || text == "\u00BB";
      }
      words.push_back(make_word(text, t.kind, first && t.kind == TokenKind::Word, t.start));
      if (t.kind != TokenKind::Punct) first = false;
    }
  }
  bool comma_decimal = comma_decimal_language(lang);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (w.kind == TokenKind::Number) {
      if (auto v = parse_number(w.text, comma_decimal)) f.numbers.push_back(*v);
    } else if (auto it = lang.numbers.find(w.key); it != lang.numbers.end() &&
                                                 it->second.kind != NumberWord::Kind::Scale) {
      f.numbers.push_back(it->second.value);
    }
  }
  // Runs of two or more capitalised words that are not function words: person names, which
  // translations keep ("Jen Psaki"), unlike country names ("Ucrania", "Ukraine").
  for (const Word& w : words) {
    if (w.kind == TokenKind::Word && starts_upper(w.text)) f.capitalised.push_back(w.key);
  }
  for (std::size_t i = 0; i < words.size();) {
    std::size_t j = i;
    std::string name;
    while (j < words.size() && words[j].kind == TokenKind::Word && starts_upper(words[j].text) &&
           !lang.is_function_word(words[j].key)) {
      name += (name.empty() ? "" : " ") + words[j].key;
      ++j;
    }
    if (j - i >= 2) f.names.push_back(name);
    i = std::max(j, i + 1);
  }
  f.negations = negations.find(words).size();
  std::sort(f.numbers.begin(), f.numbers.end());
  return f;
}

// Dice coefficient of character bigrams: "zelenski" and "zelensky" are one name.
double bigram_similarity(const std::string& x, const std::string& y) {
  auto grams = [](const std::string& s) {
    std::multiset<std::string> g;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) g.insert(s.substr(i, 2));
    return g;
  };
  auto gx = grams(x), gy = grams(y);
  if (gx.empty() || gy.empty()) return x == y ? 1 : 0;
  std::size_t common = 0;
  for (const auto& g : gx) {
    auto it = gy.find(g);
    if (it != gy.end()) {
      ++common;
      gy.erase(it);
    }
  }
  return 2.0 * double(common) / double(gx.size() + grams(y).size());
}

std::string join_numbers(const std::vector<double>& v) {
  std::string s;
  for (double x : v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", x);
    s += (s.empty() ? "" : ", ") + std::string(buf);
  }
  return s;
}

// Claim checks across languages (no word diff is possible): numbers that differ or vanish,
// person names missing on one side, a quotation on one side only, negation on one side only.
std::vector<Change> cross_language_changes(const Facts& a, const Facts& b) {
  std::vector<Change> out;
  if (a.numbers != b.numbers) out.push_back({ChangeType::Number, join_numbers(a.numbers), join_numbers(b.numbers)});
  // A name is kept when one of its words matches a capitalised word of the other side by
  // spelling ("Zelenski" ~ "Zelensky", "Parlamento" ~ "Parliament"). Names unmatched on both
  // sides are usually translations of each other ("Casa Blanca", "White House"): only a name
  // missing on one side alone is reported.
  auto unmatched = [](const std::vector<std::string>& from, const std::vector<std::string>& in) {
    std::string missing;
    for (const auto& name : from) {
      bool found = false;
      std::istringstream words(name);
      for (std::string w; !found && words >> w;) {
        if (w.size() < 3) continue;
        found = std::any_of(in.begin(), in.end(), [&](const std::string& m) { return bigram_similarity(w, m) >= 0.5; });
      }
      if (!found) missing += (missing.empty() ? "" : ", ") + name;
    }
    return missing;
  };
  std::string lost = unmatched(a.names, b.capitalised), gained = unmatched(b.names, a.capitalised);
  if (lost.empty() != gained.empty()) out.push_back({ChangeType::Entity, lost, gained});
  if (a.quoted != b.quoted) out.push_back({ChangeType::Quote, a.quoted ? "quoted" : "", b.quoted ? "quoted" : ""});
  if ((a.negations == 0) != (b.negations == 0)) {
    out.push_back({ChangeType::Negation, a.negations ? "negated" : "", b.negations ? "negated" : ""});
  }
  return out;
}

}  // namespace

std::vector<Claim> classify_across(const Document& base, const Document& other, const std::vector<Bead>& beads,
                                   const LanguageData& base_lang, const LanguageData& other_lang) {
  std::vector<Claim> claims;
  for (const Bead& bead : beads) {
    Claim c;
    c.base = bead.base;
    c.other = bead.other;
    if (bead.base.empty() || bead.other.empty()) {
      c.kind = bead.base.empty() ? ClaimKind::Added : ClaimKind::Removed;
      if (!bead.base.empty() || !bead.other.empty()) claims.push_back(std::move(c));
      continue;
    }
    c.similarity = bead.similarity;  // the alignment's confidence: nothing is word-for-word here
    c.changes = cross_language_changes(facts_of(base, bead.base, base_lang), facts_of(other, bead.other, other_lang));
    c.severity = claim_severity(c.changes);
    c.kind = claim_kind(bead, !c.changes.empty());
    claims.push_back(std::move(c));
  }
  return claims;
}

}  // namespace claimdiff::detail
