#include "claimdiff/lint.hpp"

#include <algorithm>
#include <tuple>

#include "lint/phrase_matcher.hpp"
#include "lint/rules.hpp"
#include "lint/text.hpp"

namespace claimdiff {
namespace detail {

Finding make_finding(const Document& doc, std::size_t version, std::string_view rule,
                     std::string_view severity, std::size_t start, std::size_t end,
                     std::string suggestion, std::string message) {
  Finding f;
  f.rule = rule;
  f.version = version;
  const std::size_t at = doc.sentence_at(start);
  f.sentence = doc.sentences.empty() ? 0 : doc.sentences[at == Document::kNoSentence ? 0 : at].id;
  f.text = doc.slice(start, end);
  f.suggestion = std::move(suggestion);
  f.severity = severity;
  f.message = std::move(message);
  f.start = doc.input_offset(start);
  f.end = doc.input_offset(end);
  const Position p = doc.position(start);
  f.line = p.line;
  f.column = p.column;
  return f;
}

namespace {

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.start, a.end, a.rule) < std::tie(b.start, b.end, b.rule);
  });
}

std::size_t count_alnum(std::string_view t) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < t.size();) {
    if (is_alnum(decode_at(t, i, &i))) ++n;
  }
  return n;
}

// Which sentences are page furniture as a whole: a boilerplate finding holds every letter and
// digit of the sentence ("Lire la suite »", "Read more »"). The marks on such a line are link
// arrows, not quotation marks of the story, so the quotation rule reads past them.
std::vector<bool> furniture_sentences(const Document& doc, const std::vector<Finding>& found) {
  std::vector<bool> out(doc.sentences.size(), false);
  for (const Finding& f : found) {
    if (f.rule != "boilerplate") continue;
    const auto it = std::lower_bound(doc.sentences.begin(), doc.sentences.end(), f.sentence,
                                     [](const Sentence& s, std::size_t id) { return s.id < id; });
    if (it == doc.sentences.end() || it->id != f.sentence) continue;
    if (count_alnum(doc.sentence_text(*it)) == count_alnum(f.text)) {
      out[static_cast<std::size_t>(it - doc.sentences.begin())] = true;
    }
  }
  return out;
}

}  // namespace
}  // namespace detail

std::vector<Finding> lint_document(const Document& doc, std::size_t version,
                                   const LanguageData& lang, const LintOptions& options, LintCache* cache) {
  std::vector<Finding> out;
  // One tokenizer run and a trie over the entries, about a millisecond for a thousand entries: as
  // much as linting a short article, so built once per language and list of extra entries.
  struct Lexicon {
    std::vector<LexiconEntry> extra;
    detail::PhraseMatcher matcher;
  };
  const auto& kept = lang.derived.get<Lexicon>("lint.lexicon", [&] {
    return Lexicon{options.extra, detail::PhraseMatcher(lang, options.extra)};
  });
  if (kept.extra == options.extra) {
    kept.matcher.lint(doc, version, out);
  } else {
    detail::PhraseMatcher(lang, options.extra).lint(doc, version, out);
  }
  detail::lint_punctuation(doc, version, lang, out);
  detail::lint_quotes(doc, version, lang, detail::furniture_sentences(doc, out), out);
  detail::lint_repeated_words(doc, version, lang, out);
  detail::lint_pronouns(doc, version, lang, out, cache);
  if (detail::full(out)) {
    out.push_back(detail::make_finding(doc, version, "finding-limit", "info", 0, 0, {},
                                       "Only the first " + std::to_string(detail::kMaxFindings) +
                                           " findings of this version are listed."));
  }
  detail::sort_findings(out);
  return out;
}

std::vector<Finding> lint_pair(const Document& base, const Document& other,
                               std::size_t other_version, const std::vector<Bead>& beads,
                               const LanguageData& lang, LintCache* cache) {
  std::vector<Finding> out;
  detail::lint_pronoun_pairs(base, other, other_version, beads, lang, out, cache);
  detail::sort_findings(out);
  return out;
}

}  // namespace claimdiff
