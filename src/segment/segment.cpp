#include "claimdiff/segment.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <unordered_set>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "claimdiff/error.hpp"
#include "claimdiff/text.hpp"
#include "segment/sentence_breaks.hpp"

namespace claimdiff {
namespace {

using BreakIteratorPtr = std::unique_ptr<icu::BreakIterator>;

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

UTextPtr open_utf8(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  UText* t = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status);
  if (U_FAILURE(status)) throw Error("", "ICU could not open text");
  return UTextPtr(t);
}

BreakIteratorPtr sentence_iterator(const LanguageData& lang) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(lang.code.empty() ? "en" : lang.code.c_str());
  BreakIteratorPtr it(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) throw Error("", "ICU has no sentence iterator for '" + lang.code + "'");
  return it;
}

// Abbreviation suppression. ICU's FilteredBreakIteratorBuilder (and so `ss=standard`) matches its
// list as a suffix of the text before the break: with "al." listed, "Hospital." no longer ends a
// sentence, and abbreviations with inner periods ("U.S.") are not suppressed at all (ICU 72). We
// compare the whole last word instead.
bool is_space(unsigned char c);

class Abbreviations {
 public:
  explicit Abbreviations(const LanguageData& lang)
      : words_(lang.abbreviations.begin(), lang.abbreviations.end()), lang_(lang) {}

  // True where the language writes ordinals with a period and the segment ends with a day
  // ("am 7.") that the next word, a month name, continues ("Oktober").
  bool ends_ordinal_date(std::string_view seg, std::string_view next) const {
    if (!lang_.ordinal_period) return false;
    std::size_t end = seg.size();
    while (end > 0 && is_space(static_cast<unsigned char>(seg[end - 1]))) --end;
    if (end < 2 || seg[end - 1] != '.') return false;
    std::size_t digits = 0;
    while (digits < end - 1 && std::isdigit(static_cast<unsigned char>(seg[end - 2 - digits]))) ++digits;
    if (digits == 0 || digits > 2 || (end - 1 - digits > 0 && !is_space(static_cast<unsigned char>(seg[end - 2 - digits])))) return false;
    while (!next.empty() && is_space(static_cast<unsigned char>(next.front()))) next.remove_prefix(1);
    std::size_t word = 0;
    while (word < next.size() && !is_space(static_cast<unsigned char>(next[word])) && next[word] != ',' && next[word] != '.') ++word;
    auto it = lang_.numbers.find(fold_case(next.substr(0, word)));
    return it != lang_.numbers.end() && it->second.kind == NumberWord::Kind::Month;
  }

  // True when the segment text ends with a listed abbreviation or a single-letter initial ("J.").
  bool ends_segment(std::string_view seg) const {
    std::size_t end = seg.size();
    while (end > 0 && is_space(static_cast<unsigned char>(seg[end - 1]))) --end;
    if (end == 0 || seg[end - 1] != '.') return false;
    std::size_t begin = end;
    while (begin > 0 && !is_space(static_cast<unsigned char>(seg[begin - 1]))) --begin;
    std::string_view word = seg.substr(begin, end - begin);
    while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '[')) word.remove_prefix(1);
    if (word.size() == 2 && std::isupper(static_cast<unsigned char>(word[0]))) return true;
    return words_.count(std::string(word)) != 0;
  }

 private:
  std::unordered_set<std::string> words_;
  const LanguageData& lang_;
};

// "в 01։23 часов": a terminal mark written between two digits with no space (the Armenian full
// stop, U+0589, typed for the colon it resembles) joins the digits as a colon or a decimal point
// would, and ends no sentence. UAX #29 keeps only the ASCII-like ATerm ("3.5") unbroken before a
// digit. A wide, fullwidth or halfwidth mark ('。', '．', '｡') is East Asian punctuation, which
// takes no space after it: "死亡人数为120。2021年..." is two sentences.
bool ends_between_digits(std::string_view seg, std::string_view next) {
  if (seg.empty() || next.empty()) return false;
  int32_t at = 0;
  UChar32 after = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(next.data()), at, static_cast<int32_t>(next.size()), after);
  if (after < 0 || !u_isdigit(after)) return false;
  int32_t end = static_cast<int32_t>(seg.size());
  UChar32 mark = 0, before = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(seg.data()), 0, end, mark);
  if (mark < 0 || !u_ispunct(mark) || end == 0) return false;
  const int width = u_getIntPropertyValue(mark, UCHAR_EAST_ASIAN_WIDTH);
  if (width == U_EA_WIDE || width == U_EA_FULLWIDTH || width == U_EA_HALFWIDTH) return false;
  U8_PREV(reinterpret_cast<const uint8_t*>(seg.data()), 0, end, before);
  return before >= 0 && u_isdigit(before);
}

