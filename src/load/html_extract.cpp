// Main-content extraction: which text of a page is the article.
//
// The method follows the extractors that do best on real pages (readability's class and id
// hints, jusText's block classification by length and link density, boilerpipe's text density):
//  1. Walk the tree once, leaving out what is never article text (scripts, styles, forms'
//     controls, navigation, asides, hidden elements) and elements whose class or id names
//     boilerplate (comments, share bars, related lists, ads, cookie banners, newsletters).
//  2. Cut the rest into blocks (the text between block-level tags) and weigh each: long
//     sentence-like text with few links counts for, short or link-heavy text against.
//  3. The article is the element whose blocks weigh most; inside it, link lists and the short
//     blocks before the first and after the last paragraph (labels, bylines, "Read more") go.
// Hints from the page itself come first: an element marked itemprop="articleBody" is the body.
// The headline, byline and dates come from the markup, else Open Graph and other meta tags,
// else JSON-LD, and are located in the source like any other text.

#include "load/html_extract.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "claimdiff/error.hpp"

namespace claimdiff::detail {
namespace {

std::string_view attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

GumboTag tag(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

// Never article text, whatever the page.
bool is_skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION: case GUMBO_TAG_NAV: case GUMBO_TAG_MENU:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_LABEL:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_UL: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

bool is_heading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

// The words of each class and id name ("c-share-bar__item" -> c, share, bar, item), lower case.
std::vector<std::vector<std::string>> class_names(const GumboNode* n) {
  std::vector<std::vector<std::string>> names;
  for (const char* a : {"class", "id"}) {
    std::vector<std::string> words;
    std::string w;
    auto end_word = [&] {
      if (!w.empty()) words.push_back(std::move(w));
      w.clear();
    };
    for (char c : attr(n, a)) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      } else {
        end_word();
        if (std::isspace(static_cast<unsigned char>(c)) && !words.empty()) names.push_back(std::move(words)), words.clear();
      }
    }
    end_word();
    if (!words.empty()) names.push_back(std::move(words));
  }
  return names;
}

// The words that say what a class or id name is about: its first and last ("share-bar",
// "c-share", "article-comments"), not the modifiers between ("non-ad-column").
std::vector<std::string> name_words(const GumboNode* n) {
  std::vector<std::string> out;
  for (auto& words : class_names(n)) {
    out.push_back(words.front());
    if (words.size() > 1) out.push_back(words.back());
  }
  return out;
}

// Class or id words that name page furniture rather than the story (as readability's
// "unlikely candidates"): a word equal to one of the first list, or starting with one of the
// second.
bool names_boilerplate(const std::vector<std::string>& words) {
  static const char* const kExact[] = {"ad", "ads", "adv", "advert", "tags", "tag", "banner", "toolbar", "print",
                                       "skip", "hidden", "hide", "byline", "dateline", "masthead", "breadcrumb",
                                       "breadcrumbs", "pagination", "pager", "disclaimer", "copyright", "credits",
                                       "caption", "share", "sharing", "sr", "visually", "offscreen", "rail",
                                       "more", "timestamp", "kicker", "eyebrow"};
  static const char* const kPrefix[] = {"comment", "social", "related", "newsletter", "subscri", "advertis",
                                        "sponsor", "cookie", "consent", "gdpr", "popup", "modal", "sidebar",
                                        "widget", "recommend", "outbrain", "taboola", "promo", "footer", "nav",
                                        "menu", "trending", "signup", "paywall", "disqus", "shoutbox", "recirc",
                                        "readmore", "most", "popular", "author", "bio", "topics", "share"};
  for (const std::string& w : words) {
    for (const char* e : kExact) if (w == e) return true;
    for (const char* p : kPrefix) if (w.rfind(p, 0) == 0) return true;
  }
  return false;
}

// Class or id words that mark the story itself; they outweigh a boilerplate word on the same
// element ("article-body sharing-enabled").
bool names_content(const std::vector<std::string>& words) {
  static const char* const kWords[] = {"article", "body", "content", "entry", "main", "post", "story", "text",
                                       "blog", "prose"};
  for (const std::string& w : words) {
    for (const char* k : kWords) if (w == k) return true;
  }
  return false;
}

bool is_hidden(const GumboNode* n) {
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden") != nullptr) return true;
  if (attr(n, "aria-hidden") == "true") return true;
  std::string style = lower(attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

std::size_t source_offset(const GumboNode* n, std::string_view source) {
  const char* p = n->type == GUMBO_NODE_ELEMENT ? n->v.element.original_tag.data : n->v.text.original_text.data;
  if (p == nullptr || p < source.data() || p > source.data() + source.size()) return std::string_view::npos;
  return static_cast<std::size_t>(p - source.data());
}

// Feeds `decoded` (the text of a node or attribute, entities decoded) into `b`, each character
// with the source range it was read from in `raw` (the same text as written, at `raw_at`).
// Outside character references the two agree byte for byte; at a reference the extent in `raw`
// is the one after which both agree again.
void add_decoded(UnitBuilder& b, std::string_view decoded, std::string_view raw, std::size_t raw_at) {
  std::size_t i = 0, j = 0;
  auto agree = [&](std::size_t ri, std::size_t dj) {
    std::size_t n = 0;
    while (ri + n < raw.size() && dj + n < decoded.size() && n < 12 && raw[ri + n] != '&' && raw[ri + n] != '<') {
      if (raw[ri + n] != decoded[dj + n]) return false;
      ++n;
    }
    // Both at their ends, or stopped at the next reference (whose character may differ).
    return (ri + n == raw.size()) == (dj + n == decoded.size()) || (ri + n < raw.size() && raw[ri + n] == '&') || n == 12;
  };
  auto utf8_len = [](unsigned char c) { return c < 0x80 ? 1u : c < 0xE0 ? 2u : c < 0xF0 ? 3u : 4u; };
  while (j < decoded.size()) {
    if (i >= raw.size()) {
      // The raw text ran out (a parser fix-up): the rest belongs at the end of the node.
      b.add_replacing(decoded.substr(j), raw_at + raw.size(), raw_at + raw.size());
      return;
    }
    if (raw[i] != '&' || (decoded[j] == '&' && agree(i + 1, j + 1) && !agree(i, j + 1))) {
      std::size_t run = i;
      std::size_t dj = j;
      while (run < raw.size() && dj < decoded.size() && raw[run] != '&' && raw[run] == decoded[dj]) ++run, ++dj;
      if (run == i) {  // a byte gumbo changed (a NUL, a CR): one character for one
        std::size_t n = std::min<std::size_t>(utf8_len(static_cast<unsigned char>(decoded[j])), decoded.size() - j);
        b.add_replacing(decoded.substr(j, n), raw_at + i, raw_at + i + 1);
        i += 1;
        j += n;
        continue;
      }
      b.add(decoded.substr(j, dj - j), raw_at + i, raw_at + run);
      i = run;
      j = dj;
      continue;
    }
    // A character reference: the longest extent after which raw and decoded agree again.
    std::size_t limit = std::min(raw.size(), i + 40);
    std::size_t semi = raw.find(';', i);
    std::vector<std::size_t> ends;
    if (semi != std::string_view::npos && semi < limit) ends.push_back(semi + 1);
    std::size_t k = i + 1;
    if (k < raw.size() && raw[k] == '#') ++k;
    while (k < limit && std::isalnum(static_cast<unsigned char>(raw[k]))) ++k;
    for (std::size_t e = k; e > i + 1; --e) ends.push_back(e);
    ends.push_back(i + 1);
    bool done = false;
    for (std::size_t e : ends) {
      for (std::size_t chars = 1; chars <= 2 && !done; ++chars) {
        std::size_t dj = j;
        for (std::size_t c = 0; c < chars && dj < decoded.size(); ++c) dj += utf8_len(static_cast<unsigned char>(decoded[dj]));
        dj = std::min(dj, decoded.size());
        if (!agree(e, dj)) continue;
        b.add_replacing(decoded.substr(j, dj - j), raw_at + i, raw_at + e);
        i = e;
        j = dj;
        done = true;
      }
      if (done) break;
    }
    if (!done) {
      std::size_t n = std::min<std::size_t>(utf8_len(static_cast<unsigned char>(decoded[j])), decoded.size() - j);
      b.add_replacing(decoded.substr(j, n), raw_at + i, raw_at + i + 1);
      i += 1;
      j += n;
    }
  }
}

enum class Role : std::uint8_t { Paragraph, Heading, Item, Caption, Other };

struct Block {
  Unit unit;
  std::size_t link_bytes = 0;
  Role role = Role::Other;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool headline = false;  // an <h1>
};

std::size_t count_chars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool ends_like_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == ')' || s.back() == '\'' || (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80 ||
                        static_cast<unsigned char>(s.back()) >= 0xC0)) {
    // Closing quotes and brackets, ASCII or not, may follow the final stop.
    std::size_t k = s.size() - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    std::string_view last = s.substr(k);
    if (last == "\xE2\x80\x9D" || last == "\xE2\x80\x99" || last == "\xC2\xBB" || last == "\"" || last == ")" || last == "'") {
      s = s.substr(0, k);
      continue;
    }
    if (last == "\xE3\x80\x82") return true;  // ideographic full stop
    return false;
  }
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':');
}

