#pragma once
// segment: cut a Document's text into sentences and each sentence into tokens.
//
// Sentences come from ICU's sentence BreakIterator for the document's language with abbreviation
// suppression (the whole last word before a break checked against
// data/lang/<code>/abbreviations.txt, and single-letter initials), plus hard
// boundaries at paragraph breaks and at title-like lines (headlines, bylines, list items). Tokens
// come from ICU's word BreakIterator; whitespace is not a token (it lives between tokens).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/document.hpp"
#include "claimdiff/resources.hpp"

namespace claimdiff {

enum class SegmentMode { Sentences, Lines };

struct SegmentOptions {
  SegmentMode mode = SegmentMode::Sentences;
  // A sentence longer than this is cut at the last space before the limit, which bounds the cost
  // of every later per-claim step on text without sentence punctuation.
  std::size_t max_sentence_bytes = 4096;
};

// Fills doc.sentences (ids 0..n-1, in text order). Every non-blank stretch of text ends up in
// exactly one sentence.
void segment(Document& doc, const LanguageData& lang, const SegmentOptions& options = {});

// Tokens of doc.text[start, end).
std::vector<Token> tokenize(const Document& doc, std::size_t start, std::size_t end);

// The comparison key of a token or phrase: NFKC case-folded, typographic quotes and dashes mapped
// to ASCII ones. Used for hashing and for lexicon look-ups.
std::string comparison_key(std::string_view text);

// Typographic quotes, apostrophes and dashes replaced by their ASCII forms; nothing else changed.
std::string fold_quotes(std::string_view text);

// Simple case folding of UTF-8 text (ICU full case folding, no normalisation).
std::string fold_case(std::string_view text);

// A stable 64-bit hash (FNV-1a) of bytes; the project's one hash for keys.
std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed = 1469598103934665603ull);

// True when every byte is ASCII.
bool is_ascii(std::string_view text);

// ASCII lower case, without std::tolower's locale look-up (a call per character).
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace claimdiff