// "74 Prozent (!) in Kurzarbeit": an exclamation or question mark alone in brackets is the
// writer's aside on the word before it, inside the sentence; it ends none.
bool ends_with_editorial_mark(std::string_view seg) {
  while (!seg.empty() && is_space(static_cast<unsigned char>(seg.back()))) seg.remove_suffix(1);
  for (std::string_view mark : {"(!)", "(?)", "(?!)", "(!?)", "[!]", "[?]"}) {
    if (seg.ends_with(mark)) return true;
  }
  return false;
}

BreakIteratorPtr word_iterator(const std::string& code) {
  UErrorCode status = U_ZERO_ERROR;
  BreakIteratorPtr it(icu::BreakIterator::createWordInstance(icu::Locale(code.empty() ? "en" : code.c_str()), status));
  if (U_FAILURE(status)) throw Error("", "ICU has no word iterator for '" + code + "'");
  return it;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Whitespace including the Unicode spaces most often met in news copy (NBSP, thin, ideographic).
std::size_t space_length(std::string_view s, std::size_t i) {
  if (is_space(static_cast<unsigned char>(s[i]))) return 1;
  using namespace std::string_view_literals;
  for (std::string_view sp : {"\u00A0"sv, "\u2009"sv, "\u202F"sv, "\u3000"sv, "\u2002"sv, "\u2003"sv, "\u200B"sv}) {
    if (s.substr(i, sp.size()) == sp) return sp.size();
  }
  return 0;
}

bool all_space(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = space_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

void trim_range(std::string_view text, std::size_t& start, std::size_t& end) {
  while (start < end) {
    std::size_t n = space_length(text, start);
    if (n == 0) break;
    start += n;
  }
  while (end > start) {
    // Trailing spaces are ASCII or the multibyte ones above; step back over one and re-test.
    std::size_t back = end - 1;
    while (back > start && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
    if (space_length(text, back) != end - back) break;
    end = back;
  }
}

struct Line {
  std::size_t start, end;  // without the newline
  bool blank;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t from = 0;
  while (from <= text.size()) {
    std::size_t nl = text.find('\n', from);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    lines.push_back({from, end, all_space(text.substr(from, end - from))});
    if (nl == std::string_view::npos) break;
    from = nl + 1;
  }
  return lines;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool sp = is_space(static_cast<unsigned char>(c));
    if (!sp && !in_word) ++n;
    in_word = !sp;
  }
  return n;
}

bool is_list_item(std::string_view s) {
  using namespace std::string_view_literals;
  for (std::string_view b : {"- "sv, "* "sv, "\u2022 "sv, "\u2013 "sv, "\u2014 "sv, "\u00B7 "sv}) {
    if (s.substr(0, b.size()) == b) return true;
  }
  std::size_t i = 0;
  while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  return i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

// True when the line ends like a sentence: terminal punctuation, possibly followed by closing
// quotes or brackets.
bool ends_sentence(std::string_view s) {
  using namespace std::string_view_literals;
  bool stripped = true;
  while (!s.empty() && stripped) {
    stripped = false;
    for (std::string_view close : {"\""sv, "'"sv, ")"sv, "]"sv, "\u201D"sv, "\u2019"sv, "\u00BB"sv, "\u201C"sv}) {
      if (s.size() >= close.size() && s.substr(s.size() - close.size()) == close) {
        s.remove_suffix(close.size());
        stripped = true;
        break;
      }
    }
  }
  if (s.empty()) return false;
  for (std::string_view end : {"."sv, "!"sv, "?"sv, ":"sv, ";"sv, "\u2026"sv, "\u3002"sv, "\uFF01"sv, "\uFF1F"sv}) {
    if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
  }
  return false;
}

constexpr std::size_t kTitleMaxWords = 15;

bool is_title_like(std::string_view line) {
  return is_list_item(line) || (!ends_sentence(line) && word_count(line) <= kTitleMaxWords);
}

// A document is hard-wrapped when many lines end mid-sentence at similar widths; then a single
// newline inside a paragraph is only a space. Otherwise (one paragraph per line, as most news
// copy comes) every newline ends a paragraph.
bool looks_wrapped(std::string_view text, const std::vector<Line>& lines) {
  std::size_t with_next = 0, mid_sentence = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank || lines[i + 1].blank) continue;
    ++with_next;
    std::string_view s = text.substr(lines[i].start, lines[i].end - lines[i].start);
    if (s.size() > 40 && !ends_sentence(s) && !is_list_item(s)) ++mid_sentence;
  }
  return mid_sentence >= 3 && mid_sentence * 10 >= with_next * 3;
}

struct Cursor {
  std::size_t offset = 0, line = 1, column = 1;
  void advance(std::string_view text, std::size_t to) {
    for (; offset < to; ++offset) {
      unsigned char c = static_cast<unsigned char>(text[offset]);
      if (c == '\n') {
        ++line;
        column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column;
      }
    }
  }
};

// The end of the character at s[i] with what clings to it (grapheme extenders, emoji modifiers,
// a zero-width joiner and the character it joins, a regional indicator's partner), before `limit`.
std::size_t cluster_end(std::string_view s, std::size_t i, std::size_t limit) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  auto next = [&](std::size_t k, UChar32& c) {
    auto pos = static_cast<int32_t>(k);
    U8_NEXT_OR_FFFD(p, pos, static_cast<int32_t>(limit), c);
    return static_cast<std::size_t>(pos);
  };
  auto regional = [](UChar32 c) { return c >= 0x1F1E6 && c <= 0x1F1FF; };
  UChar32 c = 0;
  std::size_t j = next(i, c);
  bool pair_open = regional(c);
  while (j < limit) {
    UChar32 d = 0;
    std::size_t k = next(j, d);
    if (d == 0x200D) {
      j = k;
      if (k < limit && space_length(s, k) == 0) j = next(k, d);
    } else if (u_hasBinaryProperty(d, UCHAR_GRAPHEME_EXTEND) || u_hasBinaryProperty(d, UCHAR_EMOJI_MODIFIER)) {
      j = k;
    } else if (pair_open && regional(d)) {
      pair_open = false;
      j = k;
    } else {
      break;
    }
  }
  return j;
}

