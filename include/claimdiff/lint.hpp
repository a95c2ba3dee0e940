#pragma once
// lint: artifact rules over each version, and across aligned pairs where an original exists.
//
// Rule ids are stable (JSON `rule`, SARIF `ruleId`): spinner-phrase, doubled-punctuation,
// quote-mismatch, repeated-word, boilerplate, pronoun-gender, glossary.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "claimdiff/align.hpp"
#include "claimdiff/document.hpp"
#include "claimdiff/resources.hpp"

namespace claimdiff {

struct Finding {
  std::string rule;
  std::size_t version = 0;
  std::size_t sentence = 0;
  std::string text;        // the offending text as it appears
  std::string suggestion;  // may be empty
  std::string severity;    // "major", "minor" or "info"
  std::string message;
  std::size_t start = 0, end = 0;   // byte offsets into the input as read
  std::size_t line = 1, column = 1;
};

struct LintOptions {
  std::vector<LexiconEntry> extra;  // --lexicon and --glossary entries
};

// Work the single-document and pair rules share (the named persons of each document and its
// quotations), done once per document when given to both. Safe to share between threads.
namespace detail {
struct LintCacheAccess;
}

class LintCache {
 public:
  LintCache();
  ~LintCache();
  LintCache(const LintCache&) = delete;
  LintCache& operator=(const LintCache&) = delete;

 private:
  friend struct detail::LintCacheAccess;
  struct Impl;  // defined by the lint rules that fill it
  std::unique_ptr<Impl> impl_;
};

// Findings of the single-document rules for `doc`, which is version `version` of the report.
std::vector<Finding> lint_document(const Document& doc, std::size_t version,
                                   const LanguageData& lang, const LintOptions& options = {},
                                   LintCache* cache = nullptr);

// Findings that need the aligned original: pronoun gender contradicting the original.
std::vector<Finding> lint_pair(const Document& base, const Document& other,
                               std::size_t other_version, const std::vector<Bead>& beads,
                               const LanguageData& lang, LintCache* cache = nullptr);

}  // namespace claimdiff
