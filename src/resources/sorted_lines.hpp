#pragma once
// Look-up in a file of sorted lines searched in place (a mapped WordNet index, a dictd or MyThes
// index): a binary search over the bytes touches a few pages of the file and parses nothing else.

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace claimdiff::detail {

// The line of `text` whose first field (up to `separator`, or the whole line) is `key`, if any.
// The lines must be sorted by that field as bytes, or with `fold` by fold(field) (and `key` given
// folded); on lines sorted otherwise the answer may be wrong, never out of bounds.
inline std::optional<std::string_view> sorted_line(std::string_view text, std::string_view key, char separator,
                                                   std::string (*fold)(std::string_view) = nullptr) {
  std::size_t lo = 0, hi = text.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    // memrchr, not string_view::rfind: the latter steps back a byte at a time, and index lines
    // run to hundreds of bytes.
    const void* nl = mid == 0 ? nullptr : memrchr(text.data(), '\n', mid);
    const std::size_t start = nl == nullptr ? 0 : static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    const std::string_view raw = line.substr(0, line.find(separator));
    const std::string folded = fold != nullptr ? fold(raw) : std::string();
    const std::string_view field = fold != nullptr ? std::string_view(folded) : raw;
    if (field == key) return line;
    if (field < key) lo = end + 1;
    else hi = start;
  }
  return std::nullopt;
}

// Whether `text` holds a line whose first field is `key` (see sorted_line).
inline bool sorted_lines_hold(std::string_view text, std::string_view key, char separator,
                              std::string (*fold)(std::string_view) = nullptr) {
  return sorted_line(text, key, separator, fold).has_value();
}

// Where the first line of `text` whose first field (as for sorted_line) is not below `key`
// starts: the lines from there on that begin with a prefix hold every field so begun.
inline std::size_t sorted_lines_from(std::string_view text, std::string_view key, char separator,
                                     std::string (*fold)(std::string_view) = nullptr) {
  std::size_t lo = 0, hi = text.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const void* nl = mid == 0 ? nullptr : memrchr(text.data(), '\n', mid);
    const std::size_t start = nl == nullptr ? 0 : static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    const std::string_view raw = line.substr(0, line.find(separator));
    const std::string folded = fold != nullptr ? fold(raw) : std::string();
    const std::string_view field = fold != nullptr ? std::string_view(folded) : raw;
    if (field < key) lo = end + 1;
    else hi = start;
  }
  return std::min(lo, text.size());
}

}  // namespace claimdiff::detail