// True when a character cluster (see cluster_end) may start at s[i]: a code point boundary that
// is neither a mark, joiner or modifier nor just after a joiner.
bool cluster_starts(std::string_view s, std::size_t i) {
  if (i == 0 || i >= s.size()) return true;
  if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) return false;
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  auto n = static_cast<int32_t>(s.size());
  auto at = static_cast<int32_t>(i);
  UChar32 c = 0, before = 0;
  U8_NEXT_OR_FFFD(p, at, n, c);
  at = static_cast<int32_t>(i);
  U8_PREV_OR_FFFD(p, 0, at, before);
  return c != 0x200D && before != 0x200D && !u_hasBinaryProperty(c, UCHAR_GRAPHEME_EXTEND) &&
         !u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER);
}

// ASCII character classes for the tokenizer's fast path (std::isalpha is a locale look-up).
enum AsciiClass : std::uint8_t { kOther, kSpace, kAlpha, kDigit, kJoin };
constexpr auto kAsciiClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kAlpha;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAlpha;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  t['_'] = kJoin;
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kSpace;
  return t;
}();

class Tokenizer {
 public:
  explicit Tokenizer(const std::string& code) : words_(word_iterator(code)) {}

  // Tokens are gathered in a scratch vector and copied out at their exact count: a book has a
  // million of them, and a vector grown by doubling would leave a third of its memory unused.
  std::vector<Token> run(const Document& doc, std::size_t start, std::size_t end) {
    scratch_.clear();
    gather(doc, start, end, scratch_);
    return {scratch_.begin(), scratch_.end()};
  }

