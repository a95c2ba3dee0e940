// classify(): the claims of a comparison, classified in chunks on several cores.

#include "claimdiff/classify.hpp"

#include <algorithm>
#include <future>
#include <thread>

#include "classify/claims.hpp"
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
  // Claims are independent: long documents are classified in chunks, one thread per core. A
  // chunk is big enough that starting a thread costs next to nothing beside it.
  constexpr std::size_t kMinChunk = 2000;
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t chunks = std::clamp<std::size_t>(beads.size() / kMinChunk, 1, std::min<std::size_t>(cores, 8));
  detail::SharedFacts shared;
  if (chunks == 1) return classify_range(base, other, beads, 0, beads.size(), other_lang, options, shared);
  std::vector<std::future<std::vector<Claim>>> jobs;
  const std::size_t per = (beads.size() + chunks - 1) / chunks;
  for (std::size_t k = 1; k < chunks; ++k) {
    const std::size_t from = std::min(beads.size(), k * per), to = std::min(beads.size(), from + per);
    jobs.push_back(std::async(std::launch::async, [&, from, to] {
      return classify_range(base, other, beads, from, to, other_lang, options, shared);
    }));
  }
  std::vector<Claim> claims = classify_range(base, other, beads, 0, std::min(per, beads.size()), other_lang, options, shared);
  for (auto& job : jobs) {
    std::vector<Claim> part = job.get();
    claims.insert(claims.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return claims;
}

}  // namespace claimdiff
