#include "load/markup_text.hpp"

#include <algorithm>
#include <cassert>
#include <utility>

namespace claimdiff::detail {

void UnitBuilder::begin_char(std::size_t from) {
  if (unit_.text.empty()) unit_.source_start = from;
  if (pending_space_ && !unit_.text.empty()) {
    unit_.map.add(unit_.text.size(), space_at_);
    unit_.text.push_back(pending_break_ ? '\n' : ' ');
  }
  pending_space_ = false;
  pending_break_ = false;
}

void UnitBuilder::add(std::string_view chars, std::size_t from, std::size_t to) {
  std::size_t i = 0;
  while (i < chars.size()) {
    // A no-break space (U+00A0, C2 A0 in UTF-8) collapses like a space: it is layout, not a word.
    bool nbsp = chars[i] == '\xC2' && i + 1 < chars.size() && chars[i + 1] == '\xA0';
    if (is_markup_space(chars[i]) || nbsp) {
      if (!pending_space_) space_at_ = from + i;
      pending_space_ = true;
      i += nbsp ? 2 : 1;
      continue;
    }
    std::size_t j = i;
    while (j < chars.size() && !is_markup_space(chars[j]) && !(chars[j] == '\xC2' && j + 1 < chars.size() && chars[j + 1] == '\xA0')) ++j;
    begin_char(from + i);
    unit_.map.add(unit_.text.size(), from + i);
    unit_.text.append(chars.substr(i, j - i));
    unit_.source_end = from + j;
    i = j;
  }
  (void)to;
}

void UnitBuilder::add_replacing(std::string_view chars, std::size_t from, std::size_t to) {
  if (chars == " " || chars == "\xC2\xA0") {
    if (!pending_space_) space_at_ = from;
    pending_space_ = true;
    return;
  }
  begin_char(from);
  unit_.map.add(unit_.text.size(), from);
  unit_.text.append(chars);
  // The next byte maps past the whole reference, so a range ending here ends after it.
  unit_.map.add(unit_.text.size(), to);
  unit_.source_end = to;
}

void UnitBuilder::space(std::size_t at) {
  if (!pending_space_) space_at_ = at;
  pending_space_ = true;
}

void UnitBuilder::line_break(std::size_t at) {
  if (!pending_space_) space_at_ = at;
  pending_space_ = true;
  pending_break_ = true;
}

Unit UnitBuilder::take() {
  Unit u = std::move(unit_);
  unit_ = Unit{};
  pending_space_ = false;
  pending_break_ = false;
  return u;
}

namespace {

// Text offsets -> input offsets, through the source: `inner` maps text to the decoded source,
// `outer` the decoded source to the input as given. Each 1:1 stretch of `inner` takes along the
// breakpoints `outer` has inside it.
OffsetMap compose(const OffsetMap& inner, const OffsetMap& outer, std::size_t text_size) {
  std::vector<OffsetMap::Point> starts;
  if (inner.points().empty() || inner.points().front().text != 0) starts.push_back({0, inner.to_input(0)});
  starts.insert(starts.end(), inner.points().begin(), inner.points().end());
  const auto& op = outer.points();
  OffsetMap out;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    std::size_t t0 = starts[k].text, d0 = starts[k].input;
    std::size_t t1 = k + 1 < starts.size() ? starts[k + 1].text : text_size;
    if (t1 <= t0) continue;
    out.add(t0, outer.to_input(d0));
    auto p = std::upper_bound(op.begin(), op.end(), d0, [](std::size_t d, const OffsetMap::Point& q) { return d < q.text; });
    for (; p != op.end() && p->text < d0 + (t1 - t0); ++p) out.add(t0 + (p->text - d0), p->input);
  }
  out.add(text_size, outer.to_input(inner.to_input(text_size)));
  return out;
}

}  // namespace

Document assemble(Document decoded, std::vector<Unit> units, const OffsetMap* cut) {
  Document doc;
  doc.name = std::move(decoded.name);
  doc.warnings = std::move(decoded.warnings);
  OffsetMap inner;
  std::size_t total = 0;
  for (const Unit& u : units) total += u.text.size() + 2;
  doc.text.reserve(total);
  std::size_t last_end = 0;
  for (Unit& u : units) {
    if (u.text.empty()) continue;
    if (!doc.text.empty()) {
      // The blank line between units maps to the end of the unit before it: a range that ends
      // with a unit ends in the source where that unit does.
      inner.add(doc.text.size(), last_end);
      doc.text += "\n\n";
    }
    const std::size_t base = doc.text.size();
    if (u.map.points().empty() || u.map.points().front().text != 0) inner.add(base, u.map.to_input(0));
    for (const auto& p : u.map.points()) inner.add(base + p.text, p.input);
    doc.text += u.text;
    last_end = u.source_end;
  }
  inner.add(doc.text.size(), last_end);
  if (cut != nullptr) inner = compose(inner, *cut, doc.text.size());
  doc.offsets = compose(inner, decoded.offsets, doc.text.size());
  doc.markup.source = std::move(decoded.text);
  doc.markup.offsets = std::move(inner);
  doc.markup.index();
  return doc;
}

}  // namespace claimdiff::detail
