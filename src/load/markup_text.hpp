#pragma once
// What HTML and Markdown extraction build: units of text (a paragraph, a heading, a list item)
// with a map from each unit's bytes to the decoded source, and the Document made of them.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/document.hpp"

namespace claimdiff::detail {

struct Unit {
  std::string text;
  OffsetMap map;  // offset in `text` -> offset in the decoded source
  std::size_t source_start = 0, source_end = 0;
};

// Builds one unit from characters and the source ranges they were read from. Runs of white
// space (ASCII and no-break spaces) become one space; none leads or trails.
class UnitBuilder {
 public:
  // `chars` (one character or a run of ordinary ones read 1:1) stands for source [from, to).
  void add(std::string_view chars, std::size_t from, std::size_t to);
  // A character that stands for source [from, to) (an entity, a replaced character).
  void add_replacing(std::string_view chars, std::size_t from, std::size_t to);
  // White space at source offset `at`, as from an image or a soft line break.
  void space(std::size_t at);
  // A line break inside the unit (<br>): the unit stays one paragraph for the extractor, and
  // the segmenter sees the break.
  void line_break(std::size_t at);
  bool empty() const { return unit_.text.empty(); }
  std::size_t size() const { return unit_.text.size(); }
  // The unit so far; the builder starts over.
  Unit take();

 private:
  void begin_char(std::size_t from);
  Unit unit_;
  bool pending_space_ = false;
  bool pending_break_ = false;
  std::size_t space_at_ = 0;
};

// True for the bytes HTML and Markdown collapse as white space: ASCII space, tab, LF, FF, CR.
constexpr bool is_markup_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// The document whose text is `units` in order (a blank line between units), extracted from
// `decoded`: the source as load read it (text and offsets into the input as given). `cut`, if
// given, maps the offsets the units carry to decoded.text (the parser read a shortened copy).
Document assemble(Document decoded, std::vector<Unit> units, const OffsetMap* cut = nullptr);

}  // namespace claimdiff::detail
