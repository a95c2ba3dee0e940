#pragma once
// Sentence boundaries of one block of text (a paragraph, with no line breaks inside).
//
// ICU's sentence BreakIterator implements UAX #29 over UTF-8 through UText, at about a hundred
// instructions a byte: as much as all of claimdiff's later stages on a book. Without the
// characters the rules look through (combining marks, format characters) or separate on (line
// and paragraph separators), the rules are a short scan over each code point's Sentence_Break
// value, which gives ICU's answer at a fraction of the cost; tests compare the two on
// generated text.

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// True when ICU uses the root (UAX #29) sentence rules for this language with no tailoring.
bool untailored_sentence_rules(std::string_view language);

// Appends to `ends` the sentence boundaries after position 0 of valid UTF-8 text (each the end
// of a sentence; the last is text.size()), per UAX #29 as ICU 72 implements it. False, with
// `ends` untouched, when the text holds a character the scan leaves to ICU (see above).
bool fast_sentence_breaks(std::string_view text, std::vector<std::size_t>& ends);

}  // namespace claimdiff::detail
