#pragma once
// The pipeline's invariants as checks that list what they find broken, shared by
// invariants_test.cpp (which asserts the list is empty) and the fuzz targets (which abort).
//
// - load: the text is valid UTF-8 in NFC without CR or NUL; every sentence, cut back out of the
//   input bytes through Document::input_offset and decoded the same way, is the sentence text.
// - segment: sentences are ordered, disjoint, trimmed, on code point boundaries, at most
//   SegmentOptions::max_sentence_bytes long, and cover every character that is not a space; their
//   line and column are right; tokens lie inside them and leave only spaces between them.
// - align: every sentence of both documents is in exactly one bead.
// - classify: every sentence is in exactly one claim; a claim's word diff rebuilds both sides.
// - lint: findings carry input offsets, and line and column of their start.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include "claimdiff/claimdiff.hpp"

namespace invariants {

using Problems = std::vector<std::string>;

namespace detail {

inline bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

inline bool boundary(std::string_view s, std::size_t i) {
  return i == 0 || i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// The spaces the segmenter trims and skips (segment.cpp: is_space and space_length).
inline std::size_t space_length(std::string_view s, std::size_t i) {
  static constexpr std::string_view kSpaces[] = {" ", "\t", "\n", "\r", "\f", "\v", "\u00A0", "\u2009",
                                                 "\u202F", "\u3000", "\u2002", "\u2003", "\u200B"};
  for (std::string_view sp : kSpaces) {
    if (s.substr(i, sp.size()) == sp) return sp.size();
  }
  return 0;
}

inline bool all_space(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = space_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// False where the code point at i is a mark, joiner or modifier, or follows a joiner: inside a
// character cluster.
inline bool cluster_start(std::string_view s, std::size_t i) {
  if (i == 0 || i >= s.size()) return true;
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  auto at = static_cast<int32_t>(i);
  UChar32 c = 0, before = 0;
  U8_NEXT_OR_FFFD(p, at, static_cast<int32_t>(s.size()), c);
  at = static_cast<int32_t>(i);
  U8_PREV_OR_FFFD(p, 0, at, before);
  return c != 0x200D && before != 0x200D && !u_hasBinaryProperty(c, UCHAR_GRAPHEME_EXTEND) &&
         !u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER);
}

inline std::string nfc(std::string s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  n->normalizeUTF8(0, s, sink, nullptr, status);
  return U_SUCCESS(status) ? out : s;
}

inline std::string fold_newlines(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') {
      out.push_back(s[i]);
    } else {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    }
  }
  return out;
}

// The encoding load_bytes decodes `raw` with: a byte order mark wins over the one asked for.
inline std::string effective_encoding(std::string_view raw, const std::string& asked) {
  using namespace std::string_view_literals;
  auto starts = [&](std::string_view p) { return raw.substr(0, p.size()) == p; };
  if (starts("\xEF\xBB\xBF"sv)) return "UTF-8";
  if (starts("\xFF\xFE\x00\x00"sv)) return "UTF-32LE";
  if (starts("\x00\x00\xFE\xFF"sv)) return "UTF-32BE";
  if (starts("\xFF\xFE"sv)) return "UTF-16LE";
  if (starts("\xFE\xFF"sv)) return "UTF-16BE";
  std::string lower;
  for (char c : asked) {
    if (c != '-' && c != '_') lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return lower.empty() || lower == "utf8" ? "UTF-8" : asked;
}

// Bytes of the input as the loader reads them: decoded, newlines folded, NFC. Independent of
// load.cpp (ICU's converter for the other encodings, no byte order mark handling: `bytes` is a
// slice from inside the input). `ok` turns false when ICU refuses them.
inline std::string decode(std::string_view bytes, const std::string& encoding, bool& ok) {
  ok = true;
  std::string utf8;
  if (encoding == "UTF-8") {
    utf8.assign(bytes);
  } else {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open(encoding.c_str(), &status), ucnv_close);
    if (U_FAILURE(status)) {
      ok = false;
      return {};
    }
    std::vector<char> out(bytes.size() * 4 + 16);
    status = U_ZERO_ERROR;
    int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, cnv.get(), out.data(), static_cast<int32_t>(out.size()),
                                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) {
      ok = false;
      return {};
    }
    utf8.assign(out.data(), static_cast<std::size_t>(n));
  }
  return nfc(fold_newlines(utf8));
}