// Long text that ends like a sentence: a paragraph of the story even when its names are links
// (some sites link every person they name); a list of links does not end with a full stop.
bool is_prose(const Block& b) {
  return count_chars(b.unit.text) >= 80 && ends_like_sentence(b.unit.text) && b.link_bytes * 10 < b.unit.text.size() * 8;
}

double link_density(const Block& b) {
  return static_cast<double>(b.link_bytes) / std::max<double>(1.0, static_cast<double>(b.unit.text.size()));
}

// A block's weight as evidence of article text (jusText's classes: long and link-poor is good,
// link-heavy is bad, short is bad unless its neighbours save it; here as a signed mass).
double block_weight(const Block& b) {
  const double len = static_cast<double>(count_chars(b.unit.text));
  const double links = link_density(b);
  if (is_prose(b)) return len * std::max(0.5, 1.0 - links);
  if (links > 0.5) return -len;
  if (len >= 80 && links < 0.3) return len * (1.0 - links);
  if (len < 25) return -0.5 * len;
  return 0.3 * len * (1.0 - 2.0 * links);
}

// The bytes of paragraph text (text inside <p>, skipped tags left out) under each element. A
// class name is a hint, and a container named "penci_sidebar" may hold the whole story: an
// element with most of the page's paragraphs is never left out for its name.
class ParagraphText {
 public:
  explicit ParagraphText(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next = 0;
      std::size_t bytes = 0;
    };
    std::vector<Frame> stack{{root}};
    int in_p = 0;
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& kids = f.node->v.element.children;
      if (f.next < kids.length) {
        const auto* c = static_cast<const GumboNode*>(kids.data[f.next++]);
        if (c->type == GUMBO_NODE_TEXT && in_p > 0) f.bytes += std::strlen(c->v.text.text);
        if (c->type == GUMBO_NODE_ELEMENT && !is_skipped_tag(c->v.element.tag)) {
          in_p += c->v.element.tag == GUMBO_TAG_P;
          stack.push_back({c});
        }
        continue;
      }
      Frame done = f;
      stack.pop_back();
      in_p -= done.node->v.element.tag == GUMBO_TAG_P;
      bytes_[done.node] = done.bytes;
      if (!stack.empty()) stack.back().bytes += done.bytes;
    }
    total_ = bytes_[root];
  }
  bool holds_most(const GumboNode* n) const {
    auto it = bytes_.find(n);
    return it != bytes_.end() && it->second * 2 > total_;
  }

 private:
  std::unordered_map<const GumboNode*, std::size_t> bytes_;
  std::size_t total_ = 0;
};

