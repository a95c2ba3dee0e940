// quote-mismatch: quotation marks that point the wrong way or are left unbalanced.
//
// Each paragraph is scanned with a stack per family (double quotes: “ ” „ "; guillemets « »).
// A typographic mark is judged by its glyph and by where it stands: “ glued to the end of a word
// ("republics“, he noted") is an opening mark used to close. A quotation may run across sentences
// inside a paragraph; one left open at the end of a paragraph is fine only when the next paragraph
// opens with a mark of the same family (the multi-paragraph quotation convention). Single quotes
// are not checked: ’ is also the apostrophe, so their balance says nothing.

#include <string>
#include <string_view>
#include <vector>

#include "lint/rules.hpp"
#include "lint/text.hpp"

namespace claimdiff::detail {
namespace {

constexpr UChar32 kOpen = 0x201C;     // “
constexpr UChar32 kClose = 0x201D;    // ”
constexpr UChar32 kLowOpen = 0x201E;  // „
constexpr UChar32 kRevOpen = 0x201F;  // ‟
constexpr UChar32 kStraight = 0x22;   // "
constexpr UChar32 kGuilLeft = 0xAB;   // «
constexpr UChar32 kGuilRight = 0xBB;  // »

bool is_double(UChar32 c) {
  return c == kOpen || c == kClose || c == kLowOpen || c == kRevOpen || c == kStraight;
}
bool is_guillemet(UChar32 c) { return c == kGuilLeft || c == kGuilRight; }
bool is_digit(UChar32 c) { return c >= '0' && c <= '9'; }

// What may stand right before an opening mark, and right after a closing one, besides space.
constexpr std::u32string_view kBeforeOpening = U"([{</-\u2013\u2014\u2018\u201C\u201E\u00AB'";
constexpr std::u32string_view kAfterClosing = U".,;:!?)]}-\u2013\u2014\u2026\u2019\u201D\u00BB\"'";

bool among(std::u32string_view set, UChar32 c) {
  return c >= 0 && set.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

bool opens_after(UChar32 prev) { return prev < 0 || is_space(prev) || among(kBeforeOpening, prev); }
bool closes_before(UChar32 next) {
  return next < 0 || is_space(next) || among(kAfterClosing, next);
}

struct Mark {
  std::size_t start;
  std::size_t end;
  UChar32 glyph;
};

struct ParagraphScan {
  const Document& doc;
  std::size_t version;
  std::vector<Finding>& out;
  std::size_t begin;
  std::size_t end;
  std::vector<Mark> dq;     // open double quotes, innermost last
  std::vector<Mark> gq;     // open guillemets
  int guillemet_style = 0;  // 0 unknown, 1 «…», -1 »…« (German)

  void report(const Mark& m, std::string suggestion, std::string message) {
    if (!full(out)) out.push_back(make_finding(doc, version, "quote-mismatch", kMinor, m.start, m.end,
                               std::move(suggestion), std::move(message)));
  }

  void unclosed(const Mark& m, bool before_next) {
    report(m, {},
           before_next ? "This quotation is not closed before the next opening quotation mark."
                       : "This quotation is never closed in its paragraph.");
  }

  void curly_open(const Mark& m, bool left_open) {
    if (!dq.empty() && dq.back().glyph == kLowOpen) {  // „…“ (German, Czech)
      dq.pop_back();
    } else if (!dq.empty() && !left_open) {
      report(m, "\xE2\x80\x9D",
             "An opening quotation mark (\xE2\x80\x9C) stands where the quotation closes.");
      dq.pop_back();
    } else if (!dq.empty()) {
      unclosed(dq.back(), true);
      dq.back() = m;
    } else if (!left_open) {
      report(m, "\xE2\x80\x9D",
             "An opening quotation mark (\xE2\x80\x9C) stands where a quotation closes, and none "
             "is open.");
    } else {
      dq.push_back(m);
    }
  }

  void curly_close(const Mark& m, bool left_open, bool right_close) {
    if (!dq.empty()) {
      if (dq.back().glyph == kStraight) {
        report(m, "\"",
               "This quotation opens with a straight quotation mark (\") but closes with "
               "\xE2\x80\x9D.");
      }
      dq.pop_back();
    } else if (left_open && !right_close) {
      report(m, "\xE2\x80\x9C",
             "A closing quotation mark (\xE2\x80\x9D) stands where the quotation opens.");
      dq.push_back(m);
    } else {
      report(m, {}, "This closing quotation mark has no opening mark in its paragraph.");
    }
  }

  void low_open(const Mark& m) {
    if (!dq.empty()) {
      unclosed(dq.back(), true);
      dq.pop_back();
    }
    dq.push_back(m);
  }

  void straight(const Mark& m, bool left_open, bool right_close) {
    if (!dq.empty() && dq.back().glyph == kStraight) {
      dq.pop_back();
    } else if (!dq.empty()) {
      if (left_open && !right_close) {
        dq.push_back(m);  // a straight quotation nested in a typographic one
      } else {
        report(m, "\xE2\x80\x9D",
               "This quotation opens with \xE2\x80\x9C but closes with a straight quotation mark "
               "(\").");
        dq.pop_back();
      }
    } else if (!left_open && right_close) {
      report(m, {}, "This closing quotation mark has no opening mark in its paragraph.");
    } else {
      dq.push_back(m);
    }
  }

  void guillemet(const Mark& m, bool left_open, bool right_close) {
    if (guillemet_style == 0) {
      guillemet_style = (m.glyph == kGuilRight && left_open && !right_close) ? -1 : 1;
    }
    const UChar32 opening = guillemet_style > 0 ? kGuilLeft : kGuilRight;
    if (m.glyph == opening) {
      gq.push_back(m);
    } else if (!gq.empty()) {
      gq.pop_back();
    } else {
      report(m, {}, "This closing quotation mark has no opening mark in its paragraph.");
    }
  }

  void run(bool next_opens_double, bool next_opens_guillemet) {
    const std::string_view t = doc.text;
    for (std::size_t i = begin; i < end;) {
      // Every quotation mark is '"' or starts with byte C2 (guillemets) or E2 (the rest).
      const auto byte = static_cast<unsigned char>(t[i]);
      if (byte != '"' && byte != 0xC2 && byte != 0xE2) {
        ++i;
        continue;
      }
      std::size_t next = i;
      const UChar32 c = decode_at(t, i, &next);
      if (!is_double(c) && !is_guillemet(c)) {
        i = next;
        continue;
      }
      const UChar32 prev = i == begin ? -1 : decode_before(t, i);
      const UChar32 after = next >= end ? -1 : decode_at(t, next);
      const bool left_open = opens_after(prev);
      const bool right_close = closes_before(after);
      const Mark m{i, next, c};
      if (c == kOpen || c == kRevOpen) {
        curly_open(m, left_open);
      } else if (c == kClose) {
        // 6’2” with no quotation open: feet and inches.
        const bool inches =
            dq.empty() && (is_digit(prev) || (prev == 0x2019 && is_digit(decode_before(t, i - 3))));
        if (!inches) curly_close(m, left_open, right_close);
      } else if (c == kLowOpen) {
        low_open(m);
      } else if (c == kStraight) {
        // 12" or 5'10": inches, not a quotation.
        if (!is_digit(prev)) straight(m, left_open, right_close);
      } else {
        guillemet(m, left_open, right_close);
      }
      i = next;
    }
    if (!next_opens_double) {
      for (const Mark& m : dq) unclosed(m, false);
    }
    if (!next_opens_guillemet) {
      for (const Mark& m : gq) unclosed(m, false);
    }
  }
};

// The first character of a paragraph after list bullets and spaces.
UChar32 first_mark(const Document& doc, std::size_t start, std::size_t end) {
  const std::string_view t = doc.text;
  for (std::size_t i = start; i < end;) {
    std::size_t next = i;
    const UChar32 c = decode_at(t, i, &next);
    if (!(is_space(c) || c == '-' || c == '*' || c == 0x2022)) return c;
    i = next;
  }
  return -1;
}

}  // namespace

void lint_quotes(const Document& doc, std::size_t version, std::vector<Finding>& out) {
  const auto& s = doc.sentences;
  for (std::size_t a = 0; a < s.size();) {
    std::size_t b = a + 1;
    while (b < s.size() && s[b].paragraph == s[a].paragraph) ++b;
    UChar32 next = -1;
    if (b < s.size()) next = first_mark(doc, s[b].start, s[b].end);
    ParagraphScan scan{doc, version, out, s[a].start, s[b - 1].end, {}, {}, 0};
    const bool next_double = next == kOpen || next == kLowOpen || next == kStraight;
    const bool next_guillemet = is_guillemet(next);
    scan.run(next_double, next_guillemet);
    a = b;
  }
}

}  // namespace claimdiff::detail
