#pragma once
// Person names in running text, as the pronoun-gender rule (lint/persons.cpp) and the facts
// compared across languages (classify/cross_language.cpp) both read them: a name is a run of
// name words, each unit one word or words joined by hyphens ("Jean-Pierre"), and a run of two
// units or more is a person's full name ("Jen Psaki"), which translations keep, unlike country
// names ("Ucrania", "Ukraine"). Which words are name words (capitalised, and off the language's
// lists of words that start no name) and what may stand between two units is the caller's.

#include <cstddef>

namespace claimdiff::detail {

// A run of at least this many units is a full name without further evidence.
constexpr int kFullNameUnits = 2;

struct NameSpan {
  std::size_t end = 0;        // one past the last item of the run
  std::size_t last_unit = 0;  // first item of its last unit (the surname)
  int units = 0;              // 0: item `start` is no name word
};

// The run of name units starting at item `start` of `count` items (tokens or words):
// `name_word(i)` says whether item i is a name word, `joined(i)` whether name word i may continue
// a run after item i-1, and `unit_end(i)` where the unit starting at name word i ends.
template <typename NameWord, typename Joined, typename UnitEnd>
NameSpan name_span(std::size_t start, std::size_t count, const NameWord& name_word, const Joined& joined,
                   const UnitEnd& unit_end) {
  NameSpan run{start, start, 0};
  while (run.end < count && name_word(run.end)) {
    if (run.units > 0 && !joined(run.end)) break;
    run.last_unit = run.end;
    run.end = unit_end(run.end);
    ++run.units;
  }
  return run;
}

}  // namespace claimdiff::detail
