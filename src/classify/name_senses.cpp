// WordNet's files as its documentation (wndb(5)) lays them out: an index line is "lemma pos
// synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...", sorted by lemma
// (words joined by '_'); a data line starts at the byte offset that names its synset, "offset
// lex_filenum ss_type w_cnt word lex_id ... p_cnt pointer...", a pointer being "symbol offset pos
// source/target". An adjective's `\` (pertainym) and `+` (derivation) pointers to nouns give the
// noun it is said of.

#include "classify/name_senses.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>

#include "claimdiff/resources.hpp"
#include "claimdiff/text.hpp"
#include "resources/mapped_file.hpp"
#include "resources/sorted_lines.hpp"

namespace claimdiff::detail {
namespace {

std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0; at < line.size();) {
    const std::size_t end = std::min(line.find(' ', at), line.size());
    if (end > at) out.push_back(line.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

unsigned number(std::string_view s, int base = 10) {
  unsigned v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v, base);
  return v;
}

// The synset offsets an index line lists (its last synset_cnt fields).
std::vector<std::uint32_t> index_offsets(std::string_view line) {
  const auto f = fields_of(line);
  if (f.size() < 4) return {};
  const std::size_t count = number(f[2]);
  if (count > f.size()) return {};
  std::vector<std::uint32_t> out;
  for (std::size_t i = f.size() - count; i < f.size(); ++i) out.push_back(number(f[i]));
  return out;
}

constexpr std::size_t kPrefixBits = std::size_t{1} << 20;
std::size_t prefix_slot(std::uint64_t h) { return static_cast<std::size_t>((h ^ (h >> 32)) & (kPrefixBits - 1)); }

// A data-file word as its index writes it: lowercase, without the adjective marker "(a)".
std::string index_form(std::string_view word) {
  std::string w(word.substr(0, word.find('(')));
  for (char& c : w) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return w;
}

}  // namespace

NameSenses::Index::Index(const std::string& path) : file_(std::make_unique<MappedFile>(path)) {}

NameSenses::Index::~Index() = default;

bool NameSenses::Index::ok() const { return file_->ok(); }

void NameSenses::Index::build() const {
  const std::string_view text = file_->text();
  if (text.size() >= UINT32_MAX) return;
  const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  std::vector<std::uint32_t> slots(std::bit_ceil(2 * lines), 0);
  std::vector<std::uint64_t> prefixes;
  const std::size_t mask = slots.size() - 1;
  for (std::size_t start = 0; start < text.size();) {
    const char* nl = static_cast<const char*>(std::memchr(text.data() + start, '\n', text.size() - start));
    const std::size_t end = nl == nullptr ? text.size() : static_cast<std::size_t>(nl - text.data());
    const std::string_view line = text.substr(start, end - start);
    const std::string_view lemma = line.substr(0, line.find(' '));
    // The first line of a lemma is the one kept, as in a file where each lemma has one line.
    if (!lemma.empty()) {
      std::size_t at = hash_bytes(lemma) & mask;
      bool seen = false;
      for (; slots[at] != 0 && !seen; at = (at + 1) & mask) {
        const std::string_view other = text.substr(slots[at] - 1);
        seen = other.substr(0, other.find(' ')) == lemma;
      }
      if (!seen) slots[at] = static_cast<std::uint32_t>(start + 1);
      // The hash of the words before each '_' as a phrase writes them, spaced (hash_bytes goes
      // on from the hash of what precedes).
      std::uint64_t h = hash_bytes({});
      for (std::size_t from = 0, u = lemma.find('_'); u != std::string_view::npos; from = u + 1, u = lemma.find('_', from)) {
        h = hash_bytes(lemma.substr(from, u - from), h);
        prefixes.push_back(h);
        h = hash_bytes(" ", h);
      }
    }
    start = end + 1;
  }
  std::sort(prefixes.begin(), prefixes.end());
  prefixes.erase(std::unique(prefixes.begin(), prefixes.end()), prefixes.end());
  std::vector<std::uint64_t> bits(kPrefixBits / 64, 0);
  for (const std::uint64_t h : prefixes) bits[prefix_slot(h) / 64] |= std::uint64_t{1} << (prefix_slot(h) % 64);
  prefix_bits_ = std::move(bits);
  slots_ = std::move(slots);
  prefixes_ = std::move(prefixes);
  ready_.store(true, std::memory_order_release);
}

std::optional<std::string_view> NameSenses::Index::line(std::string_view lemma) const {
  // A binary search reads a line at each of some twenty halvings, about a kilobyte: the table,
  // which reads the whole file once, is built when the searches have read about as much.
  constexpr std::size_t kBytesPerSearch = 1024;
  const std::string_view text = file_->text();
  if (!ready_.load(std::memory_order_acquire) && !lemma.empty() &&
      (searched_.fetch_add(1, std::memory_order_relaxed) + 1) * kBytesPerSearch >= text.size()) {
    std::call_once(built_, [this] { build(); });
  }
  if (!ready_.load(std::memory_order_acquire) || lemma.empty()) return sorted_line(text, lemma, ' ');
  // A lemma is the first field of its line: it holds no space.
  if (std::any_of(lemma.begin(), lemma.end(), [](char c) { return c == ' ' || c == '\n'; })) return std::nullopt;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash_bytes(lemma) & mask; slots_[at] != 0; at = (at + 1) & mask) {
    const std::string_view rest = text.substr(slots_[at] - 1);
    if (!rest.starts_with(lemma) || (rest.size() > lemma.size() && rest[lemma.size()] != ' ' && rest[lemma.size()] != '\n')) continue;
    return rest.substr(0, rest.find('\n'));
  }
  return std::nullopt;
}

