#pragma once
// diff: the word-level difference inside one bead.
//
// dtl's SES over the tokens of both sides, compared as the options say (exact text, or with case,
// quotes or punctuation folded), then a semantic cleanup that turns short equalities squeezed
// between edits into edits, so a reader sees whole phrases rather than a salad of short pieces.
// The ops rebuild both sides exactly: concatenating `text` of equal and delete ops gives the base
// text, `other_text` of equal ops and `text` of insert ops give the other text.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "claimdiff/document.hpp"

namespace claimdiff {

enum class Op : std::uint8_t { Equal, Delete, Insert };

struct DiffOp {
  Op op = Op::Equal;
  std::string text;        // base text for equal/delete, other text for insert
  std::string other_text;  // other's text of an equal op (differs only under --ignore)
  std::size_t base_start = 0, base_end = 0;    // byte range in base.text (empty for insert)
  std::size_t other_start = 0, other_end = 0;  // byte range in other.text (empty for delete)
};

struct DiffOptions {
  bool ignore_case = false;
  bool ignore_punctuation = false;
  bool ignore_quotes = false;
  bool ignore_whitespace = false;
};

// Diff of base sentences `base_ids` against other sentences `other_ids` (each side contiguous,
// either may be empty).
std::vector<DiffOp> diff_sentences(const Document& base, std::span<const std::uint32_t> base_ids,
                                   const Document& other, std::span<const std::uint32_t> other_ids,
                                   const DiffOptions& options = {});

}  // namespace claimdiff
