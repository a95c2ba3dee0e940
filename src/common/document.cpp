#include "claimdiff/document.hpp"

#include <algorithm>

namespace claimdiff {

void OffsetMap::add(std::size_t text, std::size_t input) {
  // Calls come in increasing order, so the last breakpoint decides what is implied.
  std::size_t implied = points_.empty() ? text : points_.back().input + (text - points_.back().text);
  if (implied == input) return;
  if (!points_.empty() && points_.back().text == text) {
    points_.back().input = input;
    return;
  }
  points_.push_back({text, input});
}

std::size_t OffsetMap::to_input(std::size_t text) const {
  auto it = std::upper_bound(points_.begin(), points_.end(), text,
                             [](std::size_t t, const Point& p) { return t < p.text; });
  // Interpolation runs 1:1 from the breakpoint before, but never past the one after: a character
  // that takes more bytes here than in the input (UTF-16 to UTF-8) must not map beyond the next.
  std::size_t limit = it == points_.end() ? SIZE_MAX : it->input;
  if (it == points_.begin()) return std::min(text, limit);
  --it;
  return std::min(it->input + (text - it->text), limit);
}

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// `pos` moved over text[from, to): a line per newline, a column per code point.
Position advance(std::string_view text, std::size_t from, std::size_t to, Position pos) {
  for (std::size_t i = from; i < to; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if (!is_continuation(c)) {
      ++pos.column;
    }
  }
  return pos;
}

}  // namespace

void Markup::index() {
  checkpoints.clear();
  checkpoints.push_back({0, 1, 1});
  std::size_t line = 1, column = 1, last = 0;
  for (std::size_t i = 0; i < source.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(source[i]);
    if (is_continuation(c)) continue;
    if (i - last >= 1024) {
      checkpoints.push_back({i, line, column});
      last = i;
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}

Position Markup::position(std::size_t source_offset) const {
  source_offset = std::min(source_offset, source.size());
  auto it = std::upper_bound(checkpoints.begin(), checkpoints.end(), source_offset,
                             [](std::size_t off, const Checkpoint& c) { return off < c.offset; });
  Position pos;
  std::size_t from = 0;
  if (it != checkpoints.begin()) {
    --it;
    from = it->offset;
    pos.line = it->line;
    pos.column = it->column;
  }
  return advance(source, from, source_offset, pos);
}

std::size_t Document::sentence_at(std::size_t text_offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), text_offset,
                             [](std::size_t off, const Sentence& s) { return off < s.start; });
  return it == sentences.begin() ? kNoSentence : static_cast<std::size_t>(it - sentences.begin()) - 1;
}

Position Document::position(std::size_t text_offset) const {
  text_offset = std::min(text_offset, text.size());
  if (!markup.empty()) return markup.position(markup.offsets.to_input(text_offset));
  Position pos;
  std::size_t from = 0;
  // Start from the nearest sentence at or before the offset: its line and column are known.
  if (std::size_t i = sentence_at(text_offset); i != kNoSentence) {
    const auto it = sentences.begin() + static_cast<std::ptrdiff_t>(i);
    from = it->start;
    pos.line = it->line;
    pos.column = it->column;
  }
  return advance(text, from, text_offset, pos);
}

}  // namespace claimdiff
