// HTML input: the charset, the parse (gumbo), and the Document of the extracted article.
//
// The charset is decided as the HTML standard's encoding sniffing does, in order: a BOM, the
// user's --encoding, then a prescan of the page's first bytes for <meta charset> or an
// http-equiv Content-Type. Pages lie about it, so a declared charset that does not decode the
// bytes gives way to ICU's detector (ucsdet), with a warning; a page declaring nothing is UTF-8
// if it decodes as UTF-8, else what the detector says.

#include "claimdiff/markup.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>
#include <cctype>
#include <memory>
#include <string>

#include <gumbo.h>
#include <unicode/ucsdet.h>

#include "claimdiff/error.hpp"
#include "load/html_extract.hpp"
#include "load/markup_text.hpp"

namespace claimdiff {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The charset named after the first "charset" in `tag` (`charset="x"`, `content="...; charset=x"`).
std::string charset_in(std::string_view tag) {
  std::string t = lower(tag);
  std::size_t at = t.find("charset");
  if (at == std::string::npos) return {};
  std::size_t i = at + 7;
  while (i < t.size() && std::isspace(static_cast<unsigned char>(t[i]))) ++i;
  if (i >= t.size() || t[i] != '=') return {};
  ++i;
  while (i < t.size() && (std::isspace(static_cast<unsigned char>(t[i])) || t[i] == '"' || t[i] == '\'')) ++i;
  std::size_t from = i;
  while (i < t.size() && (std::isalnum(static_cast<unsigned char>(t[i])) || t[i] == '-' || t[i] == '_' || t[i] == ':' || t[i] == '.')) ++i;
  return t.substr(from, i - from);
}

// The charset the page declares in its first bytes: <meta charset>, <meta http-equiv> or an XML
// declaration (the HTML standard's prescan looks at 1024 bytes; pages put long scripts first, so
// more is read).
std::string declared_charset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 16384);
  if (head.substr(0, 5) == "<?xml") {
    std::string decl = lower(head.substr(0, head.find("?>")));
    std::size_t at = decl.find("encoding");
    std::size_t q = at == std::string::npos ? at : decl.find_first_of("\"'", at);
    std::size_t e = q == std::string::npos ? q : decl.find(decl[q], q + 1);
    if (e != std::string::npos) return decl.substr(q + 1, e - q - 1);
  }
  for (std::size_t at = 0; (at = head.find('<', at)) != std::string_view::npos; ++at) {
    if (head.size() - at < 5 || lower(head.substr(at + 1, 4)) != "meta") continue;
    std::size_t end = head.find('>', at);
    if (end == std::string_view::npos) break;
    std::string c = charset_in(head.substr(at, end - at));
    if (!c.empty()) return c;
  }
  return {};
}

// The WHATWG Encoding Standard reads the Latin-1 and ASCII labels as windows-1252.
std::string converter_name(const std::string& label) {
  if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii" || label == "iso8859-1" ||
      label == "l1" || label == "cp1252") {
    return "windows-1252";
  }
  if (label == "utf8" || label == "unicode-1-1-utf-8") return "utf-8";
  return label;
}

// What ICU's charset detector makes of the bytes; empty when it has no answer.
std::string detect_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&status), ucsdet_close);
  if (U_FAILURE(status)) return {};
  ucsdet_enableInputFilter(det.get(), true);  // markup says nothing about the charset
  auto sample = bytes.substr(0, 1 << 20);
  ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return {};
  const char* name = ucsdet_getName(match, &status);
  return U_FAILURE(status) || name == nullptr ? std::string() : std::string(name);
}

bool has_bom(std::string_view b) {
  return b.substr(0, 3) == "\xEF\xBB\xBF" || b.substr(0, 2) == "\xFF\xFE" || b.substr(0, 2) == "\xFE\xFF";
}

