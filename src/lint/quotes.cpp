// quote-mismatch: quotation marks that point the wrong way or are left unbalanced.
//
// Each paragraph is scanned with a stack per family (double quotes: “ ” „ "; guillemets « »).
// A typographic mark is judged by its glyph and by where it stands: “ glued to the end of a word
// ("republics“, he noted") is an opening mark used to close. A quotation may run across sentences
// inside a paragraph; one left open at the end of a paragraph is fine when the next paragraph
// opens with a mark of the same family (the multi-paragraph quotation convention; French may
// lead each continued paragraph with » instead, which then neither opens nor closes), or when the
// next paragraph holding marks of that family closes a quotation it never opened (text cut one
// sentence a line, as news wires and translation corpora are, runs a quotation over lines; lines
// between whose marks balance on their own quote inside it). Quotations nest: a
// “ inside ‘ inside “ is the third level of American usage, and a mark opening inside an open
// quotation starts a nested one whose balance is checked at the paragraph's end; where a nested
// quotation ends with the one around it, one mark may close both (« Il m'a dit : « Non ! », a-t-il
// écrit: French typography writes the » once). The conventions
// the glyph alone does not settle are read from the document and its language: German »…« and
// Swedish »…» guillemets from the guillemets the document writes, Swedish and Finnish ”…” from the
// quotation delimiters CLDR gives the language, and in scripts written without spaces (Chinese,
// Japanese) a quotation glued to the characters around it. A straight
// mark is an apostrophe typed with the wrong key, not a quotation, where the language writes one:
// after a word it elides (French "qu"à", data/lang/<code>/elisions.txt) or before an ending it
// contracts (English "don"t", contractions.txt), glued to letters on both sides; scripts written
// without spaces list neither, as a quotation there is glued to letters too. Single quotes
// are not reported: ’ is also the apostrophe, so their balance says nothing; an opening ‘ is only
// tracked so that the level it opens may hold double quotes again. Corner brackets (「」『』) and
// single guillemets (‹ ›) are not checked.

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/ulocdata.h>
#include <unicode/uscript.h>

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
constexpr UChar32 kSingleOpen = 0x2018;   // ‘
constexpr UChar32 kSingleClose = 0x2019;  // ’ (also the apostrophe)

bool is_double(UChar32 c) {
  return c == kOpen || c == kClose || c == kLowOpen || c == kRevOpen || c == kStraight;
}
bool is_guillemet(UChar32 c) { return c == kGuilLeft || c == kGuilRight; }
bool is_digit(UChar32 c) { return c >= '0' && c <= '9'; }
bool is_letter(UChar32 c) { return c >= 0 && u_isalpha(c) != 0; }

void append_utf8(std::string& out, UChar32 c) {
  char buf[U8_MAX_LENGTH];
  std::size_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(buf, n);
}

// The letters of t ending at `end` (backwards) or starting at `start`, lowercased, or "" when
// more than a short ending's worth: elisions and contractions are a few letters.
std::string letters_before(std::string_view t, std::size_t end, std::size_t from) {
  std::u32string out;  // backwards, so code points, then UTF-8
  std::size_t i = end;
  while (i > from && out.size() <= 8) {
    std::size_t start = i;
    const UChar32 c = decode_before(t, i, &start);
    if (!is_letter(c)) break;
    out.insert(out.begin(), static_cast<char32_t>(u_tolower(c)));
    i = start;
  }
  std::string utf8;
  for (char32_t c : out) append_utf8(utf8, static_cast<UChar32>(c));
  return utf8;
}
std::string letters_after(std::string_view t, std::size_t start, std::size_t to) {
  std::string utf8;
  std::size_t i = start, count = 0;
  while (i < to && count <= 8) {
    std::size_t next = i;
    const UChar32 c = decode_at(t, i, &next);
    if (!is_letter(c)) break;
    append_utf8(utf8, u_tolower(c));
    i = next;
    ++count;
  }
  return utf8;
}

