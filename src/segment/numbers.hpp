#pragma once
// Numbers written in digits ("200,000", "1,5", "30th", "8847,6"): the value classify compares and
// the digits-only key align matches on, both read by one rule for where a number ends.

#include <cstdint>
#include <optional>
#include <string_view>

namespace claimdiff::detail {

// The value of a number in digits with thousands separators, a decimal part and at most an
// ordinal or percent suffix ("30th", "1º", "5%"). The separators follow `comma_decimal` ("1,5" is
// one and a half) unless the text decides ("1,500.5", "150.000"); none for anything else.
std::optional<double> parse_number(std::string_view text, bool comma_decimal);

// The key of a number written with any separators ("200,000", "200.000", "200 000", "8847,6")
// as its digits alone, so that it matches across languages and house styles; none for text that
// is not such a number, or a single digit.
std::optional<std::uint64_t> digits_key(std::string_view text);

}  // namespace claimdiff::detail
