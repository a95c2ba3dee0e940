#pragma once
// The bodies of the fuzz targets, as functions that return what they found broken (empty: all
// well). The *_fuzz.cpp files wrap them for libFuzzer and abort on a finding; invariants_test.cpp
// replays the inputs kept in tests/fuzz/regressions/ through them on every ctest run.
//
// Input layout: one byte of option bits, then the text. For align and compare the text holds the
// documents separated by NUL bytes: no valid document contains one, so a separator costs no text
// the loader would accept, and a NUL that lands inside the last document is refused by the
// loader, an outcome worth fuzzing too.

#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <unicode/utf8.h>

#include "claimdiff/claimdiff.hpp"
#include "claimdiff/error.hpp"
#include "../invariants.hpp"

namespace fuzz {

inline const claimdiff::Resources& resources() {
  static const claimdiff::Resources res(CLAIMDIFF_DATA_DIR);
  return res;
}

struct Input {
  std::uint8_t flags = 0;
  std::vector<std::string_view> docs;
};

inline Input split(const std::uint8_t* data, std::size_t size, std::size_t max_docs) {
  Input in;
  if (size == 0) return in;
  in.flags = data[0];
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  while (in.docs.size() + 1 < max_docs) {
    std::size_t nul = rest.find('\0');
    if (nul == std::string_view::npos) break;
    in.docs.push_back(rest.substr(0, nul));
    rest.remove_prefix(nul + 1);
  }
  in.docs.push_back(rest);
  return in;
}

// Loads every document as UTF-8; false when the loader refuses one (a clean outcome, as long as
// the error names the file).
inline bool load(const Input& in, std::vector<claimdiff::Document>& out, invariants::Problems& problems) {
  try {
    claimdiff::LoadOptions text;  // the html target reads pages; these targets check plain text
    text.format = claimdiff::InputFormat::Text;
    for (std::size_t i = 0; i < in.docs.size(); ++i) out.push_back(claimdiff::load_bytes("v" + std::to_string(i), in.docs[i], text));
  } catch (const claimdiff::Error& e) {
    if (e.file.empty() || e.message.empty()) problems.push_back("loader error without a file or a message");
    return false;
  }
  return true;
}

// Line and column of the first NUL or invalid UTF-8 byte of `raw` after `skip`, if any, counting
// CRLF and lone CR as one line break and columns in code points.
inline bool first_bad_byte(std::string_view raw, std::size_t skip, claimdiff::Position& at) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(raw.data());
  auto n = static_cast<int32_t>(raw.size());
  at = {};
  for (auto i = static_cast<int32_t>(skip); i < n;) {
    int32_t from = i;
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c <= 0) return true;
    if (c == '\n' && from > 0 && raw[static_cast<std::size_t>(from) - 1] == '\r') continue;
    if (c == '\n' || c == '\r') {
      ++at.line;
      at.column = 1;
    } else {
      ++at.column;
    }
  }
  return false;
}

// load (UTF-8, a legacy encoding or UTF-16) then segment. A refusal must name the first bad
// byte's line and column; accepted text must satisfy invariants::check_document.
inline invariants::Problems load_segment(const std::uint8_t* data, std::size_t size) {
  invariants::Problems problems;
  if (size == 0) return problems;
  const std::uint8_t flags = data[0];
  std::string_view raw(reinterpret_cast<const char*>(data) + 1, size - 1);
  static const char* const kEncodings[] = {"", "windows-1251", "Shift_JIS", "UTF-16LE"};
  static const std::size_t kMaxSentence[] = {4096, 256, 32, 8};
  static const char* const kLanguages[] = {"en", "es", "zh", "ar"};
  claimdiff::LoadOptions lo;
  lo.encoding = kEncodings[flags & 3];
  claimdiff::SegmentOptions so;
  so.mode = (flags & 4) != 0 ? claimdiff::SegmentMode::Lines : claimdiff::SegmentMode::Sentences;
  so.max_sentence_bytes = kMaxSentence[(flags >> 3) & 3];

  std::string encoding = invariants::detail::effective_encoding(raw, lo.encoding);
  std::size_t bom = encoding == "UTF-8" && raw.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  claimdiff::Position bad;
  bool expect_refusal = encoding == "UTF-8" && first_bad_byte(raw, bom, bad);
  auto where = [](const claimdiff::Position& p) { return std::to_string(p.line) + ":" + std::to_string(p.column); };

  claimdiff::Document d;
  try {
    d = claimdiff::load_bytes("fuzz.txt", raw, lo);
  } catch (const claimdiff::Error& e) {
    if (encoding == "UTF-8" && (!expect_refusal || e.line != bad.line || e.column != bad.column || e.file != "fuzz.txt")) {
      problems.push_back("refused at " + std::to_string(e.line) + ":" + std::to_string(e.column) + ", first bad byte " +
                         (expect_refusal ? "at " + where(bad) : "none"));
    }
    return problems;
  }
  if (expect_refusal) problems.push_back("a NUL or invalid UTF-8 at " + where(bad) + " was accepted");
  d.language = kLanguages[(flags >> 5) & 3];
  claimdiff::segment(d, resources().language(d.language), so);
  invariants::check_document(d, raw, lo.encoding, so, problems);
  return problems;
}

