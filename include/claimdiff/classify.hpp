#pragma once
// classify: turn beads and their word diffs into claims with named changes and a severity.
//
// Change types and severities follow DESIGN.md: whitespace, punctuation, case, quote style and
// spelling are cosmetic; wording is minor; number, entity, negation, antonym, modality, quote,
// pronoun and attribution are major; attribution (one neutral verb for another) and content
// (function words, intensifiers) may be minor. Each change carries its own severity. Language
// knowledge comes from LanguageData and the lexicons, never from code.

#include <cstddef>
#include <cstdint>
#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include "claimdiff/align.hpp"
#include "claimdiff/diff.hpp"
#include "claimdiff/document.hpp"
#include "claimdiff/resources.hpp"

namespace claimdiff {

enum class Severity : std::uint8_t { None, Cosmetic, Minor, Major };

enum class ChangeType : std::uint8_t {
  Whitespace, Punctuation, Case, QuoteStyle, Spelling,  // cosmetic
  Wording,                                              // minor
  Number, Entity, Negation, Modality, Quote, Pronoun, Attribution,  // major
  Antonym, Content                                                  // major (content may be minor)
};

enum class ClaimKind : std::uint8_t { Equal, Reworded, Added, Removed, Moved, Split, Merged };

struct Change {
  ChangeType type = ChangeType::Wording;
  std::string before;
  std::string after;
  Severity severity = Severity::Minor;  // severity_of(type) unless the rule says otherwise
};

struct Claim {
  ClaimKind kind = ClaimKind::Equal;
  std::vector<std::uint32_t> base;
  std::vector<std::uint32_t> other;
  double similarity = 0;
  Severity severity = Severity::None;
  std::vector<Change> changes;
  std::vector<DiffOp> diff;  // empty for equal, added and removed claims
};

struct ClassifyOptions {
  DiffOptions diff;
  // Synonyms (MyThes) and opposites (WordNet) of the compared language; null: none known.
  const Dictionary* synonyms = nullptr;
  const Dictionary* antonyms = nullptr;
  bool ignore_spelling = false;
  double threshold = 0.3;  // a 1-1 bead below this is reported as removed + added
  // Across languages: each version's sentences' values already read (by sentence index), or
  // null to read them here.
  const SentenceValues* base_values = nullptr;
  const SentenceValues* other_values = nullptr;
};

// The claims of one comparison, in the order of the beads (a bead below the threshold gives two).
std::vector<Claim> classify(const Document& base, const Document& other,
                            const std::vector<Bead>& beads, const LanguageData& base_lang,
                            const LanguageData& other_lang, const ClassifyOptions& options = {});

// The usual severity of a change type (a change may carry another: see Change::severity).
Severity severity_of(ChangeType type);
std::string_view to_string(ChangeType type);
std::string_view to_string(Severity severity);
std::string_view to_string(ClaimKind kind);

// The numeric value of a number token or number word ("200,000", "1.5", "two", "30th"), if any.
std::optional<double> number_value(std::string_view token, const LanguageData& lang);

}  // namespace claimdiff
