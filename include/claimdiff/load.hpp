#pragma once
// load: read bytes from a file or stdin and turn them into a Document's text.
//
// UTF-8 (with or without BOM) is taken as is; a UTF-16/32 BOM, or `encoding`, selects an ICU
// converter. Invalid UTF-8, NUL bytes and binary data are refused with the position of the first
// bad byte. CRLF and lone CR become LF; the text is put in NFC. Throws claimdiff::Error.

#include <cstddef>
#include <string>
#include <string_view>

#include "claimdiff/document.hpp"

namespace claimdiff {

struct LoadOptions {
  std::string encoding;                          // empty: UTF-8 unless a BOM says otherwise
  std::size_t max_bytes = 256u * 1024u * 1024u;  // larger inputs are refused
};

// Reads `path` ("-" for stdin). The returned document has text and offsets, no sentences yet.
Document load_file(const std::string& path, const LoadOptions& options = {});

// Same, from bytes already in memory; `name` is used in errors and reports.
Document load_bytes(std::string name, std::string_view bytes, const LoadOptions& options = {});

// The language of a text as an ISO 639-1 code ("en", "es"), from CLD2 (Compact Language
// Detector 2); empty when the detector is not confident (very short or mixed text).
std::string detect_language(std::string_view text);

}  // namespace claimdiff
