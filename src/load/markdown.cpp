// Markdown input: the rendered text of each block (cmark-gfm), mapped back to the source.
//
// cmark-gfm gives each block its source lines, but its inline source positions are unreliable
// (github/cmark-gfm, inline sourcepos), so the text of each inline node is found in the source
// by matching, from where the previous one ended, inside its block's lines.

#include "claimdiff/markup.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

#include "claimdiff/error.hpp"
#include "load/markup_text.hpp"

namespace claimdiff {
namespace {

using Parser = std::unique_ptr<cmark_parser, void (*)(cmark_parser*)>;
using Node = std::unique_ptr<cmark_node, void (*)(cmark_node*)>;

class Renderer {
 public:
  explicit Renderer(std::string_view source) : source_(source) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < source.size(); ++i) {
      if (source[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  std::vector<detail::Unit> run(cmark_node* root) {
    std::vector<cmark_node*> stack{root};
    while (!stack.empty()) {
      cmark_node* n = stack.back();
      stack.pop_back();
      if (is_text_block(n)) {
        block(n);
        continue;
      }
      // Children pushed in reverse so they come off the stack in order.
      std::vector<cmark_node*> kids;
      for (cmark_node* c = cmark_node_first_child(n); c != nullptr; c = cmark_node_next(c)) kids.push_back(c);
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
    }
    return std::move(units_);
  }

 private:
  static bool is_text_block(cmark_node* n) {
    cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING || t == CMARK_NODE_CODE_BLOCK) return true;
    const char* name = cmark_node_get_type_string(n);
    return name != nullptr && std::string_view(name) == "table_cell";
  }

  std::size_t line_offset(int line) const {
    if (line < 1) return 0;
    auto l = static_cast<std::size_t>(line - 1);
    return l < line_starts_.size() ? line_starts_[l] : source_.size();
  }

  void block(cmark_node* n) {
    cursor_ = std::max(cursor_, line_offset(cmark_node_get_start_line(n)));
    limit_ = line_offset(cmark_node_get_end_line(n) + 1);
    if (limit_ < cursor_) limit_ = source_.size();
    if (cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK) {
      literal(cmark_node_get_literal(n));
    } else {
      inlines(n);
    }
    detail::Unit u = builder_.take();
    if (!u.text.empty()) units_.push_back(std::move(u));
  }

  void inlines(cmark_node* block) {
    cmark_iter* it = cmark_iter_new(block);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* n = cmark_iter_get_node(it);
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          literal(cmark_node_get_literal(n));
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          builder_.space(cursor_);
          break;
        default:
          break;
      }
    }
    cmark_iter_free(it);
  }

  // Maps `text` to the source: as a whole where it is spelt out, else character by character
  // (an escape or an entity in between), else at the cursor.
  void literal(const char* text) {
    if (text == nullptr) return;
    std::string_view t(text);
    std::string_view window = source_.substr(cursor_, limit_ - cursor_);
    std::size_t at = window.find(t);
    if (at != std::string_view::npos) {
      builder_.add(t, cursor_ + at, cursor_ + at + t.size());
      cursor_ += at + t.size();
      return;
    }
    for (std::size_t i = 0; i < t.size();) {
      std::size_t n = 1;
      while (i + n < t.size() && (static_cast<unsigned char>(t[i + n]) & 0xC0) == 0x80) ++n;
      std::string_view ch = t.substr(i, n);
      std::size_t k = source_.substr(cursor_, limit_ - cursor_).find(ch);
      if (k != std::string_view::npos && k < 16) {
        builder_.add(ch, cursor_ + k, cursor_ + k + n);
        cursor_ += k + n;
      } else {
        builder_.add_replacing(ch, cursor_, cursor_);
      }
      i += n;
    }
  }

  std::string_view source_;
  std::vector<std::size_t> line_starts_;
  std::size_t cursor_ = 0, limit_ = 0;
  detail::UnitBuilder builder_;
  std::vector<detail::Unit> units_;
};

}  // namespace

Document load_markdown(std::string name, std::string_view bytes, const LoadOptions& options) {
  LoadOptions lo = options;
  lo.format = InputFormat::Text;
  Document decoded = load_bytes(name, bytes, lo);
  // Files load on several threads; the extension registry is global.
  static std::once_flag registered;
  std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
  Parser parser(cmark_parser_new(CMARK_OPT_DEFAULT), cmark_parser_free);
  for (const char* ext : {"table", "strikethrough", "autolink", "tasklist"}) {
    if (cmark_syntax_extension* e = cmark_find_syntax_extension(ext)) cmark_parser_attach_syntax_extension(parser.get(), e);
  }
  cmark_parser_feed(parser.get(), decoded.text.data(), decoded.text.size());
  Node root(cmark_parser_finish(parser.get()), cmark_node_free);
  if (!root) throw Error(name, "cannot parse the Markdown");
  std::vector<detail::Unit> units = Renderer(decoded.text).run(root.get());
  return detail::assemble(std::move(decoded), std::move(units));
}

}  // namespace claimdiff
