#pragma once
// Numbers, dates and times read as values from text in one language, so that "10 тысяч" and
// "10,000", "19 июля" and "July 19", "0200" and "02:00", "zwanzig" and "20" compare equal.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/document.hpp"
#include "claimdiff/resources.hpp"

namespace claimdiff {

struct Value {
  enum class Kind : std::uint8_t { Number, Date, Time };
  Kind kind = Kind::Number;
  // Number: the value. Date: month * 100 + day (day 0 for a month named alone). Time: minutes
  // after midnight.
  double number = 0;
  std::size_t start = 0, end = 0;  // byte range in the text read
  bool from_words = false;         // read from number words ("twenty", "third"), not digits
  // Other readings of a slash form a language reads by its own order of day and month ("1/8":
  // 1 August in French or Russian, January 8 in English), for a comparison across languages to
  // take when the other side holds that reading ("1/8 финала" / "1/8 final", "1/2 площади" /
  // "half"): the date in the other order (month * 100 + day), and a proper fraction of single
  // digits as its value; 0 where there is none.
  double other_order = 0;
  double fraction = 0;
};

// The values in `text`, in order: digits with the language's decimal mark and thousands
// separators (a separator followed by exactly three digits groups whatever the language; "1,5"
// is 1.5 where the decimal mark is a comma), number words of numbers.tsv with their scales
// ("1,5 millones", "two hundred", "тысяч"), ordinals ("13.", "3rd", "troisième"), dates (a
// month name beside a day: "13. Januar", "July 19"; "19/07", "19.07.2021") and times ("02:00",
// "0200", "14h30"). A language without data is read by digits alone.
std::vector<Value> read_values(std::string_view text, const LanguageData& lang);

// The values of each sentence of a document, by sentence index: across languages the alignment
// and the classification both read them, once.
struct SentenceValues {
  std::vector<std::vector<Value>> of;
};

// read_values() over the text of each of `doc`'s sentences.
SentenceValues sentence_values(const Document& doc, const LanguageData& lang);

// `values` when they hold one entry per sentence of `doc`, else nullptr: values a caller read for
// another document are read again rather than indexed out of bounds.
inline const SentenceValues* values_of(const SentenceValues* values, const Document& doc) {
  return values != nullptr && values->of.size() == doc.sentences.size() ? values : nullptr;
}

// Whether two texts state the same values, as multisets: order does not matter, and a date
// without its day matches the same month named alone.
bool same_values(const std::vector<Value>& a, const std::vector<Value>& b);

// "12", "1.5", "7/19" (a date), "02:00" (a time): for reports.
std::string to_string(const Value& value);

// The values of `values` joined by ", ".
std::string join_values(const std::vector<Value>& values);

}  // namespace claimdiff
