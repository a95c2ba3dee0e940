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
#include "claimdiff/text.hpp"

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

}  // namespace claimdiff
