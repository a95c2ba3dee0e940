#pragma once
// Text utilities every stage shares: comparison keys, case and quote folding, the project's one
// hash, trimming and the capital-initial test. UTF-8 in, UTF-8 out; no stage's logic.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

// The comparison key of a token or phrase: NFKC case-folded, typographic quotes and dashes mapped
// to ASCII ones. Used for hashing and for lexicon look-ups.
std::string comparison_key(std::string_view text);

// Typographic quotes, apostrophes and dashes replaced by their ASCII forms; nothing else changed.
std::string fold_quotes(std::string_view text);

// Simple case folding of UTF-8 text (ICU full case folding, no normalisation).
std::string fold_case(std::string_view text);

// One byte of the FNV-1a hash below; code that hashes while it reads (make_word) takes the same
// step, so its hashes equal hash_bytes'.
constexpr std::uint64_t hash_step(std::uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }

// A stable 64-bit hash (FNV-1a) of bytes; the project's one hash for keys.
std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed = 1469598103934665603ull);

// True when every byte is ASCII.
bool is_ascii(std::string_view text);

// ASCII lower case, without std::tolower's locale look-up (a call per character).
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `text` without leading and trailing spaces, tabs, carriage returns and newlines.
std::string_view trim(std::string_view text);

// The fields of `text` between `separator`s, empty ones included ("a\t\tb": "a", "", "b").
std::vector<std::string> split(std::string_view text, char separator);

// True when the first character of `word` is an upper-case or title-case letter.
bool starts_upper(std::string_view word);

}  // namespace claimdiff