 private:
  void gather(const Document& doc, std::size_t start, std::size_t end, std::vector<Token>& tokens) {
    std::string_view text(doc.text);
    std::string_view s = text.substr(start, end - start);
    if (is_ascii(s)) {
      run_ascii(s, start, tokens);
      return;
    }
    UTextPtr ut = open_utf8(s);
    UErrorCode status = U_ZERO_ERROR;
    words_->setText(ut.get(), status);
    int32_t p = words_->first();
    for (int32_t q = words_->next(); q != icu::BreakIterator::DONE; p = q, q = words_->next()) {
      int32_t status_tag = words_->getRuleStatus();
      auto a = static_cast<std::size_t>(p), b = static_cast<std::size_t>(q);
      if (status_tag >= UBRK_WORD_NONE && status_tag < UBRK_WORD_NONE_LIMIT) {
        emit_none(s, a, b, start, tokens);
        continue;
      }
      Token t;
      t.start = static_cast<std::uint32_t>(start + a);
      t.end = static_cast<std::uint32_t>(start + b);
      t.kind = status_tag >= UBRK_WORD_NUMBER && status_tag < UBRK_WORD_NUMBER_LIMIT ? TokenKind::Number
                                                                                    : TokenKind::Word;
      finish(s.substr(a, b - a), t);
      tokens.push_back(t);
    }
  }

  // A "none" segment holds spaces and punctuation; each non-space character is a Punct token.
  static void emit_none(std::string_view s, std::size_t a, std::size_t b, std::size_t base,
                        std::vector<Token>& tokens) {
    for (std::size_t i = a; i < b;) {
      std::size_t sp = space_length(s, i);
      if (sp > 0) {
        i += sp;
        continue;
      }
      // Combining marks, variation selectors, emoji modifiers and zero-width joiners stay with
      // the character before them.
      std::size_t j = cluster_end(s, i, b);
      Token t;
      t.start = static_cast<std::uint32_t>(base + i);
      t.end = static_cast<std::uint32_t>(base + j);
      t.kind = TokenKind::Punct;
      finish(s.substr(i, j - i), t);
      tokens.push_back(t);
      i = j;
    }
  }

  // UAX #29 word boundaries restricted to ASCII, which is all ICU's rules amount to there, at a
  // fraction of the cost: letters and digits run together (WB5, WB8-10), joined across a
  // single ' . : between letters (WB6-7) and ' . , ; between digits (WB11-12), and by '_'
  // (WB13a-b); every other non-space character is a token of its own.
  static void run_ascii(std::string_view s, std::size_t base, std::vector<Token>& tokens) {
    const auto cls = [](char c) { return kAsciiClass[static_cast<unsigned char>(c)]; };
    const auto alpha = [&](char c) { return cls(c) == kAlpha; };
    const auto digit = [&](char c) { return cls(c) == kDigit; };
    for (std::size_t i = 0; i < s.size();) {
      const char c = s[i];
      const std::uint8_t ci = cls(c);
      if (ci == kSpace) {
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      bool letters = ci == kAlpha;
      const bool word = ci == kAlpha || ci == kDigit || ci == kJoin;
      if (word) {
        while (j < s.size()) {
          const char d = s[j];
          const std::uint8_t cd = cls(d);
          if (cd == kAlpha || cd == kDigit || cd == kJoin) {
            letters = letters || cd == kAlpha;
            ++j;
            continue;
          }
          if (j + 1 < s.size()) {
            const char prev = s[j - 1], next = s[j + 1];
            const bool mid_letter = (d == '\'' || d == '.' || d == ':') && alpha(prev) && alpha(next);
            const bool mid_num = (d == '\'' || d == '.' || d == ',' || d == ';') && digit(prev) && digit(next);
            if (mid_letter || mid_num) {
              j += 2;
              letters = letters || alpha(next);
              continue;
            }
          }
          break;
        }
      }
      Token t;
      t.start = static_cast<std::uint32_t>(base + i);
      t.end = static_cast<std::uint32_t>(base + j);
      t.kind = !word ? TokenKind::Punct : letters ? TokenKind::Word : TokenKind::Number;
      finish_ascii(s.substr(i, j - i), t);
      tokens.push_back(t);
      i = j;
    }
  }

  // The exact hash and the key hash (of the lower case, which is the comparison key of ASCII
  // text) in one pass.
  static void finish_ascii(std::string_view text, Token& t) {
    std::uint64_t exact = 1469598103934665603ull, key = exact;
    for (const char c : text) {
      exact ^= static_cast<unsigned char>(c);
      exact *= 1099511628211ull;
      key ^= static_cast<unsigned char>(ascii_lower(c));
      key *= 1099511628211ull;
    }
    t.exact = exact;
    t.key = key;
  }

  static void finish(std::string_view text, Token& t) {
    if (is_ascii(text)) return finish_ascii(text, t);
    t.exact = hash_bytes(text);
    t.key = hash_bytes(comparison_key(text));
  }

  BreakIteratorPtr words_;
  std::vector<Token> scratch_;
};

std::uint64_t sentence_key(const std::vector<Token>& tokens) {
  std::uint64_t h = 1469598103934665603ull;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::Punct) continue;
    h ^= t.key;
    h *= 1099511628211ull;
    h ^= h >> 29;
  }
  return h;
}