// The page decoded as load decodes text (offsets into the bytes as given, LF, NFC).
Document decode_page(const std::string& name, std::string_view bytes, const LoadOptions& options) {
  LoadOptions lo = options;
  lo.format = InputFormat::Text;
  if (!options.encoding.empty() || has_bom(bytes)) return load_bytes(name, bytes, lo);
  std::string declared = declared_charset(bytes);
  lo.encoding = converter_name(declared);
  try {
    return load_bytes(name, bytes, lo);
  } catch (const Error& e) {
    // NUL bytes mean binary data in any charset: no detector can help.
    if (e.message.find("NUL byte") != std::string::npos) throw;
    std::string guess = detect_charset(bytes);
    if (guess.empty() || lower(guess) == lower(lo.encoding)) throw;
    lo.encoding = converter_name(lower(guess));
    Document d = load_bytes(name, bytes, lo);
    d.warnings.push_back((declared.empty() ? std::string("no charset declared and not UTF-8")
                                           : "the page says charset " + declared + " but is not") +
                         "; decoded as " + lo.encoding + " (detected)");
    return d;
  }
}

// The arena gumbo allocates from: the whole tree goes at once (gumbo's own destructor recurses
// once per level of nesting, which a hostile page makes deep enough to overflow the stack).
class Arena {
 public:
  static void* allocate(void* self, size_t size) { return static_cast<Arena*>(self)->take(size); }
  static void deallocate(void*, void*) {}

 private:
  void* take(std::size_t size) {
    size = (size + 15) & ~std::size_t{15};
    if (size > kBlock / 4) return blocks_.emplace_back(std::make_unique<std::max_align_t[]>(size / sizeof(std::max_align_t) + 1)).get();
    if (current_ == nullptr || used_ + size > kBlock) {
      current_ = blocks_.emplace_back(std::make_unique<std::max_align_t[]>(kBlock / sizeof(std::max_align_t))).get();
      used_ = 0;
    }
    void* p = reinterpret_cast<char*>(current_) + used_;
    used_ += size;
    return p;
  }
  static constexpr std::size_t kBlock = 1 << 16;
  std::vector<std::unique_ptr<std::max_align_t[]>> blocks_;
  std::max_align_t* current_ = nullptr;
  std::size_t used_ = 0;
};

bool starts_with_ci(std::string_view s, std::size_t at, std::string_view word) {
  if (at > s.size() || s.size() - at < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[at + i])) != word[i]) return false;
  }
  return true;
}

// The page without the contents of its scripts, style sheets and inline SVG drawings (JSON-LD
// kept: it names the headline, author and dates), and the map from the shortened page back to
// the page. On news pages these are most of the bytes, and the HTML tokenizer reads them one
// character at a time.
std::string without_scripts(std::string_view page, OffsetMap& map) {
  std::string out;
  out.reserve(page.size());
  std::size_t copied = 0;
  for (std::size_t at = 0; (at = page.find('<', at)) != std::string_view::npos; ++at) {
    std::string_view name = starts_with_ci(page, at + 1, "script")  ? "script"
                            : starts_with_ci(page, at + 1, "style") ? "style"
                            : starts_with_ci(page, at + 1, "svg")   ? "svg"
                                                                    : "";
    if (name.empty()) continue;
    std::size_t after = at + 1 + name.size();
    if (after < page.size() && std::isalnum(static_cast<unsigned char>(page[after]))) continue;
    std::size_t open_end = page.find('>', after);
    if (open_end == std::string_view::npos) break;
    if (lower(page.substr(at, open_end - at)).find("ld+json") != std::string::npos) continue;
    std::size_t close = open_end + 1;
    while ((close = page.find("</", close)) != std::string_view::npos && !starts_with_ci(page, close + 2, name)) ++close;
    if (close == std::string_view::npos) break;
    out.append(page.substr(copied, open_end + 1 - copied));
    map.add(out.size(), close);
    copied = close;
    at = close;
  }
  out.append(page.substr(copied));
  return out;
}

}  // namespace

Document load_html(std::string name, std::string_view bytes, const LoadOptions& options) {
  Document decoded = decode_page(name, bytes, options);
  OffsetMap cut;
  const std::string source = without_scripts(decoded.text, cut);
  detail::check_nesting(name, source);
  Arena arena;
  GumboOptions go = kGumboDefaultOptions;
  go.allocator = &Arena::allocate;
  go.deallocator = &Arena::deallocate;
  go.userdata = &arena;
  go.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&go, source.data(), source.size());
  if (out == nullptr) throw Error(name, "cannot parse the page");
  std::vector<detail::Unit> units = detail::extract_article(*out, source, options.body_only);
  if (units.empty()) throw Error(name, "no article text found in the page");
  return detail::assemble(std::move(decoded), std::move(units), &cut);
}

}  // namespace claimdiff
