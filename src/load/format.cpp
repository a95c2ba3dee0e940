#include <algorithm>
#include <cctype>
#include <string>

#include "claimdiff/error.hpp"
#include "claimdiff/load.hpp"

namespace claimdiff {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Markdown that plain news copy does not contain: an ATX heading, a fenced code block, an
// inline link or emphasis with asterisks, at the start of some line.
bool looks_like_markdown(std::string_view head) {
  int signs = 0;
  std::size_t at = 0;
  while (at < head.size()) {
    std::size_t nl = head.find('\n', at);
    std::string_view line = head.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    if (line.rfind("# ", 0) == 0 || line.rfind("## ", 0) == 0 || line.rfind("### ", 0) == 0 || line.rfind("```", 0) == 0) ++signs;
    if (line.find("](http") != std::string_view::npos || line.find("**") != std::string_view::npos) ++signs;
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return signs >= 2;
}

}  // namespace

InputFormat detect_format(std::string_view name, std::string_view bytes) {
  std::string n = lower(name);
  if (ends_with(n, ".html") || ends_with(n, ".htm") || ends_with(n, ".xhtml") || ends_with(n, ".shtml")) return InputFormat::Html;
  if (ends_with(n, ".md") || ends_with(n, ".markdown") || ends_with(n, ".mdown")) return InputFormat::Markdown;
  if (ends_with(n, ".txt")) return InputFormat::Text;
  std::string_view head = bytes.substr(0, 4096);
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  std::size_t first = 0;
  while (first < head.size() && std::isspace(static_cast<unsigned char>(head[first]))) ++first;
  std::string start = lower(head.substr(first, 512));
  // HTML begins with markup: a doctype, a comment or a tag; then a page tag names it.
  if (start.rfind("<", 0) == 0) {
    for (const char* t : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}) {
      if (start.find(t) != std::string::npos) return InputFormat::Html;
    }
  }
  return looks_like_markdown(head) ? InputFormat::Markdown : InputFormat::Text;
}

InputFormat input_format_named(std::string_view name) {
  if (name == "auto") return InputFormat::Auto;
  if (name == "text") return InputFormat::Text;
  if (name == "html") return InputFormat::Html;
  if (name == "markdown") return InputFormat::Markdown;
  throw Error("", "input format: '" + std::string(name) + "' is not auto, text, html or markdown");
}

std::string extracted_text(const Document& document) {
  const std::string& text = document.text;
  std::string out;
  out.reserve(text.size() + 1);
  for (std::size_t at = 0; at < text.size();) {
    std::size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    if (nl > at) out.append(text, at, nl - at).push_back('\n');
    at = nl + 1;
  }
  return out;
}

}  // namespace claimdiff
