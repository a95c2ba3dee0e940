#pragma once
// A filter over 64-bit token keys (Token::key, Token::exact): 65,536 bits, one per 16-bit slice
// of the key. It answers "certainly not in the set" for almost every key when the set is small
// (a few hundred words), which spares a hash-table look-up per token of a book.

#include <array>
#include <cstddef>
#include <cstdint>

namespace claimdiff::detail {

class KeyFilter {
 public:
  void add(std::uint64_t key) { bits_[slot(key) >> 6] |= std::uint64_t{1} << (slot(key) & 63); }
  bool maybe(std::uint64_t key) const { return ((bits_[slot(key) >> 6] >> (slot(key) & 63)) & 1) != 0; }

 private:
  static std::size_t slot(std::uint64_t key) { return static_cast<std::size_t>((key ^ (key >> 32)) & 0xFFFF); }
  std::array<std::uint64_t, 1024> bits_{};
};

}  // namespace claimdiff::detail
