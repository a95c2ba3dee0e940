#pragma once
// PhraseMatcher: every lexicon entry found in a document in one pass over its tokens.
//
// Entries are cut into tokens with the segmenter's own tokenizer, so a phrase and the text it
// should match get the same comparison keys (case-folded, typographic quotes and dashes plain).
// The key sequences go into an Aho-Corasick automaton (Aho & Corasick 1975) whose alphabet is the
// 64-bit token key; a scan feeds each token once and follows failure links, so the cost is linear
// in the document plus the matches, whatever the number of entries.

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "claimdiff/document.hpp"
#include "common/key_filter.hpp"
#include "claimdiff/lint.hpp"
#include "claimdiff/resources.hpp"

namespace claimdiff::detail {

class PhraseMatcher {
 public:
  // Entries of `lang.lexicon` followed by `extra`; a later entry with the same rule and the same
  // key sequence as an earlier one replaces it (a user's --lexicon overrides the shipped one).
  PhraseMatcher(const LanguageData& lang, const std::vector<LexiconEntry>& extra);

  // The findings of every entry in `doc`: whole_line entries only where they make up a whole
  // sentence (or run of sentences) apart from punctuation and bullets; overlapping or adjacent
  // matches of one rule inside a sentence are merged into one finding.
  void lint(const Document& doc, std::size_t version, std::vector<Finding>& out) const;

  std::size_t size() const { return entries_.size(); }

 private:
  struct Node {
    std::uint32_t fail = 0;
    // The nearest node on the failure chain (this one included) that ends an entry.
    std::uint32_t output = kNone;
    std::uint32_t entry = kNone;  // entry ending exactly here
    std::uint32_t depth = 0;      // phrase length in tokens
  };
  struct EdgeKey {
    std::uint32_t node;
    std::uint64_t key;
    bool operator==(const EdgeKey&) const = default;
  };
  struct EdgeHash {
    std::size_t operator()(const EdgeKey& e) const {
      return static_cast<std::size_t>(e.key ^ (std::uint64_t{e.node} * 0x9E3779B97F4A7C15ull));
    }
  };
  struct Match {
    std::size_t first;  // flat token indexes, inclusive
    std::size_t last;
    std::uint32_t entry;
  };
  // Where a flat token index sits in the document.
  struct TokenRef {
    std::uint32_t sentence;
    std::uint32_t index;
  };
  // Overlapping matches of one rule, reported as one finding; `lead` is the leftmost-longest.
  struct Cluster {
    Match span;
    const LexiconEntry* lead;
    bool same_suggestion;
    std::string severity;
  };

  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  std::uint32_t step(std::uint32_t state, std::uint64_t key) const;
  std::uint32_t child(std::uint32_t node, std::uint64_t key) const;
  void insert(const std::vector<std::uint64_t>& keys, const LexiconEntry& entry);
  void link();
  void emit(const Document& doc, std::size_t version, const std::vector<TokenRef>& refs,
            const Cluster& c, std::vector<Finding>& out) const;

  std::vector<LexiconEntry> entries_;
  std::vector<Node> nodes_;
  std::unordered_map<EdgeKey, std::uint32_t, EdgeHash> edges_;
  // The keys on any edge: a token not among them takes every state back to the root without a
  // look-up (most tokens of any text).
  KeyFilter edge_keys_;

  std::vector<std::vector<std::uint32_t>> children_;  // for the breadth-first linking pass
};

}  // namespace claimdiff::detail
