#include "lint/phrase_matcher.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "claimdiff/segment.hpp"
#include "lint/rules.hpp"

namespace claimdiff::detail {
namespace {

int rank(std::string_view severity) {
  return severity == "major" ? 3 : severity == "minor" ? 2 : severity == "info" ? 1 : 0;
}

std::string quoted(std::string_view s) { return "\xE2\x80\x9C" + std::string(s) + "\xE2\x80\x9D"; }

// Entry notes are provenance for maintainers ("observed in spun news copy"), so they stay out of
// the message.
std::string message_for(const LexiconEntry& e, std::string_view text) {
  const std::string t = quoted(text);
  const std::string s = e.suggestion.empty() ? std::string() : quoted(e.suggestion);
  if (e.rule == "spinner-phrase") {
    return t + " is a known spinner or machine-translation substitution" +
           (s.empty() ? std::string(".") : " for " + s + ".");
  }
  if (e.rule == "boilerplate") return t + " is leftover boilerplate, not part of the story.";
  if (e.rule == "glossary") {
    return t + " is a rendering the glossary marks as wrong" +
           (s.empty() ? std::string(".") : "; it should read " + s + ".");
  }
  return t + " matches an entry of the " + e.rule + " lexicon.";
}

}  // namespace

PhraseMatcher::PhraseMatcher(const LanguageData& lang, const std::vector<LexiconEntry>& extra) {
  std::vector<const LexiconEntry*> all;
  all.reserve(lang.lexicon.size() + extra.size());
  for (const auto& e : lang.lexicon) all.push_back(&e);
  for (const auto& e : extra) all.push_back(&e);

  // One tokenizer run over all phrases, a line each, rather than one per entry.
  Document scratch;
  scratch.language = lang.code.empty() ? "en" : lang.code;
  std::vector<std::size_t> begin;
  begin.reserve(all.size() + 1);
  for (const auto* e : all) {
    begin.push_back(scratch.text.size());
    std::string phrase = e->phrase;
    std::replace(phrase.begin(), phrase.end(), '\n', ' ');
    scratch.text += phrase;
    scratch.text += '\n';
  }
  begin.push_back(scratch.text.size());
  const std::vector<Token> tokens = tokenize(scratch, 0, scratch.text.size());

  // Later entries replace earlier ones with the same rule and key sequence.
  std::map<std::pair<std::string, std::vector<std::uint64_t>>, std::size_t> slot;
  std::vector<std::pair<std::vector<std::uint64_t>, const LexiconEntry*>> unique;
  std::size_t t = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::vector<std::uint64_t> keys;
    for (; t < tokens.size() && tokens[t].start < begin[i + 1]; ++t) keys.push_back(tokens[t].key);
    if (keys.empty()) continue;
    auto [it, fresh] = slot.try_emplace({all[i]->rule, keys}, unique.size());
    if (fresh) {
      unique.emplace_back(std::move(keys), all[i]);
    } else {
      unique[it->second].second = all[i];
    }
  }

  nodes_.emplace_back();
  children_.emplace_back();
  entries_.reserve(unique.size());
  for (const auto& [keys, entry] : unique) insert(keys, *entry);
  link();
}

std::uint32_t PhraseMatcher::child(std::uint32_t node, std::uint64_t key) const {
  const auto it = edges_.find(EdgeKey{node, key});
  return it == edges_.end() ? kNone : it->second;
}

void PhraseMatcher::insert(const std::vector<std::uint64_t>& keys, const LexiconEntry& entry) {
  std::uint32_t node = 0;
  for (const std::uint64_t key : keys) {
    std::uint32_t next = child(node, key);
    if (next == kNone) {
      next = static_cast<std::uint32_t>(nodes_.size());
      nodes_.push_back(Node{0, kNone, kNone, nodes_[node].depth + 1});
      children_.emplace_back();
      children_[node].push_back(next);
      edges_.emplace(EdgeKey{node, key}, next);
      edge_keys_.add(key);
    }
    node = next;
  }
  nodes_[node].entry = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back(entry);
}

