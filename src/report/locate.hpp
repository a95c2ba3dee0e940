#pragma once
// Where claims and findings sit in their documents, and the content keys that identify them
// across runs (baselines, SARIF fingerprints). Shared by the report formats.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/document.hpp"
#include "claimdiff/lint.hpp"
#include "claimdiff/report.hpp"

namespace claimdiff::detail {

struct TextRange {
  std::size_t start = 0, end = 0;  // offsets into Document::text
};

// The text of sentences `ids` (contiguous), from the first one's start to the last one's end.
TextRange sentences_range(const Document& doc, const std::vector<std::uint32_t>& ids);

// The text range a finding covers. Findings carry input offsets; this maps them back through
// the document's OffsetMap, checks the text, and falls back to searching the finding's text in
// its sentence. Nothing when the finding cannot be placed (a stale or foreign finding).
std::optional<TextRange> finding_range(const Document& doc, const Finding& f);

// The finding ranges of a report, one per finding, computed once.
std::vector<std::optional<TextRange>> finding_ranges(const Report& report);

// Content keys: a claim by its kind and the texts of its sentences on both sides; a finding by
// rule, text and the name of its version, and, strictly, the text of its sentence.
std::string claim_key(std::string_view kind, const std::vector<std::string_view>& base_texts,
                      const std::vector<std::string_view>& other_texts);
std::string claim_key(const Report& report, const Comparison& cmp, const Claim& claim);
std::string finding_key(std::string_view rule, std::string_view text, std::string_view version_name);
std::string finding_key_strict(std::string_view rule, std::string_view text, std::string_view version_name,
                               std::string_view sentence_text);

// Replaces newlines and tabs with spaces, for one-line renderings.
std::string one_line(std::string_view text);

// The distinct change types of a claim, in order of first appearance, comma-separated.
std::string change_types(const Claim& claim);

}  // namespace claimdiff::detail
