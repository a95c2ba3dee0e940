#pragma once
// The article in a parsed page: main-content extraction over gumbo's tree.

#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

#include "load/markup_text.hpp"

namespace claimdiff::detail {

// The units of the article in `page` (parsed from `source`) in source order: the headline,
// byline and dates (unless `body_only`), then the body's paragraphs, headings, list items and
// captions. Empty when the page has no text.
std::vector<Unit> extract_article(const GumboOutput& page, std::string_view source, bool body_only);

// Refuses (claimdiff::Error) a page whose tags nest deeper than any real page does: the parser's
// scope checks walk the stack of open elements, so depth is what makes it slow.
void check_nesting(const std::string& name, std::string_view source);

}  // namespace claimdiff::detail
