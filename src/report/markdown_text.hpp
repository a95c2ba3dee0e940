#pragma once
// Markdown pieces shared by the Markdown report and SARIF's message.markdown.

#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/diff.hpp"

namespace claimdiff::detail {

// `text` on one line, escaped so that Markdown (CommonMark, GitHub) shows it literally: ASCII
// punctuation that could start markup is backslash-escaped, '<' and '>' become entities and so
// does '&' where it would start one (no raw HTML, no entity tricks), a list or heading marker at `line_start` is escaped, and '@' is
// followed by a word joiner so that GitHub does not mention anyone.
std::string markdown_escape(std::string_view text, bool line_start = true);

// A word diff on one line: equal text as is, deletions as ~~deleted~~, insertions as
// **inserted**, all escaped; whitespace at an edit's edges stays outside the markers (CommonMark
// ignores markers next to spaces) and a whitespace-only edit shows as a middle dot.
std::string markdown_diff(const std::vector<DiffOp>& ops);

}  // namespace claimdiff::detail