// What may stand right before an opening mark, and right after a closing one, besides space.
constexpr std::u32string_view kBeforeOpening = U"([{</-\u2013\u2014\u2018\u201C\u201E\u00AB'";
constexpr std::u32string_view kAfterClosing = U".,;:!?)]}-\u2013\u2014\u2026\u2019\u201D\u00BB\"'";

bool among(std::u32string_view set, UChar32 c) {
  return c >= 0 && set.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

// A letter of a script written without spaces between words (Han, kana, Thai: those ICU breaks
// lines between letters of), or CJK punctuation: a quotation there is glued to the text around
// it, so such a neighbour says no more about the mark's direction than a space would.
bool spaceless(UChar32 c) {
  if (c < 0x0E00) return false;  // Thai is the first such script
  if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF65)) return true;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return U_SUCCESS(status) && is_letter(c) && uscript_breaksBetweenLetters(script) != 0;
}

bool opens_after(UChar32 prev) {
  return prev < 0 || is_space(prev) || among(kBeforeOpening, prev) || spaceless(prev);
}
bool closes_before(UChar32 next) {
  return next < 0 || is_space(next) || among(kAfterClosing, next) || spaceless(next);
}

struct Mark {
  std::size_t start;
  std::size_t end;
  UChar32 glyph;
};

// How one document writes its quotation marks where the glyph alone does not say it.
struct Conventions {
  // Guillemets: 1 «…» (French), -1 »…« (German, Danish), 0 »…» (Swedish, Finnish: the same
  // glyph on both sides, its direction read from where it stands).
  int guillemet_style = 1;
  // Whether the language opens quotations with ” as well as closing them (Swedish ”…”, by the
  // quotation delimiters CLDR records for it), so that ” before a word opens one.
  bool close_mark_opens = false;

  bool opens_guillemet(UChar32 glyph, bool left_open, bool right_close) const {
    if (guillemet_style == 0) return left_open && !right_close;
    return glyph == (guillemet_style > 0 ? kGuilLeft : kGuilRight);
  }
};

struct ParagraphScan {
  const Document& doc;
  std::size_t version;
  const LanguageData& lang;
  std::vector<Finding>& out;
  std::size_t begin;
  std::size_t end;
  std::vector<Mark> dq;     // open double quotes, innermost last
  std::vector<Mark> gq;     // open guillemets
  Conventions conventions;
  // Where the paragraph's leading » continues the quotation the paragraph before left open (the
  // French convention): a mark passed over, not the quotation's end. npos: none.
  std::size_t continuation_at = std::string_view::npos;
  // Whether the last mark of the family read closed a quotation nested in another and ended the
  // clause: where two quotations end together one mark may close both (French typography writes
  // a single » there), so the outer one left open at the paragraph's end is closed by it.
  bool dq_shared_close = false;
  bool gq_shared_close = false;

  void report(const Mark& m, std::string suggestion, std::string message) {
    if (!full(out)) out.push_back(make_finding(doc, version, "quote-mismatch", kMinor, m.start, m.end,
                               std::move(suggestion), std::move(message)));
  }

  void unclosed(const Mark& m) { report(m, {}, "This quotation is never closed in its paragraph."); }

  void curly_open(const Mark& m, bool left_open) {
    if (!dq.empty() && dq.back().glyph == kLowOpen) {  // „…“ (German, Czech)
      dq.pop_back();
    } else if (!dq.empty() && !left_open) {
      report(m, "\xE2\x80\x9D",
             "An opening quotation mark (\xE2\x80\x9C) stands where the quotation closes.");
      dq.pop_back();
    } else if (!dq.empty()) {
      dq.push_back(m);  // a quotation nested in an open one
    } else if (!left_open) {
      report(m, "\xE2\x80\x9D",
             "An opening quotation mark (\xE2\x80\x9C) stands where a quotation closes, and none "
             "is open.");
    } else {
      dq.push_back(m);
    }
  }