// One pass over the tree: the blocks in document order, and for each element the weight of
// the blocks under it and the range of their indexes.
class Walker {
 public:
  Walker(std::string_view source, const GumboNode* body_hint, const ParagraphText* paragraphs, bool body_only = false)
      : source_(source), body_hint_(body_hint), paragraphs_(paragraphs), body_only_(body_only) {}

  void run(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next = 0;
      double weight = 0;
      std::size_t first_block = 0;
    };
    std::vector<Frame> stack;
    enter(root);
    stack.push_back({root, 0, 0, blocks_.size()});
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& kids = f.node->v.element.children;
      if (f.next < kids.length) {
        const auto* child = static_cast<const GumboNode*>(kids.data[f.next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
          text(child);
        } else if (child->type == GUMBO_NODE_ELEMENT && !skip(child)) {
          enter(child);
          f.weight += take_weight();  // a block closed by `child` belongs to this element
          stack.push_back({child, 0, 0, blocks_.size()});
        }
        continue;
      }
      leave(f.node);
      f.weight += take_weight();
      Frame done = f;
      stack.pop_back();
      if (done.weight > best_weight_ && blocks_.size() > done.first_block) {
        best_weight_ = done.weight;
        best_ = {done.first_block, blocks_.size()};
      }
      if (done.node == body_hint_) hint_ = {done.first_block, blocks_.size()};
      if (!stack.empty()) stack.back().weight += done.weight;
    }
    flush();  // text directly under an inline root (a <time>, a <span class="byline">)
  }

  std::vector<Block> blocks_;
  std::pair<std::size_t, std::size_t> best_{0, 0};
  std::optional<std::pair<std::size_t, std::size_t>> hint_;

 private:
  bool skip(const GumboNode* n) {
    if (n == body_hint_) return false;
    GumboTag t = tag(n);
    if (is_skipped_tag(t)) return !protects_hint(n);
    // The body alone, as article-extraction benchmarks mark it, has no figures or captions.
    if (body_only_ && (t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_FIGCAPTION)) {
      return !protects_hint(n) && (paragraphs_ == nullptr || !paragraphs_->holds_most(n));
    }
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN) return false;
    if (is_hidden(n)) return !protects_hint(n);
    auto words = name_words(n);
    if (words.empty()) return false;
    return names_boilerplate(words) && !names_content(words) && !protects_hint(n) &&
           (paragraphs_ == nullptr || !paragraphs_->holds_most(n));
  }

  // True when the articleBody element lies under `n`: the page's own word beats our guesses.
  bool protects_hint(const GumboNode* n) const {
    for (const GumboNode* p = body_hint_; p != nullptr; p = p->parent) {
      if (p == n) return true;
    }
    return false;
  }

  void enter(const GumboNode* n) {
    GumboTag t = tag(n);
    if (is_block_tag(t)) {
      flush();
      owners_.push_back(n);
    }
    if (t == GUMBO_TAG_A) ++in_link_;
  }

  void leave(const GumboNode* n) {
    GumboTag t = tag(n);
    if (t == GUMBO_TAG_A) --in_link_;
    if (is_block_tag(t)) {
      flush();
      owners_.pop_back();
    } else if (t == GUMBO_TAG_BR) {
      builder_.line_break(source_offset(n, source_));
    } else if (t == GUMBO_TAG_IMG || t == GUMBO_TAG_WBR) {
      builder_.space(source_offset(n, source_));
    }
  }

  void text(const GumboNode* n) {
    const GumboText& t = n->v.text;
    std::size_t at = source_offset(n, source_);
    if (at == std::string_view::npos) return;  // text the parser made up
    std::string_view raw(t.original_text.data, t.original_text.length);
    std::size_t before = builder_.size();
    if (n->type == GUMBO_NODE_CDATA) {
      builder_.add(t.text, at, at + raw.size());
    } else {
      add_decoded(builder_, t.text, raw, at);
    }
    if (in_link_ > 0) link_bytes_ += builder_.size() - before;
  }

  void flush() {
    if (builder_.empty()) {
      builder_.take();
      link_bytes_ = 0;
      return;
    }
    Block b;
    b.unit = builder_.take();
    b.link_bytes = link_bytes_;
    link_bytes_ = 0;
    const GumboNode* owner = owners_.empty() ? nullptr : owners_.back();
    b.tag = owner == nullptr ? GUMBO_TAG_UNKNOWN : tag(owner);
    b.headline = b.tag == GUMBO_TAG_H1;
    b.role = is_heading(b.tag) ? Role::Heading
             : b.tag == GUMBO_TAG_LI || b.tag == GUMBO_TAG_DT || b.tag == GUMBO_TAG_DD ? Role::Item
             : b.tag == GUMBO_TAG_FIGCAPTION || b.tag == GUMBO_TAG_CAPTION ? Role::Caption
             : b.tag == GUMBO_TAG_P || b.tag == GUMBO_TAG_BLOCKQUOTE || b.tag == GUMBO_TAG_PRE ? Role::Paragraph
                                                                                               : Role::Other;
    pending_weight_ += block_weight(b);
    blocks_.push_back(std::move(b));
  }

  double take_weight() {
    double w = pending_weight_;
    pending_weight_ = 0;
    return w;
  }

  std::string_view source_;
  const GumboNode* body_hint_;
  const ParagraphText* paragraphs_;
  bool body_only_;
  UnitBuilder builder_;
  std::size_t link_bytes_ = 0;
  int in_link_ = 0;
  std::vector<const GumboNode*> owners_;
  double pending_weight_ = 0;
  double best_weight_ = 0;
};

