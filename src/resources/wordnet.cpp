// WordNet's antonym links (Princeton WordNet 3.0 as Debian's wordnet-base installs it, in
// /usr/share/wordnet). Each data.<pos> line is one synset: "offset lexfile pos w_cnt(hex)
// word lex_id ... p_cnt pointer... | gloss"; a pointer is "symbol offset pos source/target" and
// the symbol `!` is an antonym, a lexical link from word number `source` of this synset to word
// number `target` of the other (both hexadecimal, 1-based). Antonymy is symmetric in WordNet, so
// both ends of a link are lines that carry `!`: only those lines are parsed, a few thousand of the
// 117,000 synsets.

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>

#include "claimdiff/error.hpp"
#include "claimdiff/resources.hpp"
#include "resources/mapped_file.hpp"

namespace claimdiff {
namespace fs = std::filesystem;

namespace {

// A lexical pointer: word `from` of one synset to word number `target_word` of synset
// `target_offset` in the data file of part of speech `target_pos`.
struct Link {
  std::string from;
  char target_pos;
  std::uint32_t target_offset;
  unsigned target_word;
};

unsigned number_of(std::string_view s, int base = 10) {
  unsigned v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v, base);
  return v;
}

unsigned hex(std::string_view s) { return number_of(s, 16); }

// The fields of a line between runs of white space, one at a time.
class Fields {
 public:
  explicit Fields(std::string_view line) : rest_(line) {}
  // The next field, or false at the end of the line.
  bool next(std::string_view& field) {
    std::size_t from = 0;
    while (from < rest_.size() && space(rest_[from])) ++from;
    if (from == rest_.size()) return false;
    std::size_t to = from;
    while (to < rest_.size() && !space(rest_[to])) ++to;
    field = rest_.substr(from, to - from);
    rest_.remove_prefix(to);
    return true;
  }
  template <typename... Views>
  bool next(std::string_view& first, Views&... more) {
    return next(first) && next(more...);
  }

 private:
  // White space as `>>` reads it in the "C" locale.
  static bool space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
  std::string_view rest_;
};

// Where `symbol` first stands alone between two spaces (" ! ") at or after `from`; npos if nowhere.
// The symbol is rare in the text, the space is not: look for the symbol.
std::size_t find_symbol(std::string_view text, char symbol, std::size_t from) {
  for (std::size_t at = text.find(symbol, from); at != std::string_view::npos; at = text.find(symbol, at + 1)) {
    if (at > 0 && text[at - 1] == ' ' && at + 1 < text.size() && text[at + 1] == ' ') return at;
  }
  return std::string_view::npos;
}

// A WordNet lemma as text: underscores are spaces, adjective markers "(a)", "(p)", "(ip)" dropped.
std::string lemma_text(std::string_view word) {
  std::string w(word);
  if (auto p = w.find('('); p != std::string::npos) w.resize(p);
  for (char& c : w) {
    if (c == '_') c = ' ';
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return w;
}

struct Reader {
  // Words of the synsets read, by part of speech ('s', satellite adjectives, filed as 'a') and offset.
  std::map<std::pair<char, std::uint32_t>, std::vector<std::string>> words;
  std::vector<Link> antonyms, pertainyms;

  // Reads the lines of one data file that carry an antonym (`!`) or, in data.adv, a pertainym
  // (`\\`: "negatively" -> "negative"). Elsewhere the search jumps from one " ! " to the next
  // through the whole file (21 MB in all) instead of looking at each of its lines.
  void read(const fs::path& path, char pos) {
    const detail::MappedFile file(path.string());
    if (!file.ok()) throw Error(path.string(), "cannot read WordNet data file");
    const std::string_view text = file.text();
    for (std::size_t at = 0; at < text.size();) {
      if (pos != 'r') {
        const std::size_t bang = find_symbol(text, '!', at);
        if (bang == std::string_view::npos) break;
        const std::size_t start = text.rfind('\n', bang);
        at = start == std::string_view::npos || start < at ? at : start + 1;
      }
      const std::size_t end = std::min(text.find('\n', at), text.size());
      const std::string_view line = text.substr(at, end - at);
      const std::size_t line_start = at;
      at = end + 1;
      if (line.empty() || line[0] == ' ') continue;  // the licence header lines start with spaces
      const bool pertainym = pos == 'r' && find_symbol(line, '\\', 0) != std::string_view::npos;
      if (find_symbol(line, '!', 0) == std::string_view::npos && !pertainym) continue;
      if (const char* problem = parse(line, pertainym, pos)) {
        const auto number = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(line_start), '\n') + 1;
        throw Error(path.string(), problem, static_cast<std::size_t>(number));
      }
    }
  }

  // One synset line: its words, and its antonym (and, with `pertainym`, pertainym) pointers.
  // Returns what is wrong with the line, or nullptr.
  const char* parse(std::string_view line, bool pertainym, char pos) {
    Fields f(line.substr(0, line.find(" | ")));
    std::string_view offset, lexfile, type, count;
    if (!f.next(offset, lexfile, type, count)) return "not a WordNet synset line";
    std::vector<std::string>& list = words[{pos, number_of(offset)}];
    for (unsigned i = 0, n = hex(count); i < n; ++i) {
      std::string_view word, lex_id;
      if (!f.next(word, lex_id)) return "synset line ends inside its word list";
      list.push_back(lemma_text(word));
    }
    std::string_view field;
    const unsigned pointers = f.next(field) ? number_of(field) : 0;
    for (unsigned i = 0; i < pointers; ++i) {
      std::string_view symbol, target, target_pos, ends;
      if (!f.next(symbol, target, target_pos, ends) || ends.size() != 4 || target_pos.empty()) {
        return "malformed pointer in a synset line";
      }
      const bool antonym = symbol == "!";
      if (!antonym && !(pertainym && symbol == "\\")) continue;
      const unsigned source = hex(ends.substr(0, 2));
      if (source == 0 || source > list.size()) continue;
      const char tp = target_pos[0] == 's' ? 'a' : target_pos[0];
      (antonym ? antonyms : pertainyms).push_back({list[source - 1], tp, number_of(target), hex(ends.substr(2))});
    }
    return nullptr;
  }

  const std::string* target(const Link& l) const {
    auto it = words.find({l.target_pos, l.target_offset});
    if (it == words.end() || l.target_word == 0 || l.target_word > it->second.size()) return nullptr;
    return &it->second[l.target_word - 1];
  }
};

void add(Dictionary& d, const std::string& from, const std::string& to) {
  auto& list = d.entries[from];
  if (std::find(list.begin(), list.end(), to) == list.end()) list.push_back(to);
}

}  // namespace

