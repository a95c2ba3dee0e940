// The value reader: a small scanner of its own over UTF-8 (digits, letters, marks), because a
// number's parts are separate tokens to ICU's word breaker ("10 000", "02:00", "13.") and a value
// must come out the same whichever way a language writes it.

#include "segment/values.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "claimdiff/segment.hpp"

namespace claimdiff {
namespace {

struct Item {
  enum class Type : std::uint8_t { Digits, Word, Mark } type;
  std::string_view text;
  std::size_t start, end;
  bool space_before;
  std::string key;  // lowercase, for words
};

UChar32 code_point_at(std::string_view s, std::size_t i, std::size_t* next = nullptr) {
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, s.size(), c);
  if (next) *next = i;
  return c;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space_mark(UChar32 c) { return c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009; }

std::size_t digits_from(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && is_digit(s[j])) ++j;
  return j - i;
}

// Where a run of digits and the separators inside it ends: ".", ",", "'", "’", "/", ":" and
// spaces join digits on both sides. A space joins only groups of at most three digits before and
// exactly three after ("10 000", not "2019 100"), and a plain space only in a language that
// groups with it (or whose conventions are unknown: most languages do).
std::size_t number_end(std::string_view s, std::size_t i, bool plain_space_groups) {
  while (i < s.size()) {
    const std::size_t group_start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i >= s.size()) break;
    std::size_t next = i;
    const UChar32 c = code_point_at(s, i, &next);
    const bool joins = c == '.' || c == ',' || c == '\'' || c == 0x2019 || c == '/' || c == ':' || is_space_mark(c);
    if (!joins || next >= s.size() || !is_digit(s[next])) break;
    if (is_space_mark(c) && (digits_from(s, next) != 3 || i - group_start > 3 || (c == ' ' && !plain_space_groups))) break;
    i = next;
  }
  return i;
}

// What scan needs to know of a character. ASCII is told apart without ICU (most of the text of
// most languages' sentences), with the same answers as ICU's properties: letters are A-Z and
// a-z, white space is tab to carriage return and the space, nothing in ASCII is ideographic or
// a mark. A mark continues a word unless it is ideographic (a Han or Khitan filler).
enum class CharClass : std::uint8_t { Ideograph, Letter, Mark, Space, Other };

CharClass char_class(UChar32 c) {
  if (c < 0x80 && c >= 0) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return CharClass::Letter;
    if (c == ' ' || (c >= '\t' && c <= '\r')) return CharClass::Space;
    return CharClass::Other;
  }
  if (u_isalpha(c)) return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) ? CharClass::Ideograph : CharClass::Letter;
  const auto type = u_charType(c);
  if ((type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK) && !u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) {
    return CharClass::Mark;
  }
  return u_isUWhiteSpace(c) ? CharClass::Space : CharClass::Other;
}

std::vector<Item> scan(std::string_view s, bool plain_space_groups) {
  std::vector<Item> out;
  bool space = true;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t next = i;
    const UChar32 c = code_point_at(s, i, &next);
    const CharClass cls = is_digit(s[i]) ? CharClass::Other : char_class(c);
    if (is_digit(s[i])) {
      const std::size_t end = number_end(s, i, plain_space_groups);
      out.push_back({Item::Type::Digits, s.substr(i, end - i), i, end, space, {}});
      i = end;
      space = false;
    } else if (cls == CharClass::Ideograph) {
      // Han characters are words of one character each ("万", "月").
      out.push_back({Item::Type::Word, s.substr(i, next - i), i, next, space, std::string(s.substr(i, next - i))});
      i = next;
      space = false;
    } else if (cls == CharClass::Letter) {
      std::size_t end = next;
      while (end < s.size()) {
        std::size_t after = end;
        const CharClass d = char_class(code_point_at(s, end, &after));
        if (d != CharClass::Letter && d != CharClass::Mark) break;
        end = after;
      }
      out.push_back({Item::Type::Word, s.substr(i, end - i), i, end, space, fold_case(s.substr(i, end - i))});
      i = end;
      space = false;
    } else if (cls == CharClass::Space) {
      space = true;
      i = next;
    } else {
      out.push_back({Item::Type::Mark, s.substr(i, next - i), i, next, space, {}});
      i = next;
      space = false;
    }
  }
  return out;
}

bool contains(const std::vector<std::string>& list, std::string_view x) {
  return std::find(list.begin(), list.end(), x) != list.end();
}