// Breadth-first, so a node's failure target is final before its children need it.
void PhraseMatcher::link() {
  std::vector<std::uint64_t> key_of(nodes_.size(), 0);
  for (const auto& [edge, node] : edges_) key_of[node] = edge.key;

  std::deque<std::uint32_t> queue;
  for (const std::uint32_t c : children_[0]) {
    nodes_[c].fail = 0;
    queue.push_back(c);
  }
  while (!queue.empty()) {
    const std::uint32_t node = queue.front();
    queue.pop_front();
    Node& n = nodes_[node];
    n.output = n.entry != kNone ? node : nodes_[n.fail].output;
    for (const std::uint32_t c : children_[node]) {
      nodes_[c].fail = node == 0 ? 0 : step(n.fail, key_of[c]);
      queue.push_back(c);
    }
  }
  children_.clear();
  children_.shrink_to_fit();
}

std::uint32_t PhraseMatcher::step(std::uint32_t state, std::uint64_t key) const {
  if (!edge_keys_.maybe(key)) return 0;
  for (;;) {
    const std::uint32_t next = child(state, key);
    if (next != kNone) return next;
    if (state == 0) return 0;
    state = nodes_[state].fail;
  }
}

void PhraseMatcher::lint(const Document& doc, std::size_t version,
                         std::vector<Finding>& out) const {
  if (entries_.empty()) return;
  std::vector<TokenRef> refs;
  std::vector<Match> matches;
  std::uint32_t state = 0;
  for (std::uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    // A phrase may run across sentences but never across paragraphs; headlines and bylines are
    // paragraphs of their own.
    if (si > 0 && s.paragraph != doc.sentences[si - 1].paragraph) state = 0;
    for (std::uint32_t i = 0; i < s.tokens.size(); ++i) {
      const Token& tok = s.tokens[i];
      refs.push_back(TokenRef{si, i});
      state = step(state, tok.key);
      for (std::uint32_t o = nodes_[state].output; o != kNone; o = nodes_[nodes_[o].fail].output) {
        const std::size_t last = refs.size() - 1;
        matches.push_back(Match{last + 1 - nodes_[o].depth, last, nodes_[o].entry});
      }
    }
  }

  const auto whole_line = [&](const Match& m) {
    const TokenRef a = refs[m.first], b = refs[m.last];
    const auto& ta = doc.sentences[a.sentence].tokens;
    const auto& tb = doc.sentences[b.sentence].tokens;
    const auto punct = [](const Token& t) { return t.kind == TokenKind::Punct; };
    return std::all_of(ta.begin(), ta.begin() + a.index, punct) &&
           std::all_of(tb.begin() + b.index + 1, tb.end(), punct);
  };

  std::sort(matches.begin(), matches.end(), [](const Match& x, const Match& y) {
    return x.first != y.first ? x.first < y.first : x.last > y.last;
  });
  // Matches of one rule that overlap or touch inside a sentence become one finding over their
  // union, so a boilerplate sentence hit by five entries is reported once.
  std::map<std::string_view, Cluster> open;
  for (const Match& m : matches) {
    const LexiconEntry& e = entries_[m.entry];
    if (e.whole_line && !whole_line(m)) continue;
    auto [it, fresh] = open.try_emplace(e.rule, Cluster{m, &e, true, e.severity});
    if (fresh) continue;
    Cluster& c = it->second;
    if (m.first <= c.span.last + 1 && refs[m.first].sentence == refs[c.span.last].sentence) {
      if (m.last > c.span.last) {
        c.span.last = m.last;
        c.same_suggestion = c.same_suggestion && e.suggestion == c.lead->suggestion;
      }
      if (rank(e.severity) > rank(c.severity)) c.severity = e.severity;
      continue;
    }
    emit(doc, version, refs, c, out);
    c = Cluster{m, &e, true, e.severity};
  }
  for (const auto& [rule, c] : open) emit(doc, version, refs, c, out);
}

void PhraseMatcher::emit(const Document& doc, std::size_t version,
                         const std::vector<TokenRef>& refs, const Cluster& c,
                         std::vector<Finding>& out) const {
  const TokenRef a = refs[c.span.first], b = refs[c.span.last];
  const std::size_t start = doc.sentences[a.sentence].tokens[a.index].start;
  const std::size_t end = doc.sentences[b.sentence].tokens[b.index].end;
  const std::string severity = c.severity.empty() ? std::string(kMinor) : c.severity;
  const std::string rule = c.lead->rule.empty() ? std::string("spinner-phrase") : c.lead->rule;
  if (!full(out)) out.push_back(make_finding(doc, version, rule, severity, start, end,
                             c.same_suggestion ? c.lead->suggestion : std::string(),
                             message_for(*c.lead, doc.slice(start, end))));
}

}  // namespace claimdiff::detail
