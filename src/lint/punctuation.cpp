// doubled-punctuation and stray-punctuation.
//
// Doubled: exactly two periods (".." or ". ." as in "TASS. ."), and a comma, semicolon or colon
// followed by another mark (",,", ",.", ", ,", ";;"). Legitimate neighbours are left alone: an
// ellipsis ("...", ". . .", "…", and an ellipsis plus a full stop), an abbreviation's period before
// a comma or semicolon ("Inc.,", "etc.;"), "?!" and "!!" (emphasis, not an artifact), "::"
// (code), ", .5" before a decimal.
// Stray (its own rule id, `stray-punctuation`): a space before a comma, period, colon or
// semicolon ("Kremlin , he said"), except before an ellipsis, a decimal (" .22"), a name such as
// ".NET", or an emoticon, and before the marks the language's typography spaces off
// (data/lang/<code>/spaced_marks.txt: French writes "Solocal : les actionnaires").

#include <string>
#include <string_view>

#include "lint/rules.hpp"
#include "lint/text.hpp"

namespace claimdiff::detail {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_clause_mark(char c) { return c == ',' || c == ';' || c == ':'; }
bool is_mark(char c) { return is_clause_mark(c) || c == '.'; }

char at(std::string_view t, std::size_t i) { return i < t.size() ? t[i] : '\0'; }

// A period at `i` that begins an ellipsis or a decimal fraction rather than ending anything.
bool period_starts_something(std::string_view t, std::size_t i) {
  return at(t, i + 1) == '.' || is_digit(at(t, i + 1)) || t.substr(i + 1, 3) == kEllipsis;
}

// Periods and ellipses separated by at most single spaces, from `i`; returns the end offset and
// the number of dots (an ellipsis character counts three).
std::size_t period_cluster(std::string_view t, std::size_t i, int& dots) {
  dots = 0;
  std::size_t j = i;
  for (;;) {
    if (at(t, j) == '.') {
      ++dots;
      ++j;
    } else if (t.substr(j, 3) == kEllipsis) {
      dots += 3;
      j += 3;
    } else if (at(t, j) == ' ' && (at(t, j + 1) == '.' || t.substr(j + 1, 3) == kEllipsis)) {
      ++j;
    } else {
      return j;
    }
  }
}

struct Scanner {
  const Document& doc;
  std::size_t version;
  std::vector<Finding>& out;
  std::string_view t;
  std::string_view spaced_marks;  // marks the language writes after a space
  std::size_t covered = 0;  // text before this offset is already part of a finding

  void doubled(std::size_t start, std::size_t end, char keep) {
    if (!full(out)) out.push_back(make_finding(doc, version, "doubled-punctuation", kMinor, start, end,
                               std::string(1, keep),
                               "The punctuation mark is doubled; one \xE2\x80\x9C" +
                                   std::string(1, keep) + "\xE2\x80\x9D is enough."));
    covered = end;
  }

  void stray(std::size_t start, std::size_t end, char mark) {
    static constexpr std::string_view kNames[] = {"comma", "period", "colon", "semicolon"};
    const std::string_view name = mark == ','   ? kNames[0]
                                  : mark == '.' ? kNames[1]
                                  : mark == ':' ? kNames[2]
                                                : kNames[3];
    if (!full(out)) out.push_back(make_finding(doc, version, "stray-punctuation", kMinor, start, end,
                               std::string(1, mark),
                               "A space stands before the " + std::string(name) + "."));
    covered = end;
  }

  void periods(std::size_t i) {
    if (i > 0 && (t[i - 1] == '.' || t[i - 1] == '/')) return;
    if (i >= 3 && t.substr(i - 3, 3) == kEllipsis) return;
    int dots = 0;
    const std::size_t end = period_cluster(t, i, dots);
    if (dots == 2 && at(t, end) != '/' && !is_digit(at(t, end))) {
      doubled(i, end, '.');
    } else {
      covered = end;  // an ellipsis: nothing inside it is stray
    }
  }

  void clause_mark(std::size_t i) {
    std::size_t j = i + 1;
    if (at(t, j) == ' ') ++j;
    const char next = at(t, j);
    if (!is_mark(next)) return;
    if (next == '.' && period_starts_something(t, j)) return;
    // "::" is code ("std::vector", "a :: b"), never a translation artifact.
    if (t[i] == ':' && next == ':' && j == i + 1) {
      covered = j + 1;
      return;
    }
    doubled(i, j + 1, next);
  }

  void space_before(std::size_t i) {
    const char mark = t[i];
    if (spaced_marks.find(mark) != std::string_view::npos) return;
    std::size_t k = i;
    while (k > 0 && is_blank(t[k - 1])) --k;
    if (k == i || k == 0 || t[k - 1] == '\n') return;
    const char after = at(t, i + 1);
    const UChar32 next = decode_at(t, i + 1);
    // The mark ends a word only before a space, the end, or a closing quote; otherwise it begins
    // something (".NET", " :)").
    const bool ends = after == '\0' || is_space(next) || next == 0x201D || next == 0x2019 ||
                      next == 0xBB || after == '"' || after == '\'';
    if (mark == '.' && (period_starts_something(t, i) || !ends)) return;
    int dots = 0;
    period_cluster(t, i, dots);
    if (mark == '.' && dots != 1) return;  // a spaced ellipsis, or ". ." which is doubled
    if ((mark == ':' || mark == ';') && !ends) return;
    if (mark == ':' && is_digit(t[k - 1]) && is_digit(after == ' ' ? at(t, i + 2) : after)) return;
    stray(k, i + 1, mark);
  }

  void run() {
    for (std::size_t i = 0; i < t.size(); ++i) {
      const char c = t[i];
      if (!is_mark(c) || i < covered) continue;
      const std::size_t before = out.size();
      if (i > 0 && is_blank(t[i - 1])) space_before(i);
      if (out.size() != before || i < covered) continue;
      if (c == '.') {
        periods(i);
      } else {
        clause_mark(i);
      }
    }
  }
};

}  // namespace

void lint_punctuation(const Document& doc, std::size_t version, const LanguageData& lang,
                      std::vector<Finding>& out) {
  Scanner{doc, version, out, doc.text, lang.spaced_marks}.run();
}

}  // namespace claimdiff::detail