bool is_good(const Block& b) {
  return is_prose(b) || (count_chars(b.unit.text) >= 80 && link_density(b) < 0.3);
}

// The body's blocks: those of the chosen element, without link lists, without the h1 (the
// headline is a unit of its own), and without the short furniture before the first and after
// the last good paragraph.
std::vector<Unit> body_units(std::vector<Block>& blocks, std::pair<std::size_t, std::size_t> range) {
  std::size_t first = range.second, last = range.first;
  for (std::size_t i = range.first; i < range.second; ++i) {
    if (is_good(blocks[i])) {
      first = std::min(first, i);
      last = i;
    }
  }
  std::vector<Unit> out;
  if (first == range.second) {  // no paragraph: keep what is not a link list
    first = range.first;
    last = range.second - 1;
  }
  for (std::size_t i = range.first; i < range.second; ++i) {
    Block& b = blocks[i];
    if (b.headline) continue;
    if (b.link_bytes * 2 > b.unit.text.size() && !is_prose(b)) continue;
    bool inside = i >= first && i <= last;
    // Short text in a bare <div> or <span> between paragraphs is a label ("Advertisement",
    // "Share this"); short paragraphs, headings and list items are the story's.
    if (inside && b.role == Role::Other && block_weight(b) < 0) continue;
    if (!inside) {
      // Outside the run of paragraphs only sentence-like text is kept (a closing line, a note).
      if (count_chars(b.unit.text) < 40 || !ends_like_sentence(b.unit.text) || b.role == Role::Heading) continue;
    }
    out.push_back(std::move(b.unit));
  }
  return out;
}