// Line and column (1-based, code points) of text offsets, counted from the start of the text;
// cheap for offsets asked in increasing order.
class Walker {
 public:
  explicit Walker(std::string_view text) : text_(text) {}
  claimdiff::Position at(std::size_t offset) {
    if (offset < offset_) {
      offset_ = 0;
      pos_ = {};
    }
    for (; offset_ < offset && offset_ < text_.size(); ++offset_) {
      unsigned char c = static_cast<unsigned char>(text_[offset_]);
      if (c == '\n') {
        ++pos_.line;
        pos_.column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++pos_.column;
      }
    }
    return pos_;
  }

 private:
  std::string_view text_;
  std::size_t offset_ = 0;
  claimdiff::Position pos_;
};

inline std::string where(const claimdiff::Document& d, std::size_t sentence) {
  return d.name + " sentence " + std::to_string(sentence) + ": ";
}

}  // namespace detail

// Load and segment: `raw` is the input as read, `encoding` the one asked for (empty: UTF-8).
inline void check_document(const claimdiff::Document& d, std::string_view raw, const std::string& encoding,
                           const claimdiff::SegmentOptions& so, Problems& out) {
  using namespace detail;
  std::string_view text(d.text);
  if (!valid_utf8(text)) out.push_back(d.name + ": text is not valid UTF-8");
  if (text.find('\r') != std::string_view::npos) out.push_back(d.name + ": text keeps a CR");
  if (text.find('\0') != std::string_view::npos) out.push_back(d.name + ": text keeps a NUL");
  if (nfc(d.text) != d.text) out.push_back(d.name + ": text is not in NFC");
  if (d.input_offset(text.size()) > raw.size()) out.push_back(d.name + ": end of text maps past the input");

  std::string enc = effective_encoding(raw, encoding);
  Walker walker(text);
  std::size_t covered = 0;  // text before this offset is checked for coverage
  std::size_t previous_input = 0;
  for (std::size_t k = 0; k < d.sentences.size(); ++k) {
    const claimdiff::Sentence& s = d.sentences[k];
    std::string at = where(d, k);
    if (s.id != k) out.push_back(at + "id " + std::to_string(s.id));
    if (!(s.start < s.end && s.end <= text.size() && s.start >= covered)) {
      out.push_back(at + "range [" + std::to_string(s.start) + ", " + std::to_string(s.end) + ") out of order");
      return;
    }
    if (!boundary(text, s.start) || !boundary(text, s.end)) out.push_back(at + "cut inside a character");
    if (s.end - s.start > so.max_sentence_bytes) out.push_back(at + "longer than max_sentence_bytes");
    std::string_view st = d.sentence_text(s);
    if (space_length(st, 0) != 0) out.push_back(at + "starts with a space");
    std::size_t last = st.size() - 1;
    while (last > 0 && !boundary(st, last)) --last;
    if (space_length(st, last) == st.size() - last) out.push_back(at + "ends with a space");
    if (!all_space(text.substr(covered, s.start - covered))) out.push_back(at + "text before it is in no sentence");
    if (so.mode == claimdiff::SegmentMode::Lines && st.find('\n') != std::string_view::npos) {
      out.push_back(at + "spans lines in lines mode");
    }
    covered = s.end;
    claimdiff::Position p = walker.at(s.start);
    if (p.line != s.line || p.column != s.column) {
      out.push_back(at + "at " + std::to_string(p.line) + ":" + std::to_string(p.column) + " but says " +
                    std::to_string(s.line) + ":" + std::to_string(s.column));
    }
    claimdiff::Position q = d.position(s.start);
    if (q.line != p.line || q.column != p.column) out.push_back(at + "Document::position disagrees");
    if (s.exact != claimdiff::hash_bytes(st)) out.push_back(at + "exact hash is not of its text");

    std::size_t tok_from = s.start;
    for (const claimdiff::Token& t : s.tokens) {
      if (!(t.start >= tok_from && t.start < t.end && t.end <= s.end)) {
        out.push_back(at + "token out of order");
        break;
      }
      if (!boundary(text, t.start) || !boundary(text, t.end)) out.push_back(at + "token cut inside a character");
      if (!all_space(text.substr(tok_from, t.start - tok_from))) out.push_back(at + "text between tokens is not space");
      if (t.exact != claimdiff::hash_bytes(d.token_text(t))) out.push_back(at + "token hash is not of its text");
      tok_from = t.end;
    }
    if (!all_space(text.substr(tok_from, s.end - tok_from))) out.push_back(at + "text after the last token");

    std::size_t in_start = d.input_offset(s.start), in_end = d.input_offset(s.end);
    // Only a run of marks longer than half of max_sentence_bytes is ever cut inside; such a cut
    // may fall inside one input character that NFC expanded, which no input offset can name:
    // there the sentence may own no input byte of its own.
    bool inside_expansion = !cluster_start(text, s.start) || !cluster_start(text, s.end);
    if (in_start < previous_input || in_start > in_end || (in_start == in_end && !inside_expansion) ||
        in_end > raw.size()) {
      out.push_back(at + "input offsets [" + std::to_string(in_start) + ", " + std::to_string(in_end) + ") out of order");
      continue;
    }
    previous_input = in_end;
    if (inside_expansion) continue;
    bool ok = true;
    std::string from_input = decode(raw.substr(in_start, in_end - in_start), enc, ok);
    if (ok && from_input != st) out.push_back(at + "input bytes at its offsets are not its text");
    if (!ok) out.push_back(at + "input bytes at its offsets do not decode");
  }
  if (!all_space(text.substr(covered))) out.push_back(d.name + ": text after the last sentence is in no sentence");
}

