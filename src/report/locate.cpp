#include "report/locate.hpp"

#include <algorithm>
#include <filesystem>

namespace claimdiff::detail {

TextRange sentences_range(const Document& doc, const std::vector<std::uint32_t>& ids) {
  if (ids.empty()) return {};
  return {doc.sentences[ids.front()].start, doc.sentences[ids.back()].end};
}

namespace {

// The smallest text offset in [lo, hi] whose input offset is at least `input`: OffsetMap is
// monotone, so a binary search over text offsets inverts it.
std::size_t text_offset(const Document& doc, std::size_t input, std::size_t lo, std::size_t hi) {
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (doc.input_offset(mid) < input) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

}  // namespace

std::optional<TextRange> finding_range(const Document& doc, const Finding& f) {
  if (f.sentence >= doc.sentences.size() || f.text.empty()) return std::nullopt;
  const Sentence& s = doc.sentences[f.sentence];
  // A finding may run past its sentence's end (a rule over a paragraph); search to the next one.
  std::size_t limit = f.sentence + 1 < doc.sentences.size() ? doc.sentences[f.sentence + 1].start : doc.text.size();
  std::size_t lo = std::min(s.start, doc.text.size());
  std::size_t start = text_offset(doc, f.start, lo, limit);
  if (start + f.text.size() <= doc.text.size() && doc.slice(start, start + f.text.size()) == f.text) {
    return TextRange{start, start + f.text.size()};
  }
  std::size_t at = std::string_view(doc.text).substr(lo, limit - lo).find(f.text);
  if (at == std::string_view::npos) return std::nullopt;
  return TextRange{lo + at, lo + at + f.text.size()};
}

std::vector<std::optional<TextRange>> finding_ranges(const Report& report) {
  std::vector<std::optional<TextRange>> out;
  out.reserve(report.findings.size());
  for (const Finding& f : report.findings) {
    out.push_back(f.version < report.versions.size() ? finding_range(report.versions[f.version], f) : std::nullopt);
  }
  return out;
}

namespace {

// Each field is length-prefixed ("5:hello"), so no text, whatever bytes it holds, can make two
// different keys equal.
void append_field(std::string& key, std::string_view text) {
  key += std::to_string(text.size());
  key += ':';
  key += text;
}

void append_texts(std::string& key, const std::vector<std::string_view>& texts) {
  key += std::to_string(texts.size());
  key += '#';
  for (std::string_view t : texts) append_field(key, t);
}

std::string normal_name(std::string_view name) {
  return std::filesystem::path(name).lexically_normal().generic_string();
}

}  // namespace

std::string claim_key(std::string_view kind, const std::vector<std::string_view>& base_texts,
                      const std::vector<std::string_view>& other_texts) {
  std::string key;
  append_field(key, kind);
  append_texts(key, base_texts);
  append_texts(key, other_texts);
  return key;
}

std::string claim_key(const Report& report, const Comparison& cmp, const Claim& claim) {
  const Document& a = report.versions[cmp.base];
  const Document& b = report.versions[cmp.other];
  std::vector<std::string_view> bt, ot;
  for (auto id : claim.base) bt.push_back(a.sentence_text(a.sentences[id]));
  for (auto id : claim.other) ot.push_back(b.sentence_text(b.sentences[id]));
  return claim_key(to_string(claim.kind), bt, ot);
}

std::string finding_key(std::string_view rule, std::string_view text, std::string_view version_name) {
  std::string key;
  append_field(key, rule);
  append_field(key, text);
  append_field(key, normal_name(version_name));
  return key;
}

std::string finding_key_strict(std::string_view rule, std::string_view text, std::string_view version_name,
                               std::string_view sentence_text) {
  std::string key = finding_key(rule, text, version_name);
  append_field(key, sentence_text);
  return key;
}

std::string one_line(std::string_view text) {
  std::string s(text);
  for (char& c : s) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return s;
}

std::string change_types(const Claim& claim) {
  std::string types;
  std::vector<ChangeType> seen;
  for (const Change& ch : claim.changes) {
    if (std::find(seen.begin(), seen.end(), ch.type) != seen.end()) continue;
    seen.push_back(ch.type);
    if (!types.empty()) types += ", ";
    types += to_string(ch.type);
  }
  return types;
}

}  // namespace claimdiff::detail