struct Meta {
  std::string headline, author, published, modified, body;
};

void read_json_ld(const nlohmann::json& j, Meta& m, int depth = 0) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& x : j) read_json_ld(x, m, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("@graph")) read_json_ld(j["@graph"], m, depth + 1);
  auto str = [&](const char* k) -> std::string {
    auto it = j.find(k);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  bool article = j.contains("articleBody") || j.contains("headline");
  if (!article) return;
  if (m.headline.empty()) m.headline = str("headline");
  if (m.published.empty()) m.published = str("datePublished");
  if (m.modified.empty()) m.modified = str("dateModified");
  if (m.body.empty()) m.body = str("articleBody");
  if (m.author.empty() && j.contains("author")) {
    const auto& a = j["author"];
    auto name = [](const nlohmann::json& x) -> std::string {
      if (x.is_string()) return x.get<std::string>();
      if (x.is_object() && x.contains("name") && x["name"].is_string()) return x["name"].get<std::string>();
      return {};
    };
    if (a.is_array()) {
      for (const auto& x : a) {
        std::string n = name(x);
        if (n.empty()) continue;
        if (!m.author.empty()) m.author += ", ";
        m.author += n;
      }
    } else {
      m.author = name(a);
    }
  }
}

// A unit for `decoded` text found in the source at [from, to): mapped character by character
// where the source spells it out, else as one replaced span.
Unit located_unit(std::string_view decoded, std::string_view source, std::size_t from, std::size_t to) {
  UnitBuilder b;
  std::string_view raw = source.substr(from, to - from);
  if (raw.find(decoded) != std::string_view::npos) {
    std::size_t at = from + raw.find(decoded);
    b.add(decoded, at, at + decoded.size());
  } else {
    add_decoded(b, decoded, raw, from);
  }
  return b.take();
}

// Everything the headline, byline and dates are read from, found in one walk.
struct Sources {
  const GumboNode* h1 = nullptr;
  const GumboNode* byline = nullptr;
  const GumboNode* time = nullptr;
  const GumboNode* body_hint = nullptr;
  std::vector<const GumboNode*> metas, json_ld;
};