// Beads: every sentence of both sides exactly once, ids ascending and contiguous in a bead,
// `other` ids in order along the beads, `base` ids in order along the beads that are not moves.
inline void check_beads(const claimdiff::Document& a, const claimdiff::Document& b,
                        const std::vector<claimdiff::Bead>& beads, Problems& out) {
  std::vector<int> seen_a(a.sentences.size()), seen_b(b.sentences.size());
  long last_a = -1, last_b = -1;
  for (std::size_t k = 0; k < beads.size(); ++k) {
    const claimdiff::Bead& bead = beads[k];
    std::string at = "bead " + std::to_string(k) + ": ";
    if (bead.base.empty() && bead.other.empty()) out.push_back(at + "empty");
    for (std::size_t i = 0; i < bead.base.size(); ++i) {
      if (bead.base[i] >= seen_a.size()) { out.push_back(at + "base id out of range"); return; }
      ++seen_a[bead.base[i]];
      if (i > 0 && bead.base[i] != bead.base[i - 1] + 1) out.push_back(at + "base ids not contiguous");
    }
    for (std::size_t i = 0; i < bead.other.size(); ++i) {
      if (bead.other[i] >= seen_b.size()) { out.push_back(at + "other id out of range"); return; }
      ++seen_b[bead.other[i]];
      if (i > 0 && bead.other[i] != bead.other[i - 1] + 1) out.push_back(at + "other ids not contiguous");
    }
    if (!bead.other.empty()) {
      if (static_cast<long>(bead.other.front()) <= last_b) out.push_back(at + "other ids out of order");
      last_b = bead.other.back();
    }
    if (!bead.moved && !bead.base.empty()) {
      if (static_cast<long>(bead.base.front()) <= last_a) out.push_back(at + "base ids out of order");
      last_a = bead.base.back();
    }
    if (!(bead.similarity >= 0 && bead.similarity <= 1)) out.push_back(at + "similarity outside [0, 1]");
    if (bead.exact && (bead.base.size() != 1 || bead.other.size() != 1 ||
                       a.sentences[bead.base[0]].key != b.sentences[bead.other[0]].key)) {
      out.push_back(at + "exact bead of unequal sentences");
    }
  }
  for (std::size_t i = 0; i < seen_a.size(); ++i) {
    if (seen_a[i] != 1) out.push_back(a.name + " sentence " + std::to_string(i) + " in " + std::to_string(seen_a[i]) + " beads");
  }
  for (std::size_t i = 0; i < seen_b.size(); ++i) {
    if (seen_b[i] != 1) out.push_back(b.name + " sentence " + std::to_string(i) + " in " + std::to_string(seen_b[i]) + " beads");
  }
}

