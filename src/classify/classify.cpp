// classify(): the claims of a comparison, classified in chunks on several cores.

#include "claimdiff/classify.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "claimdiff/error.hpp"
#include "claimdiff/segment.hpp"
#include "classify/claims.hpp"
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

Lexicons lexicons_for(const Document& a, const Document& b, const LanguageData& lang, const ClassifyOptions& o) {
  Lexicons lex;
  lex.english_morphology = lang.code == "en";
  if (o.synonyms) {
    lex.synonyms = *o.synonyms;
  } else if (const std::string path = find_thesaurus(lang.code); !path.empty()) {
    std::unordered_set<std::uint64_t> used;
    for (const Document* doc : {&a, &b})
      for (const Sentence& s : doc->sentences)
        for (const Token& t : s.tokens)
          if (t.kind == TokenKind::Word) {
            used.insert(t.key);
            // Inflected words are looked up by their lemmas ("kinds" -> "kind").
            if (lex.english_morphology) {
              for (const auto& l : english_lemmas(fold_case(doc->token_text(t)))) used.insert(hash_bytes(l));
            }
          }
    try {
      lex.synonyms = read_thesaurus(path, &used);
    } catch (const Error&) {
      // An unreadable installed thesaurus leaves synonyms unknown; the comparison still runs.
    }
  }
  if (o.antonyms) {
    lex.antonyms = *o.antonyms;
  } else if (lang.code == "en") {
    if (const std::string dir = find_wordnet(); !dir.empty()) {
      try {
        lex.antonyms = read_wordnet_antonyms(dir);
      } catch (const Error&) {
      }
    }
  }
  return lex;
}

ClaimKind claim_kind(const Bead& bead, bool has_changes) {
  if (bead.moved) return ClaimKind::Moved;
  if (bead.base.size() < bead.other.size()) return ClaimKind::Split;
  if (bead.base.size() > bead.other.size()) return ClaimKind::Merged;
  return has_changes ? ClaimKind::Reworded : ClaimKind::Equal;
}

}  // namespace detail

std::vector<Claim> classify(const Document& base, const Document& other, const std::vector<Bead>& beads,
                            const LanguageData& base_lang, const LanguageData& other_lang,
                            const ClassifyOptions& options) {
  using detail::classify_range;
  if (base.language != other.language) return detail::classify_across(base, other, beads, base_lang, other_lang);
  // Claims are independent: long documents are classified in runs, one thread per core. A run
  // is big enough that starting a thread costs next to nothing beside it.
  constexpr std::size_t kMinRun = 2000;
  detail::SharedFacts shared;
  const detail::Lexicons lex = detail::lexicons_for(base, other, other_lang, options);
  auto parts = detail::parallel_runs(beads.size(), kMinRun, [&](std::size_t from, std::size_t to, std::size_t) {
    return classify_range(base, other, beads, from, to, other_lang, options, shared, lex);
  });
  std::vector<Claim> claims = std::move(parts[0]);
  for (std::size_t k = 1; k < parts.size(); ++k) {
    claims.insert(claims.end(), std::make_move_iterator(parts[k].begin()), std::make_move_iterator(parts[k].end()));
  }
  return claims;
}

}  // namespace claimdiff