class Segmenter {
 public:
  Segmenter(Document& doc, const LanguageData& lang, const SegmentOptions& options)
      : doc_(doc), options_(options), tokenizer_(lang.code.empty() ? doc.language : lang.code) {}

  void add(std::size_t start, std::size_t end, std::uint32_t paragraph, bool heading) {
    std::string_view text(doc_.text);
    trim_range(text, start, end);
    while (start < end) {
      std::size_t stop = end;
      if (stop - start > options_.max_sentence_bytes) stop = cut_point(start, start + options_.max_sentence_bytes);
      std::size_t piece_end = stop;
      trim_range(text, start, piece_end);
      if (start < piece_end) emit(start, piece_end, paragraph, heading);
      start = stop;
      trim_range(text, start, end);
    }
  }

 private:
  // The last space before `limit`, else the last character boundary that keeps marks, joiners
  // and modifiers with their base (an input character that NFC expanded stays whole), else the
  // last code point boundary before it.
  std::size_t cut_point(std::size_t start, std::size_t limit) const {
    std::string_view text(doc_.text);
    std::size_t half = start + options_.max_sentence_bytes / 2;
    for (std::size_t i = limit; i > half; --i) {
      if (is_space(static_cast<unsigned char>(text[i]))) return i;
    }
    for (std::size_t i = limit; i > half; --i) {
      if (cluster_starts(text, i)) return i;
    }
    std::size_t i = limit;
    while (i > start + 1 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return i;
  }

  void emit(std::size_t start, std::size_t end, std::uint32_t paragraph, bool heading) {
    Sentence s;
    s.id = static_cast<std::uint32_t>(doc_.sentences.size());
    s.start = start;
    s.end = end;
    if (doc_.markup.empty()) {
      cursor_.advance(doc_.text, start);
      s.line = static_cast<std::uint32_t>(cursor_.line);
      s.column = static_cast<std::uint32_t>(cursor_.column);
    } else {
      const Position p = doc_.position(start);  // the page's own line and column
      s.line = static_cast<std::uint32_t>(p.line);
      s.column = static_cast<std::uint32_t>(p.column);
    }
    s.paragraph = paragraph;
    s.heading = heading;
    s.tokens = tokenizer_.run(doc_, start, end);
    s.key = sentence_key(s.tokens);
    s.exact = hash_bytes(doc_.slice(start, end));
    doc_.sentences.push_back(std::move(s));
  }

  Document& doc_;
  const SegmentOptions& options_;
  Tokenizer tokenizer_;
  Cursor cursor_;
};

void segment_lines(Document& doc, const std::vector<Line>& lines, Segmenter& out) {
  std::uint32_t paragraph = 0;
  for (const Line& l : lines) {
    if (l.blank) continue;
    out.add(l.start, l.end, paragraph++, false);
  }
  (void)doc;
}

void segment_sentences(Document& doc, const LanguageData& lang, const std::vector<Line>& lines,
                       Segmenter& out) {
  std::string_view text(doc.text);
  bool wrapped = looks_wrapped(text, lines);
  std::size_t wrap_width = 0;
  if (wrapped) {
    std::vector<std::size_t> widths;
    for (const Line& l : lines) if (!l.blank) widths.push_back(l.end - l.start);
    std::sort(widths.begin(), widths.end());
    wrap_width = widths[widths.size() * 9 / 10];
  }

  // Blocks: runs of lines between hard breaks. Soft newlines become spaces in a shadow copy, so
  // that ICU (which breaks after every line feed, UAX #29 SB4) reads a wrapped paragraph whole.
  std::string shadow(text);
  struct Block { std::size_t start, end; bool heading; };
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    std::string_view li = text.substr(lines[i].start, lines[i].end - lines[i].start);
    bool heading = is_title_like(li) && (!wrapped || li.size() * 10 < wrap_width * 7);
    if (!blocks.empty() && !blocks.back().heading && !heading && i > 0 && !lines[i - 1].blank && wrapped) {
      std::string_view prev = text.substr(lines[i - 1].start, lines[i - 1].end - lines[i - 1].start);
      bool soft = !is_list_item(li) && !(ends_sentence(prev) && prev.size() * 10 < wrap_width * 7);
      if (soft) {
        shadow[lines[i - 1].end] = ' ';
        blocks.back().end = lines[i].end;
        continue;
      }
    }
    blocks.push_back({lines[i].start, lines[i].end, heading});
  }