// The text from the first to the last sentence of `ids` (which must be valid).
inline std::string_view span_text(const claimdiff::Document& d, const std::vector<std::uint32_t>& ids) {
  if (ids.empty()) return {};
  return d.slice(d.sentences[ids.front()].start, d.sentences[ids.back()].end);
}

// Claims of one comparison: every sentence in exactly one claim; kinds agree with their sides;
// severity is the highest of the changes; the word diff rebuilds both sides exactly.
inline void check_claims(const claimdiff::Document& a, const claimdiff::Document& b,
                         const std::vector<claimdiff::Claim>& claims, Problems& out) {
  using claimdiff::ClaimKind;
  using claimdiff::Op;
  std::vector<int> seen_a(a.sentences.size()), seen_b(b.sentences.size());
  for (std::size_t k = 0; k < claims.size(); ++k) {
    const claimdiff::Claim& c = claims[k];
    std::string at = "claim " + std::to_string(k) + " (" + std::string(claimdiff::to_string(c.kind)) + "): ";
    bool ids_ok = true;
    for (std::size_t i = 0; i < c.base.size(); ++i) {
      if (c.base[i] >= seen_a.size()) { ids_ok = false; break; }
      ++seen_a[c.base[i]];
      if (i > 0 && c.base[i] != c.base[i - 1] + 1) out.push_back(at + "base ids not contiguous");
    }
    for (std::size_t i = 0; i < c.other.size(); ++i) {
      if (c.other[i] >= seen_b.size()) { ids_ok = false; break; }
      ++seen_b[c.other[i]];
      if (i > 0 && c.other[i] != c.other[i - 1] + 1) out.push_back(at + "other ids not contiguous");
    }
    if (!ids_ok) {
      out.push_back(at + "sentence id out of range");
      return;
    }
    bool one_sided = c.kind == ClaimKind::Added || c.kind == ClaimKind::Removed;
    if (c.kind == ClaimKind::Added && (!c.base.empty() || c.other.empty())) out.push_back(at + "sides");
    if (c.kind == ClaimKind::Removed && (c.base.empty() || !c.other.empty())) out.push_back(at + "sides");
    if (!one_sided && (c.base.empty() || c.other.empty())) out.push_back(at + "a side is empty");
    if (c.kind == ClaimKind::Split && !(c.base.size() == 1 && c.other.size() == 2)) out.push_back(at + "sides");
    if (c.kind == ClaimKind::Merged && !(c.base.size() == 2 && c.other.size() == 1)) out.push_back(at + "sides");
    if (one_sided && (!c.diff.empty() || !c.changes.empty())) out.push_back(at + "one-sided claim with a diff");
    if (c.kind == ClaimKind::Equal && (!c.changes.empty() || c.severity != claimdiff::Severity::None)) {
      out.push_back(at + "equal claim with changes");
    }
    if (c.kind == ClaimKind::Reworded && c.changes.empty()) out.push_back(at + "reworded claim without changes");
    claimdiff::Severity sev = claimdiff::Severity::None;
    for (const auto& ch : c.changes) sev = std::max(sev, ch.severity);
    if (sev != c.severity) out.push_back(at + "severity is not the highest of its changes");
    if (!(c.similarity >= 0 && c.similarity <= 1)) out.push_back(at + "similarity outside [0, 1]");
    if (one_sided) continue;

    std::string_view base_span = span_text(a, c.base), other_span = span_text(b, c.other);
    if (c.diff.empty()) {
      // No diff: the texts are the same, sentence by sentence.
      bool same = c.base.size() == c.other.size();
      for (std::size_t i = 0; same && i < c.base.size(); ++i) {
        same = a.sentence_text(a.sentences[c.base[i]]) == b.sentence_text(b.sentences[c.other[i]]);
      }
      if (!same) out.push_back(at + "no diff, but the texts differ");
      continue;
    }
    std::string rebuilt_base, rebuilt_other;
    std::size_t next_base = a.sentences[c.base.front()].start, next_other = b.sentences[c.other.front()].start;
    for (const claimdiff::DiffOp& op : c.diff) {
      if (op.op != Op::Insert) {
        rebuilt_base += op.text;
        if (op.base_start != next_base || a.slice(op.base_start, op.base_end) != op.text) {
          out.push_back(at + "op base range is not its text or not contiguous");
        }
        next_base = op.base_end;
      }
      if (op.op != Op::Delete) {
        const std::string& t = op.op == Op::Equal && !op.other_text.empty() ? op.other_text : op.text;
        rebuilt_other += t;
        if (op.other_start != next_other || b.slice(op.other_start, op.other_end) != t) {
          out.push_back(at + "op other range is not its text or not contiguous");
        }
        next_other = op.other_end;
      }
    }
    if (rebuilt_base != base_span) out.push_back(at + "diff does not rebuild the base text");
    if (rebuilt_other != other_span) out.push_back(at + "diff does not rebuild the other text");
  }
  for (std::size_t i = 0; i < seen_a.size(); ++i) {
    if (seen_a[i] != 1) out.push_back(a.name + " sentence " + std::to_string(i) + " in " + std::to_string(seen_a[i]) + " claims");
  }
  for (std::size_t i = 0; i < seen_b.size(); ++i) {
    if (seen_b[i] != 1) out.push_back(b.name + " sentence " + std::to_string(i) + " in " + std::to_string(seen_b[i]) + " claims");
  }
}

