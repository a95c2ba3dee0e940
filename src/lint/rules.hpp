#pragma once
// The artifact rules behind lint_document and lint_pair, one function per rule family. Each
// appends its findings to `out`; lint.cpp runs them and sorts the result.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/align.hpp"
#include "claimdiff/document.hpp"
#include "claimdiff/lint.hpp"
#include "claimdiff/resources.hpp"

namespace claimdiff::detail {

// Severities of the rules that do not come from a lexicon.
inline constexpr std::string_view kMinor = "minor";
inline constexpr std::string_view kMajor = "major";

// At most this many findings per document, so that a flood (a quote mark every few bytes of a
// large input) costs no memory in proportion to the input; lint_document then adds one
// `finding-limit` note. Rules check `full` before building a finding.
inline constexpr std::size_t kMaxFindings = 100'000;
inline bool full(const std::vector<Finding>& out) { return out.size() >= kMaxFindings; }

// A finding for doc.text[start, end): fills text, sentence, input offsets, line and column.
Finding make_finding(const Document& doc, std::size_t version, std::string_view rule,
                     std::string_view severity, std::size_t start, std::size_t end,
                     std::string suggestion, std::string message);


// doubled-punctuation (". .", ",,", ",.") and stray-punctuation (a space before , . ; :).
void lint_punctuation(const Document& doc, std::size_t version, const LanguageData& lang,
                      std::vector<Finding>& out);

// quote-mismatch: wrong-way typographic quotes and quotations left open within a paragraph.
// Sentences marked in `furniture` (page furniture, one flag per sentence) are left out of the
// paragraphs the quotations are read over.
void lint_quotes(const Document& doc, std::size_t version, const LanguageData& lang,
                 const std::vector<bool>& furniture, std::vector<Finding>& out);
// Whether the straight quote at [i, next) of t, inside [from, to), is an apostrophe typed on the
// wrong key: letters on both sides, and a word `lang` elides before it (French "qu") or an ending
// it contracts after it (English "t" in "doesn"t").
bool typed_apostrophe(std::string_view t, std::size_t i, std::size_t next, std::size_t from, std::size_t to,
                      const LanguageData& lang);

// repeated-word: "the the" inside one sentence, minus repeats the language allows.
void lint_repeated_words(const Document& doc, std::size_t version, const LanguageData& lang,
                         std::vector<Finding>& out);

// pronoun-gender from the document's own evidence.
void lint_pronouns(const Document& doc, std::size_t version, const LanguageData& lang,
                   std::vector<Finding>& out, LintCache* cache = nullptr);

// pronoun-gender against the aligned original.
void lint_pronoun_pairs(const Document& base, const Document& other, std::size_t other_version,
                        const std::vector<Bead>& beads, const LanguageData& lang,
                        std::vector<Finding>& out, LintCache* cache = nullptr);

}  // namespace claimdiff::detail