bool NameSenses::Index::may_begin(std::uint64_t prefix_hash) const {
  // A hash shared with another prefix only keeps a phrase that begins nothing.
  if (!ready_.load(std::memory_order_acquire)) return true;
  const std::size_t slot = prefix_slot(prefix_hash);
  if (((prefix_bits_[slot / 64] >> (slot % 64)) & 1) == 0) return false;
  return std::binary_search(prefixes_.begin(), prefixes_.end(), prefix_hash);
}

NameSenses::NameSenses(const std::string& dir) {
  if (dir.empty()) return;
  index_noun_ = std::make_unique<Index>(dir + "/index.noun");
  index_adj_ = std::make_unique<Index>(dir + "/index.adj");
  data_adj_ = std::make_unique<MappedFile>(dir + "/data.adj");
  data_noun_ = std::make_unique<MappedFile>(dir + "/data.noun");
  index_verb_ = std::make_unique<Index>(dir + "/index.verb");
  ok_ = index_noun_->ok() && index_adj_->ok() && data_adj_->ok() && data_noun_->ok() && index_verb_->ok();
}

NameSenses::~NameSenses() = default;

// The words of the data line at `offset` (the synset's lemmas), as written.
std::vector<std::string_view> NameSenses::lemmas(const MappedFile& data, std::uint32_t offset) {
  const std::string_view text = data.text();
  if (offset >= text.size()) return {};
  const std::string_view line = text.substr(offset, text.find('\n', offset) - offset);
  const auto f = fields_of(line.substr(0, line.find(" | ")));
  std::vector<std::string_view> out;
  if (f.size() < 4) return out;
  const std::size_t words = number(f[3], 16);
  for (std::size_t i = 0, at = 4; i < words && at < f.size(); ++i, at += 2) out.push_back(f[at]);
  return out;
}

// The targets of the noun synset at `offset`'s pointers of one kind: "@i" (instance hypernym, the
// class a named thing is an instance of: "Russian Federation" -> "country"), "#p" (part holonym,
// the whole it is part of: "Leningrad" -> "Russian Federation").
std::vector<std::uint32_t> NameSenses::pointed(std::uint32_t offset, std::string_view kind) const {
  const std::string_view text = data_noun_->text();
  std::vector<std::uint32_t> out;
  if (offset >= text.size()) return out;
  const std::string_view line = text.substr(offset, text.find('\n', offset) - offset);
  const auto f = fields_of(line.substr(0, line.find(" | ")));
  if (f.size() < 4) return out;
  std::size_t at = 4 + 2 * number(f[3], 16);
  if (at >= f.size()) return out;
  const std::size_t pointers = number(f[at++]);
  for (std::size_t i = 0; i < pointers && at + 1 < f.size(); ++i, at += 4) {
    if (f[at] == kind) out.push_back(number(f[at + 1]));
  }
  return out;
}

bool NameSenses::proper(std::uint32_t offset) const {
  const auto words = lemmas(*data_noun_, offset);
  return std::any_of(words.begin(), words.end(), [](std::string_view w) { return w[0] >= 'A' && w[0] <= 'Z'; });
}

NameSenses::Senses NameSenses::senses(std::string_view name) const {
  constexpr std::size_t kCacheBound = 1 << 16;  // names kept, a few MB at most
  std::string key(name);
  {
    const std::lock_guard lock(cache_mutex_);
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
  }
  Senses out = look_up(name);
  const std::lock_guard lock(cache_mutex_);
  if (cache_.size() >= kCacheBound) cache_.clear();
  cache_.emplace(std::move(key), out);
  return out;
}

