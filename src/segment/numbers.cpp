#include "segment/numbers.hpp"

#include <algorithm>
#include <cctype>
#include <exception>
#include <iterator>
#include <string>

#include "claimdiff/text.hpp"

namespace claimdiff::detail {
namespace {

bool number_char(char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == '\'' || c == ' '; }

// The length of the leading run of digits and separators.
std::size_t number_prefix(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && number_char(s[i])) ++i;
  return i;
}

}  // namespace

std::optional<double> parse_number(std::string_view s, bool comma_decimal) {
  std::string digits;
  const std::size_t i = number_prefix(s);
  std::string_view num = s.substr(0, i);
  std::string_view rest = s.substr(i);
  if (num.empty() || !std::isdigit(static_cast<unsigned char>(num.front()))) return std::nullopt;
  std::string suffix = fold_case(rest);
  static const char* const kOrdinal[] = {"", "st", "nd", "rd", "th", "º", "ª", "o", "a", "er", "e", "%"};
  if (std::none_of(std::begin(kOrdinal), std::end(kOrdinal), [&](const char* x) { return suffix == x; })) {
    return std::nullopt;
  }
  char decimal = comma_decimal ? ',' : '.';
  char group = comma_decimal ? '.' : ',';
  std::size_t last_comma = num.rfind(','), last_dot = num.rfind('.');
  if (last_comma != std::string_view::npos && last_dot != std::string_view::npos) {
    decimal = last_comma > last_dot ? ',' : '.';
    group = decimal == ',' ? '.' : ',';
  } else {
    std::size_t last = num.find_last_of(",.");
    // "150.000" in English or "200,000" in Spanish: a single separator followed by exactly three
    // digits, repeated, is a thousands separator whatever the language.
    if (last != std::string_view::npos && num.size() - last - 1 == 3 && num[last] != decimal) group = num[last];
    if (last != std::string_view::npos && num.size() - last - 1 == 3 && num.find(num[last]) != last) group = num[last];
  }
  for (char c : num) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
    else if (c == decimal) digits.push_back('.');
    else if (c != group && c != '\'' && c != ' ') return std::nullopt;
  }
  try {
    return std::stod(digits);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<std::uint64_t> digits_key(std::string_view text) {
  const std::size_t end = number_prefix(text);
  if (end != text.size()) return std::nullopt;
  std::string digits = "#";
  for (char c : text) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  if (digits.size() < 2) return std::nullopt;
  return hash_bytes(digits);
}

}  // namespace claimdiff::detail