Sources find_sources(const GumboNode* root) {
  Sources s;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT) {
      if (iequals(attr(n, "type"), "application/ld+json")) s.json_ld.push_back(n);
      continue;
    }
    if (t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE) continue;
    if (t == GUMBO_TAG_META) s.metas.push_back(n);
    if (t == GUMBO_TAG_H1 && s.h1 == nullptr) s.h1 = n;
    if (t == GUMBO_TAG_TIME && s.time == nullptr) s.time = n;
    if (s.body_hint == nullptr && attr(n, "itemprop") == "articleBody") s.body_hint = n;
    if (s.byline == nullptr && t != GUMBO_TAG_META && t != GUMBO_TAG_BODY && t != GUMBO_TAG_HTML && t != GUMBO_TAG_LINK) {
      std::string_view ip = attr(n, "itemprop"), rel = attr(n, "rel");
      bool named = false;
      for (const std::string& w : name_words(n)) named = named || w == "byline" || w == "author" || w == "authors";
      if (ip == "author" || rel == "author" || named) s.byline = n;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
  }
  return s;
}

// The text of an element as a unit located in the source (a heading, a byline, a date).
Unit element_unit(const GumboNode* n, std::string_view source) {
  Walker w(source, nullptr, nullptr);
  w.run(n);
  Unit out;
  UnitBuilder b;
  for (auto& blk : w.blocks_) {
    if (blk.unit.text.empty()) continue;
    if (out.text.empty()) {
      out = std::move(blk.unit);
    } else {
      // Several blocks (a byline split over spans in divs): joined with a space.
      std::size_t base = out.text.size() + 1;
      out.map.add(out.text.size(), out.source_end);
      out.text += ' ';
      if (blk.unit.map.points().empty() || blk.unit.map.points().front().text != 0) out.map.add(base, blk.unit.map.to_input(0));
      for (const auto& p : blk.unit.map.points()) out.map.add(base + p.text, p.input);
      out.text += blk.unit.text;
      out.source_end = blk.unit.source_end;
    }
  }
  return out;
}

// The value of a meta tag's content attribute, located where the attribute is written.
Unit meta_unit(const GumboNode* n, std::string_view source) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, "content");
  if (a == nullptr || a->original_value.data == nullptr) return {};
  std::size_t from = static_cast<std::size_t>(a->original_value.data - source.data());
  std::size_t to = from + a->original_value.length;
  if (to - from >= 2 && (source[from] == '"' || source[from] == '\'')) ++from, --to;
  return located_unit(a->value, source, from, to);
}

// A JSON-LD string value, located in its script from where its first words are spelt out (JSON
// escapes inside it are matched like character references).
Unit json_ld_unit(const std::string& value, const std::vector<const GumboNode*>& scripts, std::string_view source) {
  std::string_view probe = std::string_view(value).substr(0, 24);
  for (const GumboNode* s : scripts) {
    if (s->v.element.children.length == 0) continue;
    const auto* t = static_cast<const GumboNode*>(s->v.element.children.data[0]);
    std::size_t at = source_offset(t, source);
    if (at == std::string_view::npos) continue;
    std::string_view raw(t->v.text.original_text.data, t->v.text.original_text.length);
    std::size_t k = raw.find(probe);
    if (k != std::string_view::npos) return located_unit(value, source, at + k, at + raw.size());
  }
  return {};
}

Meta read_meta(const Sources& s) {
  Meta m;
  for (const GumboNode* j : s.json_ld) {
    if (j->v.element.children.length == 0) continue;
    const auto* t = static_cast<const GumboNode*>(j->v.element.children.data[0]);
    if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_WHITESPACE && t->type != GUMBO_NODE_CDATA) continue;
    auto parsed = nlohmann::json::parse(t->v.text.text, nullptr, false);
    if (!parsed.is_discarded()) read_json_ld(parsed, m);
  }
  return m;
}

