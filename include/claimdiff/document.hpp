#pragma once
// Document, Sentence, Token: what load and segment produce, and what every later stage reads.
//
// One owning buffer (`Document::text`, UTF-8, NFC, LF newlines) holds the text; sentences and
// tokens are byte ranges into it. `OffsetMap` takes a text offset back to the byte offset in the
// input as read (before BOM removal, transcoding, CRLF folding and NFC).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

// Piecewise map from offsets in Document::text to byte offsets in the original input.
class OffsetMap {
 public:
  // Records that text offset `text` corresponds to input offset `input`; calls must come in
  // increasing `text` order. Offsets between breakpoints are interpolated 1:1.
  void add(std::size_t text, std::size_t input);
  std::size_t to_input(std::size_t text) const;
  bool identity() const { return points_.empty(); }

  struct Point { std::size_t text; std::size_t input; };
  const std::vector<Point>& points() const { return points_; }

 private:
  std::vector<Point> points_;
};

enum class TokenKind : std::uint8_t { Word, Number, Punct };

struct Token {
  std::uint32_t start = 0;  // byte offsets into Document::text
  std::uint32_t end = 0;
  std::uint64_t key = 0;    // hash of the comparison key: NFKC, case-folded, plain quotes/dashes
  std::uint64_t exact = 0;  // hash of the text as written
  TokenKind kind = TokenKind::Word;
};

struct Sentence {
  std::uint32_t id = 0;
  std::size_t start = 0;  // byte offsets into Document::text, whitespace trimmed
  std::size_t end = 0;
  std::uint32_t line = 1;  // 1-based position of `start`; column counted in code points
  std::uint32_t column = 1;
  std::uint32_t paragraph = 0;
  bool heading = false;     // a title-like line: headline, byline, list item
  std::uint64_t key = 0;    // hash over the token keys (loose identity)
  std::uint64_t exact = 0;  // hash over the exact text (strict identity)
  std::vector<Token> tokens;
};

struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

struct Document {
  std::string name;           // as given on the command line ("-" for stdin)
  std::string language = "en";
  std::string text;
  OffsetMap offsets;
  std::vector<Sentence> sentences;

  std::string_view slice(std::size_t start, std::size_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
  std::string_view sentence_text(const Sentence& s) const { return slice(s.start, s.end); }
  std::string_view token_text(const Token& t) const { return slice(t.start, t.end); }
  std::size_t input_offset(std::size_t text_offset) const { return offsets.to_input(text_offset); }

  // The index of the last sentence starting at or before a text offset (binary search), or
  // kNoSentence when none does.
  static constexpr std::size_t kNoSentence = static_cast<std::size_t>(-1);
  std::size_t sentence_at(std::size_t text_offset) const;

  // Line and column (1-based, columns in code points) of a text offset. Costs a binary search
  // plus a walk from the start of the enclosing sentence.
  Position position(std::size_t text_offset) const;
};

}  // namespace claimdiff
