#pragma once
// Web pages and Markdown as inputs: the text a reader sees, with a map back to the source.
//
// HTML is parsed with gumbo (the HTML5 parsing algorithm) and the article's main content is
// extracted: navigation, menus, ads, share bars, related lists, comments, cookie banners,
// scripts and styles are left out. The headline, byline and dates become units of their own.
// Markdown is parsed with cmark-gfm; the rendered text is kept, not the markup. In both, the
// text has one block (paragraph, heading, list item, caption) per line with a blank line
// between blocks; Document::markup maps every text offset to the decoded source.

#include <string>
#include <string_view>

#include "claimdiff/document.hpp"
#include "claimdiff/load.hpp"

namespace claimdiff {

// The article text of a page. The charset is the BOM's, else `options.encoding`, else the
// page's <meta charset> or http-equiv; when that does not decode the bytes, ICU's charset
// detector picks one and a warning is added to the document. A page with no text is refused.
// Throws claimdiff::Error.
Document load_html(std::string name, std::string_view bytes, const LoadOptions& options = {});

// The rendered text of a Markdown file (CommonMark with the GitHub extensions).
Document load_markdown(std::string name, std::string_view bytes, const LoadOptions& options = {});

}  // namespace claimdiff
