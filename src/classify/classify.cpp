// classify(): the claims of a comparison, classified in chunks on several cores.

#include "claimdiff/classify.hpp"

#include <algorithm>
#include <iterator>

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
  auto parts = detail::parallel_runs(beads.size(), kMinRun, [&](std::size_t from, std::size_t to, std::size_t) {
    return classify_range(base, other, beads, from, to, other_lang, options, shared);
  });
  std::vector<Claim> claims = std::move(parts[0]);
  for (std::size_t k = 1; k < parts.size(); ++k) {
    claims.insert(claims.end(), std::make_move_iterator(parts[k].begin()), std::make_move_iterator(parts[k].end()));
  }
  return claims;
}

}  // namespace claimdiff