// A run of digits and separators as a number. Which separator is the decimal mark: with both "."
// and ",", the last; a mark written twice groups; spaces and apostrophes group; a single "." or
// "," is the language's decimal mark when it is one, else groups when exactly three digits follow.
std::optional<double> plain_number(std::string_view run, const LanguageData& lang) {
  std::string digits;
  const std::size_t last_dot = run.rfind('.'), last_comma = run.rfind(',');
  char decimal = 0;
  if (last_dot != std::string_view::npos && last_comma != std::string_view::npos) {
    decimal = last_dot > last_comma ? '.' : ',';
  } else if (const std::size_t at = std::min(last_dot, last_comma); at != std::string_view::npos) {
    const char mark = run[at];
    const bool twice = run.find(mark) != at;
    const bool three_after = run.size() - at - 1 == 3;
    if (!twice) {
      if (lang.decimal_mark == std::string(1, mark)) decimal = mark;
      else if (!three_after) decimal = mark;
      else if (!lang.decimal_mark.empty() || !contains(lang.group_marks, std::string(1, mark))) decimal = 0;
    }
  }
  for (std::size_t i = 0; i < run.size(); ++i) {
    if (is_digit(run[i])) digits.push_back(run[i]);
    else if (run[i] == decimal) digits.push_back('.');
  }
  if (digits.empty()) return std::nullopt;
  try {
    return std::stod(digits);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

const NumberWord* number_word(const Item& item, const LanguageData& lang) {
  if (item.type != Item::Type::Word) return nullptr;
  auto it = lang.numbers.find(item.key);
  return it == lang.numbers.end() ? nullptr : &it->second;
}

bool is_integer(double v) { return std::floor(v) == v; }

// The value of a Roman numeral in capitals, in its one canonical spelling ("XIV", not "XIIII"),
// followed by nothing or one of `endings` ("XXe"); nullopt otherwise.
std::optional<int> roman_value(std::string_view text, const std::vector<std::string>& endings) {
  static constexpr std::pair<int, std::string_view> kDigits[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                                 {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                                 {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                                 {1, "I"}};
  std::size_t n = 0;
  while (n < text.size() && std::string_view("IVXLCDM").find(text[n]) != std::string_view::npos) ++n;
  if (n == 0 || (n < text.size() && std::find(endings.begin(), endings.end(), text.substr(n)) == endings.end())) return std::nullopt;
  const std::string_view numeral = text.substr(0, n);
  int value = 0;
  std::size_t at = 0;
  for (const auto& [v, digits] : kDigits) {
    // No digit repeats more than three times; a subtractive pair or a five never repeats.
    for (int times = 0; times < (digits.size() == 1 && v != 5 && v != 50 && v != 500 ? 3 : 1) &&
                        numeral.substr(at).starts_with(digits);
         ++times) {
      value += v;
      at += digits.size();
    }
  }
  if (at != numeral.size()) return std::nullopt;
  return value;
}

class Reader {
 public:
  Reader(std::string_view text, const LanguageData& lang)
      : items_(scan(text, lang.group_marks.empty() || contains(lang.group_marks, " "))), lang_(lang) {}

  std::vector<Value> read() {
    for (i_ = 0; i_ < items_.size();) {
      const std::size_t at = i_;
      if (!read_one()) i_ = at + 1;
    }
    return std::move(out_);
  }

 private:
  // Reads the value starting at item i_, if any, and moves past it.
  bool read_one() {
    const Item& item = items_[i_];
    if (item.type == Item::Type::Digits) return read_digits();
    const NumberWord* w = number_word(item, lang_);
    if (!w) return read_roman();
    if (w->kind == NumberWord::Kind::Month) return read_month_first();
    if (w->kind == NumberWord::Kind::Unit) return read_unit(*w);
    if (w->kind == NumberWord::Kind::DatedMonth) return day_follows() && read_month_first();
    if (w->kind == NumberWord::Kind::Connector) return false;
    const std::size_t before = out_.size();
    bool read = false;
    if (w->kind == NumberWord::Kind::Ordinal) {
      ++i_;
      read = finish_number(w->value, item.start, items_[i_ - 1].end);
    } else {
      read = read_words();
    }
    if (read && out_.size() > before && out_.back().kind == Value::Kind::Number) out_.back().from_words = true;
    return read;
  }

  bool read_digits() {
    const Item& item = items_[i_];
    const std::string_view run = item.text;
    // "2021-22", "2019–20": the second year of a range after a dash; after any other number
    // ("25–30 миллиардов") a plain number, which a scale may follow.
    if (run.size() == 2 && i_ >= 2 && !item.space_before && !out_.empty() && out_.back().kind == Value::Kind::Number &&
        out_.back().number >= 1000 && out_.back().number < 3000 && is_integer(out_.back().number) &&
        items_[i_ - 1].type == Item::Type::Mark && !items_[i_ - 1].space_before &&
        (items_[i_ - 1].text == "-" || items_[i_ - 1].text == "\u2013") && out_.back().end == items_[i_ - 1].start &&
        std::all_of(run.begin(), run.end(), is_digit)) {
      ++i_;
      emit_year_aware(std::stod(std::string(run)), 2, out_.back().number, item);
      return true;
    }
    ++i_;
    if (auto t = time_of(run)) {
      std::size_t end = item.end;
      if (const int half = meridiem(end); half != 0 && *t >= 60 && *t < 13 * 60) *t = std::fmod(*t, 720) + (half == 2 ? 720 : 0);
      return emit(Value::Kind::Time, *t, item.start, end);
    }
    // "2 pm": an hour alone on a twelve-hour clock.
    if (run.size() <= 2 && std::all_of(run.begin(), run.end(), is_digit)) {
      std::size_t end = item.end;
      const int hour = std::stoi(std::string(run));
      if (const int half = meridiem(end); half != 0 && hour >= 1 && hour <= 12) {
        return emit(Value::Kind::Time, (hour % 12) * 60.0 + (half == 2 ? 720 : 0), item.start, end);
      }
    }
    if (auto d = numeric_date(run)) {
      emit(Value::Kind::Date, *d, item.start, item.end);
      // "1/8" is 1 August in one language and January 8 in another, or the fraction of "1/8
      // финала": the other readings go with the date (Value::other_order, Value::fraction).
      const std::size_t slash = run.find('/');
      if (slash != std::string_view::npos && run.find('/', slash + 1) == std::string_view::npos) {
        const int day = static_cast<int>(*d) % 100, month = static_cast<int>(*d) / 100;
        if (day <= 12 && day != month) out_.back().other_order = day * 100.0 + month;
        if (slash == 1 && run.size() == 3 && run[0] != '0' && run[0] < run[2]) out_.back().fraction = (run[0] - '0') / static_cast<double>(run[2] - '0');
      }
      return true;
    }
    if (run.find('/') != std::string_view::npos || run.find(':') != std::string_view::npos) {
      // Not a date or a time: numbers side by side ("2019/2020", "3/4").
      return read_parts(item);
    }
    // "15.30 Uhr", "15 Uhr": a clock time where the language names one with a word after it.
    if (i_ < items_.size() && items_[i_].type == Item::Type::Word && contains(lang_.time_words, items_[i_].key)) {
      const std::size_t mark = run.find_first_of(".,");
      const std::string_view h = run.substr(0, mark), m = mark == std::string_view::npos ? "00" : run.substr(mark + 1);
      if (h.size() <= 2 && m.size() == 2 && std::all_of(h.begin(), h.end(), is_digit) && std::all_of(m.begin(), m.end(), is_digit)) {
        const int hours = std::stoi(std::string(h)), minutes = std::stoi(std::string(m));
        if (hours <= 24 && minutes < 60) {
          ++i_;
          return emit(Value::Kind::Time, hours * 60.0 + minutes, item.start, items_[i_ - 1].end);
        }
      }
    }
    // "1200 GMT": wire copy writes a time before a time zone as four digits. Four digits that
    // could be a year (1800-2099) stay a number: articles on time standards write "In 1847 GMT
    // was adopted", "since 1972 UTC", and a year read as 18:47 would be another value.
    if (i_ < items_.size() && items_[i_].type == Item::Type::Word && (items_[i_].key == "gmt" || items_[i_].key == "utc") &&
        run.size() == 4 && std::all_of(run.begin(), run.end(), is_digit)) {
      const int hours = std::stoi(std::string(run.substr(0, 2))), minutes = std::stoi(std::string(run.substr(2)));
      const bool year_like = hours >= 18 && hours <= 20;
      if (hours < 24 && minutes < 60 && !year_like) return emit(Value::Kind::Time, hours * 60.0 + minutes, item.start, item.end);
    }
    std::optional<double> v = plain_number(run, lang_);
    if (!v) return false;
    if (auto date = marked_date(*v)) return emit(Value::Kind::Date, *date, item.start, items_[i_ - 1].end);
    std::size_t end = item.end;
    // "14h30", and "14 h 30" as French typography spaces it: an hour, "h" and two-digit minutes.
    if (i_ + 1 < items_.size() && items_[i_].type == Item::Type::Word && items_[i_].key == "h" &&
        items_[i_ + 1].type == Item::Type::Digits && items_[i_ + 1].text.size() == 2 &&
        items_[i_].space_before == items_[i_ + 1].space_before && is_integer(*v) && *v < 24) {
      const double minutes = std::stod(std::string(items_[i_ + 1].text));
      if (minutes < 60) {
        end = items_[i_ + 1].end;
        i_ += 2;
        return emit(Value::Kind::Time, *v * 60 + minutes, item.start, end);
      }
    }
    double glued_scale = 1;
    // A suffix glued to the digits: "3rd", "1er", "20s", "5km" keep the number; a scale ("$2bn")
    // multiplies it.
    if (i_ < items_.size() && items_[i_].type == Item::Type::Word && !items_[i_].space_before) {
      const Item& suffix = items_[i_];
      if (const NumberWord* w = number_word(suffix, lang_); w && w->kind == NumberWord::Kind::Scale) glued_scale = w->value;
      end = suffix.end;
      ++i_;
    } else if (i_ + 1 < items_.size() && items_[i_].text == "-" && !items_[i_].space_before &&
               items_[i_ + 1].type == Item::Type::Word && !items_[i_ + 1].space_before &&
               items_[i_ + 1].text.size() <= 6 && number_word(items_[i_ + 1], lang_) == nullptr) {
      // Russian ordinal endings ("2-й", "5-го"): part of the number.
      end = items_[i_ + 1].end;
      i_ += 2;
    }
    if (is_integer(*v)) *v += half_after(end);
    const double factor = glued_scale * scales(end);
    *v *= factor;
    // Chinese and Japanese write what follows a scale without a space, with a smaller scale of its
    // own or none: "1万1000" is 11,000, "1億2000万" 120,000,000.
    for (double above = factor; above > 1 && i_ < items_.size() && items_[i_].type == Item::Type::Digits && !items_[i_].space_before;) {
      const auto rest = plain_number(items_[i_].text, lang_);
      if (!rest) break;
      const std::size_t at = i_;
      std::size_t rest_end = items_[i_].end;
      ++i_;
      const double rest_factor = scales(rest_end);
      if (*rest * rest_factor >= above) {
        i_ = at;
        break;
      }
      *v += *rest * rest_factor;
      end = rest_end;
      above = rest_factor;
    }
    return finish_number(*v, item.start, end);
  }

  // "7月19日", "7月": a month (and a day) written as numbers with the language's markers after
  // them, when the month number `v` just read is followed by one. Moves past them.
  std::optional<double> marked_date(double v) {
    auto marker = [&](std::size_t j, const std::vector<std::string>& list) {
      return j < items_.size() && items_[j].type == Item::Type::Word && !items_[j].space_before && contains(list, items_[j].key);
    };
    if (!is_integer(v) || v < 1 || v > 12 || !marker(i_, lang_.month_markers)) return std::nullopt;
    ++i_;
    if (i_ + 1 < items_.size() && items_[i_].type == Item::Type::Digits && items_[i_].text.size() <= 2 &&
        std::all_of(items_[i_].text.begin(), items_[i_].text.end(), is_digit) && marker(i_ + 1, lang_.day_markers)) {
      const int day = std::stoi(std::string(items_[i_].text));
      if (day >= 1 && day <= 31) {
        i_ += 2;
        return v * 100 + day;
      }
    }
    return v * 100;
  }

  // A span of time that states a number ("за сутки": in 24 hours), unless a number before it
  // counts it ("трое суток", "3 суток": three days).
  bool read_unit(const NumberWord& w) {
    const Item& item = items_[i_];
    ++i_;
    if (!out_.empty() && out_.back().kind == Value::Kind::Number && i_ >= 2 && out_.back().end == items_[i_ - 2].end) return false;
    emit(Value::Kind::Number, w.value, item.start, item.end);
    out_.back().from_words = true;
    return true;
  }

  // A Roman numeral beside a word the language names for it ("XX век", "XVI века", "XXe
  // siècle"): an ordinal. Elsewhere capitals are a name or an abbreviation ("MI", "DC").
  bool read_roman() {
    const Item& item = items_[i_];
    auto listed = [&](std::size_t j) {
      return j < items_.size() && items_[j].type == Item::Type::Word && contains(lang_.roman_numeral_words, items_[j].key);
    };
    // German and Czech write the ordinal's period: "XX. Jahrhundert".
    const std::size_t after = i_ + 1 < items_.size() && items_[i_ + 1].text == "." && !items_[i_ + 1].space_before ? i_ + 2 : i_ + 1;
    if (item.type != Item::Type::Word || !(listed(after) || (i_ > 0 && listed(i_ - 1)))) return false;
    const std::optional<int> v = roman_value(item.text, lang_.roman_ordinal_endings);
    // The listed words count centuries and quarters, none near 50: a letter beside them is a
    // designation ("в квартале C": in block C), not the numeral 100.
    if (!v || *v >= 50) return false;
    i_ = after;
    return emit(Value::Kind::Number, *v, item.start, items_[after - 1].end);
  }

  // A half added after a whole number: "and a half", "с половиной" (and_half in
  // conventions.tsv), or a fraction after a space ("2 1/2 million"). Moves past it.
  double half_after(std::size_t& end) {
    if (i_ < items_.size() && items_[i_].type == Item::Type::Digits && items_[i_].space_before) {
      const std::string_view f = items_[i_].text;
      if (f.size() == 3 && f[1] == '/' && is_digit(f[0]) && is_digit(f[2]) && f[0] != '0' && f[0] < f[2]) {
        end = items_[i_].end;
        ++i_;
        return (f[0] - '0') / static_cast<double>(f[2] - '0');
      }
    }
    // The phrase may be hyphenated into one word ("one-and-a-half years").
    auto glued_hyphen = [&](std::size_t j) {
      return j + 1 < items_.size() && items_[j].text == "-" && !items_[j].space_before && !items_[j + 1].space_before;
    };
    for (const std::vector<std::string>& phrase : lang_.half_phrases) {
      std::size_t j = i_, matched = 0;
      for (const std::string& word : phrase) {
        if (glued_hyphen(j)) ++j;
        if (j >= items_.size() || items_[j].type != Item::Type::Word || items_[j].key != word) break;
        ++j;
        ++matched;
      }
      if (matched == phrase.size() && !phrase.empty()) {
        end = items_[j - 1].end;
        i_ = j;
        return 0.5;
      }
    }
    return 0;
  }

  // A run of digits split at "/" and ":" into numbers; a year range's second year written with
  // two digits is the full year ("2019/20" is 2019 and 2020).
  bool read_parts(const Item& item) {
    std::string_view rest = item.text;
    std::optional<double> previous;
    while (!rest.empty()) {
      const std::size_t cut = rest.find_first_of("/:");
      const std::string_view part = rest.substr(0, cut);
      if (auto v = plain_number(part, lang_)) {
        previous = emit_year_aware(*v, part.size(), previous, item);
      }
      rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
    }
    return true;
  }

  // Emits `v` (written with `digits` digits) after `previous`, widening a two-digit year after a
  // four-digit one ("2021-22").
  double emit_year_aware(double v, std::size_t digits, std::optional<double> previous, const Item& item) {
    if (previous && digits == 2 && *previous >= 1000 && *previous < 3000 && is_integer(*previous)) {
      const double century = std::floor(*previous / 100) * 100;
      if (century + v > *previous) v += century;
    }
    emit(Value::Kind::Number, v, item.start, item.end);
    return v;
  }

  // Scale words following a number ("10 тысяч", "1,5 millones", "two hundred million").
  double scales(std::size_t& end) {
    double factor = 1;
    while (i_ < items_.size()) {
      const NumberWord* w = number_word(items_[i_], lang_);
      if (!w || w->kind != NumberWord::Kind::Scale) break;
      factor *= w->value;
      end = items_[i_].end;
      ++i_;
      if (i_ < items_.size() && items_[i_].text == "." && !items_[i_].space_before) ++i_;  // "тыс.", "Mio."
    }
    return factor;
  }

  // Number words: "twenty-one", "vingt et un", "einundzwanzig" (listed whole), "two hundred
  // thousand", "двух тысяч". Units after tens add; a scale multiplies what came before it.
  bool read_words() {
    if (const NumberWord* w = number_word(items_[i_], lang_); w && w->kind == NumberWord::Kind::Cardinal && w->value == 0.5) {
      if (const std::optional<std::size_t> from = one_and_half(i_)) {
        const std::size_t end = items_[i_].end;
        ++i_;
        return finish_number(1.5, items_[*from].start, end);
      }
      // After an ordinal the half is a part named, not a quantity ("the second half of the year",
      // "во втором полугодии"), and after a word of the language's half_part_after ("the half
      // back", a football position).
      if (i_ > 0) {
        const NumberWord* before = number_word(items_[i_ - 1], lang_);
        if (before && before->kind == NumberWord::Kind::Ordinal) return false;
        const auto& part = lang_.half_part_after;
        if (items_[i_ - 1].type == Item::Type::Word && std::find(part.begin(), part.end(), items_[i_ - 1].key) != part.end()) return false;
      }
    }
    const std::size_t start = items_[i_].start;
    std::size_t end = start;
    double total = 0, current = 0, last = 0;
    bool any = false;
    while (i_ < items_.size()) {
      const NumberWord* w = number_word(items_[i_], lang_);
      if (!w) {
        // "vingt-deux": a hyphen between two number words.
        if (any && items_[i_].text == "-" && i_ + 1 < items_.size() && number_word(items_[i_ + 1], lang_)) {
          ++i_;
          continue;
        }
        break;
      }
      if (w->kind == NumberWord::Kind::Connector) {
        // Joins tens and units only: "vingt et un", "cuarenta y dos", "one hundred and five", also
        // hyphenated ("vingt-et-un").
        std::size_t next = i_ + 1;
        if (next + 1 < items_.size() && items_[next].text == "-" && !items_[next].space_before) ++next;
        const NumberWord* n = next < items_.size() ? number_word(items_[next], lang_) : nullptr;
        // The unit one is the language's article of one, left out of numbers.tsv ("vingt et un",
        // "trente et une").
        if (any && !n && next < items_.size() && last >= 20 && std::fmod(last, 10) == 0 &&
            std::find(lang_.one_articles.begin(), lang_.one_articles.end(), items_[next].key) != lang_.one_articles.end()) {
          current += 1;
          last = 1;
          end = items_[next].end;
          i_ = next + 1;
          continue;
        }
        if (!any || !n || n->kind != NumberWord::Kind::Cardinal || n->value >= last || last < 20) break;
        i_ = next;
        continue;
      }
      // A plural scale with no number before it is a vague quantity ("les milliards", "Millionen
      // Menschen"): no value.
      if (w->kind == NumberWord::Kind::Scale && w->counted_only && !any) break;
      if (w->kind == NumberWord::Kind::Scale) {
        if (w->value < 1000) current = (any ? std::max(current, 1.0) : 1.0) * w->value;
        else total += (any ? std::max(current, 1.0) : 1.0) * w->value, current = 0;
        last = w->value;
      } else if (w->kind == NumberWord::Kind::Cardinal) {
        // A unit after a unit ("two three") starts another number.
        if (any && !(last >= 20 && w->value < last && std::fmod(last, 10) == 0)) break;
        current += w->value;
        last = w->value;
      } else {
        break;
      }
      any = true;
      end = items_[i_].end;
      ++i_;
    }
    if (!any) return false;
    const double half = total == 0 ? half_after(end) : 0;  // not "two million and a half"
    return finish_number(half == 0 ? total + current : (total + current + half) * scales(end), start, end);
  }

  // Where the half word at `half` ends a half phrase after a noun with the indefinite article
  // ("a year and a half", "un an et demi"): the article, which counts one (one_article in
  // conventions.tsv).
  std::optional<std::size_t> one_and_half(std::size_t half) const {
    for (const std::vector<std::string>& phrase : lang_.half_phrases) {
      if (phrase.empty() || half + 1 < phrase.size() + 2) continue;
      const std::size_t first = half + 1 - phrase.size();
      bool same = true;
      for (std::size_t k = 0; k < phrase.size() && same; ++k)
        same = items_[first + k].type == Item::Type::Word && items_[first + k].key == phrase[k];
      const Item& noun = items_[first - 1];
      const Item& article = items_[first - 2];
      if (same && noun.type == Item::Type::Word && article.type == Item::Type::Word &&
          std::find(lang_.one_articles.begin(), lang_.one_articles.end(), article.key) != lang_.one_articles.end()) {
        return first - 2;
      }
    }
    return std::nullopt;
  }

  // A number just read: a day when a month follows ("19 июля", "13. Januar", "19 de julio").
  bool finish_number(double v, std::size_t start, std::size_t end) {
    if (is_integer(v) && v >= 1 && v <= 31) {
      std::size_t j = i_;
      if (j < items_.size() && items_[j].text == "." && !items_[j].space_before) ++j;
      if (j + 1 < items_.size() && items_[j].type == Item::Type::Word && items_[j].key.size() <= 3 &&
          lang_.is_function_word(items_[j].key) && is_month(items_[j + 1])) {
        ++j;
      }
      if (j < items_.size() && is_month(items_[j])) {
        i_ = j + 1;
        return emit(Value::Kind::Date, number_word(items_[j], lang_)->value * 100 + v, start, items_[j].end);
      }
    }
    return emit(Value::Kind::Number, v, start, end);
  }

  // A month name: with the day after it ("July 19") a date, else the month alone ("in July").
  bool read_month_first() {
    const Item& m = items_[i_];
    const double month = number_word(m, lang_)->value;
    ++i_;
    const std::size_t month_end = i_;
    i_ = past_dot(m, i_);
    if (i_ < items_.size() && items_[i_].type == Item::Type::Digits) {
      auto day = plain_number(items_[i_].text, lang_);
      if (day && is_integer(*day) && *day >= 1 && *day <= 31 && items_[i_].text.size() <= 2) {
        const std::size_t end = items_[i_].end;
        ++i_;
        // "July 19th"
        if (i_ < items_.size() && items_[i_].type == Item::Type::Word && !items_[i_].space_before) ++i_;
        return emit(Value::Kind::Date, month * 100 + *day, m.start, end);
      }
    }
    i_ = month_end;
    return emit(Value::Kind::Date, month * 100, m.start, m.end);
  }

  // Item j, the one after month word `m`, or the one after it when j is the dot of a month
  // abbreviated to four letters or fewer ("Mar. 2", "Sept. 9"); a full name's dot ends a sentence.
  std::size_t past_dot(const Item& m, std::size_t j) const {
    const bool dot = j < items_.size() && items_[j].type == Item::Type::Mark && items_[j].text == "." && !items_[j].space_before;
    return dot && m.text.size() <= 4 ? j + 1 : j;
  }

  bool is_month(const Item& item) const {
    const NumberWord* w = number_word(item, lang_);
    return w && (w->kind == NumberWord::Kind::Month || w->kind == NumberWord::Kind::DatedMonth);
  }

  // Whether the item after the month word at i_ is a day of one or two digits ("May 27").
  bool day_follows() const {
    const std::size_t d = past_dot(items_[i_], i_ + 1);
    if (d >= items_.size() || items_[d].type != Item::Type::Digits || items_[d].text.size() > 2) return false;
    const auto day = plain_number(items_[d].text, lang_);
    return day && is_integer(*day) && *day >= 1 && *day <= 31;
  }

  // "02:00", "2:30", "0200" (a four-digit time with a leading zero).
  // Whether the items at i_ name the half of a twelve-hour clock ("PM", "p.m.", "a. m."): 1 before
  // noon, 2 after, 0 neither. Moves past them and sets `end` when they do.
  int meridiem(std::size_t& end) {
    if (lang_.clock_12h.size() != 2) return 0;
    std::string letters;
    for (std::size_t j = i_; j < items_.size() && j < i_ + 4; ++j) {
      const Item& it = items_[j];
      if (j > i_ && it.space_before && it.type != Item::Type::Word) break;
      if (it.type == Item::Type::Word) letters += it.key;
      else if (it.text != ".") break;
      for (int half = 1; half <= 2; ++half) {
        if (it.type == Item::Type::Word && letters == lang_.clock_12h[static_cast<std::size_t>(half - 1)]) {
          // The dot after "p.m" belongs to the abbreviation.
          if (j + 1 < items_.size() && items_[j + 1].text == "." && !items_[j + 1].space_before && letters.size() > 1 &&
              j > i_) {
            ++j;
          }
          end = items_[j].end;
          i_ = j + 1;
          return half;
        }
      }
    }
    return 0;
  }

  static std::optional<double> time_of(std::string_view run) {
    const std::size_t colon = run.find(':');
    if (colon != std::string_view::npos) {
      // "2:03:59" (a race time, a clock with seconds): the seconds are part of the value.
      const std::string_view h = run.substr(0, colon), m = run.substr(colon + 1, 2), rest = run.substr(colon + 1 + m.size());
      auto two_digits = [](std::string_view x) { return x.size() == 2 && is_digit(x[0]) && is_digit(x[1]); };
      if (h.empty() || h.size() > 2 || !two_digits(m) || !(rest.empty() || (rest[0] == ':' && two_digits(rest.substr(1)))))
        return std::nullopt;
      const int hours = std::stoi(std::string(h)), minutes = std::stoi(std::string(m));
      const int seconds = rest.empty() ? 0 : std::stoi(std::string(rest.substr(1)));
      if (hours > 24 || minutes > 59 || seconds > 59) return std::nullopt;
      return hours * 60.0 + minutes + seconds / 60.0;
    }
    if (run.size() == 4 && run[0] == '0' && std::all_of(run.begin(), run.end(), is_digit)) {
      const int hours = std::stoi(std::string(run.substr(0, 2))), minutes = std::stoi(std::string(run.substr(2)));
      if (hours < 24 && minutes < 60) return hours * 60.0 + minutes;
    }
    return std::nullopt;
  }

  // "19/07", "19.07.2021", "7/19/2021" (month first in English): month * 100 + day. The year of a
  // full date is not kept apart: it rarely changes without the day.
  std::optional<double> numeric_date(std::string_view run) const {
    const char sep = run.find('/') != std::string_view::npos ? '/' : '.';
    std::vector<std::string_view> parts;
    for (std::size_t from = 0;;) {
      const std::size_t at = run.find(sep, from);
      parts.push_back(run.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
      if (at == std::string_view::npos) break;
      from = at + 1;
    }
    if (parts.size() < 2 || parts.size() > 3 || (sep == '.' && parts.size() != 3)) return std::nullopt;
    for (auto p : parts) {
      if (p.empty() || !std::all_of(p.begin(), p.end(), is_digit)) return std::nullopt;
    }
    if (parts[0].size() > 2 || parts[1].size() > 2 || (parts.size() == 3 && parts[2].size() != 2 && parts[2].size() != 4)) {
      return std::nullopt;
    }
    int a = std::stoi(std::string(parts[0])), b = std::stoi(std::string(parts[1]));
    if (lang_.code == "en" && sep == '/') std::swap(a, b);
    if (a < 1 || a > 31 || b < 1 || b > 12) return std::nullopt;
    return b * 100.0 + a;
  }

  bool emit(Value::Kind kind, double v, std::size_t start, std::size_t end) {
    out_.push_back({kind, v, start, end, false});
    return true;
  }

  std::vector<Item> items_;
  const LanguageData& lang_;
  std::size_t i_ = 0;
  std::vector<Value> out_;
};

bool close(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::max(std::fabs(a), std::fabs(b))); }

}  // namespace

// Japanese and Chinese text writes digits in full width ("１２万", "５０％"): U+FF10..U+FF19 and
// the percent sign U+FF05 are ASCII set wide (NFKC folds them so). They are read as ASCII, and each
// value's byte range is mapped back to the text as written. Full-width punctuation stays as
// written: the comma and colon of "3，5，7名" and "比分3：2" separate numbers, where ASCII "3,5"
// and "3:2" would read as one.
SentenceValues sentence_values(const Document& doc, const LanguageData& lang) {
  SentenceValues out;
  out.of.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) out.of.push_back(read_values(doc.text.substr(s.start, s.end - s.start), lang));
  return out;
}

std::vector<Value> read_values(std::string_view text, const LanguageData& lang) {
  if (text.find("\xEF\xBC") == std::string_view::npos) {
    return Reader(text, lang).read();
  }
  std::string narrow;
  std::vector<std::size_t> origin;  // byte of `text` where each byte of `narrow` came from
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i;
    const UChar32 c = code_point_at(text, i, &next);
    if ((c >= 0xFF10 && c <= 0xFF19) || c == 0xFF05) {
      narrow.push_back(static_cast<char>(c - 0xFF01 + 0x21));
      origin.push_back(i);
    } else {
      for (std::size_t j = i; j < next; ++j) {
        narrow.push_back(text[j]);
        origin.push_back(j);
      }
    }
    i = next;
  }
  origin.push_back(text.size());
  std::vector<Value> values = Reader(narrow, lang).read();
  for (Value& v : values) {
    v.start = origin[v.start];
    v.end = origin[v.end];
  }
  return values;
}

bool same_values(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return false;
  auto order = [](const Value& x, const Value& y) { return x.kind != y.kind ? x.kind < y.kind : x.number < y.number; };
  std::vector<Value> x = a, y = b;
  std::sort(x.begin(), x.end(), order);
  std::sort(y.begin(), y.end(), order);
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (x[i].kind != y[i].kind || !close(x[i].number, y[i].number)) return false;
  }
  return true;
}

std::string to_string(const Value& value) {
  char buf[48];
  switch (value.kind) {
    case Value::Kind::Time: {
      const int m = static_cast<int>(value.number);
      const int sec = static_cast<int>(std::lround((value.number - m) * 60));
      if (sec == 0) std::snprintf(buf, sizeof buf, "%02d:%02d", m / 60, m % 60);
      else std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", m / 60, m % 60, sec);
      break;
    }
    case Value::Kind::Date: {
      const int d = static_cast<int>(value.number);
      if (d % 100 == 0) std::snprintf(buf, sizeof buf, "--%02d", d / 100);
      else std::snprintf(buf, sizeof buf, "--%02d-%02d", d / 100, d % 100);
      break;
    }
    case Value::Kind::Number:
      std::snprintf(buf, sizeof buf, "%.15g", value.number);
      break;
  }
  return buf;
}

std::string join_values(const std::vector<Value>& values) {
  std::string s;
  for (const Value& v : values) s += (s.empty() ? "" : ", ") + to_string(v);
  return s;
}

}  // namespace claimdiff
