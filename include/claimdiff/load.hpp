#pragma once
// load: read bytes from a file or stdin and turn them into a Document's text.
//
// UTF-8 (with or without BOM) is taken as is; a UTF-16/32 BOM, or `encoding`, selects an ICU
// converter. Invalid UTF-8, NUL bytes and binary data are refused with the position of the first
// bad byte. CRLF and lone CR become LF; the text is put in NFC. Throws claimdiff::Error.
// HTML and Markdown become the text a reader sees (markup.hpp); offsets, lines and columns still
// point into the file as given.

#include <cstddef>
#include <string>
#include <string_view>

#include "claimdiff/document.hpp"

namespace claimdiff {

enum class InputFormat { Auto, Text, Html, Markdown };

struct LoadOptions {
  std::string encoding;                          // empty: UTF-8 unless a BOM (or, in HTML, the page) says otherwise
  InputFormat format = InputFormat::Auto;        // Auto: from the extension, then the content
  bool body_only = false;                        // HTML: the article body without headline, byline and dates
  std::size_t max_bytes = 256u * 1024u * 1024u;  // larger inputs are refused
  bool threads = true;                           // load_versions: read the files in parallel
};

// Reads `path` ("-" for stdin). The returned document has text and offsets, no sentences yet.
Document load_file(const std::string& path, const LoadOptions& options = {});

// Same, from bytes already in memory; `name` is used in errors and reports.
Document load_bytes(std::string name, std::string_view bytes, const LoadOptions& options = {});

// The format of an input: from `name`'s extension (.html .htm .xhtml, .md .markdown, .txt), else
// from the first bytes (a doctype or <html>/<head>/<body> tag; Markdown headings or links).
InputFormat detect_format(std::string_view name, std::string_view bytes);

// The format a user names: "auto", "text", "html" or "markdown". Throws Error for another name.
InputFormat input_format_named(std::string_view name);

// The text a loaded document compares, one block (paragraph, heading, list item) per line, with
// no empty lines: what `claimdiff extract` prints for a web page or a Markdown file.
std::string extracted_text(const Document& document);

// The language of a text as an ISO 639-1 code ("en", "es"), from CLD2 (Compact Language
// Detector 2); empty when the detector is not confident (very short or mixed text).
std::string detect_language(std::string_view text);

}  // namespace claimdiff