// The text offset (a code point boundary) whose input offset is `input`, or npos.
inline std::size_t text_offset_of(const claimdiff::Document& d, std::size_t input) {
  std::size_t lo = 0, hi = d.text.size();
  while (lo < hi) {  // first offset mapping at or past `input`
    std::size_t mid = lo + (hi - lo) / 2;
    if (d.input_offset(mid) < input) lo = mid + 1;
    else hi = mid;
  }
  while (lo > 0 && !detail::boundary(d.text, lo)) --lo;
  for (std::size_t t = lo; t <= d.text.size() && d.input_offset(t) <= input; ++t) {
    if (d.input_offset(t) == input && detail::boundary(d.text, t)) return t;
  }
  return std::string::npos;
}

// Findings: input offsets that lead back to their text, line and column of their start.
inline void check_findings(const std::vector<claimdiff::Document>& versions,
                           const std::vector<claimdiff::Finding>& findings, Problems& out) {
  std::vector<detail::Walker> walkers;
  for (const auto& v : versions) walkers.emplace_back(v.text);
  for (std::size_t k = 0; k < findings.size(); ++k) {
    const claimdiff::Finding& f = findings[k];
    std::string at = "finding " + std::to_string(k) + " (" + f.rule + "): ";
    if (f.version >= versions.size()) {
      out.push_back(at + "version out of range");
      continue;
    }
    const claimdiff::Document& d = versions[f.version];
    if (f.start > f.end) out.push_back(at + "start after end");
    if (!d.sentences.empty() && f.sentence >= d.sentences.size()) out.push_back(at + "sentence out of range");
    std::size_t t0 = text_offset_of(d, f.start), t1 = text_offset_of(d, f.end);
    if (t0 == std::string::npos || t1 == std::string::npos || t1 < t0) {
      out.push_back(at + "input offsets map to no text offset");
      continue;
    }
    if (d.slice(t0, t1) != f.text) out.push_back(at + "text at its offsets is not its text");
    claimdiff::Position p = walkers[f.version].at(t0);
    if (p.line != f.line || p.column != f.column) {
      out.push_back(at + "at " + std::to_string(p.line) + ":" + std::to_string(p.column) + " but says " +
                    std::to_string(f.line) + ":" + std::to_string(f.column));
    }
  }
}

// A whole report: the claims of every comparison and every finding.
inline void check_report(const claimdiff::Report& r, Problems& out) {
  for (const claimdiff::Comparison& c : r.comparisons) {
    if (c.base >= r.versions.size() || c.other >= r.versions.size()) {
      out.push_back("comparison of versions out of range");
      continue;
    }
    check_claims(r.versions[c.base], r.versions[c.other], c.claims, out);
    claimdiff::Summary s = claimdiff::summarize(c.claims);
    if (s.equal != c.summary.equal || s.reworded != c.summary.reworded || s.added != c.summary.added ||
        s.removed != c.summary.removed || s.moved != c.summary.moved || s.split != c.summary.split ||
        s.merged != c.summary.merged) {
      out.push_back("summary does not count the claims");
    }
  }
  check_findings(r.versions, r.findings, out);
}

}  // namespace invariants