Dictionary read_wordnet_antonyms(const std::string& directory) {
  Reader r;
  bool any = false;
  for (auto [file, pos] : {std::pair{"data.noun", 'n'}, {"data.verb", 'v'}, {"data.adj", 'a'}, {"data.adv", 'r'}}) {
    const fs::path p = fs::path(directory) / file;
    std::error_code ec;
    if (!fs::exists(p, ec)) continue;
    any = true;
    r.read(p, pos);
  }
  if (!any) throw Error(directory, "no WordNet data files (data.noun, data.verb, data.adj, data.adv) here");
  Dictionary out;
  for (const Link& l : r.antonyms) {
    if (const std::string* to = r.target(l)) add(out, l.from, *to);
  }
  // Adverbs inherit the opposites of their adjectives: "negatively" <-> "positively".
  std::multimap<std::string, std::string> adverbs_of;  // adjective -> adverbs derived from it
  for (const Link& l : r.pertainyms) {
    if (const std::string* adjective = r.target(l)) adverbs_of.emplace(*adjective, l.from);
  }
  for (const Link& l : r.pertainyms) {
    const std::string* adjective = r.target(l);
    auto it = adjective ? out.entries.find(*adjective) : out.entries.end();
    if (it == out.entries.end()) continue;
    const std::vector<std::string> opposites = it->second;
    for (const auto& opposite : opposites) {
      for (auto [a, b] = adverbs_of.equal_range(opposite); a != b; ++a) add(out, l.from, a->second);
    }
  }
  return out;
}

Dictionary read_wordnet_exceptions(const std::string& directory) {
  Dictionary out;
  for (const char* file : {"noun.exc", "verb.exc", "adj.exc", "adv.exc"}) {
    std::ifstream in(fs::path(directory) / file);
    std::string line;
    while (std::getline(in, line)) {
      Fields fields(line);
      std::string_view form, lemma;
      if (!fields.next(form)) continue;
      // Multi-word entries join their words with '_'; the words compared are single words.
      if (form.find('_') != std::string_view::npos) continue;
      while (fields.next(lemma)) {
        if (lemma != form && lemma.find('_') == std::string_view::npos) add(out, std::string(form), std::string(lemma));
      }
    }
  }
  return out;
}

std::string find_wordnet(const std::vector<std::string>& directories) {
  for (const auto& d : directories) {
    std::error_code ec;
    if (fs::exists(fs::path(d) / "data.adj", ec)) return d;
  }
  return {};
}

std::vector<std::string> english_lemmas(std::string_view word) {
  // WordNet's morphy detachment rules (nouns, verbs, adjectives): the candidates a dictionary
  // look-up tries; a wrong candidate is simply not found.
  static const std::pair<std::string_view, std::string_view> kRules[] = {
      {"s", ""},     {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
      {"men", "man"}, {"ies", "y"}, {"es", "e"}, {"es", ""},   {"ed", "e"},    {"ed", ""},
      {"ing", "e"},  {"ing", ""},  {"er", ""},   {"est", ""},  {"er", "e"},    {"est", "e"}};
  std::vector<std::string> out{std::string(word)};
  for (const auto& [suffix, ending] : kRules) {
    if (word.size() > suffix.size() + 2 && word.ends_with(suffix)) {
      std::string stem(word.substr(0, word.size() - suffix.size()));
      out.push_back(stem + std::string(ending));
      // "stopped" -> "stop": a doubled final consonant before -ed / -ing.
      if (ending.empty() && (suffix == "ed" || suffix == "ing") && stem.size() > 2 &&
          stem.back() == stem[stem.size() - 2]) {
        out.push_back(stem.substr(0, stem.size() - 1));
      }
    }
  }
  return out;
}

std::vector<std::string> english_lemmas(std::string_view word, const Dictionary& irregular) {
  std::vector<std::string> out = english_lemmas(word);
  if (auto it = irregular.entries.find(std::string(word)); it != irregular.entries.end()) {
    out.insert(out.end(), it->second.begin(), it->second.end());
  }
  return out;
}

}  // namespace claimdiff