// align two documents under small DP budgets (the banded path runs on small inputs), with base
// as its own translation (--via) for the DP over everything: every sentence in exactly one bead.
inline invariants::Problems align(const std::uint8_t* data, std::size_t size) {
  invariants::Problems problems;
  Input in = split(data, size, 2);
  std::vector<claimdiff::Document> docs;
  if (in.docs.size() != 2 || !load(in, docs, problems)) return problems;
  static const std::size_t kMaxCells[] = {250'000, 2'000, 200, 16};
  static const double kThresholds[] = {0.3, 0.0, 0.6, 0.95};
  claimdiff::SegmentOptions so;
  so.mode = (in.flags & 1) != 0 ? claimdiff::SegmentMode::Lines : claimdiff::SegmentMode::Sentences;
  so.max_sentence_bytes = (in.flags & 64) != 0 ? 64 : 4096;
  for (auto& d : docs) claimdiff::segment(d, resources().language(d.language), so);
  claimdiff::AlignOptions ao;
  ao.max_cells = kMaxCells[(in.flags >> 1) & 3];
  ao.threshold = kThresholds[(in.flags >> 3) & 3];
  ao.move_threshold = std::max(0.5, ao.threshold);
  if ((in.flags & 32) != 0) ao.via = &docs[0];
  invariants::check_beads(docs[0], docs[1], claimdiff::align(docs[0], docs[1], ao), problems);
  return problems;
}

// The whole pipeline on two or three documents with the --ignore, --chain and --segment variants:
// the report must satisfy invariants::check_report and its JSON must parse and hold the claims.
inline invariants::Problems compare(const std::uint8_t* data, std::size_t size) {
  invariants::Problems problems;
  Input in = split(data, size, 3);
  std::vector<claimdiff::Document> docs;
  if (in.docs.size() < 2 || !load(in, docs, problems)) return problems;
  claimdiff::CompareOptions o;
  o.segment.mode = (in.flags & 1) != 0 ? claimdiff::SegmentMode::Lines : claimdiff::SegmentMode::Sentences;
  o.classify.diff.ignore_case = (in.flags & 2) != 0;
  o.classify.diff.ignore_punctuation = (in.flags & 4) != 0;
  o.classify.diff.ignore_quotes = (in.flags & 8) != 0;
  o.classify.diff.ignore_whitespace = (in.flags & 16) != 0;
  o.classify.ignore_spelling = (in.flags & 32) != 0;
  o.chain = (in.flags & 64) != 0;
  if ((in.flags & 128) != 0) {
    o.segment.max_sentence_bytes = 64;
    o.align.max_cells = 200;
  }
  claimdiff::Report report = claimdiff::compare(std::move(docs), resources(), o);
  invariants::check_report(report, problems);

  std::ostringstream json_out, text_out;
  claimdiff::write_json(json_out, report);
  claimdiff::write_text(text_out, report);
  nlohmann::json j = nlohmann::json::parse(json_out.str(), nullptr, false);
  if (j.is_discarded() || j["comparisons"].size() != report.comparisons.size()) {
    problems.push_back("the JSON report does not parse or lost comparisons");
    return problems;
  }
  for (std::size_t c = 0; c < report.comparisons.size(); ++c) {
    if (j["comparisons"][c]["claims"].size() != report.comparisons[c].claims.size()) {
      problems.push_back("the JSON report lost claims");
    }
  }
  return problems;
}

// HTML (or, by the option byte, Markdown) load then segment. A refusal must name the file; an
// accepted page must give valid UTF-8 text whose offsets into the input and into the markup
// never go backwards or past the end, and sentences whose line and column are those of their
// start in the markup.
inline invariants::Problems html(const std::uint8_t* data, std::size_t size) {
  invariants::Problems problems;
  if (size == 0) return problems;
  const std::uint8_t flags = data[0];
  std::string_view raw(reinterpret_cast<const char*>(data) + 1, size - 1);
  claimdiff::LoadOptions lo;
  lo.format = (flags & 1) != 0 ? claimdiff::InputFormat::Markdown : claimdiff::InputFormat::Html;
  lo.body_only = (flags & 2) != 0;
  claimdiff::Document d;
  try {
    d = claimdiff::load_bytes("fuzz.html", raw, lo);
  } catch (const claimdiff::Error& e) {
    if (e.file != "fuzz.html" || e.message.empty()) problems.push_back("refusal without the file or a message");
    return problems;
  }
  if (!invariants::detail::valid_utf8(d.text)) problems.push_back("text is not valid UTF-8");
  std::size_t last_input = 0, last_source = 0;
  for (std::size_t t = 0; t <= d.text.size(); t += 1 + t / 8) {
    std::size_t in = d.input_offset(t), src = d.markup.offsets.to_input(t);
    if (in < last_input || in > raw.size()) problems.push_back("input offset of " + std::to_string(t) + " out of order or range");
    if (src < last_source || src > d.markup.source.size()) problems.push_back("markup offset of " + std::to_string(t) + " out of order or range");
    last_input = in;
    last_source = src;
    if (problems.size() > 4) return problems;
  }
  d.language = "en";
  claimdiff::segment(d, resources().language("en"));
  for (const auto& s : d.sentences) {
    claimdiff::Position p = d.markup.position(d.markup.offsets.to_input(s.start));
    if (s.start >= s.end || s.end > d.text.size()) problems.push_back("sentence " + std::to_string(s.id) + " out of range");
    if (p.line != s.line || p.column != s.column) problems.push_back("sentence " + std::to_string(s.id) + " line or column");
    if (problems.size() > 4) break;
  }
  return problems;
}

}  // namespace fuzz