std::vector<Unit> metadata_units(const Sources& s, const Meta& m, std::string_view source) {
  const GumboNode *og_title = nullptr, *author = nullptr, *published = nullptr;
  for (const GumboNode* n : s.metas) {
    std::string key = lower(!attr(n, "property").empty() ? attr(n, "property") : !attr(n, "name").empty() ? attr(n, "name") : attr(n, "itemprop"));
    if (og_title == nullptr && (key == "og:title" || key == "twitter:title")) og_title = n;
    if (author == nullptr && (key == "author" || key == "article:author" || key == "byl" || key == "parsely-author")) author = n;
    if (published == nullptr && (key == "article:published_time" || key == "datepublished" || key == "date" ||
                                 key == "pubdate" || key == "publish-date" || key == "parsely-pub-date")) {
      published = n;
    }
  }
  std::vector<Unit> out;
  auto pick = [&](Unit markup, const GumboNode* meta, const std::string& ld) {
    if (!markup.text.empty()) return out.push_back(std::move(markup));
    if (meta != nullptr) {
      Unit u = meta_unit(meta, source);
      if (!u.text.empty()) return out.push_back(std::move(u));
    }
    if (!ld.empty()) {
      Unit u = json_ld_unit(ld, s.json_ld, source);
      if (!u.text.empty()) out.push_back(std::move(u));
    }
  };
  pick(s.h1 != nullptr ? element_unit(s.h1, source) : Unit{}, og_title, m.headline);
  Unit byline = s.byline != nullptr ? element_unit(s.byline, source) : Unit{};
  if (count_chars(byline.text) > 120) byline = {};
  pick(std::move(byline), author, m.author);
  Unit date = s.time != nullptr ? element_unit(s.time, source) : Unit{};
  if (date.text.empty() && s.time != nullptr) {
    const GumboAttribute* a = gumbo_get_attribute(&s.time->v.element.attributes, "datetime");
    if (a != nullptr && a->original_value.data != nullptr) {
      std::size_t from = static_cast<std::size_t>(a->original_value.data - source.data());
      date = located_unit(a->value, source, from, from + a->original_value.length);
    }
  }
  pick(std::move(date), published, m.published);
  return out;
}

}  // namespace

std::vector<Unit> extract_article(const GumboOutput& page, std::string_view source, bool body_only) {
  Sources sources = find_sources(page.root);
  ParagraphText paragraphs(page.root);
  Walker walker(source, sources.body_hint, &paragraphs, body_only);
  walker.run(page.root);
  auto range = walker.hint_.value_or(walker.best_);
  if (range.first == range.second && !walker.blocks_.empty()) range = {0, walker.blocks_.size()};
  std::vector<Unit> units = body_units(walker.blocks_, range);
  const Meta meta = read_meta(sources);
  // The page's own articleBody (JSON-LD) wins over a body much shorter than it: the page shows
  // the story through scripts, or the blocks found are furniture.
  std::size_t found = 0;
  for (const Unit& u : units) found += u.text.size();
  if (meta.body.size() > 2 * found + 200) {
    Unit u = json_ld_unit(meta.body, sources.json_ld, source);
    if (!u.text.empty()) units = {std::move(u)};
  }
  if (!body_only) {
    for (Unit& u : metadata_units(sources, meta, source)) units.push_back(std::move(u));
  }
  // Source order, and no span twice (a byline that is also a body block).
  std::stable_sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return a.source_start < b.source_start; });
  std::vector<Unit> out;
  std::size_t reached = 0;
  for (Unit& u : units) {
    if (u.text.empty()) continue;
    if (!out.empty() && u.source_start < reached) continue;
    reached = std::max(reached, u.source_end);
    out.push_back(std::move(u));
  }
  return out;
}

void check_nesting(const std::string& name, std::string_view source) {
  // Elements whose end tag may be left out, and void elements, do not nest when unclosed.
  static const char* const kFlat[] = {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead",
                                      "tfoot", "colgroup", "rb", "rt", "rp", "caption", "html", "head", "body",
                                      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                      "source", "track", "wbr", "param", "keygen"};
  constexpr long kMaxDepth = 5000;
  long depth = 0;
  for (std::size_t at = 0; (at = source.find('<', at)) != std::string_view::npos; ++at) {
    bool end = at + 1 < source.size() && source[at + 1] == '/';
    std::size_t from = at + 1 + end, to = from;
    while (to < source.size() && std::isalnum(static_cast<unsigned char>(source[to]))) ++to;
    if (to == from || to - from > 10) continue;
    std::string t = lower(source.substr(from, to - from));
    if (t == "script" || t == "style") {  // their text is not markup
      std::size_t close = source.find("</", to);
      if (close == std::string_view::npos) break;
      at = close;
      continue;
    }
    if (std::any_of(std::begin(kFlat), std::end(kFlat), [&](const char* f) { return t == f; })) continue;
    depth += end ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > kMaxDepth) throw Error(name, "elements nested more than " + std::to_string(kMaxDepth) + " deep: not a page claimdiff reads");
  }
}

}  // namespace claimdiff::detail