// A name WordNet gives to two things of one class in one place does not say which of them a text
// means: "Russia" is the Soviet Union and the Russian Federation, two countries of Eurasia;
// "Congo" two republics of Africa. Those senses are left out, so that a synset shared with one
// of them ("Russia" / "the Soviet Union", "Congo" / "Zaire") is no evidence of one place. Two
// things of one class in different places keep their senses: the other wording tells which
// ("Saint Petersburg" in Russia or in Florida, and "Leningrad").
void NameSenses::drop_ambiguous(std::vector<std::uint32_t>& synsets) const {
  if (synsets.size() < 2) return;
  std::vector<std::vector<std::uint32_t>> classes, wholes;
  for (const std::uint32_t offset : synsets) {
    classes.push_back(pointed(offset, "@i"));
    wholes.push_back(pointed(offset, "#p"));
  }
  auto share = [](const std::vector<std::uint32_t>& x, const std::vector<std::uint32_t>& y) {
    return std::any_of(x.begin(), x.end(), [&](std::uint32_t c) { return std::find(y.begin(), y.end(), c) != y.end(); });
  };
  std::vector<bool> ambiguous(synsets.size(), false);
  for (std::size_t i = 0; i < synsets.size(); ++i) {
    for (std::size_t j = i + 1; j < synsets.size(); ++j) {
      const bool apart = !wholes[i].empty() && !wholes[j].empty() && !share(wholes[i], wholes[j]);
      if (share(classes[i], classes[j]) && !apart) ambiguous[i] = ambiguous[j] = true;
    }
  }
  std::vector<std::uint32_t> kept;
  for (std::size_t i = 0; i < synsets.size(); ++i) {
    if (!ambiguous[i]) kept.push_back(synsets[i]);
  }
  synsets = std::move(kept);
}

NameSenses::Senses NameSenses::look_up(std::string_view name) const {
  Senses out;
  if (!ok_ || name.empty()) return out;
  std::string key(name);
  std::replace(key.begin(), key.end(), ' ', '_');
  out.synsets = index_offsets(index_noun_->line(key).value_or(std::string_view()));
  std::erase_if(out.synsets, [&](std::uint32_t offset) { return !proper(offset); });
  drop_ambiguous(out.synsets);
  const std::string_view data = data_adj_->text();
  for (const std::uint32_t offset : index_offsets(index_adj_->line(key).value_or(std::string_view()))) {
    if (offset >= data.size()) continue;
    const std::string_view line = data.substr(offset, data.find('\n', offset) - offset);
    const auto f = fields_of(line.substr(0, line.find(" | ")));
    if (f.size() < 4) continue;
    const std::size_t words = number(f[3], 16);
    std::size_t at = 4;
    unsigned which = 0;  // this adjective's number in the synset, 1-based
    for (std::size_t i = 0; i < words && at + 1 < f.size(); ++i, at += 2) {
      if (index_form(f[at]) == key) which = static_cast<unsigned>(i + 1);
    }
    if (at >= f.size()) continue;
    const std::size_t pointers = number(f[at++]);
    for (std::size_t i = 0; i < pointers && at + 3 < f.size(); ++i, at += 4) {
      const std::string_view symbol = f[at], ends = f[at + 3];
      if ((symbol != "\\" && symbol != "+") || f[at + 2] != "n" || ends.size() != 4) continue;
      const unsigned source = number(ends.substr(0, 2), 16), target = number(ends.substr(2), 16);
      if (source != 0 && source != which) continue;
      const std::uint32_t noun = number(f[at + 1]);
      out.synsets.push_back(noun);
      const auto lemmas_of_noun = lemmas(*data_noun_, noun);
      if (target >= 1 && target <= lemmas_of_noun.size()) {
        std::string word = index_form(lemmas_of_noun[target - 1]);
        std::replace(word.begin(), word.end(), '_', ' ');
        out.nouns.push_back(std::move(word));
      }
    }
  }
  std::erase_if(out.synsets, [&](std::uint32_t offset) { return !proper(offset); });
  std::sort(out.synsets.begin(), out.synsets.end());
  return out;
}

bool NameSenses::adjective(std::string_view lemma) const { return ok_ && !lemma.empty() && index_adj_->line(lemma).has_value(); }

bool NameSenses::relational(std::string_view lemma) const {
  if (!ok_ || lemma.empty()) return false;
  // The index line's pointer symbols are those of the lemma in all its senses.
  const auto f = fields_of(index_adj_->line(lemma).value_or(std::string_view()));
  if (f.size() < 4) return false;
  const std::size_t pointers = number(f[3]);
  for (std::size_t i = 4; i < 4 + pointers && i < f.size(); ++i) {
    if (f[i] == "\\") return true;
  }
  return false;
}

bool NameSenses::begins_lemma(std::string_view phrase) const {
  if (!ok_) return false;
  // Index keys join words with '_': a phrase with '_' in a word may begin a lemma the spaced
  // hashes do not show.
  if (phrase.find('_') != std::string_view::npos) return true;
  const std::uint64_t h = hash_bytes(phrase);
  return index_noun_->may_begin(h) || index_adj_->may_begin(h);
}

bool NameSenses::verb(std::string_view lemma) const { return ok_ && !lemma.empty() && index_verb_->line(lemma).has_value(); }

const NameSenses* installed_name_senses() {
  static const NameSenses senses(find_wordnet());
  return senses.ok() ? &senses : nullptr;
}

}  // namespace claimdiff::detail