  BreakIteratorPtr sentences;  // made the first time a block needs ICU
  const bool fast = detail::untailored_sentence_rules(lang.code.empty() ? doc.language : lang.code);
  Abbreviations abbreviations(lang);
  UErrorCode status = U_ZERO_ERROR;
  std::uint32_t paragraph = 0;
  std::vector<std::size_t> ends;
  for (const Block& b : blocks) {
    if (b.heading) {
      out.add(b.start, b.end, paragraph++, true);
      continue;
    }
    // Breaks are looked for in the block only, so a sentence never crosses a paragraph.
    std::string_view block_text = std::string_view(shadow).substr(b.start, b.end - b.start);
    ends.clear();
    if (!fast || !detail::fast_sentence_breaks(block_text, ends)) {
      if (!sentences) sentences = sentence_iterator(lang);
      UTextPtr block = open_utf8(block_text);
      sentences->setText(block.get(), status);
      sentences->first();
      for (int32_t q = sentences->next(); q != icu::BreakIterator::DONE; q = sentences->next()) {
        ends.push_back(static_cast<std::size_t>(q));
      }
    }
    std::size_t from = 0;
    for (const std::size_t to : ends) {
      if (to < block_text.size() && abbreviations.ends_segment(block_text.substr(from, to - from))) continue;
      if (to < block_text.size() && ends_with_editorial_mark(block_text.substr(from, to - from))) continue;
      if (to < block_text.size() && ends_between_digits(block_text.substr(from, to - from), block_text.substr(to))) continue;
      if (to < block_text.size() && abbreviations.ends_ordinal_date(block_text.substr(from, to - from), block_text.substr(to))) continue;
      out.add(b.start + from, b.start + to, paragraph, false);
      from = to;
    }
    ++paragraph;
  }
}

}  // namespace

std::vector<Token> tokenize(const Document& doc, std::size_t start, std::size_t end) {
  Tokenizer t(doc.language);
  return t.run(doc, start, end);
}

void segment(Document& doc, const LanguageData& lang, const SegmentOptions& options) {
  doc.sentences.clear();
  std::vector<Line> lines = split_lines(doc.text);
  Segmenter out(doc, lang, options);
  if (options.mode == SegmentMode::Lines) {
    segment_lines(doc, lines, out);
  } else {
    segment_sentences(doc, lang, lines, out);
  }
}

}  // namespace claimdiff
