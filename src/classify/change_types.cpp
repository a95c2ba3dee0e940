// The tables of change types, severities and claim kinds (DESIGN.md's severity table).

#include "claimdiff/classify.hpp"

#include <algorithm>

#include "classify/claims.hpp"

namespace claimdiff {

Severity severity_of(ChangeType type) {
  switch (type) {
    case ChangeType::Whitespace:
    case ChangeType::Punctuation:
    case ChangeType::Case:
    case ChangeType::QuoteStyle:
    case ChangeType::Spelling:
      return Severity::Cosmetic;
    case ChangeType::Wording:
      return Severity::Minor;
    default:
      return Severity::Major;
  }
}

std::string_view to_string(ChangeType type) {
  switch (type) {
    case ChangeType::Whitespace: return "whitespace";
    case ChangeType::Punctuation: return "punctuation";
    case ChangeType::Case: return "case";
    case ChangeType::QuoteStyle: return "quote-style";
    case ChangeType::Spelling: return "spelling";
    case ChangeType::Wording: return "wording";
    case ChangeType::Number: return "number";
    case ChangeType::Entity: return "entity";
    case ChangeType::Negation: return "negation";
    case ChangeType::Modality: return "modality";
    case ChangeType::Quote: return "quote";
    case ChangeType::Pronoun: return "pronoun";
    case ChangeType::Attribution: return "attribution";
    case ChangeType::Antonym: return "antonym";
    case ChangeType::Content: return "content";
  }
  return "wording";
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::None: return "none";
    case Severity::Cosmetic: return "cosmetic";
    case Severity::Minor: return "minor";
    case Severity::Major: return "major";
  }
  return "none";
}

std::string_view to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::Equal: return "equal";
    case ClaimKind::Reworded: return "reworded";
    case ClaimKind::Added: return "added";
    case ClaimKind::Removed: return "removed";
    case ClaimKind::Moved: return "moved";
    case ClaimKind::Split: return "split";
    case ClaimKind::Merged: return "merged";
  }
  return "equal";
}

namespace detail {

Severity claim_severity(const std::vector<Change>& changes) {
  Severity s = Severity::None;
  for (const Change& c : changes) s = std::max(s, c.severity);
  return s;
}

bool ignorable(const Change& c, const ClassifyOptions& o) {
  switch (c.type) {
    case ChangeType::Whitespace: return o.diff.ignore_whitespace;
    case ChangeType::Punctuation: return o.diff.ignore_punctuation;
    case ChangeType::Case: return o.diff.ignore_case;
    case ChangeType::QuoteStyle: return o.diff.ignore_quotes;
    case ChangeType::Spelling: return o.ignore_spelling;
    default: return false;
  }
}

}  // namespace detail
}  // namespace claimdiff