  void curly_close(const Mark& m, bool left_open, bool right_close) {
    if (conventions.close_mark_opens && left_open && !right_close) {
      dq.push_back(m);
      return;
    }
    drop_single_levels();
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

  void low_open(const Mark& m) { dq.push_back(m); }

  // ‘ opening a level (after space or an opening mark, before a word) and ’ closing it (after a
  // word, before space or punctuation); ’ inside a word is the apostrophe and passes.
  void single(const Mark& m, bool left_open, bool right_close) {
    if (m.glyph == kSingleOpen && left_open && !right_close) {
      dq.push_back(m);
    } else if (m.glyph == kSingleClose && right_close && !dq.empty() && dq.back().glyph == kSingleOpen) {
      dq.pop_back();
    }
  }

  // A double mark closing while a single level is still open closes that level too: the ’ that
  // ended it was taken for an apostrophe, or was never typed.
  void drop_single_levels() {
    while (!dq.empty() && dq.back().glyph == kSingleOpen) dq.pop_back();
  }

  void straight(const Mark& m, bool left_open, bool right_close) {
    if (!dq.empty() && dq.back().glyph == kSingleOpen && !(left_open && !right_close)) drop_single_levels();
    if (!dq.empty() && dq.back().glyph == kStraight) {
      if (left_open && !right_close) dq.push_back(m);  // "Wenn das Prinzip "Ein Land..." nests
      else dq.pop_back();
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
    if (conventions.opens_guillemet(m.glyph, left_open, right_close)) {
      gq.push_back(m);
    } else if (!gq.empty()) {
      gq.pop_back();
    } else {
      report(m, {}, "This closing quotation mark has no opening mark in its paragraph.");
    }
  }

  // How the paragraph after this one treats a quotation left open at this one's end.
  enum class Next { kNothing, kReopens, kContinues };

  // Scans [begin, end) and settles the quotations still open at its end: kept open when the next
  // paragraph continues them, dropped when it reopens them, reported otherwise.
  void run(Next next_double, Next next_guillemet) {
    const std::string_view t = doc.text;
    for (std::size_t i = begin; i < end;) {
      const Classified q = classify_mark(t, i, begin, end, lang);
      if (q.mark.glyph < 0) break;
      i = q.mark.end;
      const Mark& m = q.mark;
      const UChar32 c = m.glyph;
      const std::size_t dq_before = dq.size(), gq_before = gq.size();
      if (c == kOpen || c == kRevOpen) {
        curly_open(m, q.left_open);
      } else if (c == kClose) {
        // 6’2” with no quotation open: feet and inches.
        const bool inches = dq.empty() && q.after_digit;
        if (!inches) curly_close(m, q.left_open, q.right_close);
      } else if (c == kLowOpen) {
        low_open(m);
      } else if (c == kStraight) {
        // 12" or 5'10": inches, not a quotation, unless a straight quotation is open and this
        // mark may close it ("Projekt 1").
        const bool closes_open = !dq.empty() && dq.back().glyph == kStraight && q.right_close;
        if (!q.after_digit || closes_open) straight(m, q.left_open, q.right_close);
      } else if (c == kSingleOpen || c == kSingleClose) {
        single(m, q.left_open, q.right_close);
      } else if (m.start != continuation_at) {
        guillemet(m, q.left_open, q.right_close);
      }
      if (is_double(c)) dq_shared_close = q.ends_sentence_part && dq_before >= 2 && dq.size() + 1 == dq_before;
      if (is_guillemet(c)) gq_shared_close = q.ends_sentence_part && gq_before >= 2 && gq.size() + 1 == gq_before;
    }
    drop_single_levels_everywhere();
    settle(dq, next_double, dq_shared_close);
    settle(gq, next_guillemet, gq_shared_close);
  }

  void drop_single_levels_everywhere() {
    std::erase_if(dq, [](const Mark& m) { return m.glyph == kSingleOpen; });
  }

  void settle(std::vector<Mark>& open, Next next, bool shared_close) {
    if (next == Next::kContinues) return;
    if (next == Next::kNothing) {
      if (shared_close && !open.empty()) open.pop_back();  // closed with the quotation it held
      for (const Mark& m : open) unclosed(m);
    }
    open.clear();
  }

  // One quotation mark and what stands around it.
  struct Classified {
    Mark mark{0, 0, -1};  // glyph -1: none left before `end`
    bool left_open = false;
    bool right_close = false;
    bool after_digit = false;
    bool ends_clause = false;  // punctuation or the end of the line right after the mark
    bool ends_sentence_part = false;  // . , ; : ! ? … ) or the end of the line: not a hyphen
  };

  // The next quotation mark at or after byte i of [from, to), with its context.
  static Classified classify_mark(std::string_view t, std::size_t i, std::size_t from, std::size_t to,
                                  const LanguageData& lang) {
    Classified q;
    while (i < to) {
      // Every quotation mark is '"' or starts with byte C2 (guillemets) or E2 (the rest).
      const auto byte = static_cast<unsigned char>(t[i]);
      if (byte != '"' && byte != 0xC2 && byte != 0xE2) {
        ++i;
        continue;
      }
      std::size_t next = i;
      const UChar32 c = decode_at(t, i, &next);
      if (!is_double(c) && !is_guillemet(c) && c != kSingleOpen && c != kSingleClose) {
        i = next;
        continue;
      }
      const UChar32 prev = i == from ? -1 : decode_before(t, i);
      const UChar32 after = next >= to ? -1 : decode_at(t, next);
      if (c == kStraight && typed_apostrophe(t, i, next, from, to, lang)) {
        i = next;
        continue;
      }
      q.mark = Mark{i, next, c};
      q.left_open = opens_after(prev);
      q.right_close = closes_before(after);
      q.ends_clause = after < 0 || after == '\n' || (after != kStraight && among(kAfterClosing, after));
      q.ends_sentence_part = after < 0 || after == '\n' || among(U".,;:!?)\u2026", after);
      q.after_digit = is_digit(prev) || (prev == kSingleClose && i >= 3 && is_digit(decode_before(t, i - 3)));
      return q;
    }
    return q;
  }
};

// Where a paragraph's first quotation mark of a family stands and what it does.
enum class First { kNone, kOpensAtStart, kOpensLater, kCloses };

struct ParagraphMarks {
  std::size_t start;
  std::size_t end;
  First dbl = First::kNone;
  First guil = First::kNone;
  // A » leading the paragraph, followed by a space: the French mark continuing a quotation from
  // the paragraph before, or that quotation's end. npos: none.
  std::size_t continuation_at = std::string_view::npos;
  bool closes_after_continuation = false;  // a later closing guillemet with nothing open
  // Read alone, the paragraph closes every quotation of the family it opens and none it did not
  // open: inside a quotation running over lines it holds nested quotations only.
  bool dbl_balanced = false;
  bool guil_balanced = false;
};

// Whether the language opens quotations with ” by the quotation delimiters CLDR gives its locale
// (Swedish, Finnish, Hebrew: ”…”).
bool close_mark_opens(const std::string& language) {
  UErrorCode status = U_ZERO_ERROR;
  ULocaleData* data = ulocdata_open(language.c_str(), &status);
  bool opens = false;
  for (const auto type : {ULOCDATA_QUOTATION_START, ULOCDATA_ALT_QUOTATION_START}) {
    UChar mark[4];
    UErrorCode s = U_ZERO_ERROR;
    const int32_t n = ulocdata_getDelimiter(data, type, mark, 4, &s);
    if (U_SUCCESS(s) && n == 1 && mark[0] == kClose) opens = true;
  }
  if (data != nullptr) ulocdata_close(data);
  return U_SUCCESS(status) && opens;
}

// Whether the language writes a quotation between two right guillemets, »…» (`quotes » »` in its
// conventions.tsv: Swedish, Finnish).
bool right_guillemets_pair(const LanguageData& lang) {
  return std::any_of(lang.quotes.begin(), lang.quotes.end(),
                     [](const auto& q) { return q.first == "\u00BB" && q.second == "\u00BB"; });
}

// The document's conventions. Guillemets: »…« (German) when its first guillemet stands before a
// word; »…» when the language writes them so, the document writes no « at all and a » stands
// before a word; «…» otherwise.
Conventions conventions_of(const Document& doc, const LanguageData& lang) {
  Conventions c;
  c.close_mark_opens = close_mark_opens(lang.code.empty() ? doc.language : lang.code);
  const std::string_view t = doc.text;
  bool first = true, any_left = false, right_opens = false;
  for (std::size_t i = 0; i < t.size();) {
    const auto q = ParagraphScan::classify_mark(t, i, 0, t.size(), lang);
    if (q.mark.glyph < 0) break;
    i = q.mark.end;
    if (!is_guillemet(q.mark.glyph)) continue;
    const bool opener = q.mark.glyph == kGuilRight && q.left_open && !q.right_close;
    if (first && opener) c.guillemet_style = -1;
    first = false;
    any_left = any_left || q.mark.glyph == kGuilLeft;
    right_opens = right_opens || opener;
  }
  if (!any_left && right_opens && right_guillemets_pair(lang)) c.guillemet_style = 0;
  return c;
}

// Reads how paragraph p treats a quotation left open before it, per family: it closes one when,
// read alone, it holds a closing mark with nothing open ("…in our garden.\nThen I see these
// "yeses" everywhere," she said.": the last mark closes the quotation of the line before); else it
// reopens one when it starts with an opening mark (the multi-paragraph convention).
void read_first_marks(const Document& doc, const LanguageData& lang, ParagraphMarks& p, const Conventions& conventions) {
  const std::string_view t = doc.text;
  std::size_t lead = p.start;
  for (std::size_t i = p.start; i < p.end;) {
    std::size_t next = i;
    const UChar32 c = decode_at(t, i, &next);
    if (!(is_space(c) || c == '-' || c == '*' || c == 0x2022)) break;
    lead = i = next;
  }
  std::vector<UChar32> dbl, guil;  // marks open while reading the paragraph alone
  bool dbl_closes = false, guil_closes = false;
  for (std::size_t i = p.start; i < p.end;) {
    const auto q = ParagraphScan::classify_mark(t, i, p.start, p.end, lang);
    if (q.mark.glyph < 0) break;
    i = q.mark.end;
    const UChar32 c = q.mark.glyph;
    // Between two characters of a script written without spaces both sides allow either
    // direction; then the glyph says it (“ and „ open).
    const bool opener = q.left_open && (!q.right_close || c == kOpen || c == kLowOpen || c == kRevOpen);
    if (is_double(c)) {
      if (c == kStraight && q.after_digit && (dbl.empty() || dbl.back() != kStraight)) continue;
      // ” after a number with nothing open closes the quotation the paragraph before left open
      // when punctuation or the line's end follows ("…in Russia in 2020”, RIA-Novosti quotes
      // him"); followed by a space and a word it is an inch mark ("a 27” iMac").
      if (c == kClose && q.after_digit && dbl.empty() && !q.ends_clause) continue;
      if (p.dbl == First::kNone) p.dbl = q.mark.start == lead && opener ? First::kOpensAtStart : First::kOpensLater;
      const bool closes = (c == kClose && !(conventions.close_mark_opens && opener)) || (c == kOpen && !q.left_open) ||
                          (c == kStraight && !opener) || (c == kOpen && !dbl.empty() && dbl.back() == kLowOpen);
      if (closes && dbl.empty()) dbl_closes = true;
      else if (closes) dbl.pop_back();
      else dbl.push_back(c);
    } else if (is_guillemet(c)) {
      const bool opens = conventions.opens_guillemet(c, q.left_open, q.right_close);
      if (p.guil == First::kNone) {
        p.guil = q.mark.start == lead && opens ? First::kOpensAtStart : First::kOpensLater;
        if (q.mark.start == lead && !opens && q.right_close) {
          p.continuation_at = q.mark.start;
          guil_closes = true;
          continue;
        }
      }
      if (!opens && guil.empty()) guil_closes = p.closes_after_continuation = true;
      else if (!opens) guil.pop_back();
      else guil.push_back(c);
    }
  }
  p.dbl_balanced = !dbl_closes && dbl.empty();
  p.guil_balanced = !guil_closes && guil.empty();
  if (dbl_closes) p.dbl = First::kCloses;
  if (guil_closes) p.guil = First::kCloses;
}

// What paragraph k+1 onwards does to a quotation of one family left open at the end of paragraph
// k: reopens it (k+1 starts with a mark of the family), continues it (the first later paragraph
// whose marks of the family do not balance on their own closes one it never opened: a quotation
// runs over lines until a mark of its family closes it, and lines between may quote others inside
// it), or neither. `next_marked` is that first paragraph after k.
ParagraphScan::Next next_of(const std::vector<ParagraphMarks>& paras, std::size_t k, std::size_t next_marked,
                            First ParagraphMarks::*family) {
  using Next = ParagraphScan::Next;
  if (k + 1 < paras.size() && paras[k + 1].*family == First::kOpensAtStart) return Next::kReopens;
  if (next_marked < paras.size() && paras[next_marked].*family == First::kCloses) return Next::kContinues;
  return Next::kNothing;
}

}  // namespace

bool typed_apostrophe(std::string_view t, std::size_t i, std::size_t next, std::size_t from, std::size_t to,
                      const LanguageData& lang) {
  if (i == from || next >= to || !is_letter(decode_before(t, i)) || !is_letter(decode_at(t, next))) return false;
  return lang.elisions.count(letters_before(t, i, from)) != 0 || lang.contractions.count(letters_after(t, next, to)) != 0;
}

void lint_quotes(const Document& doc, std::size_t version, const LanguageData& lang,
                 const std::vector<bool>& furniture, std::vector<Finding>& out) {
  const auto& s = doc.sentences;
  auto story = [&](std::size_t i) { return i >= furniture.size() || !furniture[i]; };
  std::vector<ParagraphMarks> paras;
  for (std::size_t a = 0; a < s.size();) {
    std::size_t b = a + 1;
    while (b < s.size() && s[b].paragraph == s[a].paragraph) ++b;
    // The paragraph without the furniture lines at its ends; one of furniture only is no paragraph.
    std::size_t first = a, last = b;
    while (first < last && !story(first)) ++first;
    while (last > first && !story(last - 1)) --last;
    if (first < last) paras.push_back({s[first].start, s[last - 1].end});
    a = b;
  }
  ParagraphScan scan{doc, version, lang, out, 0, 0, {}, {}, conventions_of(doc, lang)};
  for (ParagraphMarks& p : paras) read_first_marks(doc, lang, p, scan.conventions);
  // One pass from the end finds, for each paragraph, the next one whose marks of each family do
  // not balance on their own.
  std::vector<std::size_t> next_dbl(paras.size()), next_guil(paras.size());
  std::size_t nd = paras.size(), ng = paras.size();
  for (std::size_t k = paras.size(); k-- > 0;) {
    next_dbl[k] = nd;
    next_guil[k] = ng;
    if (paras[k].dbl != First::kNone && !paras[k].dbl_balanced) nd = k;
    if (paras[k].guil != First::kNone && !paras[k].guil_balanced) ng = k;
  }
  bool in_continuation = false;
  for (std::size_t k = 0; k < paras.size(); ++k) {
    const ParagraphMarks& p = paras[k];
    const auto next_guillemet = next_of(paras, k, next_guil[k], &ParagraphMarks::guil);
    scan.begin = p.start;
    scan.end = p.end;
    // A leading » continues the quotation left open when something later still closes it, or
    // when the paragraph before was such a continuation too; otherwise it is that quotation's end.
    const bool continues = !scan.gq.empty() && p.continuation_at != std::string_view::npos &&
                           (p.closes_after_continuation || in_continuation || next_guillemet == ParagraphScan::Next::kContinues);
    scan.continuation_at = continues ? p.continuation_at : std::string_view::npos;
    in_continuation = continues;
    scan.run(next_of(paras, k, next_dbl[k], &ParagraphMarks::dbl), next_guillemet);
  }
}

}  // namespace claimdiff::detail
