#pragma once
// A script-neutral key for words and names: the text in Latin letters, ASCII, lower case (ICU's
// "Any-Latin; Latin-ASCII; Lower"), so that "Ханна" and "Hanna", "Тамаулипас" and "Tamaulipas",
// "Nuevo León" and "Nuevo Leon" give the same key or share most of their character n-grams.
// Internal: the aligner's cross-script features and the classifier's name matching read it.

#include <string>
#include <string_view>

namespace claimdiff::detail {

// The Latin ASCII lower-case transliteration of UTF-8 `text` (a word, a name or a phrase; spaces
// and punctuation pass through). Text that is ASCII already is only lower-cased, without ICU.
// Thread-safe: each thread transliterates on its own clone of one transliterator, and remembers
// the words it has seen. Invalid UTF-8 comes back with U+FFFD replacements transliterated away.
std::string transliteration_key(std::string_view text);

}  // namespace claimdiff::detail
