#pragma once
// Sentence boundaries of one block of text (a paragraph, with no line breaks inside).
//
// ICU's sentence BreakIterator implements UAX #29 over UTF-8 through UText, at about a hundred
// instructions a byte: as much as all of claimdiff's later stages on a book. On ASCII text the
// rules reduce to a few character classes, so a direct implementation of them gives ICU's
// answer at a fraction of the cost; tests compare the two on generated text.

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// True when ICU uses the root (UAX #29) sentence rules for this language with no tailoring.
bool untailored_sentence_rules(std::string_view language);

// The boundaries after position 0 (each the end of a sentence; the last is text.size()) of an
// ASCII text without CR or LF, per UAX #29 as ICU 72 implements it. False, with `ends`
// untouched, when the text is not such a text.
bool ascii_sentence_breaks(std::string_view text, std::vector<std::size_t>& ends);

}  // namespace claimdiff::detail
