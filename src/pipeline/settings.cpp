// What a user chooses (RunSettings, named as on the command line) turned into the options of each
// stage, the same for the command line, batch runs and the Python module.

#include <algorithm>

#include "claimdiff/claimdiff.hpp"
#include "claimdiff/error.hpp"

namespace claimdiff {

bool reads_dictionary_file(const RunSettings& s) { return !s.dictionary.empty() && s.dictionary != "none"; }

CompareOptions compare_options(const RunSettings& s) {
  if (s.segment != "sentences" && s.segment != "lines") {
    throw Error("", "segment must be sentences or lines, not '" + s.segment + "'");
  }
  CompareOptions o;
  o.segment.mode = s.segment == "lines" ? SegmentMode::Lines : SegmentMode::Sentences;
  o.chain = s.chain;
  o.run_lint = s.lint;
  o.stage_threads = s.stage_threads;
  o.align.threshold = s.threshold;
  o.align.move_threshold = std::max(s.move_threshold, s.threshold);
  o.align.installed_dictionary = s.dictionary != "none";
  o.classify.threshold = s.threshold;
  for (const auto& i : s.ignore) {
    if (i == "case") o.classify.diff.ignore_case = true;
    else if (i == "punctuation") o.classify.diff.ignore_punctuation = true;
    else if (i == "quotes") o.classify.diff.ignore_quotes = true;
    else if (i == "whitespace") o.classify.diff.ignore_whitespace = true;
    else if (i == "spelling") o.classify.ignore_spelling = true;
    else throw Error("", "--ignore: unknown item '" + i + "' (case, punctuation, quotes, whitespace, spelling)");
  }
  for (const auto& g : s.glossaries) {
    auto entries = read_lexicon(g, "glossary");
    o.lint.extra.insert(o.lint.extra.end(), entries.begin(), entries.end());
  }
  return o;
}

LoadOptions load_options(const RunSettings& s) {
  LoadOptions lo;
  lo.encoding = s.encoding;
  lo.max_bytes = s.max_input;
  lo.format = input_format_named(s.input_format);
  lo.body_only = s.body_only;
  lo.threads = s.stage_threads;
  return lo;
}

}  // namespace claimdiff
